"""Error responses, unreadable responses and transport failures become the SDK's own exceptions."""

from __future__ import annotations

import httpx
import pytest
from conftest import Recorder, jsonapi

from didww_gen import (
    AuthenticationError,
    DidwwApiError,
    DidwwClientError,
    DidwwConnectionError,
    NotFoundError,
    ServerError,
)
from didww_gen.v2026_04_16 import DidwwClient


def test_not_found_uses_reference_error_body(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get DID", "404 Not Found")
    with pytest.raises(NotFoundError) as info:
        client.dids.find("44957076-778a-4802-b60c-d22db0cda284")
    error = info.value
    assert isinstance(error, DidwwApiError) and error.status_code == 404
    assert error.errors and error.errors[0].status == "404"
    assert "HTTP 404" in str(error)


def test_not_json_response(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve(httpx.Response(200, content=b"<html>gateway says hi</html>"))
    with pytest.raises(DidwwClientError, match=r"HTTP 200: the response is not JSON: 28 bytes \(not shown\)"):
        client.balance.find()


def test_json_but_not_jsonapi(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve(jsonapi(200, {"hello": "world"}))
    with pytest.raises(DidwwClientError, match="not a JSON:API document of balances"):
        client.balance.find()


def test_error_without_jsonapi_body_describes_it(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve(httpx.Response(401, content=b"Unauthorized"))  # issue 15: a body is described, never quoted
    with pytest.raises(AuthenticationError, match=r"12 bytes without a content type \(not shown\)"):
        client.countries.list()


def test_api_key_never_in_repr_or_errors(recorder: Recorder) -> None:
    key = "super-secret-key-42"
    client = DidwwClient(api_key=key, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), max_retries=0)
    assert key not in repr(client)
    recorder.serve(httpx.Response(500, content=b"boom"))
    with pytest.raises(ServerError) as info:
        client.balance.find()
    assert key not in str(info.value)


def test_get_is_retried_on_5xx_but_post_is_not(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("didww_gen._retries.backoff", lambda attempt, response=None: 0.0)
    client = DidwwClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(recorder)), max_retries=2)
    recorder.serve(httpx.Response(503), httpx.Response(502), jsonapi(200, b'{"data":{"id":"b","type":"balances"}}'))
    assert client.balance.find().id == "b" and len(recorder.requests) == 3
    from didww_gen.v2026_04_16.models import VoiceInTrunkGroup

    recorder.requests.clear()
    recorder.serve(httpx.Response(500))
    with pytest.raises(ServerError):
        client.voice_in_trunk_groups.create(VoiceInTrunkGroup(name="g"))
    assert len(recorder.requests) == 1  # a POST answered 500 is sent exactly once


def test_connection_error_after_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("didww_gen._retries.backoff", lambda attempt, response=None: 0.0)
    calls = []

    def refuse(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ConnectError("refused", request=request)

    client = DidwwClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(refuse)), max_retries=1)
    with pytest.raises(DidwwConnectionError, match="after 2 attempts"):
        client.balance.find()
    assert len(calls) == 2


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"api_key": ""}, "api_key is required"),
        ({"api_key": "k", "base_url": "ftp://x"}, "base_url must be an http"),
        ({"api_key": "k", "max_retries": -1}, "max_retries"),
        ({"api_key": "k", "timeout": 0}, "timeout"),
    ],
)
def test_bad_client_configuration(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(DidwwClientError, match=message):
        DidwwClient(**kwargs)  # type: ignore[arg-type]


def test_bad_query_arguments_are_refused(client: DidwwClient, recorder: Recorder) -> None:
    with pytest.raises(DidwwClientError, match="page\\[size\\] takes a positive integer"):
        client.dids.list(page_size=0)
    with pytest.raises(DidwwClientError, match="id must be a non-empty string"):
        client.dids.find("")
    assert recorder.requests == []
