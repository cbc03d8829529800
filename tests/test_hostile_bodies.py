"""Hostile and malformed response bodies (issue 15, items 4, 5 and 8): only the SDK's errors escape, no value
is silently wrong, and one field of an unexpected JSON type does not take the page down.

Every document is built here; each runs through a repository on an ``httpx.MockTransport``, and the decoder is
also driven directly in small windows, so the whole-body and the streaming readers are both covered.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from didww_gen import _decoding as decoding
from didww_gen._decoding import decode_document
from didww_gen.errors import DidwwClientError, DidwwConnectionError
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.enums import TransportProtocol
from didww_gen.v2026_04_16.models import Did, SipConfiguration, VoiceInTrunk, VoiceInTrunkGroup

Body = bytes | dict[str, Any]
WINDOWS = (None, 7)  # whole body, and streamed 7 bytes at a time


def _bytes(body: Body) -> bytes:
    return body if isinstance(body, bytes) else json.dumps(body).encode()


def client_for(*answers: httpx.Response | Callable[[httpx.Request], httpx.Response], retries: int = 0) -> DidwwClient:
    """A client whose transport gives ``answers`` in order (the last one again when they run out)."""
    queue = list(answers)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        reply = queue.pop(0) if len(queue) > 1 else queue[0]
        return reply(request) if callable(reply) else reply

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = DidwwClient(api_key="k", base_url="https://api.test/v3", http_client=http, max_retries=retries)
    client.seen = seen  # type: ignore[attr-defined]
    return client


def ok(body: Body, **headers: str) -> httpx.Response:
    """A 200 answer; its bytes are sent as they are (a stream: httpx decodes a ``Content-Encoding`` on reading)."""
    headers = {"Content-Type": "application/vnd.api+json", **headers}
    return httpx.Response(200, stream=httpx.ByteStream(_bytes(body)), headers=headers)


def did(id: str = "d1", attributes: dict[str, Any] | None = None, **relationships: Any) -> dict[str, Any]:
    resource: dict[str, Any] = {"type": "dids", "id": id, "attributes": {"number": "1555", **(attributes or {})}}
    if relationships:
        resource["relationships"] = relationships
    return resource


def refused(body: Body, model: type[Any] = Did, many: bool = False) -> list[str]:
    """The error texts of ``body`` decoded whole and streamed; both must be ``DidwwClientError``."""
    texts = []
    for window in WINDOWS:
        with pytest.raises(DidwwClientError) as caught:
            decode_document(_bytes(body), model, many=many, window=window)
        texts.append(str(caught.value))
    return texts


def decoded(body: Body, model: type[Any] = Did, many: bool = False) -> list[Any]:
    """``body`` decoded whole and streamed (the primary data of each)."""
    return [decode_document(_bytes(body), model, many=many, window=w).data for w in WINDOWS]


# -- item 4: raw exceptions from bodies -------------------------------------------------------------------------
def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("depth", [200, 990, 5000])
def test_deep_nesting_is_a_client_error_not_a_recursion_error(depth: int) -> None:
    text = '{"data": {"type": "dids", "id": "1", "attributes": {"zzz": ' + "[" * depth + "]" * depth + "}}}"
    for message in refused(text.encode()):
        assert "nested" in message and "deeper than" in message
    with pytest.raises(DidwwClientError, match="nested"):
        client_for(ok(text.encode())).dids.find("1")


def test_shallow_unknown_values_are_kept() -> None:
    for model in decoded({"data": did(attributes={"zzz": _nested(20)})}):
        assert model.unknown_attributes == {"zzz": _nested(20)}


def test_deeply_nested_included_resource_of_an_unknown_type_is_refused() -> None:
    body = {"data": did(), "included": [{"type": "gadgets", "id": "g", "attributes": {"x": _nested(300)}}]}
    for message in refused(body):
        assert "nested" in message


def test_linkage_id_that_is_a_list_names_the_place() -> None:
    body = {"data": did(voice_in_trunk={"data": {"type": "voice_in_trunks", "id": ["x"]}})}
    for message in refused(body):
        assert "data.relationships.voice_in_trunk.data.id" in message
        assert "a JSON array" in message


def test_linkage_type_that_is_a_list_names_the_place() -> None:
    body = {"data": [did(voice_in_trunk={"data": {"type": ["voice_in_trunks"], "id": "x"}})]}
    for message in refused(body, many=True):
        assert "data[0].relationships.voice_in_trunk.data.type" in message


def test_nested_object_type_that_is_a_list_keeps_the_resource() -> None:
    trunk = {"type": "voice_in_trunks", "id": "t", "attributes": {"name": "n", "configuration": {"type": ["x"]}}}
    for model in decoded({"data": trunk}, VoiceInTrunk):
        assert model.name == "n"
        with pytest.raises(DidwwClientError, match="configuration"):
            _ = model.configuration
        assert model.invalid_attributes == {"configuration": {"type": ["x"]}}


def test_to_many_linkage_that_is_not_a_list_is_refused_and_repr_never_raises() -> None:
    group = {"type": "voice_in_trunk_groups", "id": "g", "relationships": {"voice_in_trunks": {"data": {"x": 1}}}}
    for message in refused({"data": group}, VoiceInTrunkGroup):
        assert "data.relationships.voice_in_trunks.data" in message and "expected an array" in message
    values: dict[str, Any] = {"id": "g", "voice_in_trunks": [VoiceInTrunk.ref("t"), {"x": 1}, None]}
    odd = VoiceInTrunkGroup.model_construct(**values)
    assert repr(odd) == "VoiceInTrunkGroup(id='g', voice_in_trunks=[VoiceInTrunk.ref('t'), {'x': 1}, None])"


def test_gzip_label_on_a_body_that_is_not_gzip_is_a_client_error_not_retried() -> None:
    broken = ok(b"not gzip at all", **{"Content-Encoding": "gzip"})
    client = client_for(broken, broken, broken, retries=2)
    with pytest.raises(DidwwClientError, match="labelled Content-Encoding 'gzip' but is not in that encoding"):
        client.dids.find("d1")
    assert len(client.seen) == 1  # type: ignore[attr-defined]  # a retry would get the same label


def test_a_get_with_a_broken_gzip_body_is_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("didww_gen._retries.backoff", lambda attempt, response=None: 0.0)
    good = ok(gzip.compress(json.dumps({"data": did()}).encode()), **{"Content-Encoding": "gzip"})
    client = client_for(ok(b"\x1f\x8b garbage", **{"Content-Encoding": "gzip"}), good, retries=2)
    assert client.dids.find("d1").number == "1555"
    assert len(client.seen) == 2  # type: ignore[attr-defined]


def test_a_patch_with_a_broken_gzip_body_is_not_retried() -> None:
    client = client_for(ok(b"\x1f\x8b garbage", **{"Content-Encoding": "gzip"}), retries=2)
    with pytest.raises(DidwwConnectionError):
        client.dids.update(Did.ref("d1").model_copy(update={"description": "x"}))
    assert len(client.seen) == 1  # type: ignore[attr-defined]


# -- item 5: silent wrong values ----------------------------------------------------------------------------------
def test_linkage_data_that_is_a_string_is_refused() -> None:
    body = {"data": did(voice_in_trunk={"data": "garbage"})}
    for message in refused(body):
        assert "data.relationships.voice_in_trunk.data" in message
        assert "resource identifier" in message and "a JSON string" in message


@pytest.mark.parametrize("relationships", ["garbage", ["voice_in_trunk"]])
def test_relationships_that_are_not_an_object_are_refused(relationships: Any) -> None:
    body = {"data": {**did(), "relationships": relationships}}
    for message in refused(body):
        assert "data.relationships: expected an object" in message


def test_a_relationship_member_that_is_not_an_object_has_no_linkage() -> None:
    """Without ``data`` there is nothing to link: the relationship is not loaded (never a wrong value)."""
    for model in decoded({"data": did(voice_in_trunk="garbage", order={"links": {}})}):
        assert not model.is_loaded("voice_in_trunk") and not model.is_loaded("order")


def test_a_primary_resource_of_another_type_is_refused() -> None:
    order = {"type": "orders", "id": "o1", "attributes": {"amount": "1.00"}}
    for message in refused({"data": order}):
        assert "expected dids, found 'orders'" in message
    for message in refused({"data": [did(), order]}, many=True):
        assert "data[1].type" in message
    with pytest.raises(DidwwClientError, match="orders"):
        client_for(ok({"data": order})).dids.find("o1")


@pytest.mark.parametrize("id_value", [None, 5, "", ["a"]], ids=["missing", "number", "empty", "list"])
def test_a_resource_without_a_string_id_is_refused(id_value: Any) -> None:
    resource = did()
    if id_value is None:
        del resource["id"]
    else:
        resource["id"] = id_value
    for message in refused({"data": [resource]}, many=True):
        assert "data[0].id" in message
    for message in refused({"data": did(), "included": [{"type": "voice_in_trunks", "id": 7}]}):
        assert "included[0].id" in message


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("expires_at", 0, "datetime"),
        ("expires_at", 1.5e9, "datetime"),
        ("capacity_limit", True, "int"),
        ("capacity_limit", "5", "int"),
        ("capacity_limit", 2.0, "int"),
        ("terminated", 1, "bool"),
        ("terminated", "true", "bool"),
        ("number", 1555, "str"),
    ],
)
def test_scalars_are_strict(field: str, value: Any, expected: str) -> None:
    for model in decoded({"data": did(attributes={field: value})}):
        with pytest.raises(DidwwClientError) as caught:
            getattr(model, field)
        assert field in str(caught.value) and expected in str(caught.value)


def test_true_is_not_an_integer_enum_value() -> None:
    config: dict[str, Any] = {"type": "sip_configurations", "attributes": {"transport_protocol_id": True}}
    trunk = {"type": "voice_in_trunks", "id": "t", "attributes": {"configuration": config}}
    for model in decoded({"data": trunk}, VoiceInTrunk):
        with pytest.raises(DidwwClientError, match="configuration"):
            _ = model.configuration
    config["attributes"]["transport_protocol_id"] = 1
    for model in decoded({"data": trunk}, VoiceInTrunk):
        assert isinstance(model.configuration, SipConfiguration)
        assert model.configuration.transport_protocol_id is TransportProtocol.UDP


def test_dates_and_money_still_decode_from_their_json_spellings() -> None:
    attributes = {"expires_at": "2026-01-02T03:04:05Z", "created_at": "2018-03-15 12:34:56", "capacity_limit": 3}
    for model in decoded({"data": did(attributes=attributes)}):
        assert (model.expires_at.year, model.created_at.tzinfo is not None, model.capacity_limit) == (2026, True, 3)
        assert model.invalid_attributes is None


# -- item 8: forward compatibility -------------------------------------------------------------------------------
def test_an_unknown_relationship_is_kept_raw() -> None:
    link = {"data": {"type": "dids", "id": "d9"}, "links": {"related": "https://x/v3/dids/d9"}}
    for model in decoded({"data": did(default_did=link, voice_in_trunk={"data": None})}):
        assert model.unknown_relationships == {"default_did": link}
        assert model.is_loaded("voice_in_trunk") and model.voice_in_trunk is None
    for model in decoded({"data": did(voice_in_trunk={"data": None})}):
        assert model.unknown_relationships is None


def test_one_off_type_value_keeps_the_page(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "_WARNED", set())
    page_body = {"data": [did("a", {"capacity_limit": "shared"}), did("b", {"capacity_limit": 4})]}
    with caplog.at_level(logging.WARNING, logger="didww_gen"):
        page = client_for(ok(page_body)).dids.list()
        client_for(ok(page_body)).dids.list()
    first, second = page.data
    assert (first.number, second.capacity_limit) == ("1555", 4)
    with pytest.raises(DidwwClientError) as caught:
        _ = first.capacity_limit
    message = str(caught.value)
    assert "Did.capacity_limit" in message and "'shared'" in message and "int" in message
    assert first.invalid_attributes == {"capacity_limit": "shared"}
    assert "capacity_limit" not in (first.unknown_attributes or {})
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "didww_gen"]
    assert len(warnings) == 1 and "dids" in warnings[0].getMessage() and "capacity_limit" in warnings[0].getMessage()
    assert "shared" not in repr(first) or "capacity_limit" not in repr(first)


def test_an_off_type_secret_value_is_never_quoted() -> None:
    config = {"type": "sip_configurations", "attributes": {"auth_password": 123456789}}
    trunk = {"type": "voice_in_trunks", "id": "t", "attributes": {"configuration": config, "name": 12345}}
    for model in decoded({"data": trunk}, VoiceInTrunk):
        with pytest.raises(DidwwClientError) as caught:
            _ = model.configuration
        assert "123456789" not in str(caught.value)
        with pytest.raises(DidwwClientError) as caught:
            _ = model.name
        assert "12345" in str(caught.value)  # a scalar of a field that is not secret: quoted, it helps


def test_assigning_a_good_value_replaces_an_off_type_one() -> None:
    (model, _) = decoded({"data": did(attributes={"description": 5})})
    model.description = "fixed"
    assert model.description == "fixed"
    assert model.invalid_attributes is None


def test_a_write_answered_with_an_off_type_value_keeps_the_answer() -> None:
    answer = {"data": did("d1", {"description": "new", "capacity_limit": "shared"})}
    client = client_for(ok(answer))
    sent = Did.ref("d1")
    sent.description = "new"
    returned = client.dids.update(sent)
    for model in (sent, returned):
        assert model.description == "new"
        assert model.invalid_attributes == {"capacity_limit": "shared"}
        with pytest.raises(DidwwClientError, match="capacity_limit"):
            _ = model.capacity_limit


def test_document_meta_of_another_json_type_keeps_the_page() -> None:
    body = {"data": [did()], "meta": {"total_records": True, "api_version": 2026}, "links": {"next": 5}}
    for window in WINDOWS:
        doc = decode_document(_bytes(body), Did, many=True, window=window)
        assert [d.id for d in doc.data] == ["d1"]
        assert doc.meta.model_extra == {"total_records": True, "api_version": 2026}
        with pytest.raises(DidwwClientError, match=r"meta.total_records: the server sent True \(a JSON boolean\)"):
            _ = doc.meta.total_records
        with pytest.raises(DidwwClientError, match=r"meta\.api_version"):
            _ = doc.meta.api_version
        assert doc.links.next is None and doc.links.model_extra == {"next": 5}


def test_a_resource_without_a_type_is_refused() -> None:
    resource = did()
    del resource["type"]
    for message in refused({"data": resource}):
        assert "data.type: expected dids, found null" in message


def test_a_deep_nested_object_of_an_unknown_type_is_refused() -> None:
    configuration = {"type": "future_configurations", "attributes": {"x": _nested(200)}}
    trunk = {"type": "voice_in_trunks", "id": "t", "attributes": {"configuration": configuration}}
    for message in refused({"data": trunk}, VoiceInTrunk):
        assert "nested deeper than" in message
    configuration["attributes"] = {"x": _nested(10)}
    for model in decoded({"data": trunk}, VoiceInTrunk):
        assert model.configuration.attributes == {"x": _nested(10)}


def test_a_resource_meta_of_an_unexpected_shape_keeps_the_page() -> None:
    """``meta.trunks_count: "many"`` on one group: the page decodes, that meta stays raw, reading it raises."""
    odd = {"type": "voice_in_trunk_groups", "id": "g1", "attributes": {"name": "a"}, "meta": {"trunks_count": "many"}}
    fine = {"type": "voice_in_trunk_groups", "id": "g2", "attributes": {"name": "b"}, "meta": {"trunks_count": 2}}
    for groups in decoded({"data": [odd, fine]}, VoiceInTrunkGroup, many=True):
        assert groups[1].meta is not None and groups[1].meta.trunks_count == 2
        assert groups[0].invalid_attributes == {"meta": {"trunks_count": "many"}}
        with pytest.raises(DidwwClientError, match=r"VoiceInTrunkGroup\.meta: the server sent a JSON object"):
            print(groups[0].meta)
