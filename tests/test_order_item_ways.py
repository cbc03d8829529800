"""A DID order item orders in exactly one way: a quantity, one available DID or one reservation.

The OpenAPI document (DidOrderItemRequest) takes ``sku_id`` plus exactly one of ``qty``, ``did_reservation_id``
and ``available_did_id``. The SDK has one class per way (``DidOrderItem``, ``AvailableDidOrderItem``,
``ReservationDidOrderItem``); the spec's ``one_of`` rule spans the three, so the checkers require each class's
own way (tests/typing/err_order_item_ways.py), the runtime refuses an item without it naming all three, and the
fake answers 422 as the API does. Capacity items have no such rule in the document (a pool and an optional qty).
Every version in spec/versions.yaml.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.versions import load, package_name
from didww_gen.errors import DidwwClientError

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = load(ROOT).versions
WAYS = (
    "DidOrderItem.qty / AvailableDidOrderItem.available_did_id / ReservationDidOrderItem.did_reservation_id"
)


def package(version: str) -> Any:
    importlib.import_module(f"didww_gen.{package_name(version)}.testing")
    return importlib.import_module(f"didww_gen.{package_name(version)}")


@pytest.mark.parametrize("version", VERSIONS)
def test_an_item_without_its_way_is_refused_naming_the_three(version: str) -> None:
    models = package(version).models
    fake = package(version).testing.FakeDidww()
    client = fake.client()
    for item in (
        models.DidOrderItem(sku_id="s"),
        models.DidOrderItem(sku_id="s", nanpa_prefix_id="n"),  # the collection's "201 Created (NPA/NXX)"
        models.DidOrderItem(sku_id="s", qty=None),
    ):
        with pytest.raises(DidwwClientError) as refused:
            client.orders.create(models.Order(items=[item]))
        assert str(refused.value) == (
            f"DidOrderItem needs exactly one of {WAYS} (a DID order item orders by quantity, one available DID "
            "or one reservation, exactly one of them)"
        )
    assert len(fake.requests) == 0


@pytest.mark.parametrize("version", VERSIONS)
def test_each_class_requires_its_own_way_first(version: str) -> None:
    models = package(version).models
    fake = package(version).testing.FakeDidww()
    for item, message in (
        (models.AvailableDidOrderItem(sku_id="s"), "AvailableDidOrderItem.available_did_id is required"),
        (models.ReservationDidOrderItem(sku_id="s"), "ReservationDidOrderItem.did_reservation_id is required"),
        (models.DidOrderItem(qty=1), "DidOrderItem.sku_id is required"),
    ):
        with pytest.raises(DidwwClientError, match=message):
            fake.client().orders.create(models.Order(items=[item]))
    assert len(fake.requests) == 0


@pytest.mark.parametrize("version", VERSIONS)
def test_one_way_each_is_sent(version: str) -> None:
    models = package(version).models
    fake = package(version).testing.FakeDidww()
    client = fake.client()
    group = client.did_groups.list(include="stock_keeping_units").data[0]
    sku = group.stock_keeping_units[0].id
    order = client.orders.create(models.Order(items=[models.DidOrderItem(sku_id=sku, qty=1)]))
    assert order.id
    sent = json.loads(fake.requests[-1].content)["data"]["attributes"]["items"]
    assert sent == [{"type": "did_order_items", "attributes": {"sku_id": sku, "qty": 1}}]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(
    "attributes",
    [
        {"nanpa_prefix_id": "n"},  # no way to order
        {"qty": 1, "available_did_id": "a"},  # two ways
        {"available_did_id": "a", "did_reservation_id": "r"},
    ],
    ids=["none", "qty-and-available", "available-and-reservation"],
)
def test_the_fake_answers_422_as_the_api(version: str, attributes: dict[str, Any]) -> None:
    fake = package(version).testing.FakeDidww()
    sku = "b6d9d793-578d-42d3-bc33-73dd8155e615"
    item = {"type": "did_order_items", "attributes": {"sku_id": sku, **attributes}}
    body = json.dumps({"data": {"type": "orders", "attributes": {"items": [item]}}}).encode()
    headers = {"api-key": "test-key", "content-type": "application/vnd.api+json", "accept": "application/vnd.api+json"}
    status, _, answer = fake.handle("POST", "https://api.example/v3/orders", headers, body)
    assert status == 422
    details = [e["detail"] for e in json.loads(answer)["errors"]]
    assert any("exactly one of qty, available_did_id, did_reservation_id is required" in d for d in details), details
