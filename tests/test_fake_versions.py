"""The fake serves whichever API version it is given (a ``FakeSchema``), and refuses requests for another."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from typing_extensions import assert_type

from didww_gen.errors import DidwwClientError
from didww_gen.testing import Sku
from didww_gen.testing._fake import FakeDidww as FakeEngine
from didww_gen.testing._spec import Attr, Collection, FakeSchema, Nested, Rel, Value
from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient
from didww_gen.v2026_04_16.testing import FakeDidww

ALL = frozenset({"list", "find", "create", "update", "delete"})
TINY = FakeSchema(
    version="2031-01-01",
    collections={
        "widgets": Collection(
            type="widgets",
            path="widgets",
            operations=ALL,
            attributes={
                "name": Attr(Value("string"), access="create-update", required=True),
                "size": Attr(Value("nested", nested=("Size",)), access="create-update", nullable=True),
            },
            relationships={"gadget": Rel(("gadgets",), access="create-update")},
            filters={"name": Value("string")},
            sorts=("name",),
            includes=("gadget",),
        ),
        "gadgets": Collection(
            type="gadgets",
            path="gadgets",
            operations=frozenset({"list", "find", "create"}),
            attributes={"label": Attr(Value("string"), access="create-update")},
            relationships={"widgets": Rel(("widgets",), to_many=True)},
            includes=("widgets",),
        ),
    },
    nested={"Size": Nested(None, {"width": Attr(Value("integer"), access="create-update")})},
    seed_package="didww_gen.testing",  # holds no _seed.json
)
"""A version of two collections of its own, nothing of DIDWW's."""


def latest() -> FakeSchema:
    schema = FakeDidww.SCHEMA
    assert schema is not None
    return schema


def without(schema: FakeSchema, *types: str) -> FakeSchema:
    collections = {t: c for t, c in schema.collections.items() if t not in types}
    return dataclasses.replace(schema, collections=collections)


def plain_http(fake: FakeEngine, **headers: str) -> httpx.Client:
    base = {"Api-Key": "key", "Content-Type": "application/vnd.api+json", **headers}
    return httpx.Client(transport=fake.transport(), base_url="https://fake.test/v3/", headers=base)


def resource(type: str, attributes: dict[str, Any], **relationships: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"type": type, "attributes": attributes}
    if relationships:
        data["relationships"] = {name: {"data": linkage} for name, linkage in relationships.items()}
    return {"data": data}


@pytest.fixture
def tiny() -> Iterator[httpx.Client]:
    with plain_http(FakeEngine(schema=TINY, seed="empty", random_seed=1)) as http:
        yield http


# -- a hand-made version ------------------------------------------------------------------------
def test_a_hand_made_schema_is_served_with_its_own_collections(tiny: httpx.Client) -> None:
    gadget = tiny.post("gadgets", json=resource("gadgets", {"label": "g"})).json()["data"]
    created = tiny.post("widgets", json=resource("widgets", {"name": "w", "size": {"width": 3}}, gadget=gadget))
    assert created.status_code == 201 and created.json()["meta"] == {"api_version": "2031-01-01"}
    widget = created.json()["data"]
    assert widget["attributes"] == {"name": "w", "size": {"width": 3}}
    listed = tiny.get("widgets", params={"filter[name]": "w", "include": "gadget"}).json()
    assert [w["id"] for w in listed["data"]] == [widget["id"]] and listed["included"][0]["id"] == gadget["id"]
    back = tiny.get(f"gadgets/{gadget['id']}", params={"include": "widgets"}).json()  # the two-way pair
    assert back["data"]["relationships"]["widgets"]["data"] == [{"type": "widgets", "id": widget["id"]}]
    assert tiny.get("dids").status_code == 404  # DIDWW's collections are not this version's


def test_a_hand_made_schema_checks_writes_against_its_own_nested_objects(tiny: httpx.Client) -> None:
    answer = tiny.post("widgets", json=resource("widgets", {"name": "w", "size": {"width": "wide"}}))
    assert answer.status_code == 422
    assert [e["source"]["pointer"] for e in answer.json()["errors"]] == ["/data/attributes/size/width"]
    unknown = tiny.post("widgets", json=resource("widgets", {"name": "w", "colour": "red"}))
    assert [e["detail"] for e in unknown.json()["errors"]] == ["colour - is not allowed"]


def test_a_schema_without_a_reference_seed_says_so() -> None:
    with pytest.raises(DidwwClientError, match=r"no reference seed for API 2031-01-01.*seed='empty'"):
        FakeEngine(schema=TINY)


def test_schema_takes_a_fake_schema() -> None:
    with pytest.raises(DidwwClientError, match="schema takes a FakeSchema"):
        FakeEngine(schema={"dids": None}, seed="empty")  # type: ignore[arg-type]


# -- the version header -------------------------------------------------------------------------
def test_a_request_for_another_version_is_a_400_naming_the_version_served(tiny: httpx.Client) -> None:
    answer = tiny.get("widgets", headers={"X-DIDWW-API-Version": "2026-04-16"})
    assert answer.status_code == 400
    (problem,) = answer.json()["errors"]
    assert problem["title"] == "Unsupported API version" and problem["status"] == "400"
    assert "serves version 2031-01-01, not 2026-04-16" in problem["detail"]


def test_the_version_served_without_the_header_or_with_its_own(tiny: httpx.Client) -> None:
    for headers in ({}, {"X-DIDWW-API-Version": "2031-01-01"}, {"X-DIDWW-API-Version": "latest"}):
        answer = tiny.get("widgets", headers=headers)
        assert answer.status_code == 200 and answer.json()["meta"]["api_version"] == "2031-01-01"


def test_the_latest_fake_refuses_an_older_version() -> None:
    with plain_http(FakeDidww(seed="empty"), **{"X-DIDWW-API-Version": "2022-05-10"}) as http:
        answer = http.get("balance")
    assert answer.status_code == 400 and "serves version 2026-04-16, not 2022-05-10" in answer.text


# -- versions lacking collections or renaming attributes ----------------------------------------
def test_a_schema_without_orders_and_exports_starts_seeds_and_serves() -> None:
    schema = without(latest(), "orders", "exports", "did_history")
    for seed in ("empty", "reference"):
        fake = FakeEngine(schema=schema, seed=seed, random_seed=2)
        assert not fake.store.all("orders") and not fake.store.all("exports")
        with plain_http(fake) as http:
            assert http.get("balance").status_code == 200 and http.get("dids").status_code == 200
            assert http.post("orders", json=resource("orders", {"items": []})).status_code == 404
    assert FakeEngine(schema=latest()).store.all("orders")  # the reference seed has some where the schema does


def test_world_skips_what_the_version_lacks_and_refuses_missing_collections() -> None:
    collections = dict(latest().collections)
    groups = collections["did_groups"]
    kept = {n: a for n, a in groups.attributes.items() if n != "service_restrictions"}
    collections["did_groups"] = dataclasses.replace(groups, attributes=kept)
    schema = without(dataclasses.replace(latest(), collections=collections), "proof_types")
    fake = FakeEngine(schema=schema, seed="empty", random_seed=4)
    fake.world.add_country("US", "United States", prefix="1")
    group = fake.world.add_did_group(country="US", area_name="Springfield", prefix="217", skus=[Sku()])
    stored = fake.store.get("did_groups", group.id)
    assert stored is not None and "service_restrictions" not in stored["attributes"]
    assert stored["attributes"]["area_name"] == "Springfield"
    with pytest.raises(DidwwClientError, match="serves API 2026-04-16, which has no proof_types"):
        fake.world.add_proof_type("Passport")


def test_a_renamed_attribute_is_written_under_the_versions_name() -> None:
    collections = dict(latest().collections)
    reservations = collections["did_reservations"]
    renamed = {("expire_at" if n == "expires_at" else n): a for n, a in reservations.attributes.items()}
    collections["did_reservations"] = dataclasses.replace(reservations, attributes=renamed)
    fake = FakeEngine(schema=dataclasses.replace(latest(), collections=collections), random_seed=5)
    available = next(a for a in fake.store.all("available_dids") if a["id"] not in fake.store.reserved)
    with plain_http(fake) as http:
        linkage = {"type": "available_dids", "id": available["id"]}
        answer = http.post("did_reservations", json=resource("did_reservations", {}, available_did=linkage))
    attributes = answer.json()["data"]["attributes"]
    assert answer.status_code == 201 and attributes["expire_at"] and "expires_at" not in attributes


def test_trunk_credentials_live_where_the_version_keeps_them() -> None:
    collections = dict(latest().collections)
    trunks = collections["voice_out_trunks"]
    attributes = {n: a for n, a in trunks.attributes.items() if n != "authentication_method"}
    attributes.update(username=Attr(Value("string")), password=Attr(Value("string")))  # 2022-05-10's shape
    collections["voice_out_trunks"] = dataclasses.replace(trunks, attributes=attributes)
    fake = FakeEngine(schema=dataclasses.replace(latest(), collections=collections), seed="empty", random_seed=6)
    with plain_http(fake) as http:
        trunk = http.post("voice_out_trunks", json=resource("voice_out_trunks", {"name": "Out"})).json()["data"]
        created = trunk["attributes"]
        assert created["username"] and created["password"] and "authentication_method" not in created
        linkage = {"type": "voice_out_trunks", "id": trunk["id"]}
        kind = "voice_out_trunk_regenerate_credentials"
        assert http.post(kind, json=resource(kind, {}, voice_out_trunk=linkage)).status_code == 201
        again = http.get(f"voice_out_trunks/{trunk['id']}").json()["data"]["attributes"]
    assert again["username"] != created["username"] and again["password"] != created["password"]


# -- a version's subclass -----------------------------------------------------------------------
class SmallerFake(FakeEngine[DidwwClient, AsyncDidwwClient]):
    """A version's fake as a version package declares it: its schema and its clients."""

    SCHEMA = without(latest(), "orders")
    CLIENT = DidwwClient
    ASYNC_CLIENT = AsyncDidwwClient


def test_a_version_subclass_serves_its_schema_with_its_clients() -> None:
    fake = SmallerFake(seed="empty")
    assert fake.schema is SmallerFake.SCHEMA and "2026-04-16" in repr(fake) and "SmallerFake" in repr(fake)
    with fake.client() as client:
        assert_type(client, DidwwClient)
        assert isinstance(client, DidwwClient) and client.balance.find().balance == Decimal("0.00")

    async def read() -> Decimal | None:
        async with fake.async_client() as client:
            assert_type(client, AsyncDidwwClient)
            return (await client.balance.find()).balance

    assert asyncio.run(read()) == Decimal("0.00")


def test_a_schema_argument_wins_over_the_subclass_schema() -> None:
    assert SmallerFake(schema=TINY, seed="empty").schema is TINY
