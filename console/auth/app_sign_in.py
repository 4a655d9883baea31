"""App-only sign-in: client credentials over `msal.ConfidentialClientApplication`, for a
desk account or a scheduled sync. No analyst signs in; the profile's `acting_as` names
the analyst the console acts for ("assign to me", the audit's "who").

The credential is a client secret from the OS credential store, or a certificate (a
PEM file with the key and the certificate, or a PFX) whose password, if any, is in the
store too. MSAL signs a client assertion with the certificate's key (PS256 with the
SHA-256 thumbprint); the secret and the password never leave this process.
App tokens are kept in MSAL's in-memory cache only: the credential mints new ones.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msal

from console.api.scope import check_transport
from console.auth.errors import SignInError, SignInReason, from_msal
from console.auth.http import sign_in_http
from console.auth.profiles import SignInMethod, TenantProfile
from console.auth.secret_store import SecretKind, SecretStoreError, get_secret
from console.auth.service import (
    Resource,
    call_msal,
    is_microsoft_login,
)
from console.auth.unattended import UnattendedSignIn


class AppSignIn(UnattendedSignIn):
    """`TenantSignIn` for APP_SECRET and APP_CERTIFICATE profiles."""

    def __init__(
        self,
        profile: TenantProfile,
        *,
        read_secret: Callable[[str, SecretKind], str] = get_secret,
        timeout: tuple[float, float] = (5, 30),
    ) -> None:
        if profile.method not in (SignInMethod.APP_SECRET, SignInMethod.APP_CERTIFICATE):
            raise ValueError(f"{profile.method.value} is not an app sign-in")
        check_transport(profile.authority)
        self.profile = profile
        self._read_secret = read_secret
        self._http = sign_in_http(profile, timeout)
        self._app: msal.ConfidentialClientApplication | None = None
        self._lock = threading.Lock()

    def close(self) -> None:
        self._http.close()

    def sign_out(self) -> None:
        with self._lock:
            self._app = None  # the in-memory tokens go with it

    def token(self, resource: Resource) -> str:
        endpoints = self.profile.endpoints
        scope = endpoints.graph_scope if resource is Resource.GRAPH else endpoints.defender_scope
        app = self._application()
        with self._lock:
            result = call_msal(lambda: app.acquire_token_for_client([scope]))
        if "access_token" not in result:
            raise from_msal(result)
        return str(result["access_token"])

    def _application(self) -> msal.ConfidentialClientApplication:
        with self._lock:
            if self._app is None:
                credential = self._credential()
                self._app = call_msal(
                    lambda: msal.ConfidentialClientApplication(
                        self.profile.client_id,
                        client_credential=credential,
                        authority=self.profile.authority,
                        http_client=self._http,
                        instance_discovery=None
                        if is_microsoft_login(self.profile.endpoints.login_url)
                        else False,
                    )
                )
            return self._app

    def _credential(self) -> str | dict[str, Any]:
        name = self.profile.name
        try:
            if self.profile.method is SignInMethod.APP_SECRET:
                return self._read_secret(name, SecretKind.CLIENT_SECRET)
            password = self._certificate_password()
        except SecretStoreError as error:
            raise SignInError(SignInReason.SECRET_MISSING, str(error)) from None
        return certificate_credential(Path(str(self.profile.certificate)), password)

    def _certificate_password(self) -> str | None:
        try:
            return self._read_secret(self.profile.name, SecretKind.CERTIFICATE_PASSWORD)
        except SecretStoreError as error:
            if "no certificate-password" in str(error):
                return None  # an unencrypted key needs none
            raise


def certificate_credential(path: Path, password: str | None) -> dict[str, Any]:
    """MSAL's `client_credential` for a certificate file; a wrong password or a file
    without a key and a certificate is a one-line SignInError (never the password)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    secret = password.encode() if password else None
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SignInError(
            SignInReason.CREDENTIAL_WRONG,
            f"the certificate {path} cannot be read ({error.strerror})",
        ) from None
    try:
        if path.suffix.lower() in (".pfx", ".p12"):
            key, cert, _ = pkcs12.load_key_and_certificates(data, secret)
            if key is None or cert is None:
                raise ValueError("the PFX file needs both the private key and the certificate")
            # MSAL reads the file itself and takes the password with it.
            credential: dict[str, Any] = {"private_key_pfx_path": str(path)}
        else:
            key = serialization.load_pem_private_key(data, secret)
            cert = x509.load_pem_x509_certificate(data)
            credential = {
                "private_key": data.decode("ascii"),
                "public_certificate": data.decode("ascii"),
            }
    except (ValueError, TypeError) as error:
        text = str(error).splitlines()[0] if str(error) else type(error).__name__
        if "password" in text.lower() or "decrypt" in text.lower():
            text = "its password is wrong or missing"
        raise SignInError(
            SignInReason.CREDENTIAL_WRONG, f"the certificate {path.name}: {text}"
        ) from None
    if password:
        credential["passphrase"] = password
    return credential
