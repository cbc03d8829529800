"""What the fake knows of the API: the shapes of the generated tables in a version's ``_schema.py``.

``_schema.py`` is rendered from the same spec as the SDK's models, so the fake accepts exactly the
attributes, relationships, filters, sorts and includes the spec documents, and nothing else. Its ``SCHEMA``
(a ``FakeSchema``) is the one value a ``FakeDidww`` is given to serve that API version.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Value:
    """The type of a value: a scalar kind, an enum's documented values, nested object names, or a list."""

    kind: str  # a kind's name (didww_gen._kinds), enum, nested or list
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
    example: tuple[Any, ...] = ()  # (value,) a reference shows: answered when a write sends none and no default
    always_answered: bool = True  # False: the API does not answer it in every response


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
    sort_aliases: dict[str, str] = field(default_factory=dict)  # a sort name the API also accepts -> the sort


@dataclass(frozen=True, slots=True, eq=False)
class FakeSchema:
    """One API version as the fake serves it: its collections and nested objects by name, and
    ``seed_package``, the package whose ``_seed.json`` resource holds the reference seed."""

    version: str
    collections: Mapping[str, Collection]
    nested: Mapping[str, Nested]
    seed_package: str
    by_path: Mapping[str, Collection] = field(init=False, repr=False)
    """The collections with operations, by URL path."""
    inverses: Mapping[tuple[str, str], str] = field(init=False, repr=False)
    """(type, relationship) -> the relationship back, for the two-way pairs (see ``_inverse``)."""
    write_only: Mapping[str, frozenset[str]] = field(init=False, repr=False)
    """The attributes of each type the API never returns."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_path", {c.path: c for c in self.collections.values() if c.operations})
        object.__setattr__(self, "inverses", _inverse_pairs(self.collections))
        hidden = {t: frozenset(n for n, a in c.attributes.items() if a.write_only) for t, c in self.collections.items()}
        object.__setattr__(self, "write_only", hidden)

    def has(self, type: str, attribute: str | None = None) -> bool:
        """Whether this version has the collection ``type`` (and its ``attribute``, when given)."""
        collection = self.collections.get(type)
        return collection is not None and (attribute is None or attribute in collection.attributes)

    def attribute(self, type: str, *names: str) -> str | None:
        """The first of ``names`` that ``type`` has in this version: one attribute renamed between versions
        (``expires_at`` / ``expire_at``) is found by all its names; None when it has none of them."""
        collection = self.collections.get(type)
        return next((n for n in names if collection is not None and n in collection.attributes), None)

    def known(self, type: str, attributes: Mapping[str, Any]) -> dict[str, Any]:
        """The ``attributes`` this version documents for ``type`` (the others left out)."""
        documented = self.collections[type].attributes if type in self.collections else {}
        return {k: v for k, v in attributes.items() if k in documented}

    def fit(self, record: dict[str, Any]) -> dict[str, Any]:
        """A record (the seed's, ``fake.world``'s) with only what this version documents of its attributes
        and relationships (id, type and meta kept): the record itself when it has nothing else."""
        collection = self.collections[record["type"]]
        attributes, relationships = record.get("attributes") or {}, record.get("relationships") or {}
        if (
            attributes.keys() <= collection.attributes.keys()
            and relationships.keys() <= collection.relationships.keys()
        ):
            return record
        fitted = {**record, "attributes": self.known(record["type"], attributes)}
        fitted["relationships"] = {k: v for k, v in relationships.items() if k in collection.relationships}
        return fitted


def _inverse_pairs(collections: Mapping[str, Collection]) -> dict[tuple[str, str], str]:
    """The two-way relationships: one whose only target type has exactly one relationship back, where
    neither side has another relationship to the other (a trunk's group and the group's trunks)."""
    found = {}
    for type, collection in collections.items():
        for name, rel in collection.relationships.items():
            target = collections.get(rel.targets[0]) if len(rel.targets) == 1 else None
            if target is None:
                continue
            mine = [n for n, r in collection.relationships.items() if r.targets == rel.targets]
            theirs = [n for n, r in target.relationships.items() if r.targets == (type,)]
            if len(mine) == 1 and len(theirs) == 1:
                found[(type, name)] = theirs[0]
    return found
