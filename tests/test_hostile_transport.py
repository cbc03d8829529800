"""Hostile transport (issue 15, items 1, 2, 6, 7 and 9): unsendable keys and headers, hostile ``Retry-After``,
the overall deadline, looping pages, a retried DELETE, and export downloads that must not replace a good file.

Every answer is built here on an ``httpx.MockTransport``; time is a fake clock, never slept.
"""

from __future__ import annotations

import asyncio
import errno
import gzip
import inspect
import io
import os
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from didww_gen import (
    DidwwClientError,
    DidwwConnectionError,
    DidwwFileError,
    DidwwTimeoutError,
    NotFoundError,
    ServerError,
)
from didww_gen import _deadline as deadline_module
from didww_gen._download import MAX_RATIO, PIECE, RATIO_FROM
from didww_gen._retries import BACKOFF_MAX, RETRY_AFTER_MAX
from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient

KEY = "hostile-key-9c1e"
BASE = "https://api.test/v3"
JSONAPI = {"Content-Type": "application/vnd.api+json"}
DID = b'{"data": {"type": "dids", "id": "d1", "attributes": {"number": "1555"}}}'
CSV = b"date,number,duration\n" + b"2026-04-16,15551234567,42\n" * 2000
GZ = gzip.compress(CSV)
Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Server:
    """Serves the answers in order (the last one again when they run out) and keeps every request."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer(request) if callable(answer) else answer


def make(flavour: str, server: Server, **options: Any) -> DidwwClient | AsyncDidwwClient:
    transport = httpx.MockTransport(server)
    if flavour == "sync":
        return DidwwClient(api_key=KEY, base_url=BASE, http_client=httpx.Client(transport=transport), **options)
    return AsyncDidwwClient(api_key=KEY, base_url=BASE, http_client=httpx.AsyncClient(transport=transport), **options)


def run(result: Any) -> Any:
    return asyncio.run(result) if inspect.iscoroutine(result) else result


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Clock:
    """A fake monotonic clock: sleeping advances it, nothing waits."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()

    async def async_sleep(seconds: float) -> None:
        fake.sleep(seconds)

    monkeypatch.setattr(deadline_module, "clock", fake)
    monkeypatch.setattr("time.sleep", fake.sleep)
    monkeypatch.setattr(asyncio, "sleep", async_sleep)
    return fake


# -- item 1: the API key, extra headers, base_url and error bodies never leak -------------------------------


@pytest.mark.parametrize(
    ("key", "what"),
    [
        (KEY + "\n", "a whitespace character at position 16"),
        (KEY + "\r\n", "a whitespace character at position 16"),
        (" " + KEY, "a whitespace character at position 0"),
        (KEY[:4] + "\x00" + KEY[4:], "a control character at position 4"),
        (KEY[:3] + "\x7f" + KEY[3:], "a control character at position 3"),
        (KEY + "é", "a non-ASCII character at position 16"),
        (KEY + "\ud800", "a non-ASCII character at position 16"),
    ],
    ids=["newline", "crlf", "leading-space", "nul", "del", "non-ascii", "surrogate"],
)
def test_an_unsendable_api_key_is_refused_without_quoting_it(flavour: str, key: str, what: str) -> None:
    with pytest.raises(DidwwClientError, match=what) as caught:
        _client_with_key(flavour, key)
    assert KEY not in str(caught.value) and KEY[:8] not in repr(caught.value)
    assert "strip" in str(caught.value)


def _client_with_key(flavour: str, key: str) -> object:
    cls = DidwwClient if flavour == "sync" else AsyncDidwwClient
    return cls(api_key=key, base_url=BASE)


def test_from_env_refuses_a_key_with_a_trailing_newline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIDWW_API_KEY", KEY + "\n")
    with pytest.raises(DidwwClientError, match="strip whitespace") as caught:
        DidwwClient.from_env()
    assert KEY not in str(caught.value)


@pytest.mark.parametrize("value", ["tok\r\nX-Evil: 1", "tok\n", "jeton-é", "a\x00b", "\ud800"])
def test_an_unsendable_extra_header_value_is_refused_naming_the_header(flavour: str, value: str) -> None:
    server = Server(httpx.Response(200, content=DID, headers=JSONAPI))
    client = make(flavour, server)
    with pytest.raises(DidwwClientError, match=r"extra_headers\['X-Token'\] has a") as caught:
        run(client.dids.find("d1", extra_headers={"X-Token": value}))
    assert value not in str(caught.value) and server.requests == []


@pytest.mark.parametrize("name", ["X Token", "X-Token\n", "Ä", ""])
def test_an_unsendable_extra_header_name_is_refused(name: str) -> None:
    client = make("sync", Server(httpx.Response(200, content=DID, headers=JSONAPI)))
    with pytest.raises(DidwwClientError, match="is not a header name"):
        client.dids.find("d1", extra_headers={name: "v"})


def test_a_password_in_base_url_is_refused_and_never_shown() -> None:
    for url in ("https://user:hunter2-pw@api.test/v3", "https://hunter2-pw@api.test/v3", "ftp://u:hunter2-pw@x/v3"):
        with pytest.raises(DidwwClientError, match="base_url") as caught:
            DidwwClient(api_key=KEY, base_url=url)
        assert "hunter2-pw" not in str(caught.value)


def test_a_base_url_with_stray_characters_is_refused() -> None:
    with pytest.raises(DidwwClientError, match="not a valid URL"):
        DidwwClient(api_key=KEY, base_url="https://api.test/v3\n/x")


@pytest.mark.parametrize("status", [200, 401, 500])
def test_an_unreadable_body_is_described_never_quoted(status: int) -> None:
    body = b"<html>trunk password: pw-7f3a9e</html>" + bytes(range(256))
    server = Server(httpx.Response(status, content=body, headers={"Content-Type": "text/html"}))
    with pytest.raises((DidwwClientError, NotFoundError, Exception)) as caught:
        make("sync", server, max_retries=0).dids.find("d1")
    assert "pw-7f3a9e" not in str(caught.value) and "<html>" not in str(caught.value)
    assert f"{len(body)} bytes" in str(caught.value)


# -- item 2: Retry-After ------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["soon", "0x10", "nan", "inf", "-infinity", "-1", "1e3", "9" * 40, "3 days", ""])
def test_an_unusable_retry_after_gives_the_normal_backoff(flavour: str, clock: Clock, value: str) -> None:
    server = Server(
        httpx.Response(503, headers={"Retry-After": value}), httpx.Response(200, content=DID, headers=JSONAPI)
    )
    did = run(make(flavour, server, max_retries=1).dids.find("d1"))
    assert did.id == "d1" and len(server.requests) == 2
    assert len(clock.sleeps) == 1 and 0 < clock.sleeps[0] <= BACKOFF_MAX


@pytest.mark.parametrize(
    ("value", "waited"),
    [("2", 2.0), ("1.5", 1.5), ("100000", RETRY_AFTER_MAX), ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0)],
)
def test_a_usable_retry_after_is_honoured_and_capped(flavour: str, clock: Clock, value: str, waited: float) -> None:
    server = Server(
        httpx.Response(429, headers={"Retry-After": value}), httpx.Response(200, content=DID, headers=JSONAPI)
    )
    run(make(flavour, server, max_retries=1, deadline=None).dids.find("d1"))
    assert clock.sleeps == [waited]


# -- item 7: the overall deadline, looping pages ------------------------------------------------------------


class Trickle(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body sent one byte at a time, each 0.1 s after the last (on the fake clock), for ever."""

    def __init__(self, clock: Clock, start: bytes = b"{") -> None:
        self.clock = clock
        self.start = start
        self.sent = 0

    def chunk(self) -> bytes:
        self.clock.now += 0.1
        self.sent += 1
        return self.start[self.sent - 1 : self.sent] or b" "

    def __iter__(self) -> Iterator[bytes]:
        while self.sent < 100_000:
            yield self.chunk()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while self.sent < 100_000:
            yield self.chunk()


def test_a_trickling_body_ends_at_the_deadline(flavour: str, clock: Clock) -> None:
    trickle = Trickle(clock)
    server = Server(lambda request: httpx.Response(200, stream=trickle, headers=JSONAPI))
    client = make(flavour, server, timeout=1.0, max_retries=0)
    assert client.deadline == 2.0
    with pytest.raises(DidwwTimeoutError, match=r"within the deadline of 2 s") as raised:
        run(client.dids.find("d1", include=["order"]))
    assert str(raised.value).startswith("GET https://api.test/v3/dids/d1: no complete answer")  # no query
    assert trickle.sent <= 21


def test_the_deadline_covers_retries_and_their_waits(flavour: str, clock: Clock) -> None:
    busy = httpx.Response(503, headers={"Retry-After": "50"})
    server = Server(busy)
    client = make(flavour, server, max_retries=5, deadline=120)
    with pytest.raises(ServerError, match="after 3 attempts"):
        run(client.dids.find("d1"))
    assert clock.sleeps == [50.0, 50.0]  # a third wait would end past the deadline: the error comes now


def test_a_timeout_past_the_deadline_is_the_deadline_error(flavour: str, clock: Clock) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        clock.now += 30
        raise httpx.ReadTimeout("read timed out")

    server = Server(slow)
    with pytest.raises(DidwwTimeoutError, match="deadline of 45 s"):
        run(make(flavour, server, max_retries=10, deadline=45).dids.find("d1"))
    assert len(server.requests) == 2


def test_each_attempt_gets_no_more_time_than_is_left(clock: Clock) -> None:
    server = Server(httpx.Response(200, content=DID, headers=JSONAPI))
    make("sync", server, timeout=30.0, deadline=10).dids.find("d1")
    assert server.requests[0].extensions["timeout"]["read"] == 10.0


def test_the_default_deadline_follows_timeout_and_retries() -> None:
    client = DidwwClient(api_key=KEY, base_url=BASE)
    assert client.deadline == 3 * 2 * 30.0 + 2 * BACKOFF_MAX
    assert client.with_options(max_retries=0, timeout=5.0).deadline == 10.0
    assert client.with_options(deadline=None).deadline is None
    assert DidwwClient(api_key=KEY, base_url=BASE, timeout=httpx.Timeout(None)).deadline is None
    for bad in (0, -1, float("nan"), float("inf"), "10", True):
        with pytest.raises(DidwwClientError, match="deadline takes positive seconds"):
            DidwwClient(api_key=KEY, base_url=BASE, deadline=bad)  # type: ignore[arg-type]


def page(next_query: str | None) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        links = {"next": f"{BASE}/dids?{next_query}"} if next_query else {}
        body = f'{{"data": [{{"type": "dids", "id": "d-{request.url.query.decode()}"}}], "links": {_json(links)}}}'
        return httpx.Response(200, content=body.encode(), headers=JSONAPI)

    return answer


def _json(value: object) -> str:
    import json

    return json.dumps(value)


@pytest.mark.parametrize(
    "answers",
    [
        [page("page%5Bnumber%5D=2"), page("page%5Bnumber%5D=2")],  # page 2 links to itself
        [page("page%5Bnumber%5D=2"), page("page%5Bnumber%5D=1"), page("page%5Bnumber%5D=2")],  # 2 -> 1 -> 2
    ],
    ids=["self", "back"],
)
def test_pages_that_loop_stop_with_an_error(flavour: str, answers: list[Answer]) -> None:
    server = Server(*answers)
    client = make(flavour, server)

    async def collect_async(first: Any) -> list[Any]:
        return [item async for item in first]

    first = run(client.dids.list())
    with pytest.raises(DidwwClientError, match="leads back to a page already fetched"):
        run(collect_async(first)) if flavour == "async" else list(first)
    assert len(server.requests) <= 4


# -- item 9: a DELETE retried after an unknown outcome -------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [httpx.ReadTimeout("read timed out"), httpx.RemoteProtocolError("server disconnected"), httpx.Response(502)],
    ids=["timeout", "disconnect", "502"],
)
def test_404_after_a_retried_delete_counts_as_deleted(flavour: str, clock: Clock, first: Answer) -> None:
    server = Server(first, httpx.Response(404, content=b'{"errors": [{"title": "Record not found"}]}'))
    assert run(make(flavour, server).voice_in_trunks.delete("t1")) is None
    assert [r.method for r in server.requests] == ["DELETE", "DELETE"]


@pytest.mark.parametrize(
    "answers",
    [
        [httpx.Response(404)],
        [httpx.Response(429), httpx.Response(404)],
        [httpx.ConnectError("no"), httpx.Response(404)],
    ],
    ids=["first-attempt", "after-429", "after-refused-connection"],
)
def test_404_to_a_delete_that_surely_did_nothing_is_not_found(
    flavour: str, clock: Clock, answers: list[Answer]
) -> None:
    with pytest.raises(NotFoundError):
        run(make(flavour, Server(*answers)).voice_in_trunks.delete("t1"))


# -- item 6: export downloads ---------------------------------------------------------------------------------

EXPORT_URL = f"{BASE}/exports/e1.csv.gz"
PREVIOUS = b"the previous good export"


def gz(body: bytes = GZ, **headers: str) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"Content-Type": "application/gzip", **headers})


def download(flavour: str, answer: Answer, target: Any, **options: Any) -> int:
    client = make(flavour, Server(answer), max_retries=0)
    return int(run(client.download_export(EXPORT_URL, target, **options)))


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "cdr.csv.gz"
    path.write_bytes(PREVIOUS)
    return path


def untouched(target: Path) -> bool:
    return target.read_bytes() == PREVIOUS and [p.name for p in target.parent.iterdir()] == [target.name]


class CutShort(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Half the gzip file, then the connection closes cleanly (no length was promised)."""

    def __iter__(self) -> Iterator[bytes]:
        yield GZ[: len(GZ) // 2]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield GZ[: len(GZ) // 2]


class Sent(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body as it comes off the network (httpx decodes its Content-Encoding only on reading)."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self.body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.body


def streamed(body: bytes, **headers: str) -> httpx.Response:
    return httpx.Response(200, stream=Sent(body), headers={"Content-Type": "application/gzip", **headers})


class Whole(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The gzip file, streamed in two pieces."""

    def __iter__(self) -> Iterator[bytes]:
        yield from (GZ[:10], GZ[10:])

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in (GZ[:10], GZ[10:]):
            yield piece


@pytest.mark.parametrize(
    ("answer", "error", "message"),
    [
        (
            httpx.Response(200, content=b"<html>Please log in</html>", headers={"Content-Type": "text/html"}),
            DidwwClientError,
            "answered 'text/html' instead of the file",
        ),
        (gz(b"date,number\n1,2\n"), DidwwClientError, "not valid gzip"),
        (lambda r: httpx.Response(200, stream=CutShort()), DidwwClientError, "middle of the gzip stream"),
        (gz(GZ[:-10], **{"Content-Length": str(len(GZ))}), DidwwConnectionError, f"after {len(GZ) - 10} of"),
        (gz(GZ + b"trailing junk"), DidwwClientError, "not valid gzip"),
        (gz(gzip.compress(GZ)), DidwwClientError, "compressed twice"),
        (lambda r: streamed(gzip.compress(GZ), **{"Content-Encoding": "gzip"}), DidwwClientError, "compressed twice"),
    ],
    ids=[
        "html-login-page",
        "not-gzip",
        "cut-short-without-length",
        "short-of-content-length",
        "trailing-junk",
        "gzip-in-gzip",
        "gzip-in-gzip-labelled",
    ],
)
@pytest.mark.parametrize("decompress", [False, True])
def test_a_bad_download_leaves_the_previous_file_untouched(
    flavour: str, target: Path, answer: Answer, error: type[Exception], message: str, decompress: bool
) -> None:
    with pytest.raises(error, match=message):
        download(flavour, answer, target, decompress=decompress)
    assert untouched(target)


def test_a_download_not_in_its_labelled_encoding_is_a_client_error(flavour: str, tmp_path: Path) -> None:
    """An export URL without ``.gz`` is read as httpx decodes it: a body labelled gzip that is not, refused."""
    target = tmp_path / "cdr.csv"
    target.write_bytes(PREVIOUS)
    client = make(flavour, Server(lambda r: streamed(b"date,number\n", **{"Content-Encoding": "gzip"})), max_retries=0)
    with pytest.raises(DidwwClientError, match="labelled with a Content-Encoding it is not in"):
        run(client.download_export(f"{BASE}/exports/e1.csv", target))
    assert untouched(target)


def test_a_good_download_replaces_the_previous_file(flavour: str, target: Path) -> None:
    assert download(flavour, gz(), target) == len(GZ) and target.read_bytes() == GZ
    assert download(flavour, gz(), target, decompress=True) == len(CSV) and target.read_bytes() == CSV


def test_an_export_served_with_content_encoding_gzip_is_the_file_as_sent(flavour: str, target: Path) -> None:
    """Storage that labels a .csv.gz with ``Content-Encoding: gzip`` must not have it inflated by httpx first."""
    labelled = {"Content-Type": "application/gzip", "Content-Encoding": "gzip", "Content-Length": str(len(GZ))}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Whole(), headers=labelled)  # streamed, as from a network

    assert download(flavour, answer, target) == len(GZ) and target.read_bytes() == GZ
    assert download(flavour, answer, target, decompress=True) == len(CSV) and target.read_bytes() == CSV


def test_a_gzip_bomb_stops_early_in_bounded_memory(flavour: str, target: Path) -> None:
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)  # 200 MiB of zeros in ~200 KB
    seen: list[int] = []

    class Counting(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            seen.append(len(data))
            return len(data)

    with pytest.raises(DidwwClientError, match=f"more than {MAX_RATIO} times its size"):
        download(flavour, gz(bomb), Counting(), decompress=True)
    assert max(seen) <= PIECE and sum(seen) <= RATIO_FROM + 2 * PIECE
    with pytest.raises(DidwwClientError, match="gzip bomb"):
        download(flavour, gz(bomb), target)
    assert untouched(target)


def test_a_folder_as_target_is_a_file_error(flavour: str, tmp_path: Path) -> None:
    with pytest.raises(DidwwFileError, match="it is a folder"):
        download(flavour, gz(), tmp_path)


def test_a_folder_that_is_not_writable_is_a_file_error(
    flavour: str, target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*args: Any, **kwargs: Any) -> None:  # chmod would not stop root, who runs CI containers
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(DidwwFileError, match=f"cannot write the export to {target}: Permission denied"):
        download(flavour, gz(), target)
    assert untouched(target)


def test_a_full_disk_is_a_file_error(flavour: str, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(DidwwFileError, match="No space left on device; a previous file there is untouched"):
        download(flavour, gz(), target)
    assert untouched(target)

    class FullFile(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(DidwwFileError, match="the destination file object: No space left"):
        download(flavour, gz(), FullFile())


def test_a_trickling_download_ends_at_its_deadline(flavour: str, clock: Clock, target: Path) -> None:
    trickle = Trickle(clock, GZ)
    with pytest.raises(DidwwTimeoutError, match="deadline of 5 s"):
        download(flavour, lambda r: httpx.Response(200, stream=trickle), target, deadline=5)
    assert trickle.sent <= 51 and untouched(target)


@pytest.mark.parametrize("url", [f"{BASE}/exports/../dids", f"{BASE}/exports/./x.csv.gz", f"{BASE}/", BASE + "//x"])
def test_an_export_url_that_leaves_the_api_is_refused(url: str, tmp_path: Path) -> None:
    client = make("sync", Server(gz()))
    with pytest.raises(DidwwClientError, match="is not an export url"):
        client.download_export(url, tmp_path / "x.csv.gz")
