"""The neutral shape every spec source produces: facts about an API version, without any prose.

A source (the OpenAPI document today, the Postman collection later) fills these; the importer merges them
into the YAML spec. ``None`` or an empty value means "the source is silent", never "the API has none".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class TypeFacts:
    """A value's JSON type: a scalar kind, a list of an item type, or one of a set of nested objects."""

    kind: str  # a kind's name (didww_gen._kinds), list or nested
    enum: tuple[str | int, ...] = ()  # the members the source lists ((): silent)
    item: TypeFacts | None = None
    variants: tuple[str, ...] = ()  # nested: the wire types ("" for a plain object) of its nested objects
    minimum: int | None = None
    maximum: int | None = None
    min_items: int | None = None


def access_of(create: bool, update: bool) -> str:
    """The spec's access value of a member that creates and/or updates accept."""
    if create and update:
        return "create-update"
    return "create-only" if create else "update-only" if update else "read-only"


@dataclass(frozen=True)
class FieldFacts:
    """An attribute (or meta value) of a resource or nested object."""

    name: str
    type: TypeFacts
    nullable: bool = False
    returned: bool = True  # present in responses (False: accepted in requests only)
    create: bool = False
    update: bool = False
    required: bool | None = None  # a create must send it (None: the source is silent)

    @property
    def access(self) -> str:
        """The spec's access value for what the requests accept."""
        return access_of(self.create, self.update)


def seen_again(
    old: FieldFacts | None, new: FieldFacts, join: Callable[[TypeFacts, TypeFacts], TypeFacts]
) -> FieldFacts:
    """One field seen in several places (a response, a create, an update): what any of them shows, the two
    types joined by the source's own rule."""
    if old is None:
        return new
    required = new.required if new.required is not None else old.required
    return replace(
        old,
        type=join(old.type, new.type),
        nullable=old.nullable or new.nullable,
        returned=old.returned or new.returned,
        create=old.create or new.create,
        update=old.update or new.update,
        required=required,
    )


@dataclass(frozen=True)
class RelationshipFacts:
    """A relationship of a resource; ``targets`` is empty when the source does not name the related type.

    ``required`` is True only where the source says a create must send it (False: not stated or optional).
    """

    name: str
    to_many: bool | None  # None: the source does not show the cardinality
    targets: tuple[str, ...] = ()
    returned: bool = True
    create: bool = False
    update: bool = False
    required: bool = False

    @property
    def access(self) -> str:
        """The spec's access value for what the requests accept."""
        return access_of(self.create, self.update)


@dataclass(frozen=True)
class NestedFacts:
    """A nested object, identified by its wire ``type`` (for a union member) and the source's own name."""

    wire_type: str
    title: str
    attributes: dict[str, FieldFacts]
    request: bool
    response: bool


@dataclass(frozen=True)
class ResourceFacts:
    """One JSON:API resource type and the collection path serving it."""

    type: str
    title: str
    path: str | None
    operations: frozenset[str]
    singleton: bool
    paginated: bool | None  # None: the source does not show whether its list paginates
    attributes: dict[str, FieldFacts]
    relationships: dict[str, RelationshipFacts]
    meta: dict[str, FieldFacts] = field(default_factory=dict)
    document_meta: dict[str, FieldFacts] = field(default_factory=dict)
    filters: tuple[str, ...] | None = None
    sorts: tuple[str, ...] | None = None
    includes: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ApiFacts:
    """Everything one source states about one API version."""

    version: str
    title: str
    environments: dict[str, str]
    resources: dict[str, ResourceFacts]
    nested: dict[str, NestedFacts]  # by wire type
    # False for an incomplete witness (a Postman collection's examples): what it does not show may still
    # exist, so a merge only adds and widens, never removes or narrows from its silence
    complete: bool = True
    # the evidence of what every answer carries (codegen.evidence): the source's name, its 2xx response example
    # documents as published, and (OpenAPI) each resource type's response attributes schema, $refs inlined
    source: str = ""
    answers: tuple[Any, ...] = ()
    answer_schemas: Mapping[str, Any] = field(default_factory=dict)
