"""The fake on a real loopback HTTP server (standard library ``http.server``, one thread per connection).

The server only frames HTTP: it reads a request (``Content-Length`` or chunked body), hands it to
``FakeDidww.handle`` (the same answers the httpx transports give) and writes the answer back. What it
cannot frame it answers itself, always as a JSON:API error document, never an HTML page, a traceback or a
dropped connection: a request line or header too long (414, 431), a method the API has not (405, 501), a
``Content-Length`` that is not a number or promises more than is sent (400, after ``read_timeout``), a body
larger than ``MAX_BODY`` (413), a malformed chunked body (400). Every connection reads with ``read_timeout``,
so a silent client never holds a thread for ever, and the listen backlog takes ``BACKLOG`` connections at
once (hundreds of concurrent clients).

The standard library's server is kept (no new dependency for the fake, which runs from a clone alone); its
parsing of the request line and headers is used as is, and every answer it would make as HTML goes through
``send_error`` here instead.
"""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from didww_gen.testing._problems import error

if TYPE_CHECKING:
    from didww_gen.testing._fake import FakeDidww

JSON_API = "application/vnd.api+json"
BACKLOG = 1024
"""Connections the listening socket queues before ``accept`` (the standard library's default is 5)."""
READ_TIMEOUT = 30.0
"""Seconds a connection may stay silent while the server waits for a request or its body."""
MAX_BODY = 128 * 1024 * 1024
"""The largest request body read (413 above it)."""
ALLOWED = "GET, POST, PATCH, DELETE"
_CONNECTION_GONE = (ConnectionError, TimeoutError, OSError)


class _Refused(Exception):
    """A request the server cannot frame: answered with ``status`` and this detail, then the connection closed."""

    def __init__(self, status: int, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail


def _error_body(status: int, title: str, detail: str) -> bytes:
    return json.dumps({"errors": [error(status, title, detail)]}, separators=(",", ":")).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go in two writes: without it, 40 ms per kept-alive answer
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.read_timeout)  # every read of this connection waits at most that

    def parse_request(self) -> bool:
        """The standard library's parsing, refusing HTTP/0.9 (its answers have no status line nor headers)."""
        if not super().parse_request():
            return False
        if self.request_version == "HTTP/0.9":
            self.send_error(400, "HTTP/0.9 requests are not served: send HTTP/1.1")
            return False
        return True

    def _answer(self) -> None:
        try:
            body = self._body()
        except _Refused as refused:
            self._send_problem(refused.status, refused.title, refused.detail, close=True)
            return
        url = f"{self.server.origin}{self.path}"
        status, headers, content = self.server.fake.handle(self.command, url, dict(self.headers.items()), body)
        self._send(status, headers, content)

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _answer

    def _not_allowed(self) -> None:
        detail = f"{self.command} is not a method of the API: it takes {ALLOWED}."
        self._send_problem(405, "Method Not Allowed", detail, extra={"Allow": ALLOWED})

    do_HEAD = do_OPTIONS = do_TRACE = do_CONNECT = _not_allowed

    def _body(self) -> bytes:
        """The request body: chunked, or as long as ``Content-Length`` says (none without either)."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._chunked()
        declared = self.headers.get("Content-Length")
        if declared is None:
            return b""
        text = declared.strip()
        if not (text.isascii() and text.isdigit()):
            raise _Refused(400, "Bad Request", "The Content-Length header is not a number of bytes.")
        length = int(text)
        if length > MAX_BODY:
            raise _Refused(413, "Payload Too Large", f"The request body is larger than {MAX_BODY} bytes.")
        return self._read(length)

    def _read(self, length: int) -> bytes:
        try:
            data = self.rfile.read(length)
        except TimeoutError:
            data = b""
        if len(data) < length:
            raise _Refused(
                400,
                "Bad Request",
                f"The request body is shorter than its Content-Length of {length} bytes "
                f"(nothing more came for {self.server.read_timeout:g} s).",
            )
        return data

    def _chunked(self) -> bytes:
        """A ``Transfer-Encoding: chunked`` body, decoded."""
        parts: list[bytes] = []
        size = 0
        while True:
            try:
                line = self.rfile.readline(1024)
            except TimeoutError:
                line = b""
            text = line.split(b";", 1)[0].strip()
            if not text or not all(c in b"0123456789abcdefABCDEF" for c in text) or len(text) > 16:
                raise _Refused(400, "Bad Request", "The chunked request body is malformed.")
            chunk = int(text, 16)
            size += chunk
            if size > MAX_BODY:
                raise _Refused(413, "Payload Too Large", f"The request body is larger than {MAX_BODY} bytes.")
            if chunk == 0:
                self._skip_trailers()
                return b"".join(parts)
            parts.append(self._read(chunk))
            if self._read(2) != b"\r\n":
                raise _Refused(400, "Bad Request", "The chunked request body is malformed.")

    def _skip_trailers(self) -> None:
        for _ in range(100):
            try:
                line = self.rfile.readline(65537)
            except TimeoutError:
                return
            if line in (b"\r\n", b"\n", b""):
                return
        raise _Refused(400, "Bad Request", "The chunked request body has too many trailers.")

    def _send(self, status: int, headers: dict[str, str], content: bytes, close: bool = False) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(content)

    def _send_problem(
        self, status: int, title: str, detail: str, close: bool = False, extra: dict[str, str] | None = None
    ) -> None:
        headers = {"Content-Type": JSON_API, **(extra or {})}
        self._send(status, headers, _error_body(status, title, detail), close)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """What ``http.server`` answers itself (a line too long, too many headers, a method it has no
        ``do_`` for, a bad request line), as a JSON:API error instead of an HTML page."""
        short, long = self.responses.get(code, ("Error", ""))
        title = short
        detail = message or explain or long or short
        if code == 501:
            code, title = 405, "Method Not Allowed"
            detail = f"{self.command} is not a method of the API: it takes {ALLOWED}."
        if getattr(self, "request_version", None) not in ("HTTP/1.0", "HTTP/1.1"):
            self.request_version = "HTTP/1.1"  # a request line too broken to read: answer in HTTP/1.1 all the same
        self.command = getattr(self, "command", None) or ""
        self.close_connection = True
        self.log_error("code %d, message %s", code, detail)
        extra = {"Allow": ALLOWED} if code == 405 else {}
        self._send_problem(code, title, detail, close=True, extra=extra)

    def handle(self) -> None:
        try:
            super().handle()
        except _CONNECTION_GONE:  # the client went away: nothing to answer, nothing to report
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = BACKLOG

    def __init__(self, fake: FakeDidww, address: tuple[str, int], verbose: bool, read_timeout: float) -> None:
        super().__init__(address, _Handler)
        self.fake = fake
        self.verbose = verbose
        self.read_timeout = read_timeout
        host, port = self.server_address[:2]
        self.origin = f"http://{host!s}:{port}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """One line on stderr instead of a traceback (and nothing for a client that went away)."""
        kind = sys.exc_info()[0]
        if kind is not None and not issubclass(kind, _CONNECTION_GONE):
            print(f"didww fake: a request from {client_address[0]} failed: {kind.__name__}", file=sys.stderr)


class FakeServer:
    """A running loopback server; ``base_url`` is what to give ``DidwwClient(base_url=...)``.

    ``read_timeout``: seconds a connection may stay silent while a request or its body is awaited."""

    def __init__(
        self,
        fake: FakeDidww,
        host: str = "127.0.0.1",
        port: int = 0,
        verbose: bool = False,
        read_timeout: float = READ_TIMEOUT,
    ) -> None:
        self.fake = fake
        self._server = _Server(fake, (host, port), verbose, read_timeout)
        self._thread = threading.Thread(target=self._server.serve_forever, name="didww-fake", daemon=True)

    @property
    def base_url(self) -> str:
        return f"{self._server.origin}/v3"

    def start(self) -> FakeServer:
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the command line's mode)."""
        self._server.serve_forever()

    def close(self) -> None:
        self._server.shutdown() if self._thread.is_alive() else None
        self._server.server_close()

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<FakeServer {self.base_url}>"
