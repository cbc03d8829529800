"""Types inferred from a Postman collection's example values, refined by its definitions' model lines.

A value gives a kind (a date or date-time string by its format, an object with ``type`` and ``attributes``
a nested object of that wire type); several values of one field join into the most general kind they share.
``kind ""`` means only nulls were seen; :func:`finished` makes it a string.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from codegen.naming import camel
from codegen.sources.facts import FieldFacts, RelationshipFacts, TypeFacts, seen_again
from codegen.sources.postman_models import DefinedField
from didww_gen._kinds import KINDS, kind_named

_UNSEEN = TypeFacts("")
_TEXT = {k.name for k in KINDS if k.json_type == "string"}
"""Kinds sent as JSON strings: examples of several of them are strings."""
NestedSink = Callable[[str, dict[str, Any]], None]


def of_value(value: Any, nested: NestedSink) -> TypeFacts | None:
    """The type one example value shows (None for null); a nested object is passed to ``nested``."""
    if value is None:
        return None
    if not isinstance(value, (list, dict)):
        return TypeFacts(_shown_kind(value))
    if isinstance(value, list):
        item: TypeFacts | None = None
        for element in value:
            shown = of_value(element, nested)
            item = join(item, shown) if item and shown else item or shown
        return TypeFacts("list", item=item)
    if isinstance(value.get("type"), str) and isinstance(value.get("attributes"), dict):
        nested(value["type"], value["attributes"])
        return TypeFacts("nested", variants=(value["type"],))
    return TypeFacts(_shown_kind(value))


def _shown_kind(value: Any) -> str:
    """The kind whose example shape a scalar (or a plain object) fits: a specific one before a fallback."""
    shaped = [k for k in KINDS if k.postman_shape is not None and k.postman_shape(value)]
    specific = [k for k in shaped if not k.postman_fallback]
    found = specific or shaped
    return found[0].name if found else "string"


def join(old: TypeFacts, new: TypeFacts) -> TypeFacts:
    """The type of a field that showed both ``old`` and ``new`` values."""
    if not old.kind or not new.kind:
        return old if old.kind else new
    if old.kind == new.kind:
        item = join(old.item, new.item) if old.item and new.item else old.item or new.item
        return replace(old, item=item, variants=tuple(dict.fromkeys((*old.variants, *new.variants))))
    kinds = {old.kind, new.kind}
    carrier = next((k for k in KINDS if k.name in kinds and kinds - {k.name} <= set(k.carried_by) - _TEXT), None)
    if carrier is not None:  # integer and decimal examples: a decimal
        return TypeFacts(carrier.name)
    if kinds <= _TEXT:
        return TypeFacts("string")
    return old


def seen_field(old: FieldFacts | None, name: str, shown: TypeFacts | None, side: str) -> FieldFacts:
    """A field after one more example value on ``side`` (response, create or update)."""
    new = FieldFacts(
        name,
        shown or _UNSEEN,
        nullable=shown is None,
        returned=side == "response",
        create=side == "create",
        update=side == "update",
    )
    return seen_again(old, new, join)


def seen_relationship(old: RelationshipFacts | None, name: str, shown: Any, side: str) -> RelationshipFacts:
    """A relationship after one more example (``{"data": ..., "links": ...}``) on ``side``."""
    shown = shown if isinstance(shown, dict) else {}
    data = shown.get("data")
    to_many = isinstance(data, list) if "data" in shown and data is not None else None
    linked = data if isinstance(data, list) else [data]
    targets = tuple(str(d["type"]) for d in linked if isinstance(d, dict) and isinstance(d.get("type"), str))
    old = old or RelationshipFacts(name, to_many, returned=False)
    return replace(
        old,
        to_many=old.to_many if old.to_many is not None else to_many,
        targets=tuple(dict.fromkeys((*old.targets, *targets))),
        returned=old.returned or side == "response",
        create=old.create or side == "create",
        update=old.update or side == "update",
    )


def defined_relationship(
    old: RelationshipFacts | None, name: str, to_many: bool, target: str | None
) -> RelationshipFacts:
    """A relationship as the definition states it (its cardinality wins; its target joins the linkage's)."""
    old = old or RelationshipFacts(name, to_many)
    targets = old.targets if old.targets or target is None else (target,)
    return replace(old, to_many=to_many, targets=targets, returned=True)


def defined_field(old: FieldFacts | None, name: str, line: DefinedField, samples: set[str]) -> FieldFacts:
    """A field refined by its definition line (``samples``: the string values its examples show)."""
    old = old or FieldFacts(name, _UNSEEN)
    return replace(
        old, type=refined(old.type, line, samples), nullable=old.nullable or line.nullable is True, returned=True
    )


def refined(shown: TypeFacts, line: DefinedField, samples: set[str]) -> TypeFacts:
    """The examples' type, made precise by what the definition line states (the examples win a conflict)."""
    if line.kind == "list":
        item = refined(shown.item or _UNSEEN, line.item, set()) if line.item else shown.item
        return TypeFacts("list", item=item) if shown.kind in ("", "list") else shown
    if line.kind is None:
        return shown
    if line.enum and shown.kind in ("", "string", "integer"):
        members = enum_members(line.enum, samples)
        return TypeFacts(line.kind, members) if members else TypeFacts(shown.kind or line.kind)
    stated = kind_named(line.kind)
    if not shown.kind or (shown.kind == "string" and stated is not None and "string" in stated.refines):
        return TypeFacts(line.kind)
    if stated is not None and shown.kind in stated.carried_by:  # an integer example of a decimal
        return TypeFacts(line.kind)
    return shown


def _fold(value: str | int) -> str:
    return re.sub(r"[^a-z0-9]", "", str(value).lower())


def _snake(value: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", value).lower()


def enum_members(listed: tuple[str | int, ...], samples: set[str]) -> tuple[str | int, ...]:
    """The listed members as the wire spells them; () (silent) when an example value contradicts the list.

    A definition may list ``RAW, E164, Local`` while every example sends ``raw``/``e164``: when all the
    examples are the snake_case spelling of listed members, every member is spelled that way.
    """
    if not samples or all(s in listed for s in samples):
        return listed
    folded = {_fold(m) for m in listed}
    if any(_fold(s) not in folded for s in samples):
        return ()
    if all(s == _snake(s) for s in samples) and all(isinstance(m, str) for m in listed):
        return tuple(_snake(str(m)) for m in listed)
    return ()


def finished(facts: FieldFacts) -> FieldFacts:
    """A field whose examples showed only nulls (or empty lists) gets the most general kind."""
    kind = facts.type
    if not kind.kind:
        return replace(facts, type=TypeFacts("string"))
    if kind.kind == "list" and kind.item is not None and not kind.item.kind:
        return replace(facts, type=replace(kind, item=TypeFacts("string")))
    return facts


def class_name(wire: str) -> str:
    """A class name for a wire type the definitions do not name: ``requirement_validations`` -> singular camel."""
    if wire.endswith("ies"):
        return camel(wire[:-3] + "y")
    if wire.endswith(("sses", "xes", "ches", "shes")):
        return camel(wire[:-2])
    return camel(wire[:-1] if wire.endswith("s") and not wire.endswith("ss") else wire)
