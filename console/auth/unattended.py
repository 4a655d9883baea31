"""What the sign-ins without a person share: app credentials and tokens from outside.

Nobody signs in: the profile's `acting_as` is who the console acts as (the audit's
"who"), a first Graph token proves the credential or the token source works, and the
tokens live in this process's memory only.
"""

from __future__ import annotations

from typing import Any

from console.auth.profiles import TenantProfile
from console.auth.service import Resource, ServiceTokenProvider, SignedIn
from console.auth.token_cache import TokenStorage


class UnattendedSignIn:
    """Base of `AppSignIn` and `ExternalTokens`; each says how it gets a token."""

    token_storage = TokenStorage.MEMORY
    profile: TenantProfile

    def token(self, resource: Resource) -> str:
        raise NotImplementedError

    def sign_out(self) -> None:
        raise NotImplementedError  # each forgets the tokens it holds

    def close(self) -> None:
        raise NotImplementedError

    def signed_in(self) -> SignedIn:
        assert self.profile.acting_as  # TenantProfile checks it
        return SignedIn(self.profile.acting_as, self.profile.tenant)

    def sign_in(self, **_: Any) -> SignedIn:
        """Nothing to show anyone: getting the Graph token proves the credential works."""
        self.token(Resource.GRAPH)
        return self.signed_in()

    def provider(self, resource: Resource) -> ServiceTokenProvider:
        return ServiceTokenProvider(self, resource)
