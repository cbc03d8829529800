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

    @staticmethod
    def nested(obj: ir.NestedObject) -> Owner:
        return Owner(obj.name, None, {"attribute": {a.name: a for a in obj.attributes}})


def gone(version: str, what: str) -> str:
    return f"# {what}: gone in {version}"


# -- Python snippets ------------------------------------------------------------------------------
def call(resource: ir.Resource) -> str:
    """A typical call on the resource's repository (list, else find, else create)."""
    repo = f"client.{resource.path}"
    if "list" in resource.operations:
        return f"{repo}.list()"
    if "find" in resource.operations:
        return f"{repo}.find()" if resource.singleton else f'{repo}.find("id")'
    return f"{repo}.create({resource.class_name}(...))" if "create" in resource.operations else repo


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
        label = f"`{read(self.new if change.kind != 'removed' else self.old, change.area, name)}`"
        if change.area == "filter":
            label = f"filter `{name}`"
        if change.kind == "added":
            return self.added(change.area, name, label)
        if change.kind == "removed":
            code = read(self.old, change.area, name)
            return Entry(
                change.area, "removed", f"{label} removed", code, gone(self.new_side.version, label.strip("`"))
            )
        if change.kind == "renamed":
            new = change.detail.removeprefix("to ").split(" ", 1)[0]
            before, after = read(self.old, change.area, name), read(self.new, change.area, new)
            return Entry(change.area, "renamed", f"`{before}` renamed to `{after}`", before, after)
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
            before = typed(self.old, change.area, self.old_name(change.area, name), old_member)
            return Entry(change.area, "retyped", text, before, typed(self.new, change.area, name, new_member))
        if key in _ACCESS:
            return self.access(change.area, key, name, text, (old_member, new_member))
        return Entry(change.area, "other", text)

    def access(self, area: str, key: str, name: str, text: str, members: tuple[Any, Any]) -> Entry:
        old, new = members
        py, version = python_name(area, name), self.new_side.version
        before, after = [], []
        if key == "access" and old.creatable and not new.creatable:
            before.append(f"{self.old.cls}({python_name(area, self.old_name(area, name))}=...)")
            after.append(f"{self.new.cls}()  # {py} is {new.access} in {version}: not sent on create")
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
    if key == "required":
        return ("now required" if now == "True" else "no longer required") + (" on create" if on_create else "")
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
    name = change.subject.split(" ", 1)[1]
    if change.area == "operation":
        text = f"operation `{name}` {change.kind}"
        if change.kind == "added":
            return Entry("operation", "added", text)
        return Entry("operation", "removed", text, operation_call(old, name), gone(sides[1].version, name))
    if change.kind == "renamed":  # a sort, renamed with its attribute
        now = change.detail.removeprefix("to ")
        before, after = f'client.{old.path}.list(sort="{name}")', f'client.{new.path}.list(sort="{now}")'
        return Entry(change.area, "renamed", f"{change.area} `{name}` renamed to `{now}`", before, after)
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
