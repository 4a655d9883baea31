"""A refused certificate or proxy in the analyst's language, for the sync banner and the
Connect a tenant dialog alike.

Worded here from the error's fields (host, the certificate's subject and issuer, why it
was refused; the proxy's host), never by translating the English `str(error)` the
command line prints. Each text is a clause, as the sync banner and the sign-in reasons
are: the caller makes it a sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.api.errors import CertificateError, CertificateProblem, ProxyError

# Spelled out as QCoreApplication.translate("NetworkProblem", "...") each time: lupdate
# finds only literal calls.


def network_problem_text(error: BaseException | None) -> str | None:
    """The clause for a refused certificate or proxy; None for any other error."""
    if isinstance(error, CertificateError):
        return certificate_text(error)
    if isinstance(error, ProxyError):
        return proxy_text(error)
    return None


def certificate_text(error: CertificateError) -> str:
    unreadable = QCoreApplication.translate("NetworkProblem", "unreadable")
    hint = QCoreApplication.translate(
        "NetworkProblem",
        "your network probably inspects TLS: ask IT for its root CA, or set a CA bundle "
        "in the profile",
    )
    problem = error.problem
    if problem is CertificateProblem.EXPIRED:
        cause = QCoreApplication.translate(
            "NetworkProblem",
            "it has expired; check this computer's date and time, and if they are right, "
            "tell IT that %1 (or the network's TLS inspection) serves an out-of-date "
            "certificate",
        ).replace("%1", error.host)
    elif problem is CertificateProblem.WRONG_HOST:
        cause = QCoreApplication.translate(
            "NetworkProblem",
            "it is for another host, so something on the way answers for %1 (TLS "
            "inspection or a wrong DNS answer); %2",
        )
        cause = cause.replace("%1", error.host).replace("%2", hint)
    elif problem is CertificateProblem.SELF_SIGNED:
        cause = QCoreApplication.translate("NetworkProblem", "it is self-signed; %1").replace(
            "%1", hint
        )
    elif problem is CertificateProblem.UNTRUSTED:
        cause = QCoreApplication.translate(
            "NetworkProblem", "its issuer is not a certificate authority this computer trusts; %1"
        )
        cause = cause.replace("%1", hint)
    else:
        cause = QCoreApplication.translate(
            "NetworkProblem", "it could not be verified; %1"
        ).replace("%1", hint)
    return (
        QCoreApplication.translate(
            "NetworkProblem", "the certificate of %1 was refused (issued to %2 by %3): %4"
        )
        .replace("%1", error.host)
        .replace("%2", error.subject or unreadable)
        .replace("%3", error.issuer or unreadable)
        .replace("%4", cause)
    )


def proxy_text(error: ProxyError) -> str:
    if error.status == 407:
        return QCoreApplication.translate(
            "NetworkProblem",
            "the proxy %1 asks for credentials (407): put your user name in the profile's "
            "proxy URL (http://user@proxy:port) and store the password with "
            "`hunting-console profiles set-secret PROFILE --kind proxy-password`",
        ).replace("%1", error.proxy or QCoreApplication.translate("NetworkProblem", "in use"))
    if error.proxy is None:  # not a refusal on the wire (a proxy password not stored)
        return str(error)
    text = QCoreApplication.translate(
        "NetworkProblem",
        "cannot go through the proxy %1 (%2): check the proxy in the profile, or ask IT",
    )
    return text.replace("%1", error.proxy).replace("%2", error.detail or "?")
