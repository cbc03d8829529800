"""Deterministic fix-ups that make the reference's examples one coherent world for the testing fake.

The reference's examples were written one at a time: the United States appears under four ids, no DID group
names its country, four groups have no SKU, most available DIDs have no group and no proof type is for a
person. A user of the fake needs step 1 of buying a number to work (a DID group in a country, with its SKU
and numbers), so ``cohere`` applies these rules, in order, to the merged examples:

1. One record per country ISO code, region, city, DID group type and (name, entity type) of proof type:
   the lowest id is kept, what the others reveal is merged into it, and every linkage is pointed at it.
2. Each DID group is placed by ``PLACES`` (the examples never say where a group is): its country, DID
   group type and, for a local group, region and city (made when missing, linked to the country).
3. A DID group without a SKU gets one (``FILLER_SKU``).
4. An available DID without a group joins the group whose country and area prefixes begin its number,
   else whose area prefix does, else the first group of the country whose prefix does.
5. Countries list their regions; a personal and a business proof type are added.

Ids made here are UUID 5 of their content, so ``make seed`` writes the same file every time.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, NamedTuple

Record = dict[str, Any]
ByType = dict[str, list[Record]]
NAMESPACE = uuid.UUID("5b0a8a52-8e0f-4c2e-9a58-2f1f43f6f1d1")


class Place(NamedTuple):
    iso: str
    group_type: str
    region: str | None = None
    city: str | None = None


PLACES: dict[tuple[str, str], Place] = {  # (area_name, prefix) -> where the group is
    ("Springfield", "217"): Place("US", "Local", "Illinois", "Springfield"),
    ("Washington", "636"): Place("US", "Local", "Missouri", "Washington"),
    ("London", "20"): Place("GB", "Local", "England", "London"),
    ("Mobile", "7"): Place("GB", "Mobile"),
    ("National", "77"): Place("GB", "National"),
    ("Aachen", "241"): Place("DE", "Local", "North Rhine-Westphalia", "Aachen"),
    ("National", "721"): Place("IT", "National"),
}
FILLER_SKU = {"setup_price": "0.0", "monthly_price": "0.5", "channels_included_count": 2}
EXTRA_PROOF_TYPES = (("Passport", "Personal"), ("Certificate of Incorporation", "Business"))
DEDUPE: dict[str, Callable[[Record], Any]] = {
    "countries": lambda r: r["attributes"].get("iso"),
    "regions": lambda r: r["attributes"].get("name"),
    "cities": lambda r: r["attributes"].get("name"),
    "did_group_types": lambda r: r["attributes"].get("name"),
    "proof_types": lambda r: (r["attributes"].get("name"), r["attributes"].get("entity_type")),
}


def cohere(by_type: ByType) -> None:
    """Apply the rules of this module's docstring to ``by_type`` (records per type, sorted by id) in place."""
    remap: dict[str, str] = {}
    for type, key in DEDUPE.items():
        remap.update(_dedupe(by_type, type, key))
    _relink(by_type, remap)
    for group in by_type.get("did_groups", []):
        _place(by_type, group)
        if not _linkage(group, "stock_keeping_units"):
            sku = _made(by_type, "stock_keeping_units", dict(FILLER_SKU), seed=f"sku of {group['id']}")
            _link(group, "stock_keeping_units", [_ref(sku)])
    for available in by_type.get("available_dids", []):
        if not _linkage(available, "did_group"):
            home = _group_for(by_type, str(available["attributes"].get("number") or ""))
            if home is not None:
                _link(available, "did_group", _ref(home))
    _regions_of_countries(by_type)
    for name, entity_type in EXTRA_PROOF_TYPES:
        _named(by_type, "proof_types", name, entity_type=entity_type)
    for records in by_type.values():
        records.sort(key=lambda r: r["id"])


# -- rule 1 -------------------------------------------------------------------------------------
def _dedupe(by_type: ByType, type: str, key: Callable[[Record], Any]) -> dict[str, str]:
    kept: dict[Any, Record] = {}
    remap: dict[str, str] = {}
    for record in by_type.get(type, []):  # sorted by id: the lowest id of each key is kept
        first = kept.setdefault(key(record), record)
        if first is not record:
            remap[record["id"]] = first["id"]
            for name, value in record.get("attributes", {}).items():
                first.setdefault("attributes", {}).setdefault(name, value)
            for name, value in record.get("relationships", {}).items():
                if value.get("data") is not None:
                    first.setdefault("relationships", {}).setdefault(name, value)
    by_type[type] = list(kept.values()) if type in by_type else []
    return remap


def _relink(by_type: ByType, remap: dict[str, str]) -> None:
    def moved(ref: Any) -> Any:
        return {**ref, "id": remap[ref["id"]]} if isinstance(ref, dict) and ref.get("id") in remap else ref

    for records in by_type.values():
        for record in records:
            for relationship in record.get("relationships", {}).values():
                data = relationship.get("data")
                if isinstance(data, list):
                    unique: list[Any] = []
                    for ref in map(moved, data):
                        if ref not in unique:
                            unique.append(ref)
                    relationship["data"] = unique
                else:
                    relationship["data"] = moved(data)


# -- rules 2 to 4 -------------------------------------------------------------------------------
def _place(by_type: ByType, group: Record) -> None:
    attributes = group["attributes"]
    place = PLACES.get((attributes.get("area_name"), attributes.get("prefix")))
    if place is None:
        return
    country = next((c for c in by_type.get("countries", []) if c["attributes"].get("iso") == place.iso), None)
    if country is None:
        return
    _link(group, "country", _ref(country))
    _link(group, "did_group_type", _ref(_named(by_type, "did_group_types", place.group_type)))
    region = _named(by_type, "regions", place.region, country=country) if place.region else None
    if region is not None:
        _link(group, "region", _ref(region))
    if place.city is not None:
        city = _named(by_type, "cities", place.city)
        _link(city, "country", _ref(country))
        if region is not None:
            _link(city, "region", _ref(region))
        _link(group, "city", _ref(city))


def _group_for(by_type: ByType, number: str) -> Record | None:
    countries = {c["id"]: str(c["attributes"].get("prefix") or "") for c in by_type.get("countries", [])}
    groups = by_type.get("did_groups", [])

    def country_prefix(group: Record) -> str:
        ref = _linkage(group, "country")
        return countries.get(ref["id"], "") if isinstance(ref, dict) else ""

    rules: list[Callable[[Record], bool]] = [
        lambda g: bool(country_prefix(g)) and number.startswith(country_prefix(g) + g["attributes"]["prefix"]),
        lambda g: number.startswith(str(g["attributes"].get("prefix") or "-")),
        lambda g: bool(country_prefix(g)) and number.startswith(country_prefix(g)),
    ]
    for rule in rules:
        found = next((g for g in groups if rule(g)), None)
        if found is not None:
            return found
    return None


# -- rule 5 and helpers -------------------------------------------------------------------------
def _regions_of_countries(by_type: ByType) -> None:
    for country in by_type.get("countries", []):
        regions = [_ref(r) for r in by_type.get("regions", []) if _linkage(r, "country") == _ref(country)]
        if regions:
            _link(country, "regions", regions)


def _named(by_type: ByType, type: str, name: str, *, country: Record | None = None, **attributes: Any) -> Record:
    """The record of ``type`` called ``name`` (in ``country``), made when missing."""
    for record in by_type.get(type, []):
        if record["attributes"].get("name") == name and all(
            record["attributes"].get(k) == v for k, v in attributes.items()
        ):
            if country is not None and not _linkage(record, "country"):
                _link(record, "country", _ref(country))
            return record
    made = _made(by_type, type, {"name": name, **attributes}, seed=f"{type} {name}")
    if country is not None:
        _link(made, "country", _ref(country))
    return made


def _made(by_type: ByType, type: str, attributes: dict[str, Any], *, seed: str) -> Record:
    record: Record = {"id": str(uuid.uuid5(NAMESPACE, seed)), "type": type, "attributes": attributes}
    record["relationships"] = {}
    by_type.setdefault(type, []).append(record)
    return record


def _ref(record: Record) -> dict[str, str]:
    return {"type": record["type"], "id": record["id"]}


def _linkage(record: Record, name: str) -> Any:
    return record.get("relationships", {}).get(name, {}).get("data")


def _link(record: Record, name: str, data: Any) -> None:
    record.setdefault("relationships", {})[name] = {"data": data}
