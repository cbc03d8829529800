"""One entry of the migration guide per semantic change, with the before/after Python a user's code needs.

Every Python name shown (classes, fields, repository attributes, packages) comes from the intermediate
model of the version it belongs to; :mod:`codegen.migration` assembles the entries into the guide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from codegen import ir
from codegen.diff import Change
from codegen.naming import field_name, snake
from codegen.render import checker_type
from codegen.versions import package_name

KINDS = ("added", "removed", "renamed", "retyped", "access", "other")
_RETYPED = ("type", "nullable", "cardinality", "targets", "array")
_ACCESS = ("access", "required", "write_only")


@dataclass(frozen=True)
class Entry:
    """One change: its summary ``kind`` (one of :data:`KINDS`), a Markdown line, and, when a user's code must
    change, the Python before and after."""

    area: str
    kind: str
    text: str
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class Side:
    """One version: its intermediate model and its package."""

    api: ir.Api

    @property
    def version(self) -> str:
        return self.api.version

    @property
    def package(self) -> str:
        return f"didww_gen.{package_name(self.api.version)}"


@dataclass(frozen=True)
class Owner:
    """What a field belongs to in one version: a resource, or a nested object (no repository)."""

    cls: str
    path: str | None
    members: dict[str, dict[str, Any]]
    resource: ir.Resource | None = None

    @property
    def var(self) -> str:
        return snake(self.cls)

    @staticmethod
    def of(resource: ir.Resource) -> Owner:
        parts: dict[str, tuple[Any, ...]] = {
            "attribute": resource.attributes,
            "meta": resource.meta,
            "document meta": resource.document_meta,
            "relationship": resource.relationships,
            "filter": resource.filters,
        }
        members = {area: {m.name: m for m in items} for area, items in parts.items()}
        return Owner(resource.class_name, resource.path, members, resource)

    def build(self, also: str = "") -> str:
        """A construction of the owner with the members a create requires (and ``also``), each as ``...``."""
        names = [field_name(a.name) for a in self.members["attribute"].values() if a.required and a.creatable]
        names += [also] if also and also not in names else []
        return f"{self.cls}({', '.join(f'{n}=...' for n in names)})"

    @staticmethod
    def nested(obj: ir.NestedObject) -> Owner:
        return Owner(obj.name, None, {"attribute": {a.name: a for a in obj.attributes}})


def gone(version: str, what: str) -> str:
    return f"# {what}: gone in {version}"


def guess_note(version: str) -> str:
    """What a guessed rename asks of a maintainer (the guide says it until one decides)."""
    return (
        f" (a guess: the same type and access; `spec/{version}/changes.yaml` declares it under `renamed:`"
        " or rejects it under `not_renamed:`)"
    )


# -- Python snippets ------------------------------------------------------------------------------
def call(resource: ir.Resource) -> str:
    """A typical call on the resource's repository (list, else find, else create)."""
    repo = f"client.{resource.path}"
    if "list" in resource.operations:
        return f"{repo}.list()"
    if "find" in resource.operations:
        return f"{repo}.find()" if resource.singleton else f'{repo}.find("id")'
    return constructor(resource) if "create" in resource.operations else repo


def operation_call(resource: ir.Resource, operation: str) -> str:
    repo, var = f"client.{resource.path}", snake(resource.class_name)
    shown = {
        "list": "list()",
        "find": "find()" if resource.singleton else 'find("id")',
        "create": f"create({var})",
        "update": f"update({var})",
        "delete": 'delete("id")',
    }
    return f"{repo}.{shown.get(operation, operation + '(...)')}"


def constructor(resource: ir.Resource) -> str:
    """A create with every member required on create (attributes, then relationships)."""
    args = [f"{field_name(a.name)}=..." for a in resource.attributes if a.required and a.creatable]
    for rel in resource.relationships:
        if rel.required and rel.creatable:
            ref = f'{rel.target_classes[0]}.ref("id")' if rel.target_classes else "..."
            args.append(f"{rel.name}=[{ref}]" if rel.to_many else f"{rel.name}={ref}")
    return f"client.{resource.path}.create({resource.class_name}({', '.join(args)}))"


def python_name(area: str, name: str) -> str:
    return name if area == "relationship" else field_name(name)


def read(owner: Owner, area: str, name: str) -> str:
    """How user code reads (or, for a filter, sends) the member."""
    if area == "filter":
        return f'client.{owner.path}.list(filter={{"{name}": value}})'
    if area == "document meta":
        return f"client.{owner.path}.list().meta.{field_name(name)}"
    if area == "meta":
        return f"{owner.var}.meta.{field_name(name)}"
    return f"{owner.var}.{python_name(area, name)}"


def annotation(member: Any) -> str:
    """The member's type as a type checker shows it."""
    if isinstance(member, ir.Relationship):
        targets = " | ".join(member.target_classes)
        return f"list[{targets}]" if member.to_many else f"{targets} | None"
    if isinstance(member, ir.Filter):
        return checker_type(member.annotation)
    return checker_type(member.type.annotation) + (" | None" if member.nullable else "")


def typed(owner: Owner, area: str, name: str, member: Any) -> str:
    if area == "filter":
        return f"value: {annotation(member)} = ...\n{read(owner, area, name)}"
    return f"value: {annotation(member)} = {read(owner, area, name)}"


def shape(area: str, member: Any) -> str:
    """The member's facts in a few words, for an added member."""
    words = [annotation(member)]
    if area in ("attribute", "relationship"):
        words.append(member.access)
        words += ["required on create"] if member.required else []
        words += ["write-only"] if member.write_only else []
    return ", ".join(words)


# -- members: attributes, meta, relationships, filters -----------------------------------------------
@dataclass(frozen=True)
class Members:
    """The same owner in both versions, and which names were renamed (old -> new)."""

    old: Owner
    new: Owner
    old_side: Side
    new_side: Side
    renamed: dict[tuple[str, str], str]

    def old_name(self, area: str, name: str) -> str:
        return next((o for (a, o), n in self.renamed.items() if a == area and n == name), name)

    def entry(self, change: Change) -> Entry:
        name = change.subject.split(".", 1)[1]
        shown = f"filter {name}" if change.area == "filter" else read(self.old, change.area, name)
        label = f"filter `{name}`" if change.area == "filter" else f"`{read(self.new, change.area, name)}`"
        if change.kind == "added":
            return self.added(change.area, name, label)
        if change.kind == "removed":
            code = self.code(self.old, change.area, name)
            text = f"filter `{name}` removed" if change.area == "filter" else f"`{shown}` removed"
            return Entry(change.area, "removed", text, code, gone(self.new_side.version, shown))
        if change.kind == "renamed":
            new = change.detail.removeprefix("to ").split(" ", 1)[0]
            before, after = read(self.old, change.area, name), read(self.new, change.area, new)
            text = f"`{before}` renamed to `{after}`"
            before, after = self.code(self.old, change.area, name), self.code(self.new, change.area, new)
            if change.area == "filter":
                text = f"filter `{name}` renamed to `{new}`"
            if change.guessed:
                text = text.replace(" renamed to ", " probably renamed to ") + guess_note(self.new_side.version)
            return Entry(change.area, "renamed", text, before, after)
        return self.changed(change, name, label)

    def added(self, area: str, name: str, label: str) -> Entry:
        member = self.new.members[area][name]
        text = f"{label} added ({shape(area, member)})"
        resource, old = self.new.resource, self.old.resource
        if area in ("attribute", "relationship") and member.required and member.creatable and resource and old:
            return Entry(area, "added", text + ": a create must send it", constructor(old), constructor(resource))
        return Entry(area, "added", text)

    def changed(self, change: Change, name: str, label: str) -> Entry:
        key, _, values = change.detail.partition(" ")
        was, _, now = values.partition(" -> ")
        text = f"{label}: {_access_words(key, was, now, on_create=self.new.resource is not None)}"
        old_member = self.old.members[change.area][self.old_name(change.area, name)]
        new_member = self.new.members[change.area][name]
        if key in _RETYPED:
            verb = " retargeted" if key in ("cardinality", "targets") else ""
            text = f"{label}{verb}: `{annotation(old_member)}` → `{annotation(new_member)}`"
            if key == "nullable" and now == "False":
                return Entry(change.area, "retyped", text + " (never null now)")
            before = self.uses(self.old, self.old_name(change.area, name), change.area, old_member)
            after = self.uses(self.new, name, change.area, new_member)
            shown = {"create": "constructing", "update": "updating", "filter=": "filtering"}
            used = ["reading"] + [words for mark, words in shown.items() if mark in before + after]
            used = ["filtering"] if change.area == "filter" else used
            return Entry(change.area, "retyped", text + f" (follow it when {', '.join(used)})", before, after)
        if key in _ACCESS:
            return self.access(change.area, key, name, text, (old_member, new_member))
        return Entry(change.area, "other", text)

    @staticmethod
    def code(owner: Owner, area: str, name: str) -> str:
        """How user code meets the member (a filter with a typed value to send)."""
        return typed(owner, area, name, owner.members[area][name]) if area == "filter" else read(owner, area, name)

    def uses(self, owner: Owner, name: str, area: str, member: Any) -> str:
        """Each use of a member in one version, typed: reading it, then (when the version allows them) passing
        it to the constructor, assigning it for an update, and filtering a list by it."""
        lines = [typed(owner, area, name, member)]
        if area == "filter" or not isinstance(member, (ir.Attribute, ir.Relationship)):
            return lines[0]
        py = python_name(area, name)
        value = "value"
        if isinstance(member, ir.Relationship):
            value = f'{member.target_classes[0]}.ref("id")' if member.target_classes else "value"
            value = f"[{value}]" if member.to_many else value
        if member.creatable:
            lines.append(f"{owner.cls}({py}={value})  # create")
        if member.updatable:
            lines.append(f"{owner.var}.{py} = {value}  # update")
        found = owner.members.get("filter", {}).get(name)
        if found is not None:
            lines.append(f"wanted: {annotation(found)} = ...")
            lines.append(f'client.{owner.path}.list(filter={{"{name}": wanted}})')
        return "\n".join(lines)

    def access(self, area: str, key: str, name: str, text: str, members: tuple[Any, Any]) -> Entry:
        old, new = members
        py, version = python_name(area, name), self.new_side.version
        before, after = [], []
        if key == "access" and old.creatable and not new.creatable:
            before.append(self.old.build(python_name(area, self.old_name(area, name))))
            after.append(f"{self.new.build()}  # {py} is {new.access} in {version}: not sent on create")
        if key == "access" and old.updatable and not new.updatable:
            before.append(f"{self.old.var}.{python_name(area, self.old_name(area, name))} = ...")
            after.append(f"# {self.new.var}.{py} is {new.access} in {version}: an update cannot change it")
        if key == "required" and new.required and self.new.resource and self.old.resource:
            before.append(constructor(self.old.resource))
            after.append(constructor(self.new.resource))
        if key == "write_only" and new.write_only:
            before.append(read(self.old, area, self.old_name(area, name)))
            after.append(f"# {self.new.var}.{py} is write-only in {version}: sent, never returned")
        return Entry(area, "access", text, "\n".join(before), "\n".join(after))


def _access_words(key: str, was: str, now: str, on_create: bool) -> str:
    if key == "required" and now == "True":
        refused = "a create without it is refused before anything is sent" if on_create else "a create must send it"
        return "now required" + (" on create" if on_create else "") + f" (a write rule: {refused})"
    if key == "required":
        return "no longer required" + (" on create" if on_create else "")
    if key == "write_only":
        return "now write-only (sent, never returned)" if now == "True" else "no longer write-only"
    return f"{key.replace('_', ' ')} {was} → {now}"


# -- resource-level changes -------------------------------------------------------------------------
def resource_entry(change: Change, old: ir.Resource, new: ir.Resource, sides: tuple[Side, Side]) -> Entry | None:
    """A change of the resource itself (class, path, operations, sorts, includes); None: shown elsewhere."""
    if change.area == "resource" and change.kind == "renamed":
        before, after = f"from {sides[0].package}.models import {old.class_name}", ""
        after = f"from {sides[1].package}.models import {new.class_name}"
        return Entry("resource", "renamed", f"class `{old.class_name}` renamed to `{new.class_name}`", before, after)
    if change.area == "resource":
        key = change.detail.split(" ", 1)[0]
        if key == "path" and old.type != new.type:
            return None  # the resource rename shows the new repository
        if key == "path":
            text = f"repository `client.{old.path}` is now `client.{new.path}`"
            return Entry("resource", "renamed", text, call(old), call(new))
        return Entry("resource", "other", f"{key}: {change.detail.split(' ', 1)[1]}")
    name = change.subject.split(" ", 1)[1] if " " in change.subject else change.subject
    if change.area == "operation":
        text = f"operation `{name}` {change.kind}"
        if change.kind == "added":
            return Entry("operation", "added", text)
        where = f"client.{old.path}.{name}"
        return Entry("operation", "removed", text, operation_call(old, name), gone(sides[1].version, where))
    if change.area == "rule":
        return rule_entry(change, sides[1].version, f"`client.{new.path}`")
    if change.kind == "renamed":  # a sort, renamed with its attribute
        now = change.detail.removeprefix("to ").split(" ", 1)[0]
        before, after = f'client.{old.path}.list(sort="{name}")', f'client.{new.path}.list(sort="{now}")'
        verb = "probably renamed" if change.guessed else "renamed"
        text = f"{change.area} `{name}` {verb} to `{now}`" + (guess_note(sides[1].version) if change.guessed else "")
        return Entry(change.area, "renamed", text, before, after)
    return query_entry(change.area, change.kind, name, old, sides[1].version)


def query_entry(area: str, kind: str, name: str, old: ir.Resource, version: str) -> Entry:
    """A sort or include path added or removed."""
    if kind == "added":
        return Entry(area, "added", f"{area} `{name}` added")
    if area == "sort":
        code = f'client.{old.path}.list(sort="{name}")'
    elif "list" in old.operations:
        code = f'client.{old.path}.list(include="{name}")'
    else:
        code = f'client.{old.path}.find("id", include="{name}")'
    return Entry(area, "removed", f"{area} `{name}` removed", code, gone(version, f"{area} {name}"))


def rule_entry(change: Change, version: str, where: str) -> Entry:
    """A client-side write rule added or removed: what the SDK now refuses (or sends) before anything is sent."""
    if change.kind == "added":
        how = "applied" if " also sends " in change.detail else "checked"
        text = f"write rule added on {where}: {change.detail} ({how} by the SDK before it sends a write)"
        return Entry("rule", "added", text)
    text = f"write rule removed on {where}: {change.detail} (the SDK no longer checks it; the server may)"
    return Entry("rule", "removed", text)


def union_member_entry(union: str, member: str, sides: tuple[Side, Side], used_at: tuple[str, str]) -> Entry:
    """A new variant of a union both versions have (``used_at``: where code meets it in each): narrow with
    ``isinstance``; the older package decodes it as an unknown object."""
    old, new = sides
    text = (
        f"union member `{member}` added: {_a(union)} `{union}` can now be {_a(member)} `{member}`; narrow with"
        " `isinstance` before using a variant's fields. Before upgrading,"
        f" `{old.package}` decodes it as an `UnknownNestedObject` (which keeps what the server sent and sends it"
        " back unchanged)"
    )
    before = f"from {old.package}.models import UnknownNestedObject\n"
    before += (
        f"if isinstance({used_at[0]}, UnknownNestedObject):\n    ...  # {_a(member)} {member}, unknown to {old.version}"
    )
    after = f"from {new.package}.models import {member}\n"
    after += f"if isinstance({used_at[1]}, {member}):\n    ...  # new in {new.version}"
    return Entry("union member", "added", text, before, after)


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"
