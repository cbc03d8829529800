"""The SDK and the fake refuse what the API refuses: missing required fields, empty orders, values out of range
or outside an enum; and no document, however malformed, makes the fake raise instead of answering."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from didww_gen import DidwwClientError
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.models import (
    MODELS,
    Address,
    AddressVerification,
    DidOrderItem,
    DidReservation,
    Export,
    Identity,
    Order,
    Proof,
    VoiceInTrunk,
)
from didww_gen.v2026_04_16.testing import FakeDidww

COLLECTIONS = FakeDidww(seed="empty").schema.collections

HEADERS = {"Api-Key": "key", "Content-Type": "application/vnd.api+json"}
CREATABLE = sorted(t for t, c in COLLECTIONS.items() if "create" in c.operations)


def _required(rtype: str) -> list[tuple[str, str]]:
    """(member, name) of what a create of ``rtype`` must send, per the spec."""
    collection = COLLECTIONS[rtype]
    found = [("attributes", n) for n, a in collection.attributes.items() if a.required]
    return found + [("relationships", n) for n, r in collection.relationships.items() if r.required]


def _post(fake: FakeDidww, path: str, document: Any) -> tuple[int, dict[str, Any]]:
    status, _, body = fake.handle("POST", f"https://api.example/v3/{path}", HEADERS, json.dumps(document).encode())
    return status, json.loads(body or b"{}")


@pytest.fixture
def fake() -> FakeDidww:
    return FakeDidww(random_seed=5)


@pytest.fixture
def client(fake: FakeDidww) -> Iterator[DidwwClient]:
    with fake.client(max_retries=0) as client:
        yield client


@pytest.mark.parametrize(
    ("repository", "model"),
    [
        ("orders", Order()),
        ("voice_in_trunks", VoiceInTrunk()),
        ("identities", Identity()),
        ("addresses", Address()),
        ("proofs", Proof()),
        ("address_verifications", AddressVerification()),
        ("exports", Export()),
        ("did_reservations", DidReservation()),
    ],
)
def test_an_empty_create_is_refused_before_sending(
    client: DidwwClient, fake: FakeDidww, repository: str, model: Any
) -> None:
    sent = len(fake.requests)
    with pytest.raises(DidwwClientError) as info:
        getattr(client, repository).create(model)
    for _, name in _required(model.TYPE):
        assert f"{type(model).__name__}.{name}" in str(info.value)
    assert "required when creating" in str(info.value)
    assert len(fake.requests) == sent  # nothing went out


@pytest.mark.parametrize("rtype", [t for t in CREATABLE if _required(t)])
def test_every_required_field_is_named_by_the_sdk(client: DidwwClient, rtype: str) -> None:
    cls = MODELS[rtype]
    with pytest.raises(DidwwClientError) as info:
        getattr(client, COLLECTIONS[rtype].path).create(cls())
    assert {f"{cls.__name__}.{name}" for _, name in _required(rtype)} <= set(
        str(info.value).split(" are required")[0].split(" is required")[0].split(", ")
    )


@pytest.mark.parametrize("rtype", [t for t in CREATABLE if _required(t)])
def test_the_fake_answers_422_naming_every_missing_field(fake: FakeDidww, rtype: str) -> None:
    status, document = _post(fake, COLLECTIONS[rtype].path, {"data": {"type": rtype}})
    assert status == 422
    pointers = {e["source"]["pointer"] for e in document["errors"]}
    assert {f"/data/{member}/{name}" for member, name in _required(rtype)} <= pointers


def test_an_order_needs_at_least_one_item(client: DidwwClient, fake: FakeDidww) -> None:
    with pytest.raises(DidwwClientError, match=r"Order\.items is required when creating"):
        client.orders.create(Order(items=[]))
    status, document = _post(fake, "orders", {"data": {"type": "orders", "attributes": {"items": []}}})
    assert status == 422
    assert document["errors"][0]["source"]["pointer"] == "/data/attributes/items"


def test_a_quantity_below_the_documented_minimum_is_refused(client: DidwwClient, fake: FakeDidww) -> None:
    with pytest.raises(DidwwClientError, match=r"DidOrderItem\.qty must be at least 1 \(got 0\)"):
        client.orders.create(Order(items=[DidOrderItem(sku_id="sku", qty=0)]))
    item = {"type": "did_order_items", "attributes": {"sku_id": "sku", "qty": 0}}
    status, document = _post(fake, "orders", {"data": {"type": "orders", "attributes": {"items": [item]}}})
    assert status == 422
    pointers = {e["source"]["pointer"]: e["detail"] for e in document["errors"]}
    assert "must be greater than or equal to 1" in pointers["/data/attributes/items/0/attributes/qty"]


def test_a_value_outside_an_enum_is_refused_by_the_fake(fake: FakeDidww) -> None:
    attributes = {"export_type": "cdr_sideways", "filters": {"from": "2026-01-01 00:00:00"}}
    status, document = _post(fake, "exports", {"data": {"type": "exports", "attributes": attributes}})
    assert status == 422
    errors = {e["source"]["pointer"]: e["detail"] for e in document["errors"]}
    assert "is not included in the list" in errors["/data/attributes/export_type"]


# -- no input makes the fake raise ----------------------------------------------------------------------------
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
WRITES = [("POST", t) for t in CREATABLE] + [
    ("PATCH", t) for t, c in sorted(COLLECTIONS.items()) if "update" in c.operations
]


@st.composite
def documents(draw: st.DrawFn, rtype: str) -> Any:
    """A JSON:API-shaped document for ``rtype`` with known member names and random values, or any JSON."""
    collection = COLLECTIONS[rtype]
    names = st.sampled_from(sorted(collection.attributes) or ["x"]) | st.text(max_size=6)
    rels = st.sampled_from(sorted(collection.relationships) or ["x"])
    linkage = st.fixed_dictionaries({"data": JSON | st.fixed_dictionaries({"type": st.text(max_size=8), "id": JSON})})
    data = st.fixed_dictionaries(
        {"type": st.sampled_from([rtype, "dids"]) | JSON},
        optional={
            "id": JSON,
            "attributes": st.dictionaries(names, JSON, max_size=4) | JSON,
            "relationships": st.dictionaries(rels, linkage | JSON, max_size=3) | JSON,
        },
    )
    return draw(st.fixed_dictionaries({"data": data}) | JSON)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_documents_get_a_json_api_answer(data: st.DataObject) -> None:
    method, rtype = data.draw(st.sampled_from(WRITES))
    fake = FakeDidww(random_seed=1)
    collection = COLLECTIONS[rtype]
    path = collection.path
    if method == "PATCH" and not collection.singleton:
        record = next(iter(fake.store.all(rtype)), None)
        path += f"/{record['id'] if record else 'missing'}"
    document = data.draw(documents(rtype))
    if method == "PATCH" and isinstance(document, dict) and isinstance(document.get("data"), dict):
        document["data"].setdefault("id", path.rsplit("/", 1)[-1])
    status, _, body = fake.handle(method, f"https://api.example/v3/{path}", HEADERS, json.dumps(document).encode())
    answer = json.loads(body)
    assert 200 <= status < 500, answer  # a refusal is a 4xx, never a server error
    assert ("data" in answer) if status < 300 else answer["errors"][0]["status"] == str(status)
