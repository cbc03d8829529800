"""The fake as a base to build on: a coherent seed, ``fake.world``, delayed completion, rollback, fair rate limit."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from decimal import Decimal

import pytest

from didww_gen.errors import BadRequestError, DidwwClientError
from didww_gen.testing import Sku
from didww_gen.testing._ratelimit import FairWindow, retry_after
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.enums import AddressVerificationStatus, ExportStatus, ExportType, OrderStatus
from didww_gen.v2026_04_16.models import (
    Address,
    AddressVerification,
    AvailableDidOrderItem,
    Did,
    DidOrderItem,
    Export,
    ExportFilters,
    Order,
    OrderItem,
    SipConfiguration,
    VoiceInTrunk,
)
from didww_gen.v2026_04_16.testing import FakeDidww

FILTERS = ExportFilters(
    from_=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc), to=dt.datetime(2026, 1, 8, tzinfo=dt.timezone.utc)
)


def _sku_id(client: DidwwClient) -> str:
    return client.did_groups.list(include="stock_keeping_units").data[0].stock_keeping_units[0].id or ""


def _order_of(client: DidwwClient, sku_id: str) -> Order:
    return client.orders.create(Order(items=[DidOrderItem(sku_id=sku_id, qty=1)]))


# -- the reference seed -------------------------------------------------------------------------
def test_the_seed_has_one_country_per_iso_and_every_group_placed() -> None:
    with FakeDidww().client() as client:
        countries = client.countries.list().data
        assert max(Counter(c.iso for c in countries).values()) == 1
        assert [c.name for c in client.countries.list(filter={"iso": "CA"}).data] == ["Canada"]
        groups = client.did_groups.list(include=["country", "did_group_type", "stock_keeping_units"]).data
        assert groups and all(g.country is not None and g.did_group_type is not None for g in groups)
        assert all(g.stock_keeping_units for g in groups)
        local = [g for g in groups if g.did_group_type is not None and g.did_group_type.name == "Local"]
        assert len(local) == 4
        for group in local:
            found = client.did_groups.find(group.id or "", include=["city", "region"])
            assert found.city is not None and found.region is not None, group.area_name


def test_did_groups_of_a_country_and_their_available_dids() -> None:
    with FakeDidww().client() as client:
        us = client.countries.list(filter={"iso": "US"}).data[0]
        groups = client.did_groups.list(filter={"country.id": us.id or ""}).data
        assert sorted(g.area_name for g in groups) == ["Springfield", "Washington"]
        available = client.available_dids.list(filter={"country.id": us.id or ""}, include="did_group").data
        assert available and all(a.did_group is not None for a in available)
        unplaced = list(client.available_dids.list(include="did_group"))
        assert all(a.did_group is not None for a in unplaced)


def test_the_seed_has_a_personal_proof_type() -> None:
    with FakeDidww().client() as client:
        personal = client.proof_types.list(filter={"entity_type": ["Personal"]}).data
        assert [p.name for p in personal] == ["Passport"]


def test_an_ordered_number_starts_with_the_country_and_area_codes() -> None:
    fake = FakeDidww(seed="empty", random_seed=3)
    fake.world.add_country("US", "United States", prefix="1")
    group = fake.world.add_did_group(country="US", area_name="Springfield", prefix="217")
    fake.world.set_balance("10")
    with fake.client() as client:
        order = _order_of(client, group.sku_ids[0])
        did = client.dids.list(filter={"order.id": order.id or ""}).data[0]
    assert did.number.startswith("1217") and len(did.number) == 11


# -- fake.world ---------------------------------------------------------------------------------
def test_a_test_states_its_own_world_on_an_empty_fake() -> None:
    fake = FakeDidww(seed="empty")
    fake.world.add_country("GB", "United Kingdom", prefix="44")
    group = fake.world.add_did_group(
        country="GB",
        area_name="London",
        prefix="20",
        region="England",
        city="London",
        skus=[Sku(setup_price="1.00", monthly_price="2.50", channels_included_count=0)],
        available_numbers=["442071234567", "442071234568"],
    )
    fake.world.set_balance("20")
    proof = fake.world.add_proof_type("Driving licence")
    with fake.client() as client:
        gb = client.countries.list(filter={"iso": "GB"}).data
        assert [c.id for c in gb] == [fake.world.country_id("GB")]
        assert [c.name for c in client.countries.find(gb[0].id or "", include="regions").regions] == ["England"]
        found = client.did_groups.list(filter={"country.id": gb[0].id or ""}, include="stock_keeping_units").data
        assert [g.id for g in found] == [group.id]
        assert [s.monthly_price for s in found[0].stock_keeping_units] == [Decimal("2.50")]
        city = client.cities.list(filter={"name": "London"}, include=["country", "region"]).data[0]
        assert city.country is not None and city.country.iso == "GB" and city.region is not None
        available = client.available_dids.list(filter={"did_group.id": group.id}).data
        assert sorted(a.id for a in available) == sorted(group.available_did_ids)
        item = AvailableDidOrderItem(sku_id=group.sku_ids[0], available_did_id=group.available_did_ids[0])
        order = client.orders.create(Order(items=[item]))
        assert order.status is OrderStatus.COMPLETED and order.amount == Decimal("3.50")
        assert client.balance.find().balance == Decimal("16.50")
        assert client.proof_types.find(proof).entity_type.value == "Personal"


@pytest.mark.parametrize(
    ("call", "says"),
    [
        (lambda w: w.add_country("usa", "United States", prefix="1"), "two capital letters"),
        (lambda w: w.add_country("US", "United States", prefix="+1"), "digits only"),
        (lambda w: w.add_did_group(country="FR", area_name="Paris", prefix="1"), "add_country('FR'"),
        (lambda w: w.add_did_group(country="US", area_name="X", prefix="1", skus=[]), "at least one Sku"),
        (lambda w: w.add_did_group(country="US", area_name="X", prefix="1", skus=[Sku("x")]), "setup_price"),
        (lambda w: w.add_available_dids("nope", ["1"]), "no DID group with id"),
        (lambda w: w.add_proof_type("X", "Person"), "Personal, Business"),
    ],
)
def test_world_refuses_bad_values_saying_what_to_pass(call: object, says: str) -> None:
    fake = FakeDidww(seed="empty")
    fake.world.add_country("US", "United States", prefix="1")
    with pytest.raises(DidwwClientError, match=None) as raised:
        call(fake.world)  # type: ignore[operator]
    assert says in str(raised.value)


def test_a_second_country_with_the_same_iso_is_refused() -> None:
    fake = FakeDidww()
    with pytest.raises(DidwwClientError, match="already has a country with ISO 'US'"):
        fake.world.add_country("US", "United States", prefix="1")


# -- delayed completion -------------------------------------------------------------------------
def test_an_order_stays_pending_for_n_reads_then_completes() -> None:
    fake = FakeDidww(complete_after=2)
    with fake.client() as client:
        order = _order_of(client, _sku_id(client))
        reads = [client.orders.find(order.id or "").status for _ in range(3)]
        dids = client.dids.list(filter={"order.id": order.id or ""}).data
    assert order.status is OrderStatus.PENDING
    assert reads == [OrderStatus.PENDING, OrderStatus.PENDING, OrderStatus.COMPLETED]
    assert len(dids) == 1


def test_a_failed_order_is_canceled_and_refunded_without_dids() -> None:
    fake = FakeDidww(complete_after=0, outcome="failed")
    with fake.client() as client:
        before = client.balance.find().total_balance
        order = _order_of(client, _sku_id(client))
        assert client.balance.find().total_balance < before
        assert client.orders.find(order.id or "").status is OrderStatus.CANCELED
        assert client.dids.list(filter={"order.id": order.id or ""}).data == []
        assert client.balance.find().total_balance == before


def test_an_export_goes_pending_processing_completed_and_a_list_read_counts() -> None:
    fake = FakeDidww(complete_after=2)
    with fake.client() as client:
        export = client.exports.create(Export(export_type=ExportType.CDR_IN, filters=FILTERS))
        first = client.exports.list(filter={"id": [export.id or ""]}).data[0]
        second = client.exports.find(export.id or "")
        third = client.exports.find(export.id or "")
    assert [export.status, first.status, second.status, third.status] == [
        ExportStatus.PENDING,
        ExportStatus.PROCESSING,
        ExportStatus.PROCESSING,
        ExportStatus.COMPLETED,
    ]
    assert third.url is not None and fake.export_files[third.id or ""].startswith(b"\x1f\x8b")


def test_verifications_settle_only_with_complete_after() -> None:
    for complete_after, outcome, expected in (
        (None, "completed", AddressVerificationStatus.PENDING),
        (0, "completed", AddressVerificationStatus.APPROVED),
        (0, "failed", AddressVerificationStatus.REJECTED),
    ):
        fake = FakeDidww(complete_after=complete_after, outcome=outcome)
        with fake.client() as client:
            address, did = client.addresses.list().data[0], client.dids.list().data[0]
            created = client.address_verifications.create(
                AddressVerification(address=Address.ref(address.id or ""), dids=[Did.ref(did.id or "")])
            )
            assert created.status is AddressVerificationStatus.PENDING
            assert client.address_verifications.find(created.id or "").status is expected


@pytest.mark.parametrize(
    ("options", "says"),
    [({"complete_after": -1}, "an integer >= 0"), ({"complete_after": 2, "outcome": "done"}, "'completed' or")],
)
def test_delay_options_are_checked(options: dict[str, object], says: str) -> None:
    with pytest.raises(DidwwClientError, match=says):
        FakeDidww(**options)  # type: ignore[arg-type]


# -- writes roll back through the undo log ------------------------------------------------------
def test_a_refused_order_changes_nothing_and_keeps_the_order_of_records() -> None:
    fake = FakeDidww(seed="empty")
    fake.world.add_country("US", "United States", prefix="1")
    group = fake.world.add_did_group(country="US", area_name="A", prefix="2", available_numbers=["12000", "12001"])
    fake.world.set_balance("1.50")  # enough for one DID (0 + 1.00), not for two
    items: list[OrderItem] = [
        AvailableDidOrderItem(sku_id=group.sku_ids[0], available_did_id=i) for i in group.available_did_ids
    ]
    before = [r["id"] for r in fake.store.all("available_dids")]
    with fake.client() as client, pytest.raises(BadRequestError, match="Insufficient balance"):
        client.orders.create(Order(items=items))
    assert [r["id"] for r in fake.store.all("available_dids")] == before
    assert fake.store.all("orders") == [] and fake.store.all("dids") == []
    assert fake.balance()["attributes"]["balance"] == "1.50"


def test_a_trunk_name_taken_is_refused_and_the_index_follows_renames() -> None:
    fake = FakeDidww(seed="empty")
    with fake.client() as client:
        trunk = client.voice_in_trunks.create(VoiceInTrunk(name="a", configuration=SipConfiguration(host="h")))
        trunk.name = "b"
        client.voice_in_trunks.update(trunk)
        client.voice_in_trunks.create(VoiceInTrunk(name="a", configuration=SipConfiguration(host="h")))
        with pytest.raises(Exception, match="has already been taken"):
            client.voice_in_trunks.create(VoiceInTrunk(name="b", configuration=SipConfiguration(host="h")))


# -- the rate limit serves waiting clients in arrival order -------------------------------------
def test_a_newcomer_cannot_overtake_a_booked_client() -> None:
    window = FairWindow(2, random.Random(0))
    assert window.admit(0.0) is None and window.admit(0.0) is None
    wait = window.admit(0.1)  # the third request this second: booked
    assert wait is not None and 0.9 <= wait <= 0.92
    newcomer = window.admit(0.5)  # arrives before the booking matures: booked behind it
    assert newcomer is not None and 0.5 + newcomer > 0.1 + wait
    assert window.admit(0.1 + wait) is None  # the first booked client, back on time


def test_arrivals_faster_than_the_limit_are_served_in_order() -> None:
    """A simulated steady stream at 25/s against 20/s: no request waits more than the backlog implies."""
    window = FairWindow(20, random.Random(1))
    waiting: list[tuple[float, int]] = [(i / 25, i) for i in range(100)]
    served: dict[int, float] = {}
    while waiting:
        waiting.sort()
        now, who = waiting.pop(0)
        wait = window.admit(now)
        if wait is None:
            served[who] = now
        else:
            waiting.append((now + float(retry_after(wait)) + 0.0005, who))
    delays = [served[i] - i / 25 for i in range(100)]
    assert max(delays) < 2.5  # 100 requests at 20/s finish by ~5 s; the last arrives at ~4 s
    assert sum(d > 0 for d in delays) > 50  # newcomers queue too, instead of slipping past the waiting ones
