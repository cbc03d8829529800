"""The fake on a real loopback HTTP server (standard library ``http.server``, one thread per connection)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from didww_gen.testing._fake import FakeDidww


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = f"{self.server.origin}{self.path}"
        status, headers, content = self.server.fake.handle(self.command, url, dict(self.headers.items()), body)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _answer

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeDidww, address: tuple[str, int], verbose: bool) -> None:
        super().__init__(address, _Handler)
        self.fake = fake
        self.verbose = verbose
        host, port = self.server_address[:2]
        self.origin = f"http://{host!s}:{port}"


class FakeServer:
    """A running loopback server; ``base_url`` is what to give ``DidwwClient(base_url=...)``."""

    def __init__(self, fake: FakeDidww, host: str = "127.0.0.1", port: int = 0, verbose: bool = False) -> None:
        self.fake = fake
        self._server = _Server(fake, (host, port), verbose)
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
