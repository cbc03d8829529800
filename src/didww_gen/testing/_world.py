"""``fake.world``: a test states its own world (countries, DID groups with SKUs, available DIDs, proof types).

Works on any seed; with ``FakeDidww(seed="empty")`` a test holds exactly what it added::

    fake = FakeDidww(seed="empty")
    fake.world.add_country("US", "United States", prefix="1")
    group = fake.world.add_did_group(
        country="US", area_name="Springfield", prefix="217", region="Illinois", city="Springfield",
        skus=[Sku(monthly_price="0.40", channels_included_count=2)], available_numbers=["12175550100"],
    )
    fake.world.set_balance("100")

Countries are named by their ISO code; regions, cities and DID group types by name (made when missing).
Every method returns the new ids; bad values raise ``DidwwClientError`` saying what to pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from didww_gen.errors import DidwwClientError
from didww_gen.testing._inverse import relink_all
from didww_gen.testing._store import Record

if TYPE_CHECKING:
    from didww_gen.testing._fake import FakeDidww

_ISO = re.compile(r"[A-Z]{2}")
_DIGITS = re.compile(r"[0-9]{1,15}")
_ENTITY_TYPES = ("Personal", "Business", "Address", "Porting")


@dataclass(frozen=True)
class Sku:
    """A stock keeping unit of a DID group: its prices (decimal strings) and the channels each DID includes."""

    setup_price: str = "0.00"
    monthly_price: str = "1.00"
    channels_included_count: int = 2


@dataclass(frozen=True)
class AddedDidGroup:
    """The ids ``World.add_did_group`` created: the group, its SKUs and its available DIDs, in order."""

    id: str
    sku_ids: tuple[str, ...]
    available_did_ids: tuple[str, ...]


def _ref(record: Record) -> dict[str, str]:
    return {"type": record["type"], "id": record["id"]}


def _price(value: str, field: str) -> str:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite() or amount < 0:
        raise DidwwClientError(f"Sku.{field} takes a price such as '0.40', got {value!r}")
    return str(amount)


class World:
    """Typed additions to a fake's reference data; reach it as ``fake.world``."""

    def __init__(self, fake: FakeDidww) -> None:
        self._fake = fake

    # -- places ---------------------------------------------------------------------------------
    def add_country(self, iso: str, name: str, *, prefix: str) -> str:
        """Add a country (``iso`` two capital letters, ``prefix`` its calling code); returns its id."""
        if not isinstance(iso, str) or not _ISO.fullmatch(iso):
            raise DidwwClientError(f"add_country takes an ISO 3166 code of two capital letters, e.g. 'US', got {iso!r}")
        _digits(prefix, "add_country prefix (the calling code, e.g. '1')")
        existing = self._country(iso, required=False)
        if existing is not None:
            raise DidwwClientError(f"the fake already has a country with ISO {iso!r} (id {existing['id']}): use it")
        return str(self._put("countries", {"name": name, "prefix": prefix, "iso": iso})["id"])

    def country_id(self, iso: str) -> str:
        """The id of the country with this ISO code."""
        country = self._country(iso, required=True)
        assert country is not None
        return str(country["id"])

    def add_region(self, name: str, *, country: str) -> str:
        """The id of the region ``name`` of the country with ISO ``country``, added when missing."""
        return str(self._place("regions", name, self._country(country, required=True))["id"])

    def add_city(self, name: str, *, country: str, region: str | None = None) -> str:
        """The id of the city ``name`` of the country with ISO ``country`` (and ``region``), added when missing."""
        return str(self._city(name, country, region)["id"])

    # -- numbers --------------------------------------------------------------------------------
    def add_did_group(
        self,
        *,
        country: str,
        area_name: str,
        prefix: str,
        group_type: str = "Local",
        region: str | None = None,
        city: str | None = None,
        skus: Sequence[Sku] = (Sku(),),
        available_numbers: Sequence[str] = (),
        features: Sequence[str] = ("voice_in", "voice_out"),
        needs_registration: bool = False,
    ) -> AddedDidGroup:
        """Add a DID group in the country with ISO ``country``, with its SKUs and available DIDs.

        ``region`` / ``city`` / ``group_type`` are names, made when missing. ``available_numbers`` become
        available DIDs of the group (so ``available_dids_enabled`` is true when any are given).
        """
        _digits(prefix, "add_did_group prefix (the area code, e.g. '217')")
        if not skus:
            raise DidwwClientError("add_did_group needs at least one Sku: a DID is ordered by its SKU")
        place = self._country(country, required=True)
        assert place is not None
        sku_records = [self._sku(sku) for sku in skus]
        relationships: dict[str, Any] = {
            "country": _ref(place),
            "did_group_type": _ref(self._named("did_group_types", group_type)),
            "stock_keeping_units": [_ref(r) for r in sku_records],
        }
        if region is not None:
            relationships["region"] = _ref(self._place("regions", region, place))
        if city is not None:
            relationships["city"] = _ref(self._city(city, country, region))
        attributes = {
            "area_name": area_name,
            "prefix": prefix,
            "features": list(features),
            "is_metered": False,
            "allow_additional_channels": True,
            "service_restrictions": None,
        }
        meta = {
            "available_dids_enabled": bool(available_numbers),
            "needs_registration": needs_registration,
            "is_available": True,
            "total_count": len(available_numbers),
        }
        group = self._put("did_groups", attributes, relationships, meta=meta)
        available = self.add_available_dids(group["id"], available_numbers)
        return AddedDidGroup(group["id"], tuple(r["id"] for r in sku_records), tuple(available))

    def add_available_dids(self, did_group_id: str, numbers: Sequence[str]) -> list[str]:
        """Add available DIDs (numbers in international format, digits only) to a DID group; returns their ids."""
        group = self._fake.store.get("did_groups", did_group_id)
        if group is None:
            raise DidwwClientError(f"no DID group with id {did_group_id!r}: add one with fake.world.add_did_group")
        if isinstance(numbers, str):
            raise DidwwClientError("add_available_dids takes a list of numbers, e.g. ['12175550100'], not one string")
        for number in numbers:
            _digits(number, "an available DID number (international format, digits only)")
        return [self._put("available_dids", {"number": n}, {"did_group": _ref(group)})["id"] for n in numbers]

    def add_proof_type(self, name: str, entity_type: str = "Personal") -> str:
        """Add a proof type (``entity_type``: Personal, Business, Address or Porting); returns its id."""
        if entity_type not in _ENTITY_TYPES:
            raise DidwwClientError(f"entity_type must be one of {', '.join(_ENTITY_TYPES)}, got {entity_type!r}")
        return str(self._put("proof_types", {"name": name, "entity_type": entity_type})["id"])

    def set_balance(self, amount: str | Decimal) -> None:
        """Set the account balance, e.g. ``"100.00"`` (the same as ``fake.set_balance``)."""
        self._fake.set_balance(amount)

    # -- records --------------------------------------------------------------------------------
    def _put(
        self,
        type: str,
        attributes: dict[str, Any],
        relationships: dict[str, Any] | None = None,
        meta: dict[str, Any] | None = None,
    ) -> Record:
        from didww_gen.testing._domain import new_id

        schema = self._fake.schema
        if type not in schema.collections:
            raise DidwwClientError(f"this fake serves API {schema.version}, which has no {type}: nothing to add")
        record: Record = {"id": new_id(self._fake.rng), "type": type, "attributes": attributes}
        record["relationships"] = {name: {"data": data} for name, data in (relationships or {}).items()}
        if meta:
            record["meta"] = meta
        record = schema.fit(record)  # what this version does not have is left out
        with self._fake._lock:
            self._fake.store.put(record)
            relink_all(self._fake.store, None, record)
        return record

    def _country(self, iso: str, *, required: bool) -> Record | None:
        found = next((c for c in self._fake.store.all("countries") if c["attributes"].get("iso") == iso), None)
        if found is None and required:
            known = sorted({str(c["attributes"].get("iso")) for c in self._fake.store.all("countries")})
            hint = f" (the fake has {', '.join(known)})" if known else ""
            raise DidwwClientError(
                f"no country with ISO {iso!r}{hint}: "
                f"add it first with fake.world.add_country({iso!r}, name, prefix=...)"
            )
        return found

    def _named(self, type: str, name: str, **links: Record) -> Record:
        """The record of ``type`` called ``name`` (linked to ``links``), made when missing."""
        for record in self._fake.store.all(type):
            linked = all(self._fake.store.linkage(record, k) == _ref(v) for k, v in links.items())
            if record["attributes"].get("name") == name and linked:
                return record
        return self._put(type, {"name": name}, {k: _ref(v) for k, v in links.items()})

    def _place(self, type: str, name: str, country: Record | None) -> Record:
        assert country is not None
        return self._named(type, name, country=country)

    def _city(self, name: str, country: str, region: str | None) -> Record:
        place = self._country(country, required=True)
        assert place is not None
        links = {"country": place}
        if region is not None:
            links["region"] = self._place("regions", region, place)
        return self._named("cities", name, **links)

    def _sku(self, sku: Sku) -> Record:
        if not isinstance(sku, Sku):
            raise DidwwClientError(f"skus takes Sku(...) values (didww_gen.testing.Sku), got {type(sku).__name__}")
        count = sku.channels_included_count
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise DidwwClientError(f"Sku.channels_included_count takes an integer >= 0, got {count!r}")
        attributes = {
            "setup_price": _price(sku.setup_price, "setup_price"),
            "monthly_price": _price(sku.monthly_price, "monthly_price"),
            "channels_included_count": count,
        }
        return self._put("stock_keeping_units", attributes)


def _digits(value: Any, what: str) -> None:
    if not isinstance(value, str) or not _DIGITS.fullmatch(value):
        raise DidwwClientError(f"{what} takes digits only, got {value!r}")
