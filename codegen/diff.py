"""A semantic diff of two spec versions, on the intermediate model (never on YAML text).

:func:`changes` returns structured :class:`Change` records (the base of a migration guide); :func:`render`
prints them as a review document, one line per change, grouped by what changed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
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


def _compare(
    area: str,
    owner: str,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    facts: Any,
    declared: Mapping[str, str] | None = None,
) -> Iterator[Change]:
    """Fields of one owner: added, removed, renamed, changed. Without ``declared`` renames are inferred (a
    removal and an addition with the same facts); with it (old name -> new name) exactly those are renames."""
    removed = {n: facts(old[n]) for n in old if n not in new and n not in (declared or {})}
    added = {n: facts(new[n]) for n in new if n not in old and n not in (declared or {}).values()}
    for name, renamed in (declared or {}).items():
        yield Change(area, f"{owner}.{name}", "renamed", f"to {renamed}")
        yield from _changed(area, f"{owner}.{renamed}", facts(old[name]), facts(new[renamed]))
    for name, shape in list(removed.items()) if declared is None else ():
        twin = next((n for n, s in added.items() if s == shape), None)
        if twin is not None:
            yield Change(area, f"{owner}.{name}", "renamed", f"to {twin} (same type and access)")
            del removed[name], added[twin]
    yield from (Change(area, f"{owner}.{n}", "removed") for n in removed)
    yield from (Change(area, f"{owner}.{n}", "added", _shape(s)) for n, s in added.items())
    for name in [n for n in old if n in new]:
        yield from _changed(area, f"{owner}.{name}", facts(old[name]), facts(new[name]))


def _changed(area: str, subject: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> Iterator[Change]:
    for key in before:
        if before[key] != after[key]:
            yield Change(area, subject, "changed", f"{key} {before[key]} -> {after[key]}")


def _shape(facts: Mapping[str, Any]) -> str:
    shown = [str(facts.get("type") or facts.get("cardinality"))]
    shown += [k for k in ("nullable", "required", "write_only", "secret") if facts.get(k) is True]
    if facts.get("access", "read-only") != "read-only":
        shown.append(str(facts["access"]))
    return ", ".join(shown)


def _names(
    area: str, owner: str, old: tuple[str, ...], new: tuple[str, ...], renamed: Mapping[str, str] | None = None
) -> Iterator[Change]:
    pairs = {n: t for n, t in (renamed or {}).items() if n in old and n not in new and t in new and t not in old}
    yield from (Change(area, f"{owner} {n}", "renamed", f"to {t}") for n, t in pairs.items())
    yield from (Change(area, f"{owner} {n}", "removed") for n in old if n not in new and n not in pairs)
    yield from (Change(area, f"{owner} {n}", "added") for n in new if n not in old and n not in pairs.values())


@dataclass(frozen=True)
class Renames:
    """Renames a human declared (a version's ``changes.yaml``): given to :func:`changes`, exactly these are
    renames and none is inferred. ``resources``: old type -> new type; ``fields``: (old type, area) -> {old
    name: new name}, area one of attribute, meta, document meta, relationship, filter."""

    resources: Mapping[str, str] = field(default_factory=dict)
    fields: Mapping[tuple[str, str], Mapping[str, str]] = field(default_factory=dict)


def resource_changes(old: ir.Resource, new: ir.Resource, renames: Renames | None = None) -> Iterator[Change]:
    """The changes inside one resource (``old`` and ``new`` are the same resource in two versions)."""
    owner = new.class_name
    if old.class_name != new.class_name and old.type == new.type:
        yield Change("resource", new.type, "renamed", f"class {old.class_name} -> {new.class_name}")
    for key in ("path", "singleton", "paginated"):
        if getattr(old, key) != getattr(new, key):
            yield Change("resource", owner, "changed", f"{key} {getattr(old, key)} -> {getattr(new, key)}")
    yield from _names("operation", owner, tuple(sorted(old.operations)), tuple(sorted(new.operations)))

    def declared(area: str) -> Mapping[str, str] | None:
        return None if renames is None else renames.fields.get((old.type, area), {})

    for area, part in (("attribute", "attributes"), ("meta", "meta"), ("document meta", "document_meta")):
        before, after = {a.name: a for a in getattr(old, part)}, {a.name: a for a in getattr(new, part)}
        yield from _compare(area, owner, before, after, _attr_facts, declared(area))
    old_rels, new_rels = {r.name: r for r in old.relationships}, {r.name: r for r in new.relationships}
    yield from _compare("relationship", owner, old_rels, new_rels, _rel_facts, declared("relationship"))
    old_filters = {f.name: {"type": _type(f.type), "array": f.array} for f in old.filters}
    new_filters = {f.name: {"type": _type(f.type), "array": f.array} for f in new.filters}
    attributes = declared("attribute")  # a renamed attribute renames the filter and sort of its name too
    filters = declared("filter")
    if attributes is not None and filters is not None:
        same = {n: t for n, t in attributes.items() if n in old_filters and n not in new_filters}
        filters = {**{n: t for n, t in same.items() if t in new_filters and t not in old_filters}, **filters}
    yield from _compare("filter", owner, old_filters, new_filters, dict, filters)
    yield from _names("sort", owner, old.sorts, new.sorts, attributes)
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


def _nested(old: ir.Api, new: ir.Api, declared_only: bool = False) -> Iterator[Change]:
    before, after = {o.name: o for o in old.objects}, {o.name: o for o in new.objects}
    yield from (Change("nested", n, "removed") for n in before if n not in after)
    yield from (Change("nested", n, "added") for n in after if n not in before)
    for name in [n for n in before if n in after]:
        if before[name].direction != after[name].direction:
            detail = f"direction {before[name].direction} -> {after[name].direction}"
            yield Change("nested", name, "changed", detail)
        old_attrs = {a.name: a for a in before[name].attributes}
        new_attrs = {a.name: a for a in after[name].attributes}
        yield from _compare("attribute", name, old_attrs, new_attrs, _attr_facts, {} if declared_only else None)
    old_unions = {u.name: tuple(m.name for m in u.members) for u in old.unions}
    new_unions = {u.name: tuple(m.name for m in u.members) for u in new.unions}
    for name in old_unions.keys() | new_unions.keys():
        yield from _names("union member", name, old_unions.get(name, ()), new_unions.get(name, ()))


def paired(
    old: ir.Api, new: ir.Api, renamed: Mapping[str, str] | None = None
) -> tuple[list[ir.Resource], list[ir.Resource], list[tuple[ir.Resource, ir.Resource]]]:
    """Resources removed, added, and the (old, new) pairs of the same resource (same type, or renamed)."""
    before, after = {r.type: r for r in old.resources}, {r.type: r for r in new.resources}
    target = {t: (renamed or {}).get(t, t) for t in before}
    pairs = [(before[t], after[target[t]]) for t in before if target[t] in after]
    removed = [before[t] for t in before if target[t] not in after]
    added = [after[t] for t in after if t not in target.values()]
    return removed, added, pairs


def changes(old: ir.Api, new: ir.Api, renames: Renames | None = None) -> list[Change]:
    """Every semantic difference from ``old`` to ``new``, sorted by area and subject (renames: see
    :class:`Renames`)."""
    found: list[Change] = []
    removed, added, pairs = paired(old, new, renames.resources if renames else None)
    found += [Change("resource", f"{r.class_name} ({r.type})", "removed") for r in removed]
    found += [Change("resource", f"{r.class_name} ({r.type})", "added") for r in added]
    for before, after in pairs:
        if before.type != after.type:
            detail = f"to {after.class_name} ({after.type})"
            found.append(Change("resource", f"{before.class_name} ({before.type})", "renamed", detail))
        found += resource_changes(before, after, renames)
    found += _enums(old, new)
    found += _nested(old, new, renames is not None)
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
