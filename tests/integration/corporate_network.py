"""A corporate network on 127.0.0.1 for tests: a CONNECT proxy that resolves a test-only
host name (emulator.test) itself, a TLS front that serves that name with the certificate
a test picks (the emulator behind it), and a throwaway OpenSSL trust store.

The console treats loopback specially (never proxied), so the tests reach the emulator
by a name that is not loopback-looking: the client sends CONNECT emulator.test:443 to
the proxy, which connects to the front on 127.0.0.1; the front re-encrypts to the
emulator, as a TLS-inspecting proxy would.
"""

from __future__ import annotations

import base64
import datetime
import select
import socket
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path

import trustme
from cryptography.hazmat.primitives import serialization

from tests.auth.certificates import self_signed

HOST = "emulator.test"
TIMEOUT = 10


def _relay(a: socket.socket, b: socket.socket) -> None:
    """Carry bytes both ways on ONE thread: a TLS socket must never be read and written
    from two threads at once (OpenSSL's objects are not safe for that).

    Non-blocking: a readable TLS socket may hold a record with no data for the peer (the
    session tickets a TLS 1.3 server sends after the handshake). A blocking recv() then
    waited for data that comes only once the other direction is carried, so a request
    that arrived after the tickets hung until the client's timeout (a 60 s run, or
    "Remote end closed connection without response" when this loop's idle timeout won).
    """
    peers = {a: b, b: a}
    for end in peers:
        end.setblocking(False)
    try:
        while True:
            readable, _, _ = select.select(list(peers), [], [], TIMEOUT * 6)
            if not readable:
                return  # idle for a minute: the test is over
            for source in readable:
                while True:  # all it holds: select() cannot see what OpenSSL buffered
                    try:
                        data = source.recv(65536)
                    except (ssl.SSLWantReadError, ssl.SSLWantWriteError, BlockingIOError):
                        break  # nothing for the peer (yet)
                    if not data:
                        return
                    _send_all(peers[source], data)
                    if not (isinstance(source, ssl.SSLSocket) and source.pending()):
                        break
    except OSError:
        pass
    finally:
        for end in (a, b):
            end.close()


def _send_all(target: socket.socket, data: bytes) -> None:
    """sendall() for a non-blocking socket, TLS or not (OpenSSL may need to read first)."""
    view = memoryview(data)
    while view:
        try:
            view = view[target.send(view) :]
        except (ssl.SSLWantWriteError, BlockingIOError):
            select.select([], [target], [], TIMEOUT)
        except ssl.SSLWantReadError:
            select.select([target], [], [], TIMEOUT)


def _join(a: socket.socket, b: socket.socket) -> None:
    threading.Thread(target=_relay, args=(a, b), daemon=True).start()


class _Listener:
    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self._stopped = threading.Event()
        threading.Thread(target=self._accept_loop, daemon=True).start()

    def _accept_loop(self) -> None:
        self.socket.settimeout(0.2)
        while not self._stopped.is_set():
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(TIMEOUT)
            threading.Thread(target=self._serve_quietly, args=(connection,), daemon=True).start()

    def _serve_quietly(self, connection: socket.socket) -> None:
        try:
            self._serve(connection)
        except OSError:  # a client that hangs up (after refusing a certificate, say)
            connection.close()

    def _serve(self, connection: socket.socket) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        self._stopped.set()
        self.socket.close()


@dataclass
class Seen:
    connects: list[str] = field(default_factory=list)  # "host:port" of each CONNECT
    authorizations: list[str | None] = field(default_factory=list)
    refused: int = 0  # 407s answered


class ConnectProxy(_Listener):
    """An http proxy that only tunnels (CONNECT), for `HOST` only; with `credentials`
    it answers 407 to a CONNECT without them, as a corporate proxy does."""

    def __init__(self, front_port: int, credentials: tuple[str, str] | None = None) -> None:
        self.front_port = front_port
        self.credentials = credentials
        self.seen = Seen()
        super().__init__()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self, connection: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = connection.recv(4096)
            if not chunk:
                connection.close()
                return
            head += chunk
        lines = head.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
        authorization = headers.get("Proxy-Authorization")
        self.seen.connects.append(target)
        self.seen.authorizations.append(authorization)
        if self.credentials is not None:
            expected = base64.b64encode(":".join(self.credentials).encode()).decode()
            if authorization != f"Basic {expected}":
                self.seen.refused += 1
                connection.sendall(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                    b'Proxy-Authenticate: Basic realm="corp"\r\nContent-Length: 0\r\n\r\n'
                )
                connection.close()
                return
        host = target.rsplit(":", 1)[0]
        if method != "CONNECT" or host != HOST:
            connection.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            connection.close()
            return
        upstream = socket.create_connection(("127.0.0.1", self.front_port), timeout=TIMEOUT)
        connection.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        _join(connection, upstream)


class TlsFront(_Listener):
    """Serves TLS with `certificate` and re-encrypts to the emulator at `emulator_port`."""

    def __init__(self, server_context: ssl.SSLContext, emulator_port: int, emulator_ca: str):
        self.server_context = server_context
        self.emulator_port = emulator_port
        self.client_context = ssl.create_default_context(cafile=emulator_ca)
        super().__init__()

    def _serve(self, connection: socket.socket) -> None:
        try:
            tls = self.server_context.wrap_socket(connection, server_side=True)
        except (OSError, ssl.SSLError):
            connection.close()  # the client refused the certificate: what tests look for
            return
        raw = socket.create_connection(("127.0.0.1", self.emulator_port), timeout=TIMEOUT)
        upstream = self.client_context.wrap_socket(raw, server_hostname="127.0.0.1")
        _join(tls, upstream)


class CorporateCa:
    """The desk's TLS-inspection root CA, known only to a throwaway OpenSSL store."""

    def __init__(self, folder: Path, organization: str = "Contoso TLS Inspection") -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.ca = trustme.CA(organization_name=organization)
        self.store = folder / "os-store.pem"  # SSL_CERT_FILE: the whole "OS" store
        self.ca.cert_pem.write_to_path(str(self.store))
        self.empty_dir = folder / "os-store.d"  # SSL_CERT_DIR: nothing else trusted
        self.empty_dir.mkdir()

    def context_for(
        self, *names: str, expired: bool = False, common_name: str | None = None
    ) -> ssl.SSLContext:
        now = datetime.datetime.now(datetime.UTC)
        if expired:
            leaf = self.ca.issue_cert(
                *names,
                common_name=common_name,
                not_before=now - datetime.timedelta(days=60),
                not_after=now - datetime.timedelta(days=30),
            )
        else:
            leaf = self.ca.issue_cert(*names, common_name=common_name)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        leaf.configure_cert(context)
        return context


def self_signed_context(folder: Path, name: str = HOST) -> ssl.SSLContext:
    key, cert = self_signed(name, dns_name=name)
    path = folder / "self-signed.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        + cert.public_bytes(serialization.Encoding.PEM)
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(path))
    return context
