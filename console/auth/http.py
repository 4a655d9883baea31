"""The HTTP client MSAL signs in through: verified TLS, the profile's CA bundle, timeouts.

MSAL takes any object with requests' `get`/`post`; this is a `requests.Session` whose
verification is the system's CA store, or the profile's bundle when it names one
(a TLS-inspecting proxy, the emulator's throwaway CA). It is never turned off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import requests

from console.auth.errors import SignInError, SignInReason


class SignInHttp(requests.Session):
    def __init__(self, ca_bundle: str | None, timeout: tuple[float, float] = (5, 30)) -> None:
        super().__init__()
        if ca_bundle is not None:
            if not Path(ca_bundle).is_file():
                raise SignInError(
                    SignInReason.CERTIFICATE, f"the CA bundle {ca_bundle} is not a readable file"
                )
            self.verify = ca_bundle
        else:
            self.verify = True
        self.default_timeout = timeout

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", self.default_timeout)
        # Ours, whatever a caller asks; given explicitly, since requests otherwise lets
        # REQUESTS_CA_BUNDLE from the environment replace the profile's bundle.
        kwargs["verify"] = self.verify
        return super().request(method, url, *args, **kwargs)
