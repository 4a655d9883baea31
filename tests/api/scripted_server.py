"""A real HTTP server on 127.0.0.1 that answers each request with the next scripted reply.

Tests script what the service says (status, headers, body, a connection cut
mid-body) and read back exactly what the client sent (raw path, headers, body).
Bodies may contain `BASE`, replaced by the server's own http://127.0.0.1:port, so
next links are absolute like Graph's.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BASE = "http://scripted.invalid"
# Looks like a JWT so that redaction is tested on a realistic shape.
TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-test-token.c2lnbmF0dXJl"


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # bytes as they are; anything else is sent as JSON
    headers: dict[str, str] = field(default_factory=dict)
    cut_after: int | None = None  # send only this many body bytes, then drop the connection
    no_length: bool = False  # close-delimited body (no Content-Length)
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between bytes of the whole answer (a server that never ends)


@dataclass
class Seen:
    method: str
    path: str  # the request target exactly as received
    headers: dict[str, str]
    body: bytes
    client: tuple[str, int] = ("", 0)  # the client's address and port: which connection

    def json(self) -> Any:
        return json.loads(self.body)


class ScriptedServer:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.replies: deque[Reply] = deque()
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer((host, 0), _handler_for(self))
        self.httpd.daemon_threads = True
        self.base_url = f"http://{host}:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def script(self, *replies: Reply) -> None:
        with self.lock:
            self.replies.extend(replies)

    def next_reply(self, seen: Seen) -> Reply:
        with self.lock:
            self.seen.append(seen)
            if self.replies:
                return self.replies.popleft()
        return Reply(418, {"error": {"code": "NoScript", "message": "no scripted reply left"}})

    def encode(self, body: Any) -> bytes:
        if body is None:
            return b""
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        return data.replace(BASE.encode(), self.base_url.encode())

    @property
    def paths(self) -> list[str]:
        return [seen.path for seen in self.seen]


def _handler_for(server: ScriptedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            seen = Seen(
                self.command, self.path, dict(self.headers.items()), body, self.client_address[:2]
            )
            reply = server.next_reply(seen)
            if reply.delay:
                time.sleep(reply.delay)
            data = server.encode(reply.body)
            if reply.drip:
                self._drip(reply, data)
                return
            self.send_response(reply.status)
            headers = {"Content-Type": "application/json", **reply.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            if reply.no_length:
                self.send_header("Connection", "close")
                self.close_connection = True
            else:
                self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if reply.cut_after is not None:
                self.wfile.write(data[: reply.cut_after])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.wfile.write(data)

        def _drip(self, reply: Reply, data: bytes) -> None:
            head = f"HTTP/1.1 {reply.status} OK\r\nContent-Length: {len(data)}\r\n"
            head += "".join(f"{name}: {value}\r\n" for name, value in reply.headers.items())
            whole = (head + "Content-Type: application/json\r\n\r\n").encode() + data
            self.close_connection = True
            try:
                for position in range(len(whole)):
                    self.wfile.write(whole[position : position + 1])
                    self.wfile.flush()
                    time.sleep(reply.drip)
            except OSError:
                pass  # the client hung up

        do_GET = do_POST = do_PATCH = do_DELETE = _answer

    return Handler


def start_server(host: str = "127.0.0.1") -> ScriptedServer:
    scripted = ScriptedServer(host)
    scripted.thread.start()
    return scripted


def stop_server(scripted: ScriptedServer) -> None:
    scripted.httpd.shutdown()
    scripted.httpd.server_close()
    scripted.thread.join(timeout=5)
