"""What the fake knows of the API: the shapes of the generated tables in ``_schema.py``.

``_schema.py`` is rendered from the same spec as the SDK's models, so the fake accepts exactly the
attributes, relationships, filters, sorts and includes the spec documents, and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Value:
    """The type of a value: a scalar kind, an enum's documented values, nested object names, or a list."""

    kind: str  # string integer boolean decimal date datetime object enum nested list
    enum: tuple[str | int, ...] = ()
    nested: tuple[str, ...] = ()  # nested object names a value may be (union members)
    item: Value | None = None


@dataclass(frozen=True, slots=True)
class Attr:
    """One attribute of a resource or nested object."""

    value: Value
    access: str = "read-only"
    nullable: bool = False
    required: bool = False
    write_only: bool = False
    default: tuple[Any, ...] = ()  # (value,) when documented
    minimum: int | None = None  # the documented range of a number
    maximum: int | None = None


@dataclass(frozen=True, slots=True)
class Rel:
    """One relationship."""

    targets: tuple[str, ...]
    to_many: bool = False
    access: str = "read-only"
    required: bool = False
    exclusive_with: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """A server-side write constraint: ``refuse`` (``refuses`` while ``field`` is ``test``), ``one_of``
    (at most one of ``fields``, exactly one on create) or ``at_least_one`` (on create)."""

    kind: str
    fields: tuple[str, ...]
    test: bool | str | None = None
    refuses: tuple[str, ...] = ()
    because: str = ""


@dataclass(frozen=True, slots=True)
class Nested:
    """A nested object: sent as ``{"type", "attributes"}`` when it has a wire type, else as plain keys."""

    wire_type: str | None
    attributes: dict[str, Attr]
    sendable: bool = True
    rules: tuple[Rule, ...] = ()


@dataclass(frozen=True, slots=True)
class Collection:
    """One resource type and the collection serving it."""

    type: str
    path: str
    operations: frozenset[str]
    attributes: dict[str, Attr]
    relationships: dict[str, Rel]
    singleton: bool = False
    paginated: bool = True
    filters: dict[str, Value] = field(default_factory=dict)
    sorts: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
