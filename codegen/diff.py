"""A semantic diff of two spec versions, on the intermediate model (never on YAML text).

:func:`changes` returns structured :class:`Change` records (the base of a migration guide); :func:`render`
prints them as a review document, one line per change, grouped by what changed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen import ir


@dataclass(frozen=True, order=True)
class Change:
    """One difference: ``subject`` (``Did.capacity_limit``, ``enum Codec``...) and what happened to it."""

    area: str  # resource, operation, attribute, relationship, filter, sort, include, enum, nested
    subject: str
    kind: str  # added, removed, renamed, changed
    detail: str = ""

    def __str__(self) -> str:
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.kind:<8} {self.area} {self.subject}{detail}"


def load(spec_dir: Path) -> ir.Api:
    from codegen import loader

    return ir.build(loader.load(spec_dir.resolve()))


def _type(t: ir.TypeRef) -> str:
    if t.kind == "list" and t.item is not None:
        return f"list[{_type(t.item)}]"
    return t.name if t.kind in ("enum", "nested") else t.kind


def _attr_facts(a: ir.Attribute) -> dict[str, Any]:
    facts: dict[str, Any] = {"type": _type(a.type), "nullable": a.nullable, "access": a.access}
    facts.update(required=a.required, write_only=a.write_only, secret=a.secret)
    facts["default"] = a.default[0] if a.default else "(none)"
    return facts


def _rel_facts(r: ir.Relationship) -> dict[str, Any]:
    facts: dict[str, Any] = {"cardinality": "to-many" if r.to_many else "to-one", "targets": "/".join(r.targets)}
    facts.update(access=r.access, required=r.required, write_only=r.write_only)
    return facts


def _compare(area: str, owner: str, old: Mapping[str, Any], new: Mapping[str, Any], facts: Any) -> Iterator[Change]:
    """Fields of one owner: added, removed, renamed (a removal and an addition with the same facts), changed."""
    removed = {n: facts(old[n]) for n in old if n not in new}
    added = {n: facts(new[n]) for n in new if n not in old}
    for name, shape in list(removed.items()):
        twin = next((n for n, s in added.items() if s == shape), None)
        if twin is not None:
            yield Change(area, f"{owner}.{name}", "renamed", f"to {twin} (same type and access)")
            del removed[name], added[twin]
    yield from (Change(area, f"{owner}.{n}", "removed") for n in removed)
    yield from (Change(area, f"{owner}.{n}", "added", _shape(s)) for n, s in added.items())
    for name in [n for n in old if n in new]:
        before, after = facts(old[name]), facts(new[name])
        for key in before:
            if before[key] != after[key]:
                yield Change(area, f"{owner}.{name}", "changed", f"{key} {before[key]} -> {after[key]}")


def _shape(facts: Mapping[str, Any]) -> str:
    shown = [str(facts.get("type") or facts.get("cardinality"))]
    shown += [k for k in ("nullable", "required", "write_only", "secret") if facts.get(k) is True]
    if facts.get("access", "read-only") != "read-only":
        shown.append(str(facts["access"]))
    return ", ".join(shown)


def _names(area: str, owner: str, old: tuple[str, ...], new: tuple[str, ...]) -> Iterator[Change]:
    yield from (Change(area, f"{owner} {n}", "removed") for n in old if n not in new)
    yield from (Change(area, f"{owner} {n}", "added") for n in new if n not in old)


def _resource(old: ir.Resource, new: ir.Resource) -> Iterator[Change]:
    owner = new.class_name
    if old.class_name != new.class_name:
        yield Change("resource", new.type, "renamed", f"class {old.class_name} -> {new.class_name}")
    for key in ("path", "singleton", "paginated"):
        if getattr(old, key) != getattr(new, key):
            yield Change("resource", owner, "changed", f"{key} {getattr(old, key)} -> {getattr(new, key)}")
    yield from _names("operation", owner, tuple(sorted(old.operations)), tuple(sorted(new.operations)))
    for area, part in (("attribute", "attributes"), ("meta", "meta"), ("document meta", "document_meta")):
        before = {a.name: a for a in getattr(old, part)}
        yield from _compare(area, owner, before, {a.name: a for a in getattr(new, part)}, _attr_facts)
    old_rels, new_rels = {r.name: r for r in old.relationships}, {r.name: r for r in new.relationships}
    yield from _compare("relationship", owner, old_rels, new_rels, _rel_facts)
    old_filters = {f.name: {"type": _type(f.type), "array": f.array} for f in old.filters}
    new_filters = {f.name: {"type": _type(f.type), "array": f.array} for f in new.filters}
    yield from _compare("filter", owner, old_filters, new_filters, dict)
    yield from _names("sort", owner, old.sorts, new.sorts)
    yield from _names("include", owner, old.includes, new.includes)


def _enums(old: ir.Api, new: ir.Api) -> Iterator[Change]:
    before, after = {e.name: e for e in old.enums}, {e.name: e for e in new.enums}
    yield from (Change("enum", n, "removed") for n in before if n not in after)
    yield from (
        Change("enum", n, "added", ", ".join(str(m.value) for m in after[n].members)) for n in after if n not in before
    )
    for name in [n for n in before if n in after]:
        old_members = {m.value: m.name for m in before[name].members}
        new_members = {m.value: m.name for m in after[name].members}
        for value in old_members.keys() - new_members.keys():
            yield Change("enum", f"{name}.{old_members[value]}", "removed", f"value {value!r}")
        for value in new_members.keys() - old_members.keys():
            yield Change("enum", f"{name}.{new_members[value]}", "added", f"value {value!r}")
        for value in old_members.keys() & new_members.keys():
            if old_members[value] != new_members[value]:
                detail = f"to {new_members[value]} (value {value!r})"
                yield Change("enum", f"{name}.{old_members[value]}", "renamed", detail)


def _nested(old: ir.Api, new: ir.Api) -> Iterator[Change]:
    before, after = {o.name: o for o in old.objects}, {o.name: o for o in new.objects}
    yield from (Change("nested", n, "removed") for n in before if n not in after)
    yield from (Change("nested", n, "added") for n in after if n not in before)
    for name in [n for n in before if n in after]:
        if before[name].direction != after[name].direction:
            detail = f"direction {before[name].direction} -> {after[name].direction}"
            yield Change("nested", name, "changed", detail)
        old_attrs = {a.name: a for a in before[name].attributes}
        yield from _compare("attribute", name, old_attrs, {a.name: a for a in after[name].attributes}, _attr_facts)
    old_unions = {u.name: tuple(m.name for m in u.members) for u in old.unions}
    new_unions = {u.name: tuple(m.name for m in u.members) for u in new.unions}
    for name in old_unions.keys() | new_unions.keys():
        yield from _names("union member", name, old_unions.get(name, ()), new_unions.get(name, ()))


def changes(old: ir.Api, new: ir.Api) -> list[Change]:
    """Every semantic difference from ``old`` to ``new``, sorted by area and subject."""
    found: list[Change] = []
    before, after = {r.type: r for r in old.resources}, {r.type: r for r in new.resources}
    found += [Change("resource", f"{before[t].class_name} ({t})", "removed") for t in before if t not in after]
    found += [Change("resource", f"{after[t].class_name} ({t})", "added") for t in after if t not in before]
    for rtype in [t for t in before if t in after]:
        found += _resource(before[rtype], after[rtype])
    found += _enums(old, new)
    found += _nested(old, new)
    return sorted(found)


def render(found: list[Change], old: str = "old", new: str = "new") -> str:
    """The review document: a summary line, then every change."""
    if not found:
        return f"no semantic changes from {old} to {new}\n"
    counts: dict[str, int] = {}
    for change in found:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    return f"{len(found)} changes from {old} to {new} ({summary}):\n" + "".join(f"  {c}\n" for c in found)
