"""Secrets (issue 26): nothing picklable carries a secret in clear, and no SDK error leads to the API key.

A ``RequestValidator`` (the webhook secret) and the clients (the API key) refuse pickling with a clear error. An SDK
error raised after a transport failure, an error answer or a failed download is chained (``__context__``,
``__cause__``) to httpx exceptions and responses that hold the request: that request no longer holds the key. The
scan walks every object reachable from the error (attributes, containers, headers) a few levels deep.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from didww_gen.errors import DidwwClientError, DidwwError
from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient
from didww_gen.webhooks import RequestValidator

KEY = "sk-live-9f8e7d6c5b4a39281706"
BASE = "https://api.test/v3"


def test_a_request_validator_is_not_pickled_and_says_why() -> None:
    validator = RequestValidator(KEY)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        with pytest.raises(DidwwClientError, match="would carry the webhook secret in clear") as raised:
            pickle.dumps(validator, protocol)
        assert KEY not in str(raised.value)
    assert copy.copy(validator) is validator and copy.deepcopy(validator) is validator


@pytest.mark.parametrize("client_class", [DidwwClient, AsyncDidwwClient])
def test_a_client_is_not_pickled_and_says_why(client_class: type[Any]) -> None:
    client = client_class(api_key=KEY, deadline=10)
    with pytest.raises(DidwwClientError, match="would carry the API key in clear"):
        pickle.dumps(client)
    with pytest.raises(DidwwClientError, match="would carry the API key in clear"):
        pickle.dumps(client.with_options(timeout=5))


def reachable(root: Any, depth: int = 6) -> Iterator[Any]:
    """Objects reachable from ``root``: exception chains, attributes, slots, containers, httpx headers."""
    seen: set[int] = set()
    level = [root]
    for _ in range(depth):
        below: list[Any] = []
        for item in level:
            if id(item) in seen or item is None or isinstance(item, (int, float, bool, type)) or inspect.ismodule(item):
                continue
            seen.add(id(item))
            yield item
            if isinstance(item, BaseException):
                below += [item.__context__, item.__cause__, *item.args]
            if isinstance(item, httpx.Headers):
                below += [f"{k}: {v}" for k, v in item.items()]
            elif isinstance(item, dict):
                below += [*item.keys(), *item.values()]
            elif isinstance(item, (list, tuple, set, frozenset)):
                below += list(item)
            for name in getattr(type(item), "__slots__", ()):
                below.append(getattr(item, name, None))
            if hasattr(item, "__dict__") and not isinstance(item, (str, bytes)):
                below += list(vars(item).values())
        level = below


def holds_key(error: BaseException) -> bool:
    texts = (o if isinstance(o, str) else o.decode("latin-1") for o in reachable(error) if isinstance(o, (str, bytes)))
    return any(KEY in text for text in texts)


def raising(exc: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def reply(request: httpx.Request) -> httpx.Response:
        raise exc

    return reply


ANSWERS: dict[str, Callable[[httpx.Request], httpx.Response]] = {
    "connect error": raising(httpx.ConnectError("refused")),
    "read timeout": raising(httpx.ReadTimeout("slow")),
    "remote protocol error": raising(httpx.RemoteProtocolError("garbled")),
    "read error": raising(httpx.ReadError("reset")),
    "500": lambda request: httpx.Response(500, content=b"{}"),
    "401": lambda request: httpx.Response(401, content=b'{"errors": [{"title": "Unauthorized"}]}'),
    "not JSON": lambda request: httpx.Response(200, content=b"<html>"),
    "not in its encoding": lambda request: httpx.Response(
        200, stream=httpx.ByteStream(b"plain"), headers={"Content-Encoding": "gzip"}
    ),
}


def sync_client(answer: Callable[[httpx.Request], httpx.Response]) -> DidwwClient:
    http = httpx.Client(transport=httpx.MockTransport(answer))
    return DidwwClient(api_key=KEY, base_url=BASE, http_client=http, max_retries=1)


def async_client(answer: Callable[[httpx.Request], httpx.Response]) -> AsyncDidwwClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    return AsyncDidwwClient(api_key=KEY, base_url=BASE, http_client=http, max_retries=1)


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("didww_gen._retries.backoff", lambda attempt, response=None: 0.0)


@pytest.mark.parametrize("answer", ANSWERS)
def test_an_sdk_error_after_a_failed_call_does_not_lead_to_the_api_key(answer: str) -> None:
    with pytest.raises(DidwwError) as raised:
        sync_client(ANSWERS[answer]).dids.find("d1")
    assert not holds_key(raised.value), answer


@pytest.mark.parametrize("answer", ANSWERS)
def test_an_async_sdk_error_does_not_lead_to_the_api_key(answer: str) -> None:
    async def call() -> None:
        async with async_client(ANSWERS[answer]) as client:
            await client.dids.find("d1")

    with pytest.raises(DidwwError) as raised:
        asyncio.run(call())
    assert not holds_key(raised.value), answer


class BreaksOff(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The start of a gzip file, then the connection drops."""

    def __iter__(self) -> Iterator[bytes]:
        yield b"\x1f\x8b\x08\x00"
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> Any:
        yield b"\x1f\x8b\x08\x00"
        raise httpx.ReadError("connection reset")


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_failed_download_error_does_not_lead_to_the_api_key(flavour: str, tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=BreaksOff(), headers={"Content-Type": "application/gzip"})

    url = f"{BASE}/exports/e1.csv.gz"
    with pytest.raises(DidwwError) as raised:
        if flavour == "sync":
            sync_client(answer).download_export(url, tmp_path / "cdr.csv.gz")
        else:
            asyncio.run(async_client(answer).download_export(url, tmp_path / "cdr.csv.gz"))
    assert "broke off" in str(raised.value)
    assert not holds_key(raised.value)
