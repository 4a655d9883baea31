"""Why a sign-in or a token failed, as one clear reason an analyst can act on.

MSAL answers with OAuth error dicts whose `error_codes` (AADSTS numbers) say what
really happened; `from_msal` names the few an analyst meets. The reason texts are
marked for translation (context "SignIn"); the window translates them, the CLI
prints them as they are. The detail (the service's own words, token-free) follows.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from console.tr_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from console.api.errors import NetworkError


class SignInReason(StrEnum):
    CONSENT_MISSING = "consent-missing"
    PERMISSION_MISSING = "permission-missing"
    TENANT_WRONG = "tenant-wrong"
    CLIENT_NOT_PUBLIC = "client-not-public"
    REDIRECT_NOT_REGISTERED = "redirect-not-registered"
    DEVICE_CODE_BLOCKED = "device-code-blocked"
    DEVICE_CODE_DENIED = "device-code-denied"
    DEVICE_CODE_EXPIRED = "device-code-expired"
    CANCELLED = "cancelled"
    SIGN_IN_AGAIN = "sign-in-again"
    NETWORK = "network"
    CERTIFICATE = "certificate"
    REFUSED = "refused"
    # App and token profiles (no analyst signs in).
    CREDENTIAL_WRONG = "credential-wrong"
    SECRET_MISSING = "secret-missing"
    TOKEN_SOURCE_FAILED = "token-source-failed"


MESSAGES: dict[SignInReason, str] = {
    SignInReason.CONSENT_MISSING: QT_TRANSLATE_NOOP(
        "SignIn",
        "consent is missing: an administrator must grant consent to the app registration "
        "for this API",
    ),
    SignInReason.PERMISSION_MISSING: QT_TRANSLATE_NOOP(
        "SignIn", "a permission is missing: the app registration or your role lacks it"
    ),
    SignInReason.TENANT_WRONG: QT_TRANSLATE_NOOP(
        "SignIn", "the tenant is wrong: no such tenant, or it is in another cloud"
    ),
    SignInReason.CLIENT_NOT_PUBLIC: QT_TRANSLATE_NOOP(
        "SignIn",
        "the app registration is not a public client: turn on 'Allow public client flows'",
    ),
    SignInReason.REDIRECT_NOT_REGISTERED: QT_TRANSLATE_NOOP(
        "SignIn", "the app registration lacks the http://localhost redirect"
    ),
    SignInReason.DEVICE_CODE_BLOCKED: QT_TRANSLATE_NOOP(
        "SignIn",
        "your organisation's Conditional Access blocks sign-in with a device code; "
        "sign in with the browser instead",
    ),
    SignInReason.DEVICE_CODE_DENIED: QT_TRANSLATE_NOOP(
        "SignIn", "the sign-in was declined on the other device"
    ),
    SignInReason.DEVICE_CODE_EXPIRED: QT_TRANSLATE_NOOP(
        "SignIn", "the code expired before the sign-in was completed; start again"
    ),
    SignInReason.CANCELLED: QT_TRANSLATE_NOOP("SignIn", "the sign-in was cancelled"),
    SignInReason.SIGN_IN_AGAIN: QT_TRANSLATE_NOOP(
        "SignIn", "sign in again: the saved sign-in is no longer valid"
    ),
    SignInReason.NETWORK: QT_TRANSLATE_NOOP(
        "SignIn", "the sign-in service cannot be reached (network)"
    ),
    SignInReason.CERTIFICATE: QT_TRANSLATE_NOOP(
        "SignIn",
        "the sign-in service's certificate is not trusted; set the profile's CA bundle",
    ),
    SignInReason.REFUSED: QT_TRANSLATE_NOOP("SignIn", "the sign-in was refused"),
    SignInReason.CREDENTIAL_WRONG: QT_TRANSLATE_NOOP(
        "SignIn",
        "the app's credential was refused: the client secret or certificate is wrong, "
        "expired, or not registered for this app",
    ),
    SignInReason.SECRET_MISSING: QT_TRANSLATE_NOOP(
        "SignIn", "the profile's secret is not in the OS credential store"
    ),
    SignInReason.TOKEN_SOURCE_FAILED: QT_TRANSLATE_NOOP(
        "SignIn", "the profile's token source gave no usable token"
    ),
}

# AADSTS numbers (from MSAL's error_codes) an analyst can act on.
_BY_CODE: dict[int, SignInReason] = {
    65001: SignInReason.CONSENT_MISSING,  # not consented
    65004: SignInReason.CONSENT_MISSING,  # the user declined consent
    90094: SignInReason.CONSENT_MISSING,  # admin consent required
    650057: SignInReason.PERMISSION_MISSING,  # resource not in the app's permissions
    70011: SignInReason.PERMISSION_MISSING,  # invalid scope
    90002: SignInReason.TENANT_WRONG,  # tenant not found
    90072: SignInReason.TENANT_WRONG,  # the account is not in this tenant
    700016: SignInReason.TENANT_WRONG,  # no such application in this tenant
    7000218: SignInReason.CLIENT_NOT_PUBLIC,
    50011: SignInReason.REDIRECT_NOT_REGISTERED,
    53003: SignInReason.DEVICE_CODE_BLOCKED,  # blocked by Conditional Access
    70020: SignInReason.DEVICE_CODE_EXPIRED,
    70000: SignInReason.SIGN_IN_AGAIN,  # invalid grant (a revoked or used refresh token)
    50173: SignInReason.SIGN_IN_AGAIN,  # the grant expired (password changed)
    7000215: SignInReason.CREDENTIAL_WRONG,  # invalid client secret
    7000222: SignInReason.CREDENTIAL_WRONG,  # the client secret expired
    700027: SignInReason.CREDENTIAL_WRONG,  # the assertion's signature does not verify
    700024: SignInReason.CREDENTIAL_WRONG,  # the assertion is not within its valid time
}
_BY_ERROR: dict[str, SignInReason] = {
    "authorization_declined": SignInReason.DEVICE_CODE_DENIED,
    "expired_token": SignInReason.DEVICE_CODE_EXPIRED,
    "invalid_tenant": SignInReason.TENANT_WRONG,
    "interaction_required": SignInReason.SIGN_IN_AGAIN,
    "invalid_grant": SignInReason.SIGN_IN_AGAIN,
    "consent_required": SignInReason.CONSENT_MISSING,
    "access_denied": SignInReason.REFUSED,
    "invalid_client": SignInReason.CREDENTIAL_WRONG,
}


class SignInError(Exception):
    """One line: the reason's text, then the service's detail (never a token).

    `network`: the refused certificate or proxy behind a CERTIFICATE or NETWORK reason,
    whose fields (host, issuer, subject, proxy) the window words in the analyst's language."""

    def __init__(
        self,
        reason: SignInReason,
        detail: str = "",
        *,
        code: int | None = None,
        network: NetworkError | None = None,
    ) -> None:
        self.reason = reason
        self.detail = detail
        self.code = code
        self.network = network
        super().__init__(f"{MESSAGES[reason]} ({detail})" if detail else MESSAGES[reason])


def from_msal(result: dict[str, Any], *, device_code: bool = False) -> SignInError:
    """The reason an MSAL error result stands for (device_code: a Conditional Access
    refusal during a device code sign-in is the device code's fault)."""
    codes = [c for c in result.get("error_codes") or [] if isinstance(c, int)]
    error = str(result.get("error") or "")
    description = str(result.get("error_description") or error or "no detail")
    detail = description.splitlines()[0].strip()
    if error in ("authorization_declined", "expired_token"):  # the device code's own ends
        return SignInError(_BY_ERROR[error], detail)
    for code in codes:
        reason = _BY_CODE.get(code)
        if reason is SignInReason.DEVICE_CODE_BLOCKED and not device_code:
            reason = SignInReason.REFUSED
        if reason is not None:
            return SignInError(reason, detail, code=code)
    if result.get("suberror") == "consent_required":
        return SignInError(SignInReason.CONSENT_MISSING, detail)
    return SignInError(_BY_ERROR.get(error, SignInReason.REFUSED), detail)
