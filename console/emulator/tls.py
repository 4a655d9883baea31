"""A throwaway certificate authority for the emulator's HTTPS (MSAL refuses http authorities).

`trustme` makes a CA and a server certificate for this machine's names in memory; the
CA's certificate is written to a private temporary folder so clients can trust it by
path (a profile's CA bundle), and removed when the emulator stops. Nothing is ever
trusted by turning verification off.
"""

from __future__ import annotations

import shutil
import ssl
import tempfile
from pathlib import Path

import trustme


class ThrowawayTls:
    def __init__(self, host: str) -> None:
        self._ca = trustme.CA(organization_name="Hunting Console emulator (throwaway)")
        names = {host, "127.0.0.1", "localhost", "::1"}
        self._certificate = self._ca.issue_cert(*sorted(names))
        self._folder = Path(tempfile.mkdtemp(prefix="hunting-console-emulator-ca-"))
        self.ca_path = self._folder / "emulator-ca.pem"
        self._ca.cert_pem.write_to_path(str(self.ca_path))

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._certificate.configure_cert(context)
        return context

    def remove(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)
