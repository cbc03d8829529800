"""Reading every field a model promises: of every resource a fake serves, and of resources created on it with
only their required members (shared by tests/test_field_reads.py and the figures of issue 25)."""

from __future__ import annotations

import importlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from didww_gen._model import NestedObject, Resource
from didww_gen.errors import DidwwClientError


@dataclass
class Reads:
    """Reads of promised fields: how many, and the ones that raised (by ``Class.field``)."""

    count: int = 0
    raised: Counter[str] = field(default_factory=Counter)
    messages: dict[str, str] = field(default_factory=dict)
    untyped_none: Counter[str] = field(default_factory=Counter)  # None read where the type has no None

    def read(self, model: Resource | NestedObject) -> None:
        for name, spec in type(model).__attributes__.items():
            if spec.write_only:
                continue  # never answered: nothing to read
            self.count += 1
            try:
                value = getattr(model, name)
            except DidwwClientError as exc:
                key = f"{type(model).__name__}.{name}"
                self.raised[key] += 1
                self.messages.setdefault(key, str(exc))
                continue
            if value is None and not spec.nullable and getattr(spec, "always_answered", True):
                self.untyped_none[f"{type(model).__name__}.{name}"] += 1
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, NestedObject):
                    self.read(item)


def version_packages(version: str) -> tuple[Any, Any]:
    """The ``DidwwClient`` and ``FakeDidww`` of an API version (``2026-04-16``)."""
    package = f"didww_gen.v{version.replace('-', '_')}"
    return importlib.import_module(package).DidwwClient, importlib.import_module(f"{package}.testing").FakeDidww


def served(fake: Any, client: Any) -> list[Resource]:
    """Every resource the fake serves, read through the client's repositories."""
    found: list[Resource] = []
    for collection in fake.schema.collections.values():
        if not collection.path or not {"list", "find"} & collection.operations:
            continue
        repository = getattr(client, collection.path)
        if collection.singleton or "list" not in collection.operations:
            if collection.singleton:
                found.append(repository.find())
            continue
        found.extend(repository.list())
    return found


def _first(fake: Any, rtype: str) -> str:
    records = fake.store.all(rtype)
    return str(records[0]["id"])


def _nested(fake: Any, names: tuple[str, ...], wire: str | None = None) -> dict[str, Any]:
    """A nested value of the first of ``names`` (or the one of wire type ``wire``) with its required members."""
    objects = fake.schema.nested
    name = next((n for n in names if wire is None or objects[n].wire_type == wire), names[0])
    nested = objects[name]
    attributes = {n: _value(fake, a, f"{name}.{n}") for n, a in nested.attributes.items() if a.required}
    return {"type": nested.wire_type, "attributes": attributes} if nested.wire_type else attributes


_VALUES: dict[str, Any] = {
    "SipConfiguration.host": "sip.example.com",
    "PstnConfiguration.dst": "442037691880",
    "ExportFilters.from": "2026-12-01 00:00:00",
    "ExportFilters.to": "2026-12-02 00:00:00",
    "identities.phone_number": "442037691880",
    "CredentialsAndIpAuthenticationMethod.allowed_sip_ips": ["203.0.113.0/24"],
}
_WIRE = {
    "configuration": "sip_configurations",
    "authentication_method": "credentials_and_ip",
}


def _value(fake: Any, attr: Any, where: str) -> Any:
    if where in _VALUES:
        return _VALUES[where]
    spec = attr.value
    if attr.default:
        return attr.default[0]
    if spec.kind == "enum":
        return spec.enum[0]
    if spec.kind == "nested":
        return _nested(fake, spec.nested, _WIRE.get(where.split(".")[-1]))
    if spec.kind == "integer":
        return 1
    if spec.kind == "boolean":
        return False
    return f"Minimal {where}"


def _order_items(fake: Any) -> list[dict[str, Any]]:
    sku = _first(fake, "stock_keeping_units")
    return [{"type": "did_order_items", "attributes": {"sku_id": sku, "qty": 1}}]


def create_minimal(fake: Any, rtype: str) -> tuple[str | None, str]:
    """Create a resource of ``rtype`` on the fake with only its required members: (its id, or None; why not)."""
    collection = fake.schema.collections[rtype]
    attributes = {n: _value(fake, a, f"{rtype}.{n}") for n, a in collection.attributes.items() if a.required}
    if rtype == "orders":
        attributes["items"] = _order_items(fake)
    relationships: dict[str, Any] = {}
    picked = {r.fields[0] for r in collection.rules if r.kind in ("at_least_one", "one_of")}
    for name, rel in collection.relationships.items():
        if rel.required or name in picked:
            linkage = {"type": rel.targets[0], "id": _first(fake, rel.targets[0])}
            relationships[name] = {"data": [linkage] if rel.to_many else linkage}
    data: dict[str, Any] = {"type": rtype, "attributes": attributes}
    if relationships:
        data["relationships"] = relationships
    body = json.dumps({"data": data}).encode()
    headers = {"Content-Type": "application/vnd.api+json", "Api-Key": "test-key"}
    headers["X-DIDWW-API-Version"] = fake.schema.version
    status, _, answer = fake.handle("POST", f"{fake.base_url}/{collection.path}", headers, body)
    if status != 201:
        return None, answer.decode()[:300]
    return str(json.loads(answer)["data"]["id"]), ""
