"""The intermediate model: the spec with every reference resolved and every Python name decided.

Templates read only this model. Building it checks what the JSON Schema cannot: references to enums,
nested objects and resources exist, names do not collide, include paths follow real relationships.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from codegen import _spec_model as sm
from codegen.diagnose import did_you_mean
from codegen.errors import Problem, SpecError
from codegen.loader import LoadedSpec
from codegen.naming import camel, field_name, snake
from didww_gen._kinds import BY_NAME, ScalarKind, kind_named


def text(description: sm.Description | None) -> str:
    return description.root.strip() if description is not None else ""


@dataclass(frozen=True)
class TypeRef:
    """A resolved type: a scalar, an enum, a nested object or union, or a list of one of those."""

    kind: str
    name: str = ""
    item: TypeRef | None = None

    @property
    def declared(self) -> ScalarKind | None:
        """The kind of a scalar type (None for a list, an enum or a nested object)."""
        return kind_named(self.kind)

    @property
    def annotation(self) -> str:
        """The type as type checkers see it."""
        if self.kind == "list":
            assert self.item is not None
            return f"list[{self.item.annotation}]"
        if self.kind in ("enum", "nested"):
            return self.name
        return BY_NAME[self.kind].annotation

    @property
    def wire_annotation(self) -> str:
        """The runtime field's type: a kind's stricter one where it has one (``StrictInt``)."""
        if self.kind == "list":
            assert self.item is not None
            return f"list[{self.item.wire_annotation}]"
        declared = self.declared
        return (declared.wire_annotation or declared.annotation) if declared is not None else self.annotation

    @property
    def codec(self) -> str:
        """How the runtime encodes the value: the runtime's ``Kind`` member name."""
        if self.kind == "list":
            assert self.item is not None
            return "LIST_NESTED" if self.item.kind == "nested" else "LIST"
        if self.kind in ("enum", "nested"):
            return self.kind.upper()
        return BY_NAME[self.kind].codec

    @property
    def mutable(self) -> bool:
        declared = self.declared
        return self.kind in ("list", "nested") or (declared is not None and declared.mutable)

    def names(self, kind: str) -> set[str]:
        """Enum or nested class names this type refers to."""
        own = {self.name} if self.kind == kind else set()
        return own | (self.item.names(kind) if self.item else set())


@dataclass(frozen=True)
class Attribute:
    name: str
    type: TypeRef
    nullable: bool
    access: str
    write_only: bool
    secret: bool
    description: str
    required: bool = False
    default: tuple[Any, ...] = ()  # (value,) when the spec documents a default, () when it does not
    minimum: int | None = None  # the documented range of an integer (None: unbounded)
    maximum: int | None = None
    always_answered: bool = True  # False: ``answered: sometimes`` (read as None when absent)
    example: tuple[Any, ...] = ()  # (value,) a reference document shows, for the fake to answer

    @property
    def reads_none(self) -> bool:
        """Whether a read may give None: a nullable value, or one not in every answer."""
        return self.nullable or not self.always_answered

    @property
    def creatable(self) -> bool:
        return self.access in ("create-only", "create-update")

    @property
    def updatable(self) -> bool:
        return self.access in ("update-only", "create-update")


@dataclass(frozen=True)
class Relationship:
    name: str
    to_many: bool
    targets: tuple[str, ...]
    target_classes: tuple[str, ...]
    access: str
    write_only: bool
    exclusive_with: tuple[str, ...]
    description: str
    required: bool = False

    @property
    def item_annotation(self) -> str:
        return " | ".join(f"_{c}" for c in self.target_classes)

    @property
    def annotation(self) -> str:
        return f"list[{self.item_annotation}]" if self.to_many else self.item_annotation

    @property
    def creatable(self) -> bool:
        return self.access in ("create-only", "create-update")

    @property
    def updatable(self) -> bool:
        return self.access in ("update-only", "create-update")


@dataclass(frozen=True)
class WriteRule:
    """One write rule of a resource or nested object (the runtime's ``didww_gen._rules`` classes)."""

    kind: str  # "cascade", "refuse", "one_of", "at_least_one" or "range" (from an attribute's bounds)
    fields: tuple[str, ...]  # cascade, refuse and range: the field tested; the others: the group
    test: bool | str | None = None
    sends: tuple[tuple[str, Any], ...] = ()
    refuses: tuple[str, ...] = ()
    because: str = ""
    minimum: int | None = None
    maximum: int | None = None
    elsewhere: tuple[tuple[str, str], ...] = ()
    """one_of / at_least_one of a nested object: (field, class) of the fields that another object of the same
    wire type has (one class per way to send it, e.g. DID order items), so the group spans the classes."""

    @property
    def summary(self) -> str:
        """The rule in words, for the API reference."""
        shown = "set" if self.test == "not_blank" else str(self.test).lower()
        if self.kind == "cascade":
            sends = ", ".join(f"`{name}={_json(value)}`" for name, value in self.sends)
            return f"changing `{self.fields[0]}` to {shown} also sends {sends}"
        if self.kind == "range":
            bounds = [f"at least {self.minimum}" if self.minimum is not None else ""]
            bounds.append(f"at most {self.maximum}" if self.maximum is not None else "")
            return f"`{self.fields[0]}` is {' and '.join(b for b in bounds if b)}"
        if self.kind == "refuse":
            refused = ", ".join(f"`{name}`" for name in self.refuses)
            return f"while `{self.fields[0]}` is {shown}, {refused} cannot be sent: {self.because}"
        where = dict(self.elsewhere)
        names = " / ".join(f"`{name}`" + (f" ({where[name]})" if name in where else "") for name in self.fields)
        amount = "exactly one" if self.kind == "one_of" else "at least one"
        return f"a create sends {amount} of {names}: {self.because}"


def _json(value: Any) -> str:
    return "null" if value is None else str(value).lower() if isinstance(value, bool) else repr(value)


@dataclass(frozen=True)
class Filter:
    name: str
    type: TypeRef
    array: bool
    description: str
    values: tuple[str | int, ...] = ()
    """An enum filter's member values: the plain values it takes besides the members (the runtime refuses others)."""

    @property
    def annotation(self) -> str:
        one = self.type.annotation
        if self.type.kind == "enum":  # a member (a value this SDK does not list: Enum("value")) or a listed value
            one = f"{one} | Literal[{', '.join(repr(v) for v in self.values)}]"
        return f"{one} | Sequence[{one}]" if self.array else one


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str | int
    description: str


@dataclass(frozen=True)
class Enum:
    name: str
    is_int: bool
    description: str
    members: tuple[EnumMember, ...]


@dataclass(frozen=True)
class NestedObject:
    name: str
    wire_type: str | None
    description: str
    direction: str
    attributes: tuple[Attribute, ...]
    rules: tuple[WriteRule, ...] = ()
    refusal: str | None = None

    @property
    def sole_ways(self) -> frozenset[str]:
        """Fields a constructor requires although not ``required``: this class's only field of a one_of rule
        whose other fields other classes have (a DidOrderItem orders by ``qty``, the only way it has)."""
        return frozenset(
            own[0]
            for rule in self.rules
            if rule.kind == "one_of" and rule.elsewhere
            for own in [[f for f in rule.fields if f not in dict(rule.elsewhere)]]
            if len(own) == 1
        )


@dataclass(frozen=True)
class NestedUnion:
    name: str
    description: str
    members: tuple[NestedObject, ...]

    @property
    def decodable(self) -> tuple[NestedObject, ...]:
        return tuple(m for m in self.members if m.direction != "request")


@dataclass(frozen=True)
class Wait:
    """A resource that completes asynchronously: ``attribute`` (a field name) reaches one of ``final``."""

    attribute: str
    final: tuple[str, ...]


@dataclass(frozen=True)
class Resource:
    type: str
    class_name: str
    path: str
    description: str
    operations: frozenset[str]
    singleton: bool
    paginated: bool
    attributes: tuple[Attribute, ...]
    relationships: tuple[Relationship, ...]
    meta: tuple[Attribute, ...]
    document_meta: tuple[Attribute, ...]
    includes: tuple[str, ...]
    filters: tuple[Filter, ...]
    sorts: tuple[str, ...]  # the documented sorts, then the aliases
    rules: tuple[WriteRule, ...] = ()
    included_types: tuple[str, ...] = ()
    wait: Wait | None = None
    sort_aliases: tuple[tuple[str, str], ...] = ()  # (alias, the documented sort it orders by)
    columns: tuple[str, ...] = ()  # the command line's table columns chosen in the spec (empty: a default)

    @property
    def module(self) -> str:
        return snake(self.class_name)

    @property
    def repository_class(self) -> str:
        return f"{camel(self.path)}Repository"

    @property
    def has_repository(self) -> bool:
        return bool(self.operations)

    @property
    def page_type(self) -> str:
        """The type argument of this resource's pages: the model, and its document meta if typed."""
        return f"{self.class_name}, {self.class_name}DocumentMeta" if self.document_meta else self.class_name

    @property
    def related_classes(self) -> list[str]:
        """Classes of relationship targets (each imported for type checking only)."""
        return sorted({c for r in self.relationships for c in r.target_classes})

    def types_used(self, kind: str) -> list[str]:
        found: set[str] = set()
        for attr in (*self.attributes, *self.meta, *self.document_meta):
            found |= attr.type.names(kind)
        for filt in self.filters:
            found |= filt.type.names(kind)
        return sorted(found)


@dataclass(frozen=True)
class Api:
    version: str
    title: str
    description: str
    environments: dict[str, str]
    default_environment: str
    source: str
    enums: tuple[Enum, ...]
    objects: tuple[NestedObject, ...]
    unions: tuple[NestedUnion, ...]
    resources: tuple[Resource, ...] = field(default=())

    @property
    def repositories(self) -> list[Resource]:
        return sorted((r for r in self.resources if r.has_repository), key=lambda r: r.path)


class _Builder:
    """Turns the validated bundle into the intermediate model, collecting every problem on the way."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.spec = spec
        self.problems: list[Problem] = []
        bundle = spec.bundle
        self.enum_names = set(bundle.enums.root)
        self.object_names = set(bundle.nested.objects or {})
        self.union_names = set(bundle.nested.unions or {})
        self.types = {r.type.root: r for r in bundle.resources}
        self._enum_values: dict[str, set[str]] = {}  # enum name -> wire values, set by build()
        self._enum_members: dict[str, tuple[str | int, ...]] = {}  # enum name -> member values in order, too

    def fail(self, section: str, index: int | None, keys: Iterable[str | int], message: str) -> None:
        self.problems.append(self.spec.problem(section, index, list(keys), message))

    # -- types -------------------------------------------------------------------------------
    def type_ref(self, ref: sm.TypeRef, where: tuple[str, int | None, list[str | int]]) -> TypeRef:
        root = ref.root
        section, index, keys = where
        if isinstance(root, sm.ScalarType):
            if root.value not in BY_NAME:  # spec.schema.json allows a kind the kinds table lacks
                message = (
                    f"type {root.value!r} is allowed by spec/spec.schema.json but the generator has no kind for it: "
                    f'add src/didww_gen/_kinds/{root.value}.py (README "Adding a kind"), then make generate'
                )
                self.fail(section, index, keys, message)
            return TypeRef(root.value)
        if isinstance(root, sm.EnumType):
            if root.enum.root not in self.enum_names:
                hint = did_you_mean(root.enum.root, self.enum_names)
                self.fail(section, index, keys, f"unknown enum {root.enum.root!r}{hint}: declare it in enums.yaml")
            return TypeRef("enum", root.enum.root)
        if isinstance(root, sm.NestedType):
            name = root.nested.root
            if name not in self.object_names | self.union_names:
                hint = did_you_mean(name, self.object_names | self.union_names)
                self.fail(section, index, keys, f"unknown nested object {name!r}{hint}: declare it in nested.yaml")
            return TypeRef("nested", name)
        return TypeRef("list", item=self.type_ref(root.list, where))

    def filter(self, name: str, spec: sm.Filter, type_ref: TypeRef) -> Filter:
        values = self._enum_members.get(type_ref.name, ()) if type_ref.kind == "enum" else ()
        return Filter(name, type_ref, bool(spec.array), text(spec.description), values)

    def attributes(
        self,
        attrs: sm.Attributes | None,
        section: str,
        index: int | None,
        prefix: list[str | int],
        force_read_only: bool = False,
    ) -> tuple[Attribute, ...]:
        result = []
        for name, spec in (attrs.root if attrs else {}).items():
            keys: list[str | int] = [*prefix, name, "type"]
            access = "read-only" if force_read_only else (spec.access.value if spec.access else "read-only")
            result.append(
                Attribute(
                    name=name,
                    type=self.type_ref(spec.type, (section, index, keys)),
                    nullable=bool(spec.nullable),
                    access=access,
                    write_only=bool(spec.write_only),
                    secret=bool(spec.secret),
                    description=text(spec.description),
                    required=bool(spec.required),
                    default=(spec.default,) if "default" in spec.model_fields_set else (),
                    minimum=spec.minimum,
                    maximum=spec.maximum,
                    always_answered=spec.answered is None or spec.answered.value == "always",
                    example=(spec.example,) if "example" in spec.model_fields_set else (),
                )
            )
            if (spec.write_only or spec.required) and access == "read-only":
                self.fail(section, index, [*prefix, name], "write_only and required need a writable access")
        return tuple(result)

    # -- write rules -------------------------------------------------------------------------
    def rules(
        self,
        specs: list[sm.Rule] | None,
        fields: dict[str, Attribute | Relationship],
        where: tuple[str, int | None, list[str | int]],
        siblings: Mapping[str, str] | None = None,
    ) -> tuple[WriteRule, ...]:
        """``siblings``: field -> class of the other nested objects of the same wire type (for one_of and
        at_least_one, which may span them)."""
        section, index, prefix = where
        result = []
        for position, spec in enumerate(specs or ()):
            rule = _write_rule(spec.root)
            keys: list[str | int] = [*prefix, "rules", position]
            if rule.kind in ("one_of", "at_least_one") and siblings:
                elsewhere = tuple((n, siblings[n]) for n in rule.fields if n not in fields and n in siblings)
                rule = dataclasses.replace(rule, elsewhere=elsewhere)
                if len(elsewhere) == len(rule.fields):
                    self.fail(section, index, keys, "the rule names no field of this object")
            spanned = dict(rule.elsewhere)
            for name in (*rule.fields, *(n for n, _ in rule.sends), *rule.refuses):
                if name not in fields and name not in spanned:
                    self.fail(section, index, keys, f"the rule names {name!r}, which is not a field here")
            tested = fields.get(rule.fields[0])
            if isinstance(rule.test, bool) and not (isinstance(tested, Attribute) and tested.type.kind == "boolean"):
                self.fail(section, index, keys, f"is: {str(rule.test).lower()} tests a field that is not a boolean")
            for name, value in rule.sends:
                target = fields.get(name)
                if value is None and isinstance(target, Attribute) and not target.nullable:
                    self.fail(section, index, keys, f"the rule sends null to {name!r}, which is not nullable")
            result.append(rule)
        return tuple(result)

    # -- enums and nested --------------------------------------------------------------------
    def enums(self) -> tuple[Enum, ...]:
        result = []
        for name, spec in sorted(self.spec.bundle.enums.root.items()):
            is_int = spec.type.value == "integer"
            seen_names: set[str] = set()
            seen_values: set[str | int] = set()
            for i, member in enumerate(spec.members):
                if isinstance(member.value, int) != is_int or isinstance(member.value, bool):
                    self.fail(
                        "enums",
                        None,
                        [name, "members", i, "value"],
                        f"value {member.value!r} is not of the enum's type {spec.type.value}",
                    )
                if member.name in seen_names or member.value in seen_values:
                    self.fail("enums", None, [name, "members", i], f"duplicate member {member.name}={member.value!r}")
                seen_names.add(member.name)
                seen_values.add(member.value)
            members = tuple(EnumMember(m.name, m.value, text(m.description)) for m in spec.members)
            result.append(Enum(name, is_int, text(spec.description), members))
        return tuple(result)

    def nested_object(self, name: str, spec: sm.NestedObject, siblings: Mapping[str, str]) -> NestedObject:
        attributes = self.attributes(spec.attributes, "nested", None, ["objects", name, "attributes"])
        direction = spec.direction.value if spec.direction else "both"
        if spec.not_sendable is not None and direction != "response":
            self.fail("nested", None, ["objects", name, "not_sendable"], "not_sendable needs direction: response")
        refusal = text(spec.not_sendable) or "the API only returns it, it is never sent"
        fields: dict[str, Attribute | Relationship] = {field_name(a.name): a for a in attributes}
        return NestedObject(
            name=name,
            wire_type=spec.type.root if spec.type else None,
            description=text(spec.description),
            direction=direction,
            attributes=attributes,
            rules=self.rules(spec.rules, fields, ("nested", None, ["objects", name]), siblings) + _ranges(attributes),
            refusal=refusal if direction == "response" else None,
        )

    def nested(self) -> tuple[tuple[NestedObject, ...], tuple[NestedUnion, ...]]:
        nested = self.spec.bundle.nested
        clash = self.object_names & self.union_names
        for name in sorted(clash):
            self.fail("nested", None, ["unions", name], f"{name} is both an object and a union")
        specs = sorted((nested.objects or {}).items())
        objects = {name: self.nested_object(name, spec, _siblings(name, spec, specs)) for name, spec in specs}
        unions = []
        for name, spec in sorted((nested.unions or {}).items()):
            members = []
            for i, member in enumerate(spec.members):
                obj = objects.get(member.root)
                if obj is None:
                    self.fail("nested", None, ["unions", name, "members", i], f"unknown nested object {member.root!r}")
                elif obj.wire_type is None:
                    self.fail(
                        "nested",
                        None,
                        ["unions", name, "members", i],
                        f"{member.root} has no 'type', so it cannot be told apart in a union",
                    )
                else:
                    members.append(obj)
            unions.append(NestedUnion(name, text(spec.description), tuple(members)))
        return tuple(objects.values()), tuple(unions)

    # -- resources ---------------------------------------------------------------------------
    def relationship(self, index: int, name: str, spec: sm.Relationship) -> Relationship:
        targets = [spec.target.root] if isinstance(spec.target, sm.Identifier) else [t.root for t in spec.target.root]
        classes = []
        for target in targets:
            if target not in self.types:
                self.fail(
                    "resources",
                    index,
                    ["relationships", name, "target"],
                    f"unknown resource type {target!r}{did_you_mean(target, self.types)}: add resources/{target}.yaml",
                )
            else:
                classes.append(self.types[target].class_.root)
        return Relationship(
            name=name,
            to_many=spec.cardinality.value == "to-many",
            targets=tuple(targets),
            target_classes=tuple(classes),
            access=spec.access.value if spec.access else "read-only",
            write_only=bool(spec.write_only),
            exclusive_with=tuple(e.root for e in spec.exclusive_with or ()),
            description=text(spec.description),
            required=bool(spec.required),
        )

    def resource(self, index: int, spec: sm.ResourceFile) -> Resource:
        attributes = self.attributes(spec.attributes, "resources", index, ["attributes"])
        relationships = tuple(self.relationship(index, n, r) for n, r in (spec.relationships or {}).items())
        rel_names = {r.name for r in relationships}
        for attr in attributes:
            if attr.name in rel_names or attr.name in ("id", "meta", "type"):
                self.fail(
                    "resources",
                    index,
                    ["attributes", attr.name],
                    f"duplicate field {attr.name!r}: already a relationship or a reserved name",
                )
        for rel in relationships:
            for other in rel.exclusive_with:
                if other not in rel_names or other == rel.name:
                    self.fail(
                        "resources",
                        index,
                        ["relationships", rel.name, "exclusive_with"],
                        f"exclusive_with names {other!r}, which is not another relationship",
                    )
        operations = frozenset(op.value for op in spec.operations)
        if spec.singleton and operations - {"find", "update"}:
            self.fail("resources", index, ["operations"], "a singleton offers only find and update")
        filters = tuple(
            self.filter(name, f, self.type_ref(f.type, ("resources", index, ["filters", name, "type"])))
            for name, f in (spec.filters or {}).items()
        )
        sorts = [s.root for s in spec.sorts or ()]
        for alias, target in (spec.sort_aliases or {}).items():
            if alias in sorts or target.of not in sorts:
                why = f"{alias!r} is a sort itself" if alias in sorts else f"{target.of!r} is not one of its sorts"
                self.fail("resources", index, ["sort_aliases", alias], f"a sort alias names another sort: {why}")
        if (filters or spec.sorts) and "list" not in operations:
            self.fail("resources", index, ["filters"], "filters and sorts need the list operation")
        return Resource(
            type=spec.type.root,
            class_name=spec.class_.root,
            path=spec.path.root if spec.path else spec.type.root,
            description=text(spec.description),
            operations=operations,
            singleton=bool(spec.singleton),
            paginated=spec.paginated is not False,
            attributes=attributes,
            relationships=relationships,
            meta=self.attributes(spec.meta, "resources", index, ["meta"], force_read_only=True),
            document_meta=self.attributes(
                spec.document_meta, "resources", index, ["document_meta"], force_read_only=True
            ),
            includes=tuple(i.root for i in spec.includes or ()),
            filters=filters,
            sorts=tuple(s.root for s in spec.sorts or ()) + tuple(spec.sort_aliases or {}),
            sort_aliases=tuple((alias, a.of) for alias, a in (spec.sort_aliases or {}).items()),
            rules=self.rules(
                spec.rules,
                {**{field_name(a.name): a for a in attributes}, **{r.name: r for r in relationships}},
                ("resources", index, []),
            )
            + _ranges(attributes),
            wait=self.wait(index, spec.wait, attributes, operations),
            columns=self.columns(index, spec.cli, attributes, relationships),
        )

    def columns(
        self,
        index: int,
        spec: sm.Cli | None,
        attributes: tuple[Attribute, ...],
        relationships: tuple[Relationship, ...],
    ) -> tuple[str, ...]:
        """The resource's ``cli: columns:``: names of its attributes or relationships."""
        names = [*(a.name for a in attributes), *(r.name for r in relationships)]
        chosen = tuple(spec.columns or ()) if spec is not None else ()
        for position, name in enumerate(chosen):
            if name not in names:
                self.fail(
                    "resources",
                    index,
                    ["cli", "columns", position],
                    f"column {name!r} is not a field of this resource{did_you_mean(name, names)}",
                )
        return chosen

    def wait(
        self, index: int, spec: sm.Wait | None, attributes: tuple[Attribute, ...], ops: frozenset[str]
    ) -> Wait | None:
        """The resource's ``wait:``: an enum attribute and final values among its members; needs ``find``."""
        if spec is None:
            return None
        attr = next((a for a in attributes if a.name == spec.attribute), None)
        enum = self._enum_values.get(attr.type.name) if attr is not None and attr.type.kind == "enum" else None
        if attr is None or enum is None or "find" not in ops:
            self.fail("resources", index, ["wait", "attribute"], "wait needs an enum attribute and the find operation")
            return None
        for position, value in enumerate(spec.final):
            if value not in enum:
                self.fail(
                    "resources", index, ["wait", "final", position], f"{value!r} is not a value of {attr.type.name}"
                )
        return Wait(field_name(spec.attribute), tuple(spec.final))

    def included_types(self, index: int, resource: Resource, by_type: dict[str, Resource]) -> tuple[str, ...]:
        found: set[str] = set()
        for position, path in enumerate(resource.includes):
            current = [resource]
            for segment in path.split("."):
                rels = [r for res in current for r in res.relationships if r.name == segment]
                if not rels:
                    names = "/".join(res.type for res in current)
                    self.fail(
                        "resources",
                        index,
                        ["includes", position],
                        f"include {path!r}: {names} has no relationship {segment!r}"
                        + did_you_mean(segment, [r.name for res in current for r in res.relationships]),
                    )
                    break
                current = [by_type[t] for rel in rels for t in rel.targets if t in by_type]
                found.update(res.type for res in current)
        return tuple(sorted(found))

    def build(self) -> Api:
        bundle = self.spec.bundle
        enums = self.enums()
        self._enum_values = {e.name: {str(m.value) for m in e.members} for e in enums}
        self._enum_members = {e.name: tuple(m.value for m in e.members) for e in enums}
        objects, unions = self.nested()
        seen: dict[tuple[str, str], int] = {}
        resources = []
        for index, spec in enumerate(bundle.resources):
            for key, value in (("type", spec.type.root), ("class", spec.class_.root)):
                if (key, value) in seen:
                    self.fail("resources", index, [key], f"duplicate resource {key} {value!r}")
                seen[(key, value)] = index
            resources.append(self.resource(index, spec))
        by_type = {r.type: r for r in resources}
        resources = [
            Resource(**{**r.__dict__, "included_types": self.included_types(i, r, by_type)})
            for i, r in enumerate(resources)
        ]
        if self.problems:
            raise SpecError(self.problems)
        api = bundle.api
        envs = dict(api.environments)
        default = api.default_environment or next(iter(envs))
        if default not in envs:
            raise SpecError(
                [self.spec.problem("api", None, ["default_environment"], f"{default!r} is not an environment")]
            )
        return Api(
            version=api.version,
            title=api.title,
            description=text(api.description),
            environments=envs,
            default_environment=default,
            source=str(self.spec.api.path.rsplit("/", 1)[0]),
            enums=enums,
            objects=objects,
            unions=unions,
            resources=tuple(sorted(resources, key=lambda r: r.type)),
        )


def _write_rule(spec: sm.CascadeRule | sm.RefuseRule | sm.OneOfRule | sm.AtLeastOneRule) -> WriteRule:
    if isinstance(spec, sm.CascadeRule):
        return WriteRule(
            "cascade", (spec.when.root,), spec.is_.root, tuple(spec.sends.items()), because=text(spec.description)
        )
    if isinstance(spec, sm.RefuseRule):
        refuses = tuple(r.root for r in spec.refuses)
        return WriteRule("refuse", (spec.when.root,), spec.is_.root, refuses=refuses, because=text(spec.because))
    if isinstance(spec, sm.OneOfRule):
        return WriteRule("one_of", tuple(f.root for f in spec.one_of), because=text(spec.because))
    return WriteRule("at_least_one", tuple(f.root for f in spec.at_least_one), because=text(spec.because))


def _siblings(name: str, spec: sm.NestedObject, specs: list[tuple[str, sm.NestedObject]]) -> dict[str, str]:
    """Field -> class of the fields that only other objects of this one's wire type have (none without a type)."""
    if spec.type is None:
        return {}
    own = set(spec.attributes.root if spec.attributes else {})
    found: dict[str, str] = {}
    for other, other_spec in specs:
        if other != name and other_spec.type is not None and other_spec.type.root == spec.type.root:
            for field in other_spec.attributes.root if other_spec.attributes else {}:
                if field not in own:
                    found.setdefault(field, other)
    return found


def _ranges(attributes: tuple[Attribute, ...]) -> tuple[WriteRule, ...]:
    """A range rule for each attribute with documented bounds (checked on what is sent)."""
    return tuple(
        WriteRule("range", (field_name(a.name),), minimum=a.minimum, maximum=a.maximum)
        for a in attributes
        if a.minimum is not None or a.maximum is not None
    )


def build(spec: LoadedSpec) -> Api:
    """Resolve and check the loaded spec; raises :class:`SpecError` listing every problem."""
    return _Builder(spec).build()


def as_dict(value: Any) -> Any:
    """A plain view of the model, for debugging (``python -m codegen --dump``)."""
    if hasattr(value, "__dataclass_fields__"):
        return {k: as_dict(getattr(value, k)) for k in value.__dataclass_fields__}
    if isinstance(value, (list, tuple)):
        return [as_dict(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(value)
    return value
