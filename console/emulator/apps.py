"""App registrations of the emulator's tenants: which client secret or certificate each
confidential client must present in a client credentials request.

An app not registered here is the open test tenant's: any non-empty secret or
assertion passes (older tests and demos rely on it). A registered app must present its
own: the secret, compared in constant time, or a client assertion (a JWT) signed with
the key of the registered certificate, for this token endpoint, issued by the app.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes

ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


@dataclass(frozen=True)
class Refusal:
    error: str
    description: str
    code: int


@dataclass
class AppRegistry:
    secrets: dict[str, str] = field(default_factory=dict)  # client id -> client secret
    certificates: dict[str, x509.Certificate] = field(default_factory=dict)

    @classmethod
    def from_config(cls, secrets: dict[str, str], certificates: dict[str, str]) -> AppRegistry:
        """`certificates`: client id -> PEM text of the app's public certificate."""
        return cls(
            dict(secrets),
            {
                client: x509.load_pem_x509_certificate(pem.encode())
                for client, pem in certificates.items()
            },
        )

    def check(self, client_id: str, form: dict[str, str], audiences: set[str]) -> Refusal | None:
        """None when the request's credential is this app's; else why not, as Entra says."""
        secret = form.get("client_secret", "")
        assertion = form.get("client_assertion", "")
        if client_id in self.secrets:
            if not secret or not hmac.compare_digest(secret, self.secrets[client_id]):
                return Refusal(
                    "invalid_client",
                    f"Invalid client secret provided. Ensure the secret being sent in the "
                    f"request is the client secret value for app '{client_id}'.",
                    7000215,
                )
            return None
        certificate = self.certificates.get(client_id)
        if certificate is not None:
            return self._check_assertion(client_id, certificate, form, assertion, audiences)
        if not client_id or not (secret or assertion):
            return Refusal("invalid_client", "Invalid client secret provided.", 7000215)
        return None

    def _check_assertion(
        self,
        client_id: str,
        certificate: x509.Certificate,
        form: dict[str, str],
        assertion: str,
        audiences: set[str],
    ) -> Refusal | None:
        if not assertion or form.get("client_assertion_type") != ASSERTION_TYPE:
            return Refusal(
                "invalid_client",
                "The request body must contain the following parameter: 'client_assertion' "
                "or 'client_secret'.",
                7000218,
            )
        try:
            header = jwt.get_unverified_header(assertion)
            claims = jwt.decode(
                assertion,
                key=certificate.public_key(),  # type: ignore[arg-type]
                algorithms=["PS256", "RS256"],
                audience=sorted(audiences),
                issuer=client_id,
                options={"require": ["exp", "aud", "iss", "sub"]},
            )
        except jwt.InvalidTokenError as error:
            return Refusal(
                "invalid_client",
                f"Client assertion failed signature validation. ({type(error).__name__})",
                700027,
            )
        if claims.get("sub") != client_id or not _names_certificate(header, certificate):
            return Refusal(
                "invalid_client",
                "The client assertion's key identifier matches no certificate registered "
                "for the application.",
                700027,
            )
        return None


def _names_certificate(header: dict[str, object], certificate: x509.Certificate) -> bool:
    """The assertion's thumbprint header (x5t#S256 or the older SHA-1 x5t) is the cert's."""
    import base64

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    if "x5t#S256" in header:
        given = str(header["x5t#S256"]).rstrip("=")  # MSAL keeps the padding
        return given == b64(certificate.fingerprint(hashes.SHA256()))
    if "x5t" in header:
        return str(header["x5t"]).rstrip("=") == b64(certificate.fingerprint(hashes.SHA1()))
    return False
