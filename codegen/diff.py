"""A semantic diff of two spec versions, on the intermediate model (never on YAML text).

:func:`changes` returns structured :class:`Change` records (the base of a migration guide); :func:`render`
prints them as a review document, one line per change, grouped by what changed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen import ir

GUESSED = "same type and access"
"""Why the diff pairs a removal and an addition as a rename (the detail of a guessed rename)."""
WITH_ATTRIBUTE = f"renamed with its attribute, {GUESSED}"
"""Why a filter or sort is guessed renamed: the attribute of its name is."""


@dataclass(frozen=True, order=True)
class Change:
    """One difference: ``subject`` (``Did.capacity_limit``, ``enum Codec``...) and what happened to it."""

    area: str  # resource, operation, attribute, relationship, filter, sort, include, enum, nested, rule
    subject: str
    kind: str  # added, removed, renamed, changed
    detail: str = ""
    guessed: bool = field(default=False, compare=False)  # a rename the diff infers, nobody declared

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
    rejected: Mapping[str, str] | None = None,
    guess: bool = True,
) -> Iterator[Change]:
    """Fields of one owner: added, removed, renamed, changed. ``declared`` (old name -> new name) are renames;
    of the rest, with ``guess``, a removal and an addition with the same facts are a guessed rename, unless
    ``rejected`` (old name -> new name, a human said they are not one)."""
    declared, rejected = declared or {}, rejected or {}
    removed = {n: facts(old[n]) for n in old if n not in new and n not in declared}
    added = {n: facts(new[n]) for n in new if n not in old and n not in declared.values()}
    for name, renamed in declared.items():
        yield Change(area, f"{owner}.{name}", "renamed", f"to {renamed}")
        yield from _changed(area, f"{owner}.{renamed}", facts(old[name]), facts(new[renamed]))
    for name, shape in list(removed.items()) if guess else ():
        twin = next((n for n, s in added.items() if s == shape and rejected.get(name) != n), None)
        if twin is not None:
            yield Change(area, f"{owner}.{name}", "renamed", f"to {twin} ({GUESSED})", guessed=True)
            del removed[name], added[twin]
    yield from (Change(area, f"{owner}.{n}", "removed") for n in removed)
    yield from (Change(area, f"{owner}.{n}", "added", _shape(s)) for n, s in added.items())
    for name in [n for n in old if n in new]:
        yield from _changed(area, f"{owner}.{name}", facts(old[name]), facts(new[name]))


def _member(change: Change) -> str:
    """The member name of a change of ``Owner.member``."""
    return change.subject.split(".", 1)[1]


def _target(change: Change) -> str:
    """The new name of a rename (its detail: ``to NAME`` and maybe why)."""
    return change.detail.removeprefix("to ").split(" ", 1)[0]


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
    area: str,
    owner: str,
    old: tuple[str, ...],
    new: tuple[str, ...],
    renamed: Mapping[str, str] | None = None,
    guessed: frozenset[str] = frozenset(),
) -> Iterator[Change]:
    """Names added and removed; one of ``renamed`` (old -> new, those of ``guessed`` inferred) is a rename."""
    pairs = {n: t for n, t in (renamed or {}).items() if n in old and n not in new and t in new and t not in old}
    for name, target in pairs.items():
        why = f" ({WITH_ATTRIBUTE})" if name in guessed else ""
        yield Change(area, f"{owner} {name}", "renamed", f"to {target}{why}", guessed=name in guessed)
    yield from (Change(area, f"{owner} {n}", "removed") for n in old if n not in new and n not in pairs)
    yield from (Change(area, f"{owner} {n}", "added") for n in new if n not in old and n not in pairs.values())


def _rule_texts(rules: tuple[ir.WriteRule, ...], relationships: tuple[ir.Relationship, ...] = ()) -> set[str]:
    """The client-side write rules in words: the spec's rules and bounds, and exclusive relationships."""
    texts = {rule.summary for rule in rules}
    for rel in relationships:
        for other in rel.exclusive_with:
            first, second = sorted((rel.name, other))
            texts.add(f"`{first}` and `{second}` are exclusive: a write sends at most one of them")
    return texts


def _rules(owner: str, old: set[str], new: set[str]) -> Iterator[Change]:
    yield from (Change("rule", owner, "removed", text) for text in sorted(old - new))
    yield from (Change("rule", owner, "added", text) for text in sorted(new - old))


@dataclass(frozen=True)
class Renames:
    """Renames a human declared (a version's ``changes.yaml``), given to :func:`changes`. ``resources``: old type
    -> new type; ``fields``: (old type, area) -> {old name: new name}, area one of attribute, meta, document meta,
    relationship, filter; ``rejected``: the same for pairs a human said are no rename (the diff stops guessing
    them). Other removals and additions with the same facts are still guessed, as ``guessed`` changes."""

    resources: Mapping[str, str] = field(default_factory=dict)
    fields: Mapping[tuple[str, str], Mapping[str, str]] = field(default_factory=dict)
    rejected: Mapping[tuple[str, str], Mapping[str, str]] = field(default_factory=dict)


def resource_changes(old: ir.Resource, new: ir.Resource, renames: Renames | None = None) -> Iterator[Change]:
    """The changes inside one resource (``old`` and ``new`` are the same resource in two versions)."""
    owner = new.class_name
    if old.class_name != new.class_name and old.type == new.type:
        yield Change("resource", new.type, "renamed", f"class {old.class_name} -> {new.class_name}")
    for key in ("path", "singleton", "paginated"):
        if getattr(old, key) != getattr(new, key):
            yield Change("resource", owner, "changed", f"{key} {getattr(old, key)} -> {getattr(new, key)}")
    yield from _names("operation", owner, tuple(sorted(old.operations)), tuple(sorted(new.operations)))

    def declared(area: str) -> Mapping[str, str]:
        return {} if renames is None else renames.fields.get((old.type, area), {})

    def rejected(area: str) -> Mapping[str, str]:
        return {} if renames is None else renames.rejected.get((old.type, area), {})

    for area, part in (("meta", "meta"), ("document meta", "document_meta")):
        before, after = {a.name: a for a in getattr(old, part)}, {a.name: a for a in getattr(new, part)}
        yield from _compare(area, owner, before, after, _attr_facts, declared(area), rejected(area))
    before, after = {a.name: a for a in old.attributes}, {a.name: a for a in new.attributes}
    attribute_renames = declared("attribute"), rejected("attribute")
    attributes = list(_compare("attribute", owner, before, after, _attr_facts, *attribute_renames))
    yield from attributes
    renamed = {_member(c): _target(c) for c in attributes if c.kind == "renamed"}
    guessed = frozenset(_member(c) for c in attributes if c.guessed)
    old_rels, new_rels = {r.name: r for r in old.relationships}, {r.name: r for r in new.relationships}
    relationships = declared("relationship"), rejected("relationship")
    yield from _compare("relationship", owner, old_rels, new_rels, _rel_facts, *relationships)
    # a renamed attribute (declared or guessed) renames the filter and the sort of its name alike
    old_filters = {f.name: {"type": _type(f.type), "array": f.array} for f in old.filters}
    new_filters = {f.name: {"type": _type(f.type), "array": f.array} for f in new.filters}
    follow = {n: t for n, t in renamed.items() if n in old_filters and n not in new_filters}
    follow = {n: t for n, t in follow.items() if t in new_filters and t not in old_filters}
    filter_renames = {**follow, **declared("filter")}
    for change in _compare("filter", owner, old_filters, new_filters, dict, filter_renames, guess=False):
        if change.kind == "renamed" and _member(change) in guessed and _member(change) in follow:
            change = dataclasses.replace(change, detail=f"{change.detail} ({WITH_ATTRIBUTE})", guessed=True)
        yield change
    yield from _names("sort", owner, old.sorts, new.sorts, renamed, guessed)
    yield from _names("include", owner, old.includes, new.includes)
    yield from _rules(owner, _rule_texts(old.rules, old.relationships), _rule_texts(new.rules, new.relationships))


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
        yield from _compare("attribute", name, old_attrs, new_attrs, _attr_facts, guess=not declared_only)
        yield from _rules(name, _rule_texts(before[name].rules), _rule_texts(after[name].rules))
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
