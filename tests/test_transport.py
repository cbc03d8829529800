"""Retries, timeouts, options, logging and secrets, on both clients (issue "a transport that holds")."""

from __future__ import annotations

import asyncio
import email.utils
import inspect
import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from conftest import Recorder, jsonapi

from codegen.fixtures import example
from didww_gen import (
    DidwwClientError,
    DidwwConnectionError,
    DidwwTimeoutError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)
from didww_gen._ratelimit import MARGIN, RateLimiter
from didww_gen.v2026_04_16 import API_VERSION, AsyncDidwwClient, DidwwClient
from didww_gen.v2026_04_16.models import Did, SipConfiguration, VoiceInTrunk

Client = DidwwClient | AsyncDidwwClient
KEY = "secret-api-key-5b1f"
DID = example("Get DID").body.encode()
TRUNK = example("Get Voice IN Trunk").body.encode()


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every backoff the clients wait for, recorded instead of slept."""
    waited: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(time, "sleep", waited.append)
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return waited


def make(flavour: str, handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> Client:
    transport = httpx.MockTransport(handler)
    if flavour == "sync":
        return DidwwClient(api_key=KEY, http_client=httpx.Client(transport=transport), **options)
    return AsyncDidwwClient(api_key=KEY, http_client=httpx.AsyncClient(transport=transport), **options)


def _described(did_id: str) -> Did:
    did = Did.ref(did_id)
    did.description = "x"
    return did


def run(result: Any) -> Any:
    """The value of a client call, awaiting it for the async client."""
    return asyncio.run(result) if inspect.iscoroutine(result) else result


Item = httpx.Response | Exception | Callable[[], httpx.Response | Exception]


def replies(*items: Item) -> Recorder:
    """Serves the items in order; a callable item is called for a fresh response each time."""

    def reply(item: Item) -> Callable[[httpx.Request], httpx.Response]:
        def answer(request: httpx.Request) -> httpx.Response:
            made = item() if callable(item) else item
            if isinstance(made, Exception):
                raise made
            return made

        return answer

    return Recorder().serve(*(reply(i) for i in items))


def trunk() -> VoiceInTrunk:
    return VoiceInTrunk(name="Office", configuration=SipConfiguration(host="sip.example.com"))


# -- retries -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        lambda: jsonapi(500, {"errors": [{"title": "boom", "status": "500"}]}),
        lambda: jsonapi(503, b""),
        lambda: jsonapi(429, {"errors": [{"title": "slow down", "status": "429"}]}),
        lambda: httpx.ReadTimeout("read timed out"),
        lambda: httpx.ConnectError("connection refused"),
        lambda: httpx.RemoteProtocolError("server disconnected"),
    ],
    ids=["500", "503", "429", "read-timeout", "connect-refused", "disconnect"],
)
def test_get_is_retried(flavour: str, sleeps: list[float], failure: Item) -> None:
    recorder = replies(failure, jsonapi(200, DID))
    did = run(make(flavour, recorder).dids.find("x"))
    assert isinstance(did, Did) and len(recorder.requests) == 2 and len(sleeps) == 1


def test_delete_is_retried_on_5xx(flavour: str, sleeps: list[float]) -> None:
    recorder = replies(jsonapi(502, b""), httpx.Response(204))
    run(make(flavour, recorder).voice_in_trunks.delete("t1"))
    assert [r.method for r in recorder.requests] == ["DELETE", "DELETE"]


@pytest.mark.parametrize(
    "failure",
    [lambda: jsonapi(500, {"errors": [{"title": "boom", "status": "500"}]}), lambda: httpx.ReadTimeout("timed out")],
    ids=["500", "read-timeout"],
)
def test_post_that_the_server_may_have_acted_on_is_sent_once(flavour: str, sleeps: list[float], failure: Item) -> None:
    recorder = replies(failure)
    with pytest.raises((ServerError, DidwwTimeoutError)):
        run(make(flavour, recorder).voice_in_trunks.create(trunk()))
    assert len(recorder.requests) == 1 and sleeps == []


def test_patch_answered_500_is_sent_once(flavour: str, sleeps: list[float]) -> None:
    recorder = replies(jsonapi(500, b""))
    with pytest.raises(ServerError):
        run(make(flavour, recorder).dids.update(_described("d1")))
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    "failure", [lambda: jsonapi(429, b""), lambda: httpx.ConnectError("refused")], ids=["429", "connect-refused"]
)
def test_post_is_retried_where_the_server_cannot_have_acted(flavour: str, sleeps: list[float], failure: Item) -> None:
    recorder = replies(failure, jsonapi(201, TRUNK))
    created = run(make(flavour, recorder).voice_in_trunks.create(trunk()))
    assert created.id and len(recorder.requests) == 2
    assert recorder.requests[0].content == recorder.requests[1].content  # the same body, sent again


def test_backoff_doubles_with_jitter_up_to_the_cap(flavour: str, sleeps: list[float]) -> None:
    recorder = replies(*[jsonapi(503, b"")] * 7)
    with pytest.raises(ServerError) as info:
        run(make(flavour, recorder, max_retries=6).dids.find("x"))
    assert len(recorder.requests) == 7 and "after 7 attempts" in str(info.value)
    ceilings = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert all(c / 2 <= s <= c for s, c in zip(sleeps, ceilings, strict=True)), sleeps


def test_retry_after_seconds_and_http_date(flavour: str, sleeps: list[float]) -> None:
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    recorder = replies(
        httpx.Response(429, headers={"Retry-After": "3"}),
        httpx.Response(503, headers={"Retry-After": later}),
        httpx.Response(429, headers={"Retry-After": "86400"}),
        jsonapi(200, DID),
    )
    run(make(flavour, recorder, max_retries=3).dids.find("x"))
    assert sleeps[0] == 3.0 and 25 < sleeps[1] <= 30 and sleeps[2] == 60.0  # capped


def test_max_retries_zero_disables_retries(flavour: str, sleeps: list[float]) -> None:
    recorder = replies(jsonapi(429, {"errors": [{"title": "Too many requests", "status": "429"}]}))
    with pytest.raises(RateLimitError) as info:
        run(make(flavour, recorder, max_retries=0).dids.find("x"))
    assert len(recorder.requests) == 1 and "attempts" not in str(info.value)


def test_retries_run_out_with_the_attempt_count(flavour: str, sleeps: list[float]) -> None:
    recorder = replies(*[httpx.ConnectError("connection refused")] * 3)
    with pytest.raises(DidwwConnectionError, match=r"after 3 attempts"):
        run(make(flavour, recorder).dids.find("x"))


def test_422_is_not_retried(flavour: str, sleeps: list[float]) -> None:
    recorder = Recorder().serve_example("Create SIP Trunk", "422 Unprocessable Entity")
    with pytest.raises(UnprocessableEntityError):
        run(make(flavour, recorder).voice_in_trunks.create(trunk()))
    assert len(recorder.requests) == 1


# -- timeouts, options, headers ----------------------------------------------------------------


def test_default_and_per_call_timeouts(flavour: str) -> None:
    recorder = Recorder().serve(jsonapi(200, DID), jsonapi(200, DID))
    client = make(flavour, recorder)
    run(client.dids.find("x"))
    assert recorder.last.extensions["timeout"] == httpx.Timeout(30.0, connect=5.0).as_dict()
    run(client.dids.find("x", timeout=2.5))
    assert recorder.last.extensions["timeout"]["read"] == 2.5


def test_timeout_raises_the_sdk_error(flavour: str) -> None:
    client = make(flavour, replies(httpx.ConnectTimeout("too slow")), max_retries=0)
    with pytest.raises(DidwwTimeoutError, match="ConnectTimeout"):
        run(client.dids.find("x"))


def test_extra_headers_on_every_method(flavour: str) -> None:
    recorder = Recorder().serve(jsonapi(200, b'{"data": []}'), httpx.Response(204))
    client = make(flavour, recorder)
    run(client.dids.list(extra_headers={"X-Request-Id": "r1"}))
    assert recorder.last.headers["X-Request-Id"] == "r1"
    run(client.voice_in_trunks.delete("t1", extra_headers={"X-Request-Id": "r2"}))
    assert recorder.last.headers["X-Request-Id"] == "r2" and recorder.last.headers["Api-Key"] == KEY


def test_with_options_shares_the_pool(flavour: str) -> None:
    recorder = Recorder().serve(jsonapi(200, DID), jsonapi(200, DID))
    client = make(flavour, recorder, rate_limit=50)
    other = client.with_options(api_version=API_VERSION, timeout=3.0, max_retries=0)
    assert other._http is client._http and other.rate_limiter is client.rate_limiter
    assert (other.api_version, other.max_retries, other.timeout.read) == (API_VERSION, 0, 3.0)
    assert client.max_retries == 2 and client.timeout.read != 3.0
    with pytest.raises(DidwwClientError, match="speaks DIDWW API"):
        client.with_options(api_version="2019-01-01")  # another version is another package
    run(other.dids.find("x"))
    assert recorder.last.headers["X-DIDWW-API-Version"] == API_VERSION
    if isinstance(other, DidwwClient):
        other.close()
    else:
        asyncio.run(other.aclose())
    run(client.dids.find("x"))  # the pool is still open
    assert recorder.last.headers["X-DIDWW-API-Version"] == API_VERSION


def test_async_client_pages_with_async_for(recorder: Recorder) -> None:
    first = {"data": [{"id": "1", "type": "dids"}], "links": {"next": "https://x/v3/dids?page%5Bnumber%5D=2"}}
    recorder.serve(jsonapi(200, first), jsonapi(200, {"data": [{"id": "2", "type": "dids"}]}))
    client = AsyncDidwwClient(api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)))

    async def every_id() -> list[str | None]:
        async with client:
            page = await client.dids.list(page_size=1)
            return [did.id async for did in page]

    assert asyncio.run(every_id()) == ["1", "2"]
    assert recorder.last.url.params["page[number]"] == "2"


def test_clients_take_only_their_own_http_client() -> None:
    with pytest.raises(DidwwClientError, match=r"takes an httpx\.AsyncClient as http_client, got Client"):
        AsyncDidwwClient(api_key=KEY, http_client=httpx.Client())  # type: ignore[arg-type]


# -- rate limit ----------------------------------------------------------------------------------


def test_rate_limiter_allows_n_per_sliding_second(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    limiter = RateLimiter(3)
    window = 1.0 + MARGIN
    assert [limiter.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.reserve() == pytest.approx(window)
    now[0] += 0.4
    assert limiter.reserve() == pytest.approx(window - 0.4)
    now[0] += window - 0.4
    assert limiter.reserve() == 0.0
    assert RateLimiter(0.5)._window == 2.0 + MARGIN


def test_limited_client_waits_instead_of_sending(flavour: str, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [0.0]
    waited: list[float] = []

    def advance(seconds: float) -> None:
        waited.append(seconds)
        now[0] += seconds

    async def advance_async(seconds: float) -> None:
        advance(seconds)

    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    monkeypatch.setattr(time, "sleep", advance)
    monkeypatch.setattr(asyncio, "sleep", advance_async)
    sent_at: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_at.append(now[0])
        return jsonapi(200, DID)

    client = make(flavour, handler, rate_limit=2)
    for _ in range(5):
        run(client.dids.find("x"))
    window = 1.0 + MARGIN
    assert sent_at == pytest.approx([0.0, 0.0, window, window, 2 * window]) and sum(waited) == pytest.approx(2 * window)


# -- logging and secrets -----------------------------------------------------------------------


def test_debug_log_line_per_attempt(flavour: str, sleeps: list[float], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="didww_gen")
    run(make(flavour, replies(jsonapi(503, b""), jsonapi(200, DID))).dids.find("d1", include="did_group"))
    lines = [r.getMessage() for r in caplog.records if r.name == "didww_gen"]
    assert len(lines) == 2
    assert lines[0].startswith("GET https://sandbox-api.didww.com/v3/dids/d1?include=did_group -> 503 in ")
    assert lines[0].endswith("(attempt 1)") and " -> 200 in " in lines[1] and lines[1].endswith("(attempt 2)")
    assert all(KEY not in line for line in lines)


def test_didww_log_environment_variable_switches_debug_on() -> None:
    code = "import logging, didww_gen._logging as l; print(l.logger.level == logging.DEBUG, len(l.logger.handlers))"
    env = {**os.environ, "DIDWW_LOG": "debug", "PYTHONPATH": "src"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "1"]


def _secrets_of(flavour: str) -> Iterator[str]:
    """Texts a user could see: reprs, error messages and log lines, from a failing call."""
    client = make(flavour, replies(jsonapi(401, {"errors": [{"title": "Unauthorized", "status": "401"}]})))
    yield repr(client)
    yield repr(client.with_options(timeout=1.0))
    try:
        run(client.dids.find("x"))
    except Exception as exc:
        yield str(exc)
        yield repr(exc)
    failing = make(flavour, replies(httpx.ConnectError("refused")), max_retries=0)
    try:
        run(failing.dids.find("x"))
    except Exception as exc:
        yield str(exc)


def test_api_key_never_shown(flavour: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="didww_gen")
    texts = list(_secrets_of(flavour))
    assert len(texts) == 5 and caplog.records
    assert not [t for t in texts + [r.getMessage() for r in caplog.records] if KEY in t]


def test_model_secrets_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    """SIP passwords and server-generated credentials stay out of reprs, errors and logs."""
    caplog.set_level(logging.DEBUG, logger="didww_gen")
    sip = SipConfiguration(auth_password="sip-pass-77", host="h")
    trunk = VoiceInTrunk(name="t", configuration=sip)
    with pytest.raises(DidwwClientError) as info:
        SipConfiguration(auth_password=["sip-pass-88"])  # type: ignore[arg-type]
    recorder = Recorder().serve_example("Get Voice OUT Trunk", "200 Ok (Credentials & IP-Based)")
    out = DidwwClient(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    ).voice_out_trunks.find("457bf47d-446d-41cd-91c3-dfbda7bf0753")
    generated = getattr(out.authentication_method, "password", None)
    assert generated and generated == "YKcRESEiq7BEMzHj"
    shown = [repr(sip), repr(trunk), str(sip), str(info.value), repr(out), str(out), *caplog.messages]
    assert not [t for t in shown if "sip-pass" in t or generated in t]


def test_client_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIDWW_API_KEY", raising=False)
    monkeypatch.delenv("DIDWW_BASE_URL", raising=False)
    with pytest.raises(DidwwClientError, match="DIDWW_API_KEY is not set"):
        DidwwClient.from_env()
    monkeypatch.setenv("DIDWW_API_KEY", "env-key")
    with DidwwClient.from_env(max_retries=0) as client:
        assert client.base_url == "https://sandbox-api.didww.com/v3" and client.max_retries == 0
        assert "env-key" not in repr(client)
    monkeypatch.setenv("DIDWW_BASE_URL", "http://127.0.0.1:8080/v3")
    assert AsyncDidwwClient.from_env().base_url == "http://127.0.0.1:8080/v3"
