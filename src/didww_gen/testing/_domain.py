"""What the fake does beyond storing records: the behaviour users exercise in tests.

Orders complete at once (or after N reads, see ``_delays``), create their DIDs and take their amount
from the balance (or fail with the reference's "Insufficient balance"); reservations hide an available
DID until deleted or ordered; SIP registration and voice-out credentials are generated; exports
complete with a gzip CSV file.
Each hook receives the checked write and the record about to be stored, and may refuse with a Problem.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import random
import string
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from didww_gen.testing import _dids
from didww_gen.testing._checks import Write
from didww_gen.testing._problems import Problem, error, invalid, unprocessable
from didww_gen.testing._store import Record

if TYPE_CHECKING:
    from didww_gen.testing._fake import FakeDidww

Hook = Callable[["FakeDidww", Record, Write], None]
Delivery = Callable[[], list[Record]]
UNIQUE_NAMES = ("voice_in_trunks", "voice_in_trunk_groups", "voice_out_trunks")
RESERVATION_MINUTES = 10


def timestamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def token(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(length))


def new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def check_unique_name(fake: FakeDidww, record: Record) -> None:
    name = record["attributes"].get("name")
    if record["type"] in UNIQUE_NAMES and name is not None:
        for other in fake.store.having(record["type"], "name", name):
            if other["id"] != record["id"]:
                raise unprocessable([invalid("/data/attributes/name", "has already been taken")])


# -- trunks -------------------------------------------------------------------------------------
def sip_registration(fake: FakeDidww, record: Record, write: Write) -> None:
    """Registration on: host and port cleared, incoming credentials generated; off: they are removed."""
    configuration = record["attributes"].get("configuration") or {}
    if configuration.get("type") != "sip_configurations":
        return
    attributes = configuration["attributes"]
    if attributes.get("enabled_sip_registration"):
        attributes["host"] = attributes["port"] = None
        if not attributes.get("incoming_auth_username"):
            attributes["incoming_auth_username"] = token(fake.rng, 12).lower()
            attributes["incoming_auth_password"] = token(fake.rng, 16)
    else:
        attributes["use_did_in_ruri"] = False
        attributes["incoming_auth_username"] = attributes["incoming_auth_password"] = None


def _credentials(fake: FakeDidww, trunk: Record) -> dict[str, Any] | None:
    """Where a voice out trunk keeps its username and password: its ``credentials_and_ip`` authentication
    method, or the trunk's own attributes in versions that have them there (2022-05-10)."""
    if fake.schema.has("voice_out_trunks", "username"):
        found: dict[str, Any] = trunk["attributes"]
        return found
    method = trunk["attributes"].get("authentication_method") or {}
    return method.get("attributes", {}) if method.get("type") == "credentials_and_ip" else None


def voice_out_credentials(fake: FakeDidww, record: Record, write: Write) -> None:
    credentials = _credentials(fake, record)
    if credentials is not None and not credentials.get("username"):
        credentials.update(username=token(fake.rng, 10).lower(), password=token(fake.rng, 16))


def regenerate_credentials(fake: FakeDidww, record: Record, write: Write) -> None:
    trunk = next(fake.store.related(record, "voice_out_trunk"), None)
    if trunk is None:
        raise unprocessable([invalid("/data/relationships/voice_out_trunk", "can't be blank")])
    credentials = _credentials(fake, trunk)
    if credentials is None:
        raise unprocessable([invalid("/data/relationships/voice_out_trunk", "is invalid")])
    fake.store.touch(trunk)
    credentials.update(username=token(fake.rng, 10).lower(), password=token(fake.rng, 16))


# -- ordering -----------------------------------------------------------------------------------
def _money(value: Any) -> Decimal:
    return Decimal(str(value or "0"))


def _did_group_of(fake: FakeDidww, sku: Record) -> Record | None:
    return next(fake.store.referrers("did_groups", "stock_keeping_units", sku), None)


def _number_for(fake: FakeDidww, group: Record | None) -> str:
    country = next(fake.store.related(group, "country"), None) if group else None
    prefix = str((country or {}).get("attributes", {}).get("prefix") or "1")
    prefix += str((group or {}).get("attributes", {}).get("prefix") or "")  # the group's area code
    return prefix + "".join(fake.rng.choice(string.digits) for _ in range(10 - len(prefix) + 1))


def _take_available(fake: FakeDidww, item: dict[str, Any], pointer: str) -> str:
    """The number of an available DID or reservation item, removing what it consumed."""
    reservation_id = item.get("did_reservation_id")
    if reservation_id:
        reservation = fake.store.get("did_reservations", reservation_id)
        available = next(fake.store.related(reservation, "available_did"), None) if reservation else None
        if available is None:
            raise unprocessable([invalid(f"{pointer}/did_reservation_id", "is invalid")])
        fake.store.remove("did_reservations", reservation_id)
    else:
        available = fake.store.get("available_dids", item["available_did_id"])
        if available is None or available["id"] in fake.store.reserved:
            raise unprocessable([invalid(f"{pointer}/available_did_id", "is invalid")])
    fake.store.reserved.discard(available["id"])
    fake.store.remove("available_dids", available["id"])
    return str(available["attributes"].get("number"))


def _did_item(fake: FakeDidww, item: dict[str, Any], pointer: str) -> tuple[dict[str, Any], Delivery]:
    """The priced item, and what delivers it once paid: the DIDs, with the numbers it takes or draws."""
    sku = fake.store.get("stock_keeping_units", str(item.get("sku_id")))
    if sku is None:
        raise unprocessable([invalid(f"{pointer}/sku_id", "is invalid")])
    group = _did_group_of(fake, sku)
    chosen = bool(item.get("available_did_id") or item.get("did_reservation_id"))
    qty = 1 if chosen else int(item.get("qty") or 1)
    setup, monthly = _money(sku["attributes"].get("setup_price")), _money(sku["attributes"].get("monthly_price"))

    def deliver() -> list[Record]:
        numbers = [_take_available(fake, item, pointer)] if chosen else [_number_for(fake, group) for _ in range(qty)]
        if not fake.schema.has("dids"):
            return []
        return [_dids.new_did(fake, number, group, item.get("billing_cycles_count")) for number in numbers]

    priced = {
        "qty": qty,
        "nrc": str(setup),
        "mrc": str(monthly),
        "prorated_mrc": False,
        "setup_price": str(setup),
        "monthly_price": str(monthly),
        "did_group_id": group["id"] if group else None,
    }
    return priced, deliver


def _capacity_item(fake: FakeDidww, item: dict[str, Any], pointer: str) -> tuple[dict[str, Any], Delivery]:
    pool = fake.store.get("capacity_pools", str(item.get("capacity_pool_id")))
    if pool is None:
        raise unprocessable([invalid(f"{pointer}/capacity_pool_id", "is invalid")])
    qty = int(item.get("qty") or 1)
    attributes = pool["attributes"]

    def deliver() -> list[Record]:
        fake.store.touch(pool)
        attributes["total_channels_count"] = int(attributes.get("total_channels_count") or 0) + qty
        return []

    nrc, mrc = _money(attributes.get("setup_price")), _money(attributes.get("monthly_price"))
    priced = {"qty": qty, "nrc": str(nrc), "mrc": str(mrc), "prorated_mrc": False, "capacity_pool_id": pool["id"]}
    return priced, deliver


def _item_cost(item: dict[str, Any]) -> Decimal:
    """``nrc`` and ``mrc`` are unit prices: the reference's order of 2 at 4.0 + 4.0 has the amount 16.0."""
    return int(item["qty"]) * (_money(item["nrc"]) + _money(item["mrc"]))


def complete_order(fake: FakeDidww, record: Record, write: Write) -> None:
    """Prices the items, charges the balance, then delivers (DIDs, channels); everything or nothing."""
    items, deliveries = [], []
    today = fake.now().date()
    for index, item in enumerate(write.attributes.get("items") or []):
        pointer = f"/data/attributes/items/{index}/attributes"
        price = _capacity_item if item["type"] == "capacity_order_items" else _did_item
        priced, deliver = price(fake, item.get("attributes", {}), pointer)
        priced.update(billed_from=today.isoformat(), billed_to=(today + dt.timedelta(days=30)).isoformat())
        items.append({"type": item["type"], "attributes": priced})
        deliveries.append(deliver)
    total = sum((_item_cost(i["attributes"]) for i in items), Decimal("0"))
    fake.charge(total)
    new_dids = [did for deliver in deliveries for did in deliver()]
    kinds = {i["type"] for i in items}
    values = {
        "items": items,
        "amount": str(total),
        "status": "pending",
        "reference": f"{token(fake.rng, 3).upper()}-{fake.rng.randrange(100000, 999999)}",
        "description": "Capacity" if kinds == {"capacity_order_items"} else "DID",
    }
    record["attributes"].update(fake.schema.known("orders", values))

    def finish(order: Record, success: bool) -> None:
        fake.store.touch(order)
        order["attributes"]["status"] = "completed" if success else "canceled"
        if not success:
            fake.charge(-total)  # a canceled order is refunded; its numbers are not delivered
            return
        for did in new_dids:
            fake.store.link(did, "order", {"type": "orders", "id": order["id"]})
            fake.store.put(did)
            _dids.record_history(fake, did, "assigned")

    fake.delays.settle(record, finish)


def insufficient_balance(available: Decimal, total: Decimal) -> Problem:
    meta = {"available_balance": str(available), "total_cost": str(total)}
    return Problem(400, [error(400, "Insufficient balance", meta=meta)])


def reserve(fake: FakeDidww, record: Record, write: Write) -> None:
    available = next(fake.store.related(record, "available_did"), None)
    if available is None:
        raise unprocessable([invalid("/data/relationships/available_did", "can't be blank")])
    if available["id"] in fake.store.reserved:
        raise unprocessable([invalid("/data/relationships/available_did", "is invalid")])
    fake.store.reserved.add(available["id"])
    expires = fake.schema.attribute("did_reservations", "expires_at", "expire_at")  # expire_at in 2022-05-10
    if expires is not None:
        record["attributes"][expires] = timestamp(fake.now() + dt.timedelta(minutes=RESERVATION_MINUTES))


def release(fake: FakeDidww, record: Record) -> None:
    for available in fake.store.related(record, "available_did"):
        fake.store.reserved.discard(available["id"])


# -- exports and verifications ------------------------------------------------------------------
def complete_export(fake: FakeDidww, record: Record, write: Write) -> None:
    record["attributes"]["status"] = "pending"

    def finish(export: Record, success: bool) -> None:
        fake.store.touch(export)
        if not success:  # the API has no failed export status: it stays processing
            export["attributes"]["status"] = "processing"
            return
        url = f"{fake.base_url}/exports/{export['id']}.csv.gz"
        export["attributes"].update(fake.schema.known("exports", {"status": "completed", "url": url}))
        fake.export_files[export["id"]] = export_csv(fake, export["attributes"])

    def progress(export: Record) -> None:
        export["attributes"]["status"] = "processing"

    fake.delays.settle(record, finish, progress=progress)


def export_csv(fake: FakeDidww, export: dict[str, Any]) -> bytes:
    """The export's gzip CSV: one synthetic call per DID the fake holds (``did_number`` narrows it), a
    minute apart from the filter's ``from``; inbound calls reach the DID, outbound ones come from it."""
    filters = export.get("filters") or {}
    try:
        start = dt.datetime.strptime(str(filters.get("from")), "%Y-%m-%d %H:%M:%S")
    except ValueError:
        start = fake.now().replace(microsecond=0, tzinfo=None)
    numbers = [str(d["attributes"].get("number")) for d in fake.store.all("dids")]
    wanted = filters.get("did_number")
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["time_start", "time_end", "source", "destination", "duration", "disconnect_code"])
    for minute, number in enumerate(n for n in numbers if not wanted or n == wanted):
        begin = start + dt.timedelta(minutes=minute)
        ends = [begin.isoformat(sep=" "), (begin + dt.timedelta(seconds=42)).isoformat(sep=" ")]
        parties = ["15551234567", number] if export.get("export_type") != "cdr_out" else [number, "15551234567"]
        writer.writerow([*ends, *parties, 42, 200])
    return gzip.compress(text.getvalue().encode(), mtime=0)


def pending_review(fake: FakeDidww, record: Record, write: Write) -> None:
    attributes = record["attributes"]
    reference = f"{token(fake.rng, 3).upper()}-{fake.rng.randrange(100000, 999999)}"
    attributes.update(fake.schema.known(record["type"], {"status": "pending", "reference": reference}))
    if "reject_reasons" in attributes:
        attributes["reject_reasons"] = None

    def finish(verification: Record, success: bool) -> None:
        fake.store.touch(verification)
        verification["attributes"]["status"] = "approved" if success else "rejected"
        if not success:
            verification["attributes"].update(reject_reasons=["Rejected by the fake (outcome='failed')"])

    fake.delays.settle(record, finish, at_once=False)


def not_verified(fake: FakeDidww, record: Record, write: Write) -> None:
    record["attributes"].update(fake.schema.known(record["type"], {"verified": False}))


ON_CREATE: dict[str, list[Hook]] = {
    "voice_in_trunks": [sip_registration],
    "voice_out_trunks": [voice_out_credentials],
    "voice_out_trunk_regenerate_credentials": [regenerate_credentials],
    "orders": [complete_order],
    "did_reservations": [reserve],
    "exports": [complete_export],
    "address_verifications": [pending_review],
    "emergency_verifications": [pending_review],
    "identities": [not_verified],
}
ON_UPDATE: dict[str, list[Hook]] = {
    "voice_in_trunks": [sip_registration],
    "voice_out_trunks": [voice_out_credentials],
}
ON_DELETE: dict[str, Callable[[FakeDidww, Record], None]] = {"did_reservations": release}


def counted_meta(record: Record) -> dict[str, Any]:
    """Resource meta the API computes: a trunk group's ``trunks_count`` (where its trunks are known)."""
    trunks = record["relationships"].get("voice_in_trunks", {}).get("data")
    if record["type"] == "voice_in_trunk_groups" and trunks is not None:
        return {"trunks_count": len(trunks)}
    return {}


RESERVATION_LIMIT = 10  # "default values: 10 DID Numbers" per account, as the reference documents


def document_meta(fake: FakeDidww, type: str, matching: list[Record]) -> dict[str, Any]:
    """The list documents' own meta the reference shows: available DIDs' ``total_count``, reservations'
    ``available_count``."""
    if type == "available_dids":
        return {"total_count": len(matching)}
    if type == "did_reservations":
        return {"available_count": max(0, RESERVATION_LIMIT - len(fake.store.all("did_reservations")))}
    return {}
