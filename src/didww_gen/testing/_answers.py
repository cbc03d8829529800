"""What the API answers of a resource: every attribute it returns, with the API's default or the value its
reference shows, where a write (or the reference seed) did not give one.

A record is completed when it is stored (created, updated, seeded or added with ``fake.world``): a missing
attribute gets its documented default, else the spec's ``example`` (a value a reference document shows for a
value every answer carries), else null where the API sends null; anything else is left out, as the API
leaves out a value it does not always answer. Nested objects (a trunk's configuration, order items) are
completed the same way, by the object their wire type and members pick.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from didww_gen.testing._spec import Attr, FakeSchema, Nested, Value


def answer_of(attr: Attr) -> tuple[Any, ...]:
    """(value,) the API answers for an attribute a write did not send; () when it answers nothing."""
    if attr.write_only:
        return ()
    if attr.default:
        return (copy.deepcopy(attr.default[0]),)
    if attr.example:
        return (copy.deepcopy(attr.example[0]),)
    return (None,) if attr.nullable else ()


def completed(objects: Mapping[str, Nested], attrs: Mapping[str, Attr], given: Mapping[str, Any]) -> dict[str, Any]:
    """``given`` attributes with every missing answered one added (nested values completed too)."""
    found = dict(given)
    for name, attr in attrs.items():
        if name in found:
            found[name] = _nested_value(objects, found[name], attr.value)
            continue
        answer = answer_of(attr)
        if answer:
            found[name] = answer[0]
    return found


def _nested_value(objects: Mapping[str, Nested], value: Any, spec: Value) -> Any:
    if spec.kind == "list" and isinstance(value, list) and spec.item is not None:
        return [_nested_value(objects, v, spec.item) for v in value]
    if spec.kind != "nested" or not isinstance(value, dict):
        return value
    chosen = _object_of(objects, value, spec)
    if chosen is None:
        return value
    if chosen.wire_type is None:
        return completed(objects, chosen.attributes, value)
    attributes = value.get("attributes")
    if not isinstance(attributes, dict):
        return value
    return {**value, "attributes": completed(objects, chosen.attributes, attributes)}


def _object_of(objects: Mapping[str, Nested], value: dict[str, Any], spec: Value) -> Nested | None:
    """The nested object a value is: by its wire type, then (variants of one type) by the members it has."""
    wire = value.get("type") if "attributes" in value else None
    candidates = [objects[n] for n in spec.nested if n in objects and objects[n].wire_type == wire]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    members = set(value.get("attributes") or {})
    fitting = [c for c in candidates if members <= set(c.attributes)]
    answered = [c for c in fitting if not c.sendable or any(not a.write_only for a in c.attributes.values())]
    return (answered or fitting or candidates)[0]


def complete_record(schema: FakeSchema, record: dict[str, Any]) -> None:
    """Complete a stored record's attributes in place (a type the version does not have is left as it is)."""
    collection = schema.collections.get(record.get("type", ""))
    if collection is None:
        return
    attributes = record.get("attributes") or {}
    record["attributes"] = completed(schema.nested, collection.attributes, attributes)


def _sent_object(objects: Mapping[str, Nested], value: dict[str, Any], spec: Value) -> Nested | None:
    candidates = [objects[n] for n in spec.nested if objects[n].wire_type == value.get("type")]
    return pick_variant(candidates, value.get("attributes", {})) if candidates else None


def stored_value(objects: Mapping[str, Nested], value: Any, spec: Value) -> Any:
    """A sent value as stored: a nested object gets its documented defaults and nulls where nullable."""
    if spec.kind == "list" and isinstance(value, list) and spec.item is not None:
        return [stored_value(objects, v, spec.item) for v in value]
    if spec.kind != "nested" or not isinstance(value, dict) or "type" not in value:
        return copy.deepcopy(value)
    chosen = _sent_object(objects, value, spec)
    if chosen is None:
        return copy.deepcopy(value)
    given = value.get("attributes", {})
    attributes = {}
    for name, attr in chosen.attributes.items():
        if name in given:
            attributes[name] = copy.deepcopy(given[name])
        elif answer_of(attr):  # its default or the reference's value; a value the API may omit is left out
            attributes[name] = answer_of(attr)[0]
    return {"type": value["type"], "attributes": attributes}


def updated_value(objects: Mapping[str, Nested], old: Any, new: Any, spec: Value) -> Any:
    """An update of a nested object keeps what the update does not send (same type), else replaces it."""
    same = isinstance(old, dict) and isinstance(new, dict) and old.get("type") == new.get("type") and "type" in new
    if spec.kind == "nested" and same:
        return {"type": new["type"], "attributes": {**old["attributes"], **copy.deepcopy(new.get("attributes", {}))}}
    return stored_value(objects, new, spec)


def pick_variant(candidates: list[Nested], given: dict[str, Any]) -> Nested:
    """The variant of a shared wire type the members fit (did order items: by qty, available DID or reservation)."""
    fitting = [c for c in candidates if set(given) <= set(c.attributes)]
    complete = [c for c in fitting if all(n in given for n, a in c.attributes.items() if a.required)]
    return (complete or fitting or candidates)[0]
