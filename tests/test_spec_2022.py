"""Every example of the 2022-05-10 Postman collection fits ``spec/2022-05-10``, checked at the spec (IR) level.

Responses: every resource type, attribute, relationship (and its linkage types), meta name and enum value
of every 2xx example and definition example is known to the spec. Requests: every member of every documented
create or update body is one the spec lets that request send. All misfits are listed at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from codegen import ir, loader
from codegen.__main__ import ROOT
from codegen.reference import definition_examples, examples, missing_reason, request_examples

VERSION = "2022-05-10"
pytestmark = pytest.mark.reference("postman", version=VERSION)
_SKIPPED_META = ("api_version", "total_records")


@pytest.fixture(scope="module")
def api() -> ir.Api:
    reason = missing_reason(VERSION, "postman")
    if reason:
        pytest.skip(f"conformance tier: {reason}")
    return ir.build(loader.load(ROOT / "spec" / VERSION, ROOT))


@dataclass
class Fit:
    """Walks example documents against the spec and records every misfit (``where: what``)."""

    api: ir.Api
    misfits: list[str] = field(default_factory=list)
    checked: int = 0

    def __post_init__(self) -> None:
        self.resources = {r.type: r for r in self.api.resources}
        self.enums = {e.name: {m.value for m in e.members} for e in self.api.enums}
        self.objects = {o.name: o for o in self.api.objects}
        self.unions = {u.name: u.members for u in self.api.unions}

    def miss(self, where: str, what: str) -> None:
        self.misfits.append(f"{where}: {what}")

    # -- values --------------------------------------------------------------------------------
    def value(self, kind: ir.TypeRef, value: Any, where: str, side: str) -> None:
        if value is None:
            return
        if kind.kind == "enum" and value not in self.enums[kind.name]:
            self.miss(where, f"{value!r} is not a value of {kind.name}")
        elif kind.kind == "list" and kind.item is not None and isinstance(value, list):
            for index, item in enumerate(value):
                self.value(kind.item, item, f"{where}[{index}]", side)
        elif kind.kind == "nested" and isinstance(value, dict):
            self.nested(kind.name, value, where, side)

    def nested(self, name: str, value: dict[str, Any], where: str, side: str) -> None:
        choices = self.unions.get(name) or (self.objects[name],)
        wire = value.get("type")
        attributes = value.get("attributes") if wire else value
        attributes = attributes if isinstance(attributes, dict) else {}
        # several spec objects may share a wire type (order items): the one knowing most of the names
        same = [o for o in choices if o.wire_type == wire] if wire else list(choices[:1])
        found = max(same, key=lambda o: len({a.name for a in o.attributes} & set(attributes)), default=None)
        if found is None:
            self.miss(where, f"nested type {wire!r} is not one of {name}")
            return
        self.fields(found.attributes, attributes, where, side)

    def fields(self, known: tuple[ir.Attribute, ...], values: dict[str, Any], where: str, side: str) -> None:
        by_name = {a.name: a for a in known}
        for name, value in values.items():
            self.checked += 1
            attr = by_name.get(name)
            if attr is None:
                self.miss(f"{where}.{name}", "not in the spec")
                continue
            if (side == "create" and not attr.creatable) or (side == "update" and not attr.updatable):
                self.miss(f"{where}.{name}", f"a {side} cannot send it (access {attr.access})")
            self.value(attr.type, value, f"{where}.{name}", side)

    # -- resources -----------------------------------------------------------------------------
    def resource(self, data: Any, where: str, side: str) -> None:
        if not isinstance(data, dict):
            return
        resource = self.resources.get(str(data.get("type")))
        if resource is None:
            self.miss(where, f"resource type {data.get('type')!r} is not in the spec")
            return
        where = f"{where} {resource.type}"
        self.fields(resource.attributes, data.get("attributes") or {}, where, side)
        meta = {k: v for k, v in (data.get("meta") or {}).items() if k not in _SKIPPED_META}
        self.fields(resource.meta, meta, f"{where} meta", "response")
        self.relationships(resource, data.get("relationships") or {}, where, side)

    def relationships(self, resource: ir.Resource, values: dict[str, Any], where: str, side: str) -> None:
        by_name = {r.name: r for r in resource.relationships}
        for name, value in values.items():
            self.checked += 1
            rel = by_name.get(name)
            if rel is None:
                self.miss(f"{where}.{name}", "relationship not in the spec")
                continue
            if side == "create" and rel.access not in ("create-only", "create-update"):
                self.miss(f"{where}.{name}", f"a create cannot send it (access {rel.access})")
            if side == "update" and rel.access not in ("update-only", "create-update"):
                self.miss(f"{where}.{name}", f"an update cannot send it (access {rel.access})")
            data = value.get("data") if isinstance(value, dict) else None
            for linkage in data if isinstance(data, list) else [data]:
                if isinstance(linkage, dict) and linkage.get("type") not in rel.targets:
                    self.miss(f"{where}.{name}", f"linkage type {linkage.get('type')!r} is not a target")

    def document(self, body: dict[str, Any], where: str, side: str) -> None:
        data = body.get("data")
        primary = data[0] if isinstance(data, list) and data else data
        for resource in data if isinstance(data, list) else [data]:
            self.resource(resource, where, side)
        for resource in body.get("included") or []:
            # one example wraps each included resource in {"data": ...}: the collection's slip, not the API's
            if isinstance(resource, dict) and "type" not in resource and isinstance(resource.get("data"), dict):
                resource = resource["data"]
            self.resource(resource, f"{where} included", side)
        owner = self.resources.get(str(primary.get("type"))) if isinstance(primary, dict) else None
        meta = {k: v for k, v in (body.get("meta") or {}).items() if k not in _SKIPPED_META}
        if side == "response" and owner is not None:
            self.fields(owner.document_meta, meta, f"{where} document meta", "response")


def _response_bodies() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for ex in (*examples(VERSION), *definition_examples(VERSION)):
        if ex.status < 300 and ex.body.strip().startswith("{"):
            body = json.loads(ex.body)
            if isinstance(body, dict) and "data" in body:
                found.append((f"{ex.request} / {ex.name}", body))
    return found


def test_every_response_example_fits_the_2022_spec(api: ir.Api) -> None:
    fit = Fit(api)
    bodies = _response_bodies()
    for where, body in bodies:
        fit.document(body, where, "response")
    assert len(bodies) > 100 and fit.checked > 1000  # the collection was read, not skipped
    assert not fit.misfits, f"{len(fit.misfits)} misfit(s):\n" + "\n".join(sorted(set(fit.misfits)))


def test_every_request_example_is_writable_by_the_2022_spec(api: ir.Api) -> None:
    fit = Fit(api)
    requests = request_examples(VERSION)
    for ex in requests:
        fit.document(ex.body, f"{ex.request} ({ex.source})", "create" if ex.method == "POST" else "update")
    assert len(requests) > 30 and fit.checked > 100
    assert not fit.misfits, f"{len(fit.misfits)} misfit(s):\n" + "\n".join(sorted(set(fit.misfits)))
