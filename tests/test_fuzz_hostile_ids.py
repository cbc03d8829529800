"""Hostile ids and filter values (issue 15, items 3 and 9) through every operation of every repository.

An id never leaves its collection's path: it is sent as exactly one percent-encoded segment under
``/v3/<collection>/``, or refused with ``DidwwClientError`` before anything is sent (empty, ``.``, ``..``,
control characters, lone surrogates). Filter and query values come back from the query string as given, or
are refused the same way. Only ``didww_gen`` errors escape. Example counts follow ``tests/fuzz_settings.py``.
"""

from __future__ import annotations

import asyncio
import inspect
from collections import Counter
from functools import cached_property
from typing import Any
from urllib.parse import parse_qsl, unquote_to_bytes

import httpx
import pytest
from fuzz_settings import FUZZ, PROFILE
from hypothesis import given
from hypothesis import strategies as st

from didww_gen import DidwwClientError, DidwwError
from didww_gen._repository import Repository
from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient

BASE = "https://api.test/v3"
NASTY = "./#?%&=+;@:\\ \t\r\n\x00\x7f\x85\u2028\ud800\udfff\ufeffé/.."
ids = st.one_of(
    st.sampled_from(["", ".", "..", "/", "#", "?", "%", "%2e%2e", "%2F", "a/../b", "..%2f..", "abc#def", "x?y=1"]),
    st.text(alphabet=st.sampled_from(NASTY + "ab"), max_size=12),
    st.text(max_size=12),
)
values = st.one_of(
    st.text(alphabet=st.sampled_from(NASTY + "ab[],"), max_size=12),
    st.text(max_size=12),
    st.integers(),
    st.booleans(),
)
TRIED: Counter[str] = Counter()


def _answer(request: httpx.Request) -> httpx.Response:
    if request.method == "DELETE":
        return httpx.Response(204)
    return httpx.Response(200, content=b'{"data": []}', headers={"Content-Type": "application/vnd.api+json"})


class Wire:
    """A client whose transport keeps every request and answers something plausible."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

        def handle(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return _answer(request)

        http = httpx.Client(transport=httpx.MockTransport(handle))
        self.client = DidwwClient(api_key="k", base_url=BASE, http_client=http, max_retries=0)


WIRE = Wire()
REPOSITORIES: list[Repository[Any]] = [
    getattr(WIRE.client, name)
    for name, member in vars(DidwwClient).items()
    if isinstance(member, cached_property) and isinstance(getattr(WIRE.client, name), Repository)
]
WITH_IDS = [r for r in REPOSITORIES if hasattr(r, "find") and "id" in inspect.signature(r.find).parameters]


def by_path(repositories: list[Repository[Any]], operation: str) -> list[Repository[Any]]:
    return [r for r in repositories if hasattr(r, operation)]


def only_sdk_errors(call: Any) -> bool:
    """Run ``call``: True when it went through, False when the SDK refused it; anything else escapes."""
    WIRE.requests.clear()
    try:
        call()
    except DidwwError:
        return False
    return True


def check_item_path(repository: Repository[Any], id: str) -> None:
    """A refused id sent nothing; any other went to ``/v3/<collection>/<id as one segment>``."""
    if refused_before_sending(id):
        assert WIRE.requests == []
        return
    assert len(WIRE.requests) == 1
    assert _is_item_request(repository, WIRE.requests[0], id), (id, WIRE.requests[0].url.raw_path)


def _is_item_request(repository: Repository[Any], request: httpx.Request, id: str) -> bool:
    prefix = f"/v3/{repository._path}/".encode()
    raw = request.url.raw_path.split(b"?", 1)[0]
    segment = raw[len(prefix) :]
    return (
        request.url.host == "api.test"
        and raw.startswith(prefix)
        and b"/" not in segment
        and unquote_to_bytes(segment) == id.encode("utf-8")
        and b"#" not in request.url.raw_path
    )


def refused_before_sending(id: str) -> bool:
    """The ids the SDK refuses: they have no single-segment spelling, or are not text."""
    return id in ("", ".", "..") or any(c < " " or "\x7f" <= c <= "\x9f" or "\ud800" <= c <= "\udfff" for c in id)


@FUZZ
@given(repository=st.sampled_from(WITH_IDS), id=ids)
def test_find_keeps_the_id_in_its_segment(repository: Any, id: str) -> None:
    TRIED["find"] += 1
    only_sdk_errors(lambda: repository.find(id))
    check_item_path(repository, id)


@FUZZ
@given(repository=st.sampled_from(by_path(WITH_IDS, "delete")), id=ids)
def test_delete_keeps_the_id_in_its_segment(repository: Any, id: str) -> None:
    TRIED["delete"] += 1
    assert only_sdk_errors(lambda: repository.delete(id)) is not refused_before_sending(id)
    check_item_path(repository, id)


@FUZZ
@given(repository=st.sampled_from(by_path(WITH_IDS, "update")), id=ids.filter(bool))
def test_update_keeps_the_id_in_its_segment(repository: Any, id: str) -> None:
    TRIED["update"] += 1
    model = repository._model.ref(id)
    only_sdk_errors(lambda: repository.update(model))
    check_item_path(repository, id)


@FUZZ
@given(
    repository=st.sampled_from(by_path(REPOSITORIES, "list")),
    name=st.text(alphabet=st.sampled_from(NASTY + "ab_"), min_size=1, max_size=8),
    value=values,
    extra=st.dictionaries(st.text(max_size=6), st.text(max_size=6), max_size=2),
)
def test_filter_values_come_back_as_given(repository: Any, name: str, value: Any, extra: dict[str, str]) -> None:
    TRIED["list"] += 1
    sent = only_sdk_errors(lambda: repository.list(filter={name: value}, extra_params=extra))
    texts = [name, *(str(v) for v in (value,)), *extra, *extra.values()]
    if any("\ud800" <= c <= "\udfff" for t in texts for c in t):
        assert not sent and WIRE.requests == []
        return
    assert sent and len(WIRE.requests) == 1
    request = WIRE.requests[0]
    assert request.url.raw_path.split(b"?", 1)[0] == f"/v3/{repository._path}".encode()
    query = parse_qsl(request.url.query.decode(), keep_blank_values=True)
    expected = "true" if value is True else "false" if value is False else str(value)
    assert (f"filter[{name}]", expected) in query
    assert all((k, v) in query for k, v in extra.items())


@pytest.mark.parametrize(
    ("id", "segment"),
    [("abc#def", "abc%23def"), ("a/b", "a%2Fb"), ("%2e%2e", "%252e%252e"), ("x?y=1", "x%3Fy%3D1"), ("é", "%C3%A9")],
)
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_an_id_is_sent_percent_encoded(flavour: str, id: str, segment: str) -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    transport = httpx.MockTransport(handle)
    if flavour == "sync":
        DidwwClient(api_key="k", base_url=BASE, http_client=httpx.Client(transport=transport)).voice_in_trunks.delete(
            id
        )
    else:
        client = AsyncDidwwClient(api_key="k", base_url=BASE, http_client=httpx.AsyncClient(transport=transport))
        asyncio.run(client.voice_in_trunks.delete(id))
    assert [r.url.raw_path for r in seen] == [f"/v3/voice_in_trunks/{segment}".encode()]


@pytest.mark.parametrize("id", ["", ".", "..", "a\r\nb", "a\x00", "\ud800", "a\x85"])
def test_an_id_without_a_safe_spelling_is_refused_before_sending(id: str) -> None:
    WIRE.requests.clear()
    with pytest.raises(DidwwClientError, match="VoiceInTrunk id"):
        WIRE.client.voice_in_trunks.delete(id)
    assert WIRE.requests == []


def test_a_lone_surrogate_in_a_filter_is_refused_before_sending() -> None:
    WIRE.requests.clear()
    with pytest.raises(DidwwClientError, match=r"query parameter 'filter\[number\]' holds a lone surrogate"):
        WIRE.client.dids.list(filter={"number": "1555\udc80"})
    assert WIRE.requests == []


def summary() -> str:
    return f"hostile ids and filters: {sum(TRIED.values())} inputs tried {dict(TRIED)}, escapes: 0, hangs: 0"


class _Summary:
    """Prints the counts in the terminal summary under ``make fuzz`` (an escape or a hang fails the run)."""

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        terminalreporter.write_line(f"{summary()} (hypothesis profile {PROFILE!r})")


@pytest.fixture(scope="module", autouse=True)
def _report(request: pytest.FixtureRequest) -> None:
    if PROFILE == "fuzz" and not request.config.pluginmanager.has_plugin("didww-fuzz-ids-summary"):
        request.config.pluginmanager.register(_Summary(), "didww-fuzz-ids-summary")
