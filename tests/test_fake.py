"""``didww_gen.testing``: the fake DIDWW API, over plain HTTP (loopback) and through the SDK (in-process)."""

from __future__ import annotations

import asyncio
import datetime as dt
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conformance import CONTRADICTED

from codegen.reference import request_examples
from didww_gen import DidwwClientError, EncryptedUpload
from didww_gen.encryption import calculate_fingerprint, encrypt_with_keys
from didww_gen.errors import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)
from didww_gen.testing import FakeServer
from didww_gen.v2026_04_16 import API_VERSION, DidwwClient
from didww_gen.v2026_04_16.enums import ExportType, OrderStatus
from didww_gen.v2026_04_16.models import (
    AvailableDid,
    AvailableDidOrderItem,
    CapacityOrderItem,
    CredentialsAndIpAuthenticationMethod,
    Did,
    DidOrderItem,
    DidReservation,
    Export,
    ExportFilters,
    Order,
    ReservationDidOrderItem,
    SipConfiguration,
    VoiceInTrunk,
    VoiceInTrunkGroup,
    VoiceOutTrunk,
    VoiceOutTrunkRegenerateCredential,
)
from didww_gen.v2026_04_16.testing import FakeDidww

HEADERS = {"Api-Key": "key", "Accept": "application/vnd.api+json", "Content-Type": "application/vnd.api+json"}


@pytest.fixture
def fake() -> FakeDidww:
    return FakeDidww(random_seed=3)


@pytest.fixture
def client(fake: FakeDidww) -> Iterator[DidwwClient]:
    with fake.client(max_retries=0) as client:
        yield client


@pytest.fixture
def server(fake: FakeDidww) -> Iterator[FakeServer]:
    with fake.serve() as server:
        yield server


@pytest.fixture
def http(server: FakeServer) -> Iterator[httpx.Client]:
    """A plain HTTP client (not the SDK) on the loopback server: what any other client would see."""
    with httpx.Client(base_url=server.base_url + "/", headers=HEADERS) as http:
        yield http


def errors_of(response: httpx.Response) -> list[tuple[str, str | None]]:
    return [(e["detail"], e.get("source", {}).get("pointer")) for e in response.json()["errors"]]


def sku_id(client: DidwwClient) -> str:
    groups = client.did_groups.list(include="stock_keeping_units").data
    found = next(s.id for g in groups for s in g.stock_keeping_units or [] if s.id)
    assert found is not None
    return found


def new_sip_trunk(client: DidwwClient, name: str = "Test trunk") -> VoiceInTrunk:
    return client.voice_in_trunks.create(VoiceInTrunk(name=name, configuration=SipConfiguration(host="pbx.example")))


# -- JSON:API over HTTP ---------------------------------------------------------------------------
def test_loopback_list_pages_with_total_records_links_and_api_version(http: httpx.Client, server: FakeServer) -> None:
    response = http.get("did_groups", params={"page[size]": "3", "page[number]": "2", "sort": "-area_name"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.api+json"
    body = response.json()
    assert len(body["data"]) == 3
    assert body["meta"] == {"total_records": 8, "api_version": API_VERSION}
    assert set(body["links"]) == {"first", "prev", "next", "last"}
    assert body["links"]["next"].startswith(server.base_url + "/did_groups?")
    assert "page%5Bnumber%5D=3" in body["links"]["next"] and "sort=-area_name" in body["links"]["next"]
    names = [g["attributes"]["area_name"] for g in http.get("did_groups", params={"sort": "-area_name"}).json()["data"]]
    assert names == sorted(names, key=lambda n: n or "", reverse=True)
    assert [g["attributes"]["area_name"] for g in body["data"]] == names[3:6]


def test_loopback_meta_api_version_is_the_version_served(http: httpx.Client) -> None:
    assert http.get("balance", headers={"X-DIDWW-API-Version": API_VERSION}).json()["meta"] == {
        "api_version": API_VERSION
    }
    # another version is refused (test_fake_versions.py); an invalid version header is ignored, as the reference says
    assert http.get("balance", headers={"X-DIDWW-API-Version": "latest"}).json()["meta"]["api_version"] == API_VERSION


def test_loopback_authentication(server: FakeServer) -> None:
    with httpx.Client(base_url=server.base_url + "/") as bare:
        missing = bare.get("dids")
        assert missing.status_code == 401
        assert missing.json() == {
            "errors": [{"title": "Unauthorized", "detail": "Authorization failed", "code": "401", "status": "401"}]
        }
        assert bare.get("public_keys").status_code == 200  # the one endpoint that needs no key
        assert bare.get("dids", headers={"Api-Key": "anything"}).status_code == 200


def test_a_fixed_api_key_rejects_others() -> None:
    fake = FakeDidww(api_key="right")
    with fake.client(api_key="wrong", max_retries=0) as wrong, pytest.raises(AuthenticationError):
        wrong.balance.find()
    with fake.client(api_key="right") as right:
        assert right.balance.find().balance is not None


def test_loopback_filters_equality_lists_relationships_and_one_hop(http: httpx.Client) -> None:
    dids = http.get("dids").json()["data"]
    numbers = sorted({d["attributes"]["number"] for d in dids})[:2]
    found = http.get("dids", params={"filter[number]": ",".join(numbers)}).json()["data"]
    assert {d["id"] for d in found} == {d["id"] for d in dids if d["attributes"]["number"] in numbers}
    assert len({d["id"] for d in found}) < len(dids)
    cities = http.get("cities", params={"include": "country"}).json()
    country_id = cities["data"][0]["relationships"]["country"]["data"]["id"]
    by_country = http.get("cities", params={"filter[country.id]": country_id}).json()["data"]
    assert by_country and all(c["id"] for c in by_country)
    assert len(by_country) < len(cities["data"]) or len(cities["data"]) == 1
    terminated = http.get("dids", params={"filter[terminated]": "true"}).json()["data"]
    assert all(d["attributes"]["terminated"] is True for d in terminated)
    voice = http.get("did_groups", params={"filter[features]": "voice_in"}).json()["data"]
    assert voice and all("voice_in" in g["attributes"]["features"] for g in voice)


def test_loopback_filters_on_meta_and_comparisons(http: httpx.Client) -> None:
    groups = http.get("did_groups").json()["data"]
    enabled = {g["id"] for g in groups if g.get("meta", {}).get("available_dids_enabled")}
    found = http.get("did_groups", params={"filter[available_dids_enabled]": "true"}).json()["data"]
    assert {g["id"] for g in found} == enabled and 0 < len(enabled) < len(groups)
    counts = sorted(g["meta"]["total_count"] for g in groups if "total_count" in g.get("meta", {}))
    bound = counts[len(counts) // 2]  # numbers compare as numbers: "99" is not >= "100"
    found = http.get("did_groups", params={"filter[meta.total_count_gteq]": str(bound)}).json()["data"]
    assert sorted(g["meta"]["total_count"] for g in found) == [c for c in counts if c >= bound]
    available = http.get("available_dids").json()
    assert available["meta"]["total_count"] == len(available["data"])
    assert "available_count" in http.get("did_reservations").json()["meta"]


def test_loopback_include_nested_paths_and_linkage(http: httpx.Client) -> None:
    body = http.get("did_groups", params={"include": "stock_keeping_units,country"}).json()
    with_skus = [g for g in body["data"] if g["relationships"]["stock_keeping_units"]["data"]]
    assert with_skus
    included = {(r["type"], r["id"]) for r in body["included"]}
    for link in with_skus[0]["relationships"]["stock_keeping_units"]["data"]:
        assert (link["type"], link["id"]) in included or link["type"] == "stock_keeping_units"
    assert "data" not in body["data"][0]["relationships"]["city"]  # not included: links only
    assert set(body["data"][0]["relationships"]["city"]["links"]) == {"self", "related"}


def test_loopback_bad_query_parameters_are_400(http: httpx.Client) -> None:
    wrong_include = http.get("dids", params={"include": "nonsense"})
    assert wrong_include.status_code == 400 and "not a valid includable relationship" in wrong_include.text
    wrong_filter = http.get("dids", params={"filter[colour]": "red"})
    assert wrong_filter.status_code == 400 and wrong_filter.json()["errors"][0]["code"] == "102"
    wrong_sort = http.get("dids", params={"sort": "colour"})
    assert wrong_sort.status_code == 400 and wrong_sort.json()["errors"][0]["title"] == "Invalid sort criteria"
    too_big = http.get("dids", params={"page[size]": "101"})
    assert too_big.status_code == 400 and "from 1 to 100" in too_big.text


def test_loopback_create_update_delete_and_404(http: httpx.Client) -> None:
    body = {"data": {"type": "voice_in_trunk_groups", "attributes": {"name": "Group A", "capacity_limit": 5}}}
    created = http.post("voice_in_trunk_groups", json=body)
    assert created.status_code == 201
    group = created.json()["data"]
    assert group["attributes"]["name"] == "Group A" and group["attributes"]["created_at"].endswith("Z")
    path = f"voice_in_trunk_groups/{group['id']}"
    patch = {"data": {"type": "voice_in_trunk_groups", "id": group["id"], "attributes": {"capacity_limit": 9}}}
    updated = http.patch(path, json=patch).json()["data"]
    assert updated["attributes"] == {**group["attributes"], "capacity_limit": 9}
    deleted = http.delete(path)
    assert deleted.status_code == 204 and deleted.content == b""
    gone = http.get(path)
    assert gone.status_code == 404
    assert gone.json()["errors"][0]["detail"] == f"The record identified by {group['id']} could not be found."
    assert http.get("countries/00000000-0000-4000-8000-000000000000").status_code == 404
    assert http.delete("countries/00000000-0000-4000-8000-000000000000").status_code == 404  # no such operation


def test_loopback_422_for_unknown_read_only_and_invalid_members(http: httpx.Client) -> None:
    attributes: dict[str, Any] = {
        "name": "X",
        "created_at": "2026-01-01T00:00:00Z",
        "colour": "red",
        "priority": "high",
    }
    attributes["configuration"] = {"type": "sip_configurations", "attributes": {"host": "h", "codec_ids": [999]}}
    response = http.post("voice_in_trunks", json={"data": {"type": "voice_in_trunks", "attributes": attributes}})
    assert response.status_code == 422
    assert errors_of(response) == [
        ("created_at - is read-only", "/data/attributes/created_at"),
        ("colour - is not allowed", "/data/attributes/colour"),
        ("priority - is invalid", "/data/attributes/priority"),
        ("0 - is not included in the list", "/data/attributes/configuration/attributes/codec_ids/0"),
    ]
    assert response.json()["errors"][0]["code"] == "100"


def test_loopback_422_in_the_reference_wording(http: httpx.Client) -> None:
    """The reference's own 422 examples: same pointer, same wording."""
    ip_only = {"type": "ip_only", "attributes": {"allowed_sip_ips": ["10.0.0.1/32"]}}
    body: dict[str, Any] = {
        "data": {"type": "voice_out_trunks", "attributes": {"name": "Out", "authentication_method": ip_only}}
    }
    response = http.post("voice_out_trunks", json=body)
    assert errors_of(response) == [
        ("type - is not allowed for creation", "/data/attributes/authentication_method/type")
    ]
    twilio = {"type": "twilio", "attributes": {}}
    body["data"]["attributes"]["authentication_method"] = twilio
    response = http.post("voice_out_trunks", json=body)
    assert errors_of(response) == [
        (
            "twilio_account_sid - can't be blank",
            "/data/attributes/authentication_method/attributes/twilio_account_sid",
        )
    ]
    reservation = {
        "type": "did_reservations",
        "relationships": {"available_did": {"data": {"type": "available_dids", "id": "nope"}}},
    }
    response = http.post("did_reservations", json={"data": reservation})
    assert errors_of(response) == [("available_did - is invalid", "/data/relationships/available_did")]


def test_loopback_create_only_and_update_only_members(http: httpx.Client) -> None:
    did = http.get("dids").json()["data"][0]
    patch = {"data": {"type": "dids", "id": did["id"], "attributes": {"number": "123"}}}
    assert errors_of(http.patch(f"dids/{did['id']}", json=patch)) == [
        ("number - is read-only", "/data/attributes/number")
    ]
    identity = http.get("identities").json()["data"][0]
    patch = {"data": {"type": "identities", "id": identity["id"], "attributes": {"identity_type": "personal"}}}
    assert errors_of(http.patch(f"identities/{identity['id']}", json=patch)) == [
        ("identity_type - is not allowed for update", "/data/attributes/identity_type")
    ]


def test_loopback_wrong_type_or_id_in_the_document_is_400(http: httpx.Client) -> None:
    assert http.post("voice_in_trunks", json={"data": {"type": "dids"}}).status_code == 400
    did = http.get("dids").json()["data"][0]
    assert http.patch(f"dids/{did['id']}", json={"data": {"type": "dids", "id": "other"}}).status_code == 400
    assert http.post("voice_in_trunks", content=b"{not json").status_code == 400


@pytest.mark.reference("postman", version="2026-04-16")
def test_reference_request_bodies_pass_the_member_checks() -> None:
    """Fidelity: every documented create/update body is accepted attribute by attribute. What may still
    fail is what the real API would refuse too: ids of the documentation's account (unknown here), names the
    seed already holds, the documentation's placeholder values ("string" as a birth date), and description
    fragments without a field the OpenAPI document requires. An example breaking its own document's rule
    (``conformance.CONTRADICTED``) is left out: the SDK refuses it before sending."""
    refused = []
    for example in request_examples(API_VERSION):
        if (API_VERSION, example.request, example.source) in CONTRADICTED:
            continue
        fake = FakeDidww()
        data = example.body["data"]
        if example.method == "PATCH" and "id" not in data:
            continue  # a scheme fragment that names no resource
        path = example.path + (f"/{data['id']}" if example.method == "PATCH" and "id" in data else "")
        url = f"https://api.example/v3/{path}"
        response = fake.handle(example.method, url, HEADERS, json.dumps(example.body).encode())
        for error in json.loads(response[2] or b"{}").get("errors", []):
            pointer = error.get("source", {}).get("pointer", "")
            referential = pointer.startswith("/data/relationships/") or pointer.endswith("_id")
            expected = referential or error["title"] in ("has already been taken", "Record not found")
            # a description's fragment that leaves out what the OpenAPI document's create request requires
            fragment = example.source.startswith("description block") and error["title"] == "can't be blank"
            if not (expected or fragment) and error["detail"] != "birth_date - is invalid":
                refused.append((example.request, example.source, error["detail"], pointer))
    assert refused == []
    assert len(request_examples(API_VERSION)) > 80


# -- through the SDK ------------------------------------------------------------------------------
def test_order_completes_creates_dids_and_charges_the_balance(client: DidwwClient) -> None:
    before = client.balance.find()
    order = client.orders.create(Order(items=[DidOrderItem(sku_id=sku_id(client), qty=2)]))
    assert order.status is OrderStatus.COMPLETED and order.reference
    assert order.amount is not None and order.amount > 0
    item = order.items[0] if order.items else None
    assert isinstance(item, DidOrderItem) and item.qty == 2 and item.mrc is not None and item.nrc is not None
    assert order.amount == 2 * (item.nrc + item.mrc)  # unit prices, as the reference's orders show
    after = client.balance.find()
    assert before.balance is not None and after.balance == before.balance - order.amount
    dids = client.dids.list(filter={"order.id": order.id or ""}, include="did_group").data
    assert len(dids) == 2 and all(d.number and d.did_group is not None for d in dids)
    history = client.did_history.list(filter={"did_number": dids[0].number or ""}).data
    assert [h.action for h in history] == ["assigned"]


def test_order_beyond_the_balance_is_the_references_400(client: DidwwClient, fake: FakeDidww) -> None:
    fake.set_balance("0.05")
    sku = sku_id(client)
    orders_before = client.orders.list().meta.total_records
    with pytest.raises(BadRequestError) as caught:
        client.orders.create(Order(items=[DidOrderItem(sku_id=sku, qty=100_000)]))
    error = caught.value.errors[0]
    assert error.title == "Insufficient balance" and error.meta is not None
    assert error.meta["available_balance"] == "10.05"  # balance + credit
    assert client.orders.list().meta.total_records == orders_before  # nothing was created
    assert str(client.balance.find().balance) == "0.05"


def test_reservation_holds_an_available_did_until_ordered(client: DidwwClient) -> None:
    available = client.available_dids.list(include="did_group.stock_keeping_units").data
    first, second = available[0], available[1]
    assert first.id and second.id
    reservation = client.did_reservations.create(
        DidReservation(description="for Bob", available_did=AvailableDid.ref(first.id))
    )
    assert reservation.expires_at is not None and reservation.created_at is not None
    assert reservation.expires_at > reservation.created_at
    listed = {a.id for a in client.available_dids.list().data}
    assert first.id not in listed and second.id in listed
    with pytest.raises(UnprocessableEntityError, match="available_did - is invalid"):
        client.did_reservations.create(DidReservation(available_did=AvailableDid.ref(first.id)))
    sku = sku_id(client)
    assert reservation.id is not None
    order = client.orders.create(
        Order(
            items=[
                ReservationDidOrderItem(sku_id=sku, did_reservation_id=reservation.id),
                AvailableDidOrderItem(sku_id=sku, available_did_id=second.id),
            ]
        )
    )
    numbers = {d.number for d in client.dids.list(filter={"order.id": order.id or ""}).data}
    assert numbers == {first.number, second.number}
    with pytest.raises(NotFoundError):
        client.did_reservations.find(reservation.id)
    assert not {first.id, second.id} & {a.id for a in client.available_dids.list().data}


def test_deleting_a_reservation_releases_the_did(client: DidwwClient) -> None:
    available = client.available_dids.list().data[0]
    assert available.id
    reservation = client.did_reservations.create(DidReservation(available_did=AvailableDid.ref(available.id)))
    client.did_reservations.delete(reservation)
    assert available.id in {a.id for a in client.available_dids.list().data}


def test_capacity_order_adds_channels(client: DidwwClient, fake: FakeDidww) -> None:
    fake.set_balance("1000")
    pool = client.capacity_pools.list().data[0]
    assert pool.id and pool.total_channels_count is not None
    order = client.orders.create(Order(items=[CapacityOrderItem(capacity_pool_id=pool.id, qty=3)]))
    assert order.description == "Capacity"
    assert client.capacity_pools.find(pool.id).total_channels_count == pool.total_channels_count + 3


def test_a_failed_order_changes_nothing(client: DidwwClient) -> None:
    available = client.available_dids.list().data[0]
    assert available.id
    before = client.balance.find().balance
    order = Order(
        items=[
            AvailableDidOrderItem(sku_id=sku_id(client), available_did_id=available.id),
            DidOrderItem(sku_id="no-such-sku", qty=1),
        ]
    )
    with pytest.raises(UnprocessableEntityError, match="items/1/attributes/sku_id"):
        client.orders.create(order)
    assert available.id in {a.id for a in client.available_dids.list().data}
    assert client.balance.find().balance == before


def test_exclusive_routing_clears_the_other_relationship(client: DidwwClient) -> None:
    trunk = new_sip_trunk(client)
    group = client.voice_in_trunk_groups.create(VoiceInTrunkGroup(name="Routing group"))
    assert trunk.id and group.id
    did = client.dids.list().data[0]
    did.voice_in_trunk_group = VoiceInTrunkGroup.ref(group.id)
    client.dids.update(did)
    did.voice_in_trunk = VoiceInTrunk.ref(trunk.id)
    routed = client.dids.update(did, include=["voice_in_trunk", "voice_in_trunk_group"])
    assert routed.voice_in_trunk is not None and routed.voice_in_trunk.id == trunk.id
    assert routed.is_loaded("voice_in_trunk_group") and routed.voice_in_trunk_group is None
    assert client.dids.list(filter={"voice_in_trunk.id": trunk.id}).data[0].id == did.id


def test_sip_registration_generates_incoming_credentials(client: DidwwClient) -> None:
    trunk = new_sip_trunk(client)
    assert isinstance(trunk.configuration, SipConfiguration)
    assert trunk.configuration.incoming_auth_username is None
    assert trunk.configuration.sip_timer_b == 8000 and trunk.priority == 1  # documented defaults
    trunk.configuration.enabled_sip_registration = True
    registered = client.voice_in_trunks.update(trunk)
    config = registered.configuration
    assert isinstance(config, SipConfiguration)
    assert config.host is None and config.incoming_auth_username and config.incoming_auth_password
    assert "incoming_auth_password='***'" in repr(config) or config.incoming_auth_password not in repr(config)


def test_voice_out_credentials_are_generated_and_regenerated(client: DidwwClient, fake: FakeDidww) -> None:
    method = CredentialsAndIpAuthenticationMethod(allowed_sip_ips=["203.0.113.0/24"])
    trunk = client.voice_out_trunks.create(VoiceOutTrunk(name="Out A", authentication_method=method))
    created = trunk.authentication_method
    assert isinstance(created, CredentialsAndIpAuthenticationMethod) and created.username and created.password
    assert trunk.id
    client.voice_out_trunk_regenerate_credentials.create(
        VoiceOutTrunkRegenerateCredential(voice_out_trunk=VoiceOutTrunk.ref(trunk.id))
    )
    again = client.voice_out_trunks.find(trunk.id).authentication_method
    assert isinstance(again, CredentialsAndIpAuthenticationMethod)
    assert again.username != created.username and again.password != created.password


def test_two_way_relationships_stay_in_step(client: DidwwClient) -> None:
    first, second = new_sip_trunk(client, "Member 1"), new_sip_trunk(client, "Member 2")
    assert first.id and second.id
    group = client.voice_in_trunk_groups.create(
        VoiceInTrunkGroup(name="Pair", voice_in_trunks=[VoiceInTrunk.ref(first.id), VoiceInTrunk.ref(second.id)])
    )
    assert group.id and group.meta is not None and group.meta.trunks_count == 2
    member = client.voice_in_trunks.find(first.id, include="voice_in_trunk_group")
    assert member.voice_in_trunk_group is not None and member.voice_in_trunk_group.id == group.id
    other = client.voice_in_trunk_groups.create(VoiceInTrunkGroup(name="Other"))
    assert other.id
    member.voice_in_trunk_group = VoiceInTrunkGroup.ref(other.id)
    client.voice_in_trunks.update(member)
    left = client.voice_in_trunk_groups.find(group.id, include="voice_in_trunks")
    assert [t.id for t in left.voice_in_trunks or []] == [second.id]
    assert left.meta is not None and left.meta.trunks_count == 1
    client.voice_in_trunks.delete(second.id)
    assert client.voice_in_trunk_groups.find(group.id, include="voice_in_trunks").voice_in_trunks == []


def test_duplicate_trunk_names_are_refused(client: DidwwClient) -> None:
    new_sip_trunk(client, "Twice")
    with pytest.raises(UnprocessableEntityError, match="name - has already been taken"):
        new_sip_trunk(client, "Twice")


def test_export_completes_with_a_gzip_csv_at_its_url(client: DidwwClient, tmp_path: Path) -> None:
    filters = ExportFilters(
        from_=dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc),
        to=dt.datetime(2026, 11, 30, 23, 59, 59, tzinfo=dt.timezone.utc),
    )
    export = client.exports.create(Export(export_type=ExportType.CDR_IN, filters=filters))
    assert export.status == "completed" and export.url and export.url.endswith(f"/exports/{export.id}.csv.gz")
    client.download_export(export, tmp_path / "cdr.csv.gz")
    rows = gzip.decompress((tmp_path / "cdr.csv.gz").read_bytes()).decode().splitlines()
    assert rows[0].startswith("time_start,") and len(rows) == 1 + len(client.dids.list().data)
    assert rows[1].startswith("2026-11-01 00:00:00,2026-11-01 00:00:42,")
    number = client.dids.list().data[-1].number
    filters = ExportFilters(
        from_=dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc),
        to=dt.datetime(2026, 11, 30, 23, 59, 59, tzinfo=dt.timezone.utc),
        did_number=number,
    )
    one = client.exports.create(Export(export_type=ExportType.CDR_IN, filters=filters))
    client.download_export(one, tmp_path / "one.csv", decompress=True)
    lines = (tmp_path / "one.csv").read_text().splitlines()
    assert len(lines) == 1 + sum(d.number == number for d in client.dids.list().data)
    assert all(line.split(",")[3] == number for line in lines[1:])


def test_encrypted_upload_is_decrypted_with_the_fakes_real_keys(
    client: DidwwClient, fake: FakeDidww, tmp_path: Path
) -> None:
    path = tmp_path / "passport.pdf"
    path.write_bytes(b"%PDF-1.7 passport scan")
    file_id = client.upload_file(path, description="passport")
    assert fake.uploaded_files[file_id] == b"%PDF-1.7 passport scan"
    assert client.encrypted_files.find(file_id).description == "passport"


def test_uploads_that_do_not_decrypt_are_refused(client: DidwwClient, fake: FakeDidww) -> None:
    pems = [k.key for k in client.public_keys.list().data if k.key]
    fingerprint = calculate_fingerprint(pems)
    data = bytearray(encrypt_with_keys(b"content", pems))
    data[-1] ^= 1  # one flipped bit in the last block breaks the padding
    with pytest.raises(UnprocessableEntityError, match="file - could not be decrypted"):
        client.upload_encrypted_files(EncryptedUpload(data=bytes(data), filename="a.pdf"), fingerprint=fingerprint)
    with pytest.raises(UnprocessableEntityError, match="outdated fingerprint"):
        client.upload_encrypted_files(EncryptedUpload(data=b"x" * 600, filename="a.pdf"), fingerprint="a:::b")
    assert fake.uploaded_files == {}


def test_rate_limit_answers_429_with_retry_after() -> None:
    now = [0.0]
    fake = FakeDidww(rate_limit=2, clock=lambda: now[0])
    with fake.client(max_retries=0) as client:
        client.balance.find()
        client.balance.find()
        with pytest.raises(RateLimitError):
            client.balance.find()
        now[0] = 1.02  # the slot booked for the refused call: a second after the first, plus up to 20 ms
        client.balance.find()
    raw = httpx.Client(transport=fake.transport())
    assert [raw.get("https://x/v3/balance", headers=HEADERS).status_code for _ in range(2)] == [200, 200]
    limited = raw.get("https://x/v3/balance", headers=HEADERS)  # a key of its own: its third in this second
    assert limited.status_code == 429 and 1.0 <= float(limited.headers["retry-after"]) <= 1.02
    assert limited.json() == {"errors": [{"status": "429", "detail": "Too Many Requests"}]}


def test_injected_failures_are_500s_the_client_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr("didww_gen._sync.time.sleep", waits.append)  # the backoff, recorded instead of slept
    fake = FakeDidww(fail_rate=0.5, random_seed=1)
    with fake.client(max_retries=10) as client:
        for _ in range(5):
            client.countries.list()
    assert len(fake.requests) == 5 + len(waits) and waits  # each injected 500 was waited for and retried
    with FakeDidww(fail_rate=1.0).client(max_retries=0) as failing, pytest.raises(ServerError):
        failing.countries.list()


def test_async_client_on_the_async_transport(fake: FakeDidww) -> None:
    async def scenario() -> tuple[int, str | None]:
        async with fake.async_client() as client:
            pages = [did async for did in await client.dids.list(page_size=2)]
            trunk = await client.voice_in_trunks.create(
                VoiceInTrunk(name="Async", configuration=SipConfiguration(host="h.example"))
            )
            return len(pages), trunk.name

    count, name = asyncio.run(scenario())
    assert count == len(fake.store.all("dids")) and name == "Async"


def test_empty_seed_and_the_balance_setter() -> None:
    fake = FakeDidww(seed="empty")
    with fake.client() as client:
        assert client.countries.list().data == []
        assert client.balance.find().balance == 0
        fake.set_balance("12.5")
        assert str(client.balance.find().balance) == "12.50"
    with pytest.raises(DidwwClientError, match="seed must be"):
        FakeDidww(seed="production")
    with pytest.raises(DidwwClientError, match="between 0 and 1"):
        FakeDidww(fail_rate=5)
    with pytest.raises(DidwwClientError, match="a positive number"):
        FakeDidww(rate_limit=0)
    with pytest.raises(DidwwClientError, match="set_balance takes an amount"):
        fake.set_balance("lots")


def test_cli_serves_and_runs_a_command(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = tmp_path / "probe.py"
    script.write_text(
        "import os, httpx\n"
        "r = httpx.get(os.environ['DIDWW_BASE_URL'] + '/balance', headers={'Api-Key': os.environ['DIDWW_API_KEY']})\n"
        "print(r.status_code, r.json()['data']['type'])\n"
        "raise SystemExit(3)\n"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "didww_gen.testing",
            "--port",
            "0",
            "--api-version",
            API_VERSION,
            "--api-key",
            "k1",
            "--",
            sys.executable,
            str(script),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3, done.stderr
    banner = done.stderr.splitlines()[0]
    assert banner.startswith("fake DIDWW API listening on http://127.0.0.1:") and banner.endswith(
        f"/v3 (API {API_VERSION})"
    )
    lines = done.stdout.splitlines()
    assert lines[0] == "200 balances"


def test_fake_repr_and_requests_log(client: DidwwClient, fake: FakeDidww) -> None:
    did = client.dids.list().data[0]
    assert did.id
    update = Did.ref(did.id)
    update.description = "note"
    client.dids.update(update)
    last = fake.requests[-1]
    assert last.method == "PATCH"
    assert json.loads(last.content) == {"data": {"type": "dids", "id": did.id, "attributes": {"description": "note"}}}
    assert "FakeDidww" in repr(fake) and "key" not in repr(fake).replace("api key", "")
