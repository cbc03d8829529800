"""What the server sent in a nested object and this SDK version does not know is kept and sent back (issue 26).

Unknown members of known nested objects (a ``sip_configurations`` with ``"future_flag": true``, an order item, a
plain object such as export filters) are readable as ``unknown_attributes`` and sent with the object, which is
always sent whole; in-place edits of an ``UnknownNestedObject`` are tracked and sent like an assignment.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from didww_gen._model import UnknownNestedObject
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.models import DidOrderItem, Export, Order, SipConfiguration, VoiceInTrunk

BASE = "https://api.test/v3"


class Server:
    """Answers a GET or PATCH with ``document`` and a POST with the body it was sent; keeps the bodies sent."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.sent: list[dict[str, Any]] = []
        http = httpx.Client(transport=httpx.MockTransport(self.answer))
        self.client = DidwwClient(api_key="k", base_url=BASE, http_client=http, max_retries=0)

    def answer(self, request: httpx.Request) -> httpx.Response:
        body = self.document
        if request.method in ("PATCH", "POST"):
            self.sent.append(json.loads(request.content))
        if request.method == "POST":
            body = {"data": {**self.sent[-1]["data"], "id": self.document["data"]["id"]}}
        headers = {"Content-Type": "application/vnd.api+json"}
        return httpx.Response(200, content=json.dumps(body).encode(), headers=headers)


def trunk_document(configuration: dict[str, Any]) -> dict[str, Any]:
    attributes = {"name": "office", "configuration": configuration}
    return {"data": {"type": "voice_in_trunks", "id": "t1", "attributes": attributes}}


SIP = {"type": "sip_configurations", "attributes": {"host": "sip.example.com", "port": 5060, "future_flag": True}}


def test_an_unknown_member_of_a_known_nested_object_is_kept_and_readable() -> None:
    server = Server(trunk_document(SIP))
    trunk = server.client.voice_in_trunks.find("t1")
    assert isinstance(trunk.configuration, SipConfiguration)
    assert trunk.configuration.unknown_attributes == {"future_flag": True}
    assert "future_flag" not in repr(trunk.configuration)
    assert SipConfiguration(host="h").unknown_attributes is None


def test_changing_a_known_nested_field_sends_the_unknown_member_back() -> None:
    server = Server(trunk_document(SIP))
    trunk = server.client.voice_in_trunks.find("t1")
    assert isinstance(trunk.configuration, SipConfiguration)
    trunk.configuration.port = 5080
    server.client.voice_in_trunks.update(trunk)
    sent = server.sent[-1]["data"]["attributes"]["configuration"]
    assert sent["type"] == "sip_configurations"
    assert sent["attributes"] == {"host": "sip.example.com", "port": 5080, "future_flag": True}


def test_an_untouched_configuration_is_not_sent_and_an_edited_unknown_member_is() -> None:
    server = Server(trunk_document(SIP))
    trunk = server.client.voice_in_trunks.find("t1")
    trunk.description = "x"
    server.client.voice_in_trunks.update(trunk)
    assert "configuration" not in server.sent[-1]["data"]["attributes"]
    assert isinstance(trunk.configuration, SipConfiguration)
    assert trunk.configuration.unknown_attributes is not None
    trunk.configuration.unknown_attributes["future_flag"] = False
    server.client.voice_in_trunks.update(trunk)
    assert server.sent[-1]["data"]["attributes"]["configuration"]["attributes"]["future_flag"] is False


def test_an_in_place_edit_of_an_unknown_nested_object_is_sent() -> None:
    server = Server(trunk_document({"type": "room_configurations", "attributes": {"room": "a", "floor": 2}}))
    trunk = server.client.voice_in_trunks.find("t1")
    configuration: Any = trunk.configuration
    assert isinstance(configuration, UnknownNestedObject)
    configuration.attributes["room"] = "b"
    server.client.voice_in_trunks.update(trunk)
    sent = server.sent[-1]["data"]["attributes"]["configuration"]
    assert sent == {"type": "room_configurations", "attributes": {"room": "b", "floor": 2}}


def test_an_unknown_nested_object_left_alone_is_not_sent() -> None:
    server = Server(trunk_document({"type": "room_configurations", "attributes": {"room": "a"}}))
    trunk = server.client.voice_in_trunks.find("t1")
    assert isinstance(trunk.configuration, UnknownNestedObject)
    trunk.name = "renamed"
    server.client.voice_in_trunks.update(trunk)
    assert server.sent[-1]["data"]["attributes"] == {"name": "renamed"}


def test_unknown_members_of_order_items_are_kept_and_sent_with_the_item() -> None:
    item = {"type": "did_order_items", "attributes": {"qty": 2, "sku_id": "s1", "future_discount": {"pct": 5}}}
    server = Server({"data": {"type": "orders", "id": "o1", "attributes": {"items": [item]}}})
    order = server.client.orders.find("o1")
    assert order.items is not None
    first = order.items[0]
    assert isinstance(first, DidOrderItem)
    assert first.unknown_attributes == {"future_discount": {"pct": 5}}
    server.client.orders.create(Order(items=order.items))
    sent = server.sent[-1]["data"]["attributes"]["items"][0]
    assert sent["attributes"]["future_discount"] == {"pct": 5} and sent["attributes"]["sku_id"] == "s1"


def test_unknown_members_of_a_plain_nested_object_are_kept_and_sent() -> None:
    filters = {"from": "2026-01-01 00:00:00", "to": "2026-01-31 23:59:59", "future_filter": ["a", "b"]}
    document = {"data": {"type": "exports", "id": "e1", "attributes": {"export_type": "cdr_in", "filters": filters}}}
    server = Server(document)
    export = server.client.exports.find("e1")
    assert export.filters is not None and export.filters.unknown_attributes == {"future_filter": ["a", "b"]}
    server.client.exports.create(Export(export_type=export.export_type, filters=export.filters))
    assert server.sent[-1]["data"]["attributes"]["filters"]["future_filter"] == ["a", "b"]


def test_a_trunk_built_locally_sends_only_what_was_set() -> None:
    server = Server(trunk_document(SIP))
    server.client.voice_in_trunks.create(VoiceInTrunk(name="n", configuration=SipConfiguration(host="h")))
    sent = server.sent[-1]["data"]["attributes"]["configuration"]["attributes"]
    assert sent["host"] == "h" and "future_flag" not in sent
