"""The fake's loopback server holds as a component others test against (issue 26, item 8).

Raw sockets send what httpx never would: every malformed request is answered with a JSON:API error document
(never HTML, a dropped connection, a traceback or a thread blocked for ever), hundreds of clients may connect at
once, and the request log keeps at most the first 64 KiB of each body (``extensions["body_size"]``: all of it).
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

from didww_gen.testing import FakeServer
from didww_gen.testing._fake import LOGGED_BODY
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.testing import FakeDidww

READ_TIMEOUT = 0.3  # the server's, for the requests that promise more than they send
GUARD = 10.0  # seconds a socket waits for an answer before the test fails (a hang guard, not a speed check)
H = b"Host: fake\r\nApi-Key: k\r\n"


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer(FakeDidww(), read_timeout=READ_TIMEOUT).start() as running:
        yield running


def address(server: FakeServer) -> tuple[str, int]:
    host, port = server._server.server_address[:2]
    return str(host), int(port)


def exchange(server: FakeServer, data: bytes) -> tuple[int, dict[str, str], bytes, bytes]:
    """Send ``data`` on a new connection; (status, headers, body, what came after the first answer)."""
    with socket.create_connection(address(server), timeout=GUARD) as sock:
        sock.sendall(data)
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = sock.recv(65536)
            assert chunk, f"the connection was dropped without an answer ({received!r})"
            received += chunk
        head, _, rest = received.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = sock.recv(65536)
            assert chunk, "the connection was dropped in the middle of the answer"
            rest += chunk
        return status, headers, rest[:length], rest[length:]


def api_error(status: int, headers: dict[str, str], body: bytes) -> str:
    """The detail of a JSON:API error answer (fails on anything else)."""
    assert headers["content-type"] == "application/vnd.api+json", headers
    document = json.loads(body)
    assert document["errors"][0]["status"] == str(status)
    return str(document["errors"][0]["detail"])


POST = b"POST /v3/voice_in_trunks HTTP/1.1\r\n" + H
GET = b"GET /v3/balance HTTP/1.1\r\n" + H
MALFORMED = {
    "non-numeric Content-Length": (POST + b"Content-Length: ten\r\n\r\n{}", 400),
    "negative Content-Length": (POST + b"Content-Length: -5\r\n\r\n", 400),
    "non-ASCII header": (GET + "X-Name: caf\u00e9\r\n\r\n".encode(), 400),
    "Content-Length longer than the body": (POST + b"Content-Length: 100\r\n\r\n{}", 400),
    "malformed chunked body": (POST + b"Transfer-Encoding: chunked\r\n\r\nxyz\r\n", 400),
    "OPTIONS": (b"OPTIONS /v3/balance HTTP/1.1\r\n" + H + b"\r\n", 405),
    "TRACE": (b"TRACE /v3/balance HTTP/1.1\r\n" + H + b"\r\n", 405),
    "unknown method": (b"BREW /v3/balance HTTP/1.1\r\n" + H + b"\r\n", 405),
    "long URL": (b"GET /v3/" + b"a" * 70_000 + b" HTTP/1.1\r\n" + H + b"\r\n", 414),
    "many headers": (GET + b"".join(b"X-%d: 1\r\n" % i for i in range(150)) + b"\r\n", 431),
    "deeply nested JSON": (POST + b"Content-Length: 200000\r\n\r\n" + b"[" * 100_000 + b"]" * 100_000, 400),
    "nested deeper than 64 levels": (POST + b"Content-Length: 200\r\n\r\n" + b"[" * 100 + b"]" * 100, 400),
    "garbage request line": (b"\x00\x01 garbage\r\n\r\n", 400),
    "HTTP/0.9": (b"GET /v3/balance\r\n\r\n", 400),
}


@pytest.mark.parametrize("name", MALFORMED)
def test_a_malformed_request_is_answered_with_a_json_api_error(
    server: FakeServer, name: str, capfd: pytest.CaptureFixture[str]
) -> None:
    data, expected = MALFORMED[name]
    status, headers, body, _ = exchange(server, data)
    assert status == expected
    assert api_error(status, headers, body)
    assert "Traceback" not in capfd.readouterr().err


def test_head_is_answered_405_without_a_body(server: FakeServer) -> None:
    with socket.create_connection(address(server), timeout=GUARD) as sock:
        sock.sendall(b"HEAD /v3/balance HTTP/1.1\r\n" + H + b"\r\n")
        head = sock.recv(65536)
    assert head.startswith(b"HTTP/1.1 405 ") and head.endswith(b"\r\n\r\n")
    assert b"application/vnd.api+json" in head and b"Allow: GET, POST, PATCH, DELETE" in head


def test_a_chunked_body_is_read_as_the_body_not_as_the_next_request(server: FakeServer) -> None:
    document = json.dumps({"data": {"type": "voice_in_trunks", "attributes": {"name": "chunky"}}}).encode()
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (document[:10], document[10:])) + b"0\r\n\r\n"
    request = b"POST /v3/voice_in_trunks HTTP/1.1\r\n" + H + b"Content-Type: application/vnd.api+json\r\n"
    follow_up = b"GET /v3/balance HTTP/1.1\r\n" + H + b"\r\n"
    with socket.create_connection(address(server), timeout=GUARD) as sock:
        sock.sendall(request + b"Transfer-Encoding: chunked\r\n\r\n" + chunks + follow_up)
        received = b""
        while received.count(b"HTTP/1.1 ") < 2 or not received.endswith(b"}"):
            chunk = sock.recv(65536)
            assert chunk, f"the connection was dropped ({received!r})"
            received += chunk
    first, second = received.split(b"HTTP/1.1 ")[1:3]
    assert first.startswith(b"422 ") and b"configuration" in first  # the chunks were read whole, as a trunk
    assert second.startswith(b"200 ") and b'"balances"' in second  # then the next request on the connection


def test_a_client_that_goes_away_leaves_no_traceback_and_no_busy_thread(
    server: FakeServer, capfd: pytest.CaptureFixture[str]
) -> None:
    before = threading.active_count()
    for _ in range(20):
        with socket.create_connection(address(server), timeout=GUARD) as sock:
            sock.sendall(b"GET /v3/dids HTTP/1.1\r\n" + H + b"\r\n")  # then closed before reading the answer
    for _ in range(5):
        with socket.create_connection(address(server), timeout=GUARD) as sock:  # silent, then gone
            sock.sendall(b"POST /v3/voice_in_trunks HTTP/1.1\r\n" + H + b"Content-Length: 50\r\n\r\n{")
    status, _, _, _ = exchange(server, b"GET /v3/balance HTTP/1.1\r\n" + H + b"Connection: close\r\n\r\n")
    assert status == 200
    for thread in threading.enumerate():  # every connection's thread ends within its read timeout
        if thread.name.startswith("Thread-") and thread.daemon:
            thread.join(GUARD)
    assert threading.active_count() <= before
    assert "Traceback" not in capfd.readouterr().err


def test_hundreds_of_clients_may_connect_before_the_server_accepts_any() -> None:
    fake = FakeDidww()
    server = FakeServer(fake, read_timeout=5)  # listening, not accepting yet
    sockets: list[socket.socket] = []
    try:
        for _ in range(300):
            sockets.append(socket.create_connection(address(server), timeout=2))  # queued by the backlog
        server.start()
        for sock in sockets:
            sock.settimeout(GUARD)
            sock.sendall(b"GET /v3/balance HTTP/1.1\r\n" + H + b"Connection: close\r\n\r\n")
        answers = [sock.recv(64) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()
        server.close()
    assert all(answer.startswith(b"HTTP/1.1 200 ") for answer in answers)


@pytest.mark.parametrize("through", ["loopback", "transport"])
def test_the_request_log_keeps_at_most_64_kib_of_a_body(through: str) -> None:
    fake = FakeDidww()
    big = json.dumps({"data": {"type": "voice_in_trunks", "attributes": {"name": "x" * 1_000_000}}}).encode()
    headers = {"Api-Key": "k", "Content-Type": "application/vnd.api+json"}
    if through == "loopback":
        with fake.serve() as server:
            httpx.post(f"{server.base_url}/voice_in_trunks", content=big, headers=headers)
    else:
        with httpx.Client(transport=fake.transport()) as http:
            http.post("https://didww.fake/v3/voice_in_trunks", content=big, headers=headers)
    logged = fake.requests[-1]
    assert len(logged.content) == LOGGED_BODY == 64 * 1024
    assert logged.extensions["body_size"] == len(big)
    assert logged.content == big[:LOGGED_BODY]


def test_the_sdk_works_through_the_server_as_before(server: FakeServer) -> None:
    with DidwwClient(api_key="k", base_url=server.base_url) as client:
        assert client.balance.find() is not None
        assert client.dids.list().data
