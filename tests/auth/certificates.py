"""An app's certificate for tests: a self-signed RSA key and certificate, written as a
PEM (encrypted key + certificate in one file) and as a PFX, both with a password."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class AppCertificate:
    certificate_pem: str  # the public part, what the app registration holds
    pem_path: Path
    pfx_path: Path
    password: str


def self_signed(
    name: str, dns_name: str | None = None
) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """A fresh RSA key and a certificate it signs itself, valid for a month, for `name`
    (and for the host `dns_name` when given, as a server's certificate)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
    )
    if dns_name is not None:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName(dns_name)]), critical=False
        )
    return key, builder.sign(key, hashes.SHA256())


def make_app_certificate(
    folder: Path, name: str = "desk-app", password: str = ""
) -> AppCertificate:
    password = password or f"pfx-pass-{name}-7c1e"
    key, cert = self_signed(name)
    encryption = serialization.BestAvailableEncryption(password.encode())
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    folder.mkdir(parents=True, exist_ok=True)
    pem_path = folder / f"{name}.pem"
    pem_path.write_bytes(key_pem + cert_pem)
    pfx_path = folder / f"{name}.pfx"
    pfx_path.write_bytes(
        pkcs12.serialize_key_and_certificates(name.encode(), key, cert, None, encryption)
    )
    return AppCertificate(cert_pem.decode(), pem_path, pfx_path, password)
