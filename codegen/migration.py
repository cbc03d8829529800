"""The migration guide from one API version to the next, generated from the semantic diff.

``python -m codegen changes FROM TO`` writes ``docs/changes/FROM..TO.md`` from ``spec/FROM`` and ``spec/TO``:
how to switch packages, a summary, then per resource (and per enum and nested object) what was added,
removed, renamed, retyped or changed access, with the before/after Python of each change a user's code must
make. Renames cannot be inferred safely from a diff: they are human decisions, declared with hand-written
notes in ``spec/TO/changes.yaml`` (``#/$defs/ChangesFile`` of ``spec/spec.schema.json``), never in the guide.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen import diff, ir, versions
from codegen.errors import SpecError
from codegen.migration_decisions import CHANGES_FILE, Decisions, read_decisions
from codegen.migration_entries import (
    KINDS,
    Entry,
    Members,
    Owner,
    Side,
    call,
    gone,
    resource_entry,
    rule_entry,
    union_member_entry,
)
from codegen.naming import field_name, snake

EXAMPLE_TYPE = "dids"  # the resource whose model the intro imports, when both versions have it
GUIDES = Path("docs") / "changes"
MEMBER_AREAS = ("attribute", "meta", "document meta", "relationship", "filter")
ROWS = {
    "resource": "resources",
    "operation": "operations",
    "attribute": "attributes",
    "meta": "meta",
    "document meta": "document meta",
    "relationship": "relationships",
    "filter": "filters",
    "sort": "sorts",
    "include": "includes",
    "enum": "enums",
    "enum member": "enum members",
    "nested": "nested objects",
    "nested attribute": "nested object attributes",
    "union member": "union members",
    "rule": "write rules",
}


# -- the guide ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Section:
    """The changes of one resource, enum or nested object."""

    anchor: str
    title: str
    entries: tuple[Entry, ...]
    note: str = ""
    enums: tuple[str, ...] = ()


@dataclass(frozen=True)
class Guide:
    """Everything the template shows."""

    old: Side
    new: Side
    latest: bool
    resources: tuple[Section, ...]
    enums: tuple[Section, ...]
    nested: tuple[Section, ...]
    unchanged: int
    undeclared: tuple[str, ...] = ()  # the renames the diff guessed, neither declared nor rejected
    example: str = "Did"  # a model class of both versions, for the intro

    @property
    def guessed(self) -> int:
        """How many entries are guessed renames ("probably renamed")."""
        entries = [e for s in (*self.resources, *self.enums, *self.nested) for e in s.entries]
        return sum("probably renamed" in e.text for e in entries)

    def rows(self) -> list[tuple[str, list[int], int]]:
        """The summary: per kind of thing, the count of each kind of change and of code changes."""
        entries = [e for s in (*self.resources, *self.enums, *self.nested) for e in s.entries]
        rows = []
        for area, label in [*ROWS.items(), ("", "total")]:
            mine = [e for e in entries if e.area == area or not area]
            if mine:
                rows.append((label, [sum(e.kind == k for e in mine) for k in KINDS], sum(bool(e.before) for e in mine)))
        return rows


def _resource_sections(
    sides: tuple[Side, Side], decisions: Decisions, found: list[diff.Change]
) -> tuple[list[Section], int]:
    old_side, new_side = sides
    removed, added, pairs = diff.paired(old_side.api, new_side.api, decisions.renames.resources)
    changed_enums = {c.subject.split(".")[0] for c in found if c.area == "enum"}
    sections: list[Section] = []
    for resource in removed:
        before = f"from {old_side.package}.models import {resource.class_name}\n{call(resource)}"
        text = f"resource removed: `client.{resource.path}` (`{resource.class_name}`)"
        entry = Entry("resource", "removed", text, before, gone(new_side.version, f"client.{resource.path}"))
        sections.append(_section(resource, (entry,), decisions))
    for resource in added:
        text = f"resource added: `client.{resource.path}` (`{resource.class_name}`)"
        sections.append(_section(resource, (Entry("resource", "added", text),), decisions))
    unchanged = 0
    for old, new in pairs:
        entries = tuple(_pair_entries(old, new, sides, decisions))
        enums = tuple(sorted(changed_enums & _enums_used(new_side.api, new)))
        if entries or enums or new.type in decisions.notes:
            sections.append(dataclasses.replace(_section(new, entries, decisions), enums=enums))
        else:
            unchanged += 1
    return sorted(sections, key=lambda s: s.anchor), unchanged


def _enums_used(api: ir.Api, resource: ir.Resource) -> set[str]:
    """The enums of the resource's fields, directly or inside its nested objects."""
    objects = {o.name: (o,) for o in api.objects} | {u.name: u.members for u in api.unions}
    found, seen, queue = set(resource.types_used("enum")), set(), list(resource.types_used("nested"))
    while queue:
        name = queue.pop()
        seen.add(name)
        for attr in (a for obj in objects.get(name, ()) for a in obj.attributes):
            found |= attr.type.names("enum")
            queue += sorted(attr.type.names("nested") - seen)
    return found


def _section(resource: ir.Resource, entries: tuple[Entry, ...], decisions: Decisions) -> Section:
    title = f"`{resource.type}` (`{resource.class_name}`)"
    return Section(resource.type, title, entries, decisions.notes.get(resource.type, ""))


def _pair_entries(
    old: ir.Resource, new: ir.Resource, sides: tuple[Side, Side], decisions: Decisions
) -> Iterator[Entry]:
    if old.type != new.type:
        before = f"from {sides[0].package}.models import {old.class_name}\n{call(old)}"
        after = f"from {sides[1].package}.models import {new.class_name}\n{call(new)}"
        was, now = f"`client.{old.path}` (`{old.class_name}`)", f"`client.{new.path}` (`{new.class_name}`)"
        text = f"resource renamed: {was} is now {now}"
        yield Entry("resource", "renamed", text, before, after)
    found = list(diff.resource_changes(old, new, decisions.renames))
    renamed = {  # (area, old name) -> new name, as the diff paired them
        (c.area, c.subject.split(".", 1)[1]): c.detail.removeprefix("to ")
        for c in found
        if c.kind == "renamed" and c.area in MEMBER_AREAS
    }
    members = Members(Owner.of(old), Owner.of(new), sides[0], sides[1], renamed)
    for change in found:
        if change.area in ("resource", "operation", "sort", "include", "rule"):
            entry = resource_entry(change, old, new, sides)
            if entry is not None:
                yield entry
        else:
            yield members.entry(change)


def _enum_sections(found: list[diff.Change], sides: tuple[Side, Side]) -> list[Section]:
    by_enum: dict[str, list[Entry]] = {}
    old_side, new_side = sides
    moved = _moved_values(found)
    for change in (c for c in found if c.area == "enum" and c.subject not in moved):
        name, _, member = change.subject.partition(".")
        if not member:
            text = f"enum `{name}` {change.kind}" + (f": {change.detail}" if change.detail else "")
            before = f"from {old_side.package}.enums import {name}" if change.kind == "removed" else ""
            after = gone(new_side.version, name) if before else ""
            by_enum.setdefault(name, []).append(Entry("enum", change.kind, text, before, after))
            continue
        text = f"`{name}.{member}` {change.kind} ({change.detail})"
        if change.kind == "added":
            entry = Entry("enum member", "added", text + ": code that matches every value should handle it")
        elif change.kind == "removed":
            entry = Entry(
                "enum member", "removed", text, f"{name}.{member}", gone(new_side.version, f"{name}.{member}")
            )
        else:
            renamed_to = change.detail.removeprefix("to ").split(" ", 1)[0]
            entry = Entry("enum member", "renamed", text, f"{name}.{member}", f"{name}.{renamed_to}")
        by_enum.setdefault(name, []).append(entry)
    for subject, (was, now) in sorted(moved.items()):
        name, member, var = *subject.split("."), snake(subject.split(".")[0])
        text = f"`{subject}`: value {was} → {now} (the member keeps its name; code comparing raw values must follow)"
        after = f"{var} == {now}  # or {var} == {subject}, in both versions"
        by_enum.setdefault(name, []).append(Entry("enum member", "retyped", text, f"{var} == {was}", after))
    return [Section(f"enum-{n.lower()}", f"enum `{n}`", tuple(e)) for n, e in sorted(by_enum.items())]


def _moved_values(found: list[diff.Change]) -> dict[str, tuple[str, str]]:
    """Enum members removed and added under the same name, i.e. whose value changed: subject -> (was, now)."""
    removed = {c.subject: c.detail.removeprefix("value ") for c in found if c.area == "enum" and c.kind == "removed"}
    added = {c.subject: c.detail.removeprefix("value ") for c in found if c.area == "enum" and c.kind == "added"}
    return {s: (removed[s], added[s]) for s in removed.keys() & added.keys() if "." in s}


def _nested_sections(found: list[diff.Change], sides: tuple[Side, Side]) -> list[Section]:
    old_objects, new_objects = ({o.name: o for o in s.api.objects} for s in sides)
    names = set(old_objects) | set(new_objects) | {u.name for s in sides for u in s.api.unions}
    by_name: dict[str, list[Entry]] = {}
    for change in found:
        owner, _, rest = change.subject.partition(" " if change.area == "union member" else ".")
        if change.area == "rule" and owner in names:
            by_name.setdefault(owner, []).append(rule_entry(change, sides[1].version, f"`{owner}`"))
        elif change.area in ("nested", "union member") or (change.area == "attribute" and owner in names):
            by_name.setdefault(owner, []).append(_nested_entry(change, rest, (old_objects, new_objects), sides))
    return [Section(f"nested-{n.lower()}", f"nested `{n}`", tuple(e)) for n, e in sorted(by_name.items())]


def _nested_entry(change: diff.Change, rest: str, objects: tuple[dict[str, Any], dict[str, Any]], sides: Any) -> Entry:
    owner = change.subject.partition(" " if change.area == "union member" else ".")[0]
    if change.area == "attribute":
        old, new = objects[0][owner], objects[1][owner]
        members = Members(Owner.nested(old), Owner.nested(new), sides[0], sides[1], {})
        return dataclasses.replace(members.entry(change), area="nested attribute")
    text = f"{change.area} `{rest or owner}` {change.kind}" + (f": {change.detail}" if change.detail else "")
    if change.area == "union member" and change.kind == "added" and owner in {u.name for u in sides[0].api.unions}:
        return union_member_entry(owner, rest, sides, (_used_at(sides[0].api, owner), _used_at(sides[1].api, owner)))
    if change.kind == "removed" and change.area == "nested":
        before = f"from {sides[0].package}.models import {owner}"
        return Entry("nested", "removed", text, before, gone(sides[1].version, owner))
    return Entry(change.area, change.kind if change.kind in KINDS else "other", text)


def _used_at(api: ir.Api, union: str) -> str:
    """Where user code meets a union: the first resource attribute of its type (``voice_in_trunk.configuration``),
    else the first nested object attribute, else a plain ``value``."""
    owners = [(r.class_name, r.attributes) for r in api.resources] + [(o.name, o.attributes) for o in api.objects]
    for owner, attributes in owners:
        for attr in attributes:
            if union in attr.type.names("nested"):
                access = f"{snake(owner)}.{field_name(attr.name)}"
                return access if attr.type.kind != "list" else f"{access}[0]"
    return "value"


def build(root: Path, old_version: str, new_version: str) -> Guide:
    """Load both versions and the decisions, and assemble the guide."""
    old_api, new_api = diff.load(root / "spec" / old_version), diff.load(root / "spec" / new_version)
    sides = (Side(old_api), Side(new_api))
    decisions = read_decisions(root / "spec" / new_version, root, old_api, new_api)
    found = diff.changes(old_api, new_api, decisions.renames)
    resources, unchanged = _resource_sections(sides, decisions, found)
    enums, nested = _enum_sections(found, sides), _nested_sections(found, sides)
    latest = _latest(root, new_version)
    hints = tuple(undeclared_renames(found))
    parts = (tuple(resources), tuple(enums), tuple(nested), unchanged, hints, _example(old_api, new_api))
    return Guide(sides[0], sides[1], latest, *parts)


def _example(old: ir.Api, new: ir.Api) -> str:
    """A model class both versions have, for the intro: the DID's if they share it, else the first one."""
    shared = sorted({r.class_name for r in old.resources} & {r.class_name for r in new.resources})
    preferred = next((r.class_name for r in new.resources if r.type == EXAMPLE_TYPE), "")
    return preferred if preferred in shared else (shared[0] if shared else "")


def _latest(root: Path, version: str) -> bool:
    """Whether ``didww_gen`` itself re-exports ``version`` (the registry's latest, else the newest spec)."""
    if (root / versions.REGISTRY).is_file():
        return versions.load(root).latest == version
    return version == max(p.parent.name for p in (root / "spec").glob("*/api.yaml"))


def render(guide: Guide) -> str:
    """The guide's Markdown (deterministic: sorted, no timestamps)."""
    from codegen.render import environment

    return environment().get_template("migration.md.j2").render(g=guide, kinds=KINDS)


def guide_path(root: Path, old_version: str, new_version: str) -> Path:
    return root / GUIDES / f"{old_version}..{new_version}.md"


def undeclared_renames(found: list[diff.Change]) -> list[str]:
    """The renames the diff guessed (same facts) that changes.yaml neither declares nor rejects, for a human to
    decide; the guide shows them as "probably renamed"."""
    return [str(c) for c in found if c.guessed]


def check_or_write(root: Path, old_version: str, new_version: str, check: bool) -> tuple[int, str]:
    """Write the guide (or, with ``check``, compare it with the committed one): exit status and what to print."""
    for version in (old_version, new_version):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", version) or not (root / "spec" / version / "api.yaml").is_file():
            message = f"{version!r} is not a version with a spec folder (spec/<date>/api.yaml, e.g. 2026-04-16)"
            raise SpecError.about(f"spec/{version}", message)
    guide = build(root, old_version, new_version)
    text = render(guide)
    path = guide_path(root, old_version, new_version)
    shown = path.relative_to(root).as_posix()
    current = path.read_text(encoding="utf-8") if path.is_file() else None
    command = f"python -m codegen changes {old_version} {new_version}"
    if check:
        if current == text:
            return 0, f"{shown} is fresh\n"
        if current is None:
            return 1, f"{shown} is missing: run `{command}` and commit it\n"
        lines = difflib.unified_diff(current.splitlines(), text.splitlines(), f"a/{shown}", f"b/{shown}", lineterm="")
        return 1, "\n".join(list(lines)[:60]) + f"\n{shown} is stale: run `{command}` and commit it\n"
    if current != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    report = f"wrote {shown}\n" if current != text else f"{shown} is unchanged\n"
    hints = guide.undeclared
    if hints:
        report += (
            f"possible renames not declared in spec/{new_version}/{CHANGES_FILE}, shown as probably renamed"
            " (declare them under renamed:, or reject them under not_renamed:):\n"
        )
        report += "".join(f"  {hint}\n" for hint in hints)
    return 0, report
