"""A refused server certificate, described: the host, the certificate's subject and
issuer, and what probably went wrong (most often a network that inspects TLS).

OpenSSL's verification error says why it refused but not what it was shown, so the
certificate is fetched a second time, with a handshake that does not verify and that is
used for nothing but reading the certificate: it sends no request, no header, no token,
and closes right after the handshake. It runs only after verification refused the
server, only to word the error.
"""

from __future__ import annotations

import base64
import socket
import ssl
from urllib.parse import unquote, urlsplit

import requests
from cryptography import x509
from cryptography.x509.oid import NameOID

from console.api.errors import CertificateError, CertificateProblem

_TIMEOUT = 5.0
# OpenSSL's X509_V_ERR_* codes (ssl.SSLCertVerificationError.verify_code).
_BY_CODE = {
    10: CertificateProblem.EXPIRED,  # CERT_HAS_EXPIRED
    18: CertificateProblem.SELF_SIGNED,  # DEPTH_ZERO_SELF_SIGNED_CERT
    19: CertificateProblem.UNTRUSTED,  # SELF_SIGNED_CERT_IN_CHAIN (an unknown root)
    20: CertificateProblem.UNTRUSTED,  # UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    21: CertificateProblem.UNTRUSTED,  # UNABLE_TO_VERIFY_LEAF_SIGNATURE
    62: CertificateProblem.WRONG_HOST,  # HOSTNAME_MISMATCH
}
INSPECTION_HINT = (
    "your network inspects TLS; ask IT for its root CA or set a CA bundle in the profile"
)


def _verification_error(error: BaseException) -> ssl.SSLCertVerificationError | None:
    seen: set[int] = set()
    stack: list[BaseException] = [error]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        stack.extend(a for a in current.args if isinstance(a, BaseException))
        for linked in (current.__cause__, current.__context__, getattr(current, "reason", None)):
            if isinstance(linked, BaseException):
                stack.append(linked)
    return None


def is_certificate_refusal(error: BaseException) -> bool:
    return _verification_error(error) is not None


def proxy_asks_for_credentials(error: BaseException) -> bool:
    """A proxy's 407 (urllib3's and requests' proxy errors say it only in their message):
    the same answer every time, until the analyst gives the proxy's credentials."""
    return "407" in str(error)


def describe_refusal(
    error: requests.exceptions.SSLError | BaseException, url: str, proxy: str | None
) -> CertificateError:
    split = urlsplit(url)
    host = split.hostname or "the server"
    port = split.port or 443
    refusal = _verification_error(error)
    problem = _BY_CODE.get(refusal.verify_code, CertificateProblem.OTHER) if refusal else None
    problem = problem or CertificateProblem.OTHER
    certificate = _peer_certificate(host, port, proxy)
    subject = _name(certificate.subject) if certificate else None
    issuer = _name(certificate.issuer) if certificate else None
    shown = f"subject {subject or 'unreadable'}, issuer {issuer or 'unreadable'}"
    if problem is CertificateProblem.EXPIRED and certificate is not None:
        when = certificate.not_valid_after_utc.strftime("%Y-%m-%d %H:%M UTC")
        cause = (
            f"it expired on {when}; check this machine's clock, else tell IT the server "
            "(or the network's TLS inspection) serves an old certificate"
        )
    elif problem is CertificateProblem.WRONG_HOST:
        names = ", ".join(_dns_names(certificate)) if certificate else "another host"
        cause = (
            f"it is for {names}, not {host}; something on the way answers for {host} "
            f"(TLS inspection or a wrong DNS answer): {INSPECTION_HINT}"
        )
    elif problem is CertificateProblem.SELF_SIGNED:
        cause = f"it is self-signed; {INSPECTION_HINT}"
    elif problem is CertificateProblem.UNTRUSTED:
        cause = f"its issuer is not a CA this machine trusts; {INSPECTION_HINT}"
    else:
        reason = refusal.verify_message if refusal else type(error).__name__
        cause = f"{reason}; {INSPECTION_HINT}"
    return CertificateError(
        f"refused the certificate of {host} ({shown}): {cause}",
        host=host,
        problem=problem,
        subject=subject,
        issuer=issuer,
        url=url,
    )


def _peer_certificate(host: str, port: int, proxy: str | None) -> x509.Certificate | None:
    """The certificate `host` presents, unverified, or None when it cannot be read.

    ONLY to describe a refusal (see the module's docstring): the handshake below checks
    nothing, so not one byte of a request ever goes over it."""
    try:
        raw = (
            _tunnel(proxy, host, port)
            if proxy
            else socket.create_connection((host, port), _TIMEOUT)
        )
    except OSError:
        return None
    look_only = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    look_only.check_hostname = False
    look_only.verify_mode = ssl.CERT_NONE  # reading what was refused, never trusting it
    try:
        raw.settimeout(_TIMEOUT)
        with look_only.wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError):
        return None
    finally:
        raw.close()
    return x509.load_der_x509_certificate(der) if der else None


def _tunnel(proxy: str, host: str, port: int) -> socket.socket:
    """A CONNECT tunnel through the http proxy the refused request went through."""
    split = urlsplit(proxy)
    raw = socket.create_connection((split.hostname or "", split.port or 80), timeout=_TIMEOUT)
    lines = [f"CONNECT {host}:{port} HTTP/1.1", f"Host: {host}:{port}"]
    if split.username:
        pair = f"{unquote(split.username)}:{unquote(split.password or '')}"
        lines.append(f"Proxy-Authorization: Basic {base64.b64encode(pair.encode()).decode()}")
    raw.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
    answer = b""
    while b"\r\n\r\n" not in answer and len(answer) < 16384:
        chunk = raw.recv(4096)
        if not chunk:
            break
        answer += chunk
    if answer.split(b" ", 2)[1:2] != [b"200"]:
        raw.close()
        raise OSError("the proxy refused the tunnel")
    return raw


def _name(name: x509.Name) -> str:
    common = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    organisation = name.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    parts = [str(a.value) for a in (*common, *organisation)]
    return ", ".join(parts) if parts else name.rfc4514_string()


def _dns_names(certificate: x509.Certificate) -> list[str]:
    try:
        extension = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except x509.ExtensionNotFound:
        return [_name(certificate.subject)]
    return [str(n) for n in extension.value.get_values_for_type(x509.DNSName)] or [
        _name(certificate.subject)
    ]
