"""Checking a create or update document against the spec, as the API does, before anything changes.

Every problem becomes a 422 error with a ``source.pointer``, in the reference's wording where it has one:
unknown members ("is not allowed"), read-only ones ("is read-only"), members of the wrong operation
("is not allowed for creation" / "for update"), wrong types ("is invalid"), values outside an enum
("is not included in the list"), missing required ones ("can't be blank"), unknown related ids.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from didww_gen._kinds import kind_named
from didww_gen.testing._answers import pick_variant
from didww_gen.testing._problems import bad_request, invalid, unprocessable
from didww_gen.testing._spec import Attr, Collection, Nested, Rel, Rule, Value
from didww_gen.testing._store import Record, Store

Errors = list[dict[str, Any]]
Objects = Mapping[str, Nested]  # the nested objects of the version checked against, by name


@dataclass
class Write:
    """The checked members of a create or update."""

    attributes: dict[str, Any]
    relationships: dict[str, Any]  # name -> linkage data


MAX_DEPTH = 64
"""Levels of arrays and objects a request document may have (as the SDK's decoder allows)."""


def _deeper_than(value: Any, levels: int) -> bool:
    """Whether ``value`` nests arrays and objects deeper than ``levels`` (walked a level at a time)."""
    level = [value] if isinstance(value, (dict, list)) else []
    for _ in range(levels):
        below: list[Any] = []
        for item in level:
            below.extend(v for v in (item.values() if isinstance(item, dict) else item) if isinstance(v, (dict, list)))
        level = below
    return bool(level)


def read_data(body: bytes, collection: Collection, id: str | None) -> dict[str, Any]:
    """The ``data`` member of a request document; 400 when it is not a JSON:API resource document."""
    try:
        document = json.loads(body or b"null")
    except (ValueError, RecursionError):
        raise bad_request("Invalid request", "The request body is not valid JSON.") from None
    if _deeper_than(document, MAX_DEPTH):
        raise bad_request("Invalid request", f"The request body nests arrays and objects deeper than {MAX_DEPTH}.")
    data = document.get("data") if isinstance(document, dict) else None
    if not isinstance(data, dict):
        raise bad_request("Invalid request", "The request body must be a JSON:API document with a data object.")
    if data.get("type") != collection.type:
        raise bad_request("Invalid resource", f"{data.get('type')!r} is not a valid resource: use {collection.type!r}.")
    if id is not None and data.get("id") != id:
        raise bad_request("Key is not included in URL", f"The data id must be {id!r}, the id in the URL.", "109")
    for member in ("attributes", "relationships"):
        if not isinstance(data.get(member, {}), dict):
            raise bad_request("Invalid request", f"data.{member} must be an object.")
    return data


def _wrong_operation(access: str, operation: str) -> str | None:
    if access == "read-only":
        return "is read-only"
    if operation == "create" and access not in ("create-only", "create-update"):
        return "is not allowed for creation"
    if operation == "update" and access not in ("update-only", "create-update"):
        return "is not allowed for update"
    return None


def _scalar(kind: str, value: Any) -> tuple[Any, bool]:
    """The value as the API casts it (form values: ``"true"``, digit strings), and whether the kind takes it."""
    declared = kind_named(kind)
    if declared is None:
        return value, False
    value = declared.fake_cast(value)
    return value, declared.fake_accepts(value)


def check_value(
    objects: Objects, value: Any, spec: Value, nullable: bool, pointer: str, operation: str, errors: Errors
) -> Any:
    """The value as the API stores it (cast where the API casts); problems are appended to ``errors``."""
    if value is None:
        if not nullable:
            errors.append(invalid(pointer, "can't be blank"))
        return value
    if spec.kind == "enum":
        value = _scalar("integer", value)[0] if all(isinstance(v, int) for v in spec.enum) else value
        if value not in spec.enum or isinstance(value, bool):
            errors.append(invalid(pointer, "is not included in the list"))
        return value
    if spec.kind == "list":
        if not isinstance(value, list):
            errors.append(invalid(pointer, "is invalid"))
            return value
        assert spec.item is not None
        item = spec.item
        return [check_value(objects, v, item, False, f"{pointer}/{i}", operation, errors) for i, v in enumerate(value)]
    if spec.kind == "nested":
        return check_nested(objects, value, [objects[name] for name in spec.nested], pointer, operation, errors)
    value, accepted = _scalar(spec.kind, value)
    if not accepted:
        errors.append(invalid(pointer, "is invalid"))
    return value


def _check_members(
    objects: Objects,
    given: dict[str, Any],
    attributes: dict[str, Attr],
    pointer: str,
    operation: str,
    require: bool,
    errors: Errors,
) -> dict[str, Any]:
    checked = {}
    for name, value in given.items():
        attr = attributes.get(name)
        if attr is None:
            errors.append(invalid(f"{pointer}/{name}", "is not allowed"))
            continue
        wrong = _wrong_operation(attr.access, operation)
        if wrong:
            errors.append(invalid(f"{pointer}/{name}", wrong))
            continue
        checked[name] = check_value(objects, value, attr.value, attr.nullable, f"{pointer}/{name}", operation, errors)
        _check_range(checked[name], attr, f"{pointer}/{name}", errors)
    for name, attr in attributes.items():
        if require and attr.required and given.get(name, ()) in ((), []):  # absent, or an empty list
            errors.append(invalid(f"{pointer}/{name}", "can't be blank"))
    return checked


def _check_range(value: Any, attr: Attr, pointer: str, errors: Errors) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        return
    if attr.minimum is not None and value < attr.minimum:
        errors.append(invalid(pointer, f"must be greater than or equal to {attr.minimum}"))
    if attr.maximum is not None and value > attr.maximum:
        errors.append(invalid(pointer, f"must be less than or equal to {attr.maximum}"))


def check_nested(
    objects: Objects, value: Any, kinds: list[Nested], pointer: str, operation: str, errors: Errors
) -> Any:
    """A nested object of one of ``kinds`` (variants of one wire type, or one plain object)."""
    if not isinstance(value, dict):
        errors.append(invalid(pointer, "is invalid"))
        return value
    if kinds[0].wire_type is None:
        return _check_members(objects, value, kinds[0].attributes, pointer, operation, True, errors)
    wire_type = value.get("type")
    candidates = [o for o in kinds if o.wire_type == wire_type]
    if not candidates:
        errors.append(invalid(f"{pointer}/type", "is not included in the list"))
        return value
    if not any(c.sendable for c in candidates):
        wrong = "is not allowed for creation" if operation == "create" else "is not allowed for update"
        errors.append(invalid(f"{pointer}/type", wrong))
        return value
    given = value.get("attributes", {})
    if not isinstance(given, dict):
        errors.append(invalid(f"{pointer}/attributes", "is invalid"))
        return value
    chosen = pick_variant([c for c in candidates if c.sendable], given)
    checked = _check_members(objects, given, chosen.attributes, f"{pointer}/attributes", operation, True, errors)
    _check_nested_rules(chosen.rules, given, f"{pointer}/attributes", errors)
    return {"type": wire_type, "attributes": checked}


def _check_nested_rules(rules: tuple[Rule, ...], given: dict[str, Any], pointer: str, errors: Errors) -> None:
    """A nested object's one-of and at-least-one rules (its fields may span the variants of its wire type)."""
    for rule in rules:
        sent = [n for n in rule.fields if given.get(n) not in (None, [])]
        if rule.kind == "one_of" and len(sent) != 1:
            errors.append(invalid(pointer, f"exactly one of {', '.join(rule.fields)} is required"))
        elif rule.kind == "at_least_one" and not sent:
            errors.append(invalid(pointer, f"at least one of {', '.join(rule.fields)} is required"))


def _check_linkage(store: Store, rel: Rel, data: Any, pointer: str, errors: Errors) -> None:
    if rel.to_many and not isinstance(data, list):
        errors.append(invalid(pointer, "is invalid"))
        return
    for ref in data if isinstance(data, list) else [] if data is None else [data]:
        ok = isinstance(ref, dict) and ref.get("type") in rel.targets and isinstance(ref.get("id"), str)
        if not ok or store.get(ref["type"], ref["id"]) is None:
            errors.append(invalid(pointer, "is invalid"))
            return


def _check_relationships(
    store: Store, collection: Collection, given: dict[str, Any], operation: str, errors: Errors
) -> dict[str, Any]:
    found = {}
    for name, member in given.items():
        pointer = f"/data/relationships/{name}"
        rel = collection.relationships.get(name)
        wrong = "is not allowed" if rel is None else _wrong_operation(rel.access, operation)
        if wrong or rel is None:
            errors.append(invalid(pointer, wrong or "is not allowed"))
            continue
        if not isinstance(member, dict) or "data" not in member:
            errors.append(invalid(pointer, "is invalid"))
            continue
        _check_linkage(store, rel, member["data"], pointer, errors)
        found[name] = member["data"]
    for name, rel in collection.relationships.items():
        if operation == "create" and rel.required and not found.get(name):
            errors.append(invalid(f"/data/relationships/{name}", "can't be blank"))
        for other in rel.exclusive_with:
            if found.get(name) and found.get(other) and name < other:
                errors.append(invalid(f"/data/relationships/{other}", f"cannot be set together with {name}"))
    return found


def _sent(write: Write, name: str) -> Any:
    return write.attributes.get(name, write.relationships.get(name))


def _check_rules(rules: tuple[Rule, ...], write: Write, current: Record | None, operation: str, errors: Errors) -> None:
    for rule in rules:
        sent = [n for n in rule.fields if _sent(write, n) not in (None, [])]
        if rule.kind == "refuse":
            field = rule.fields[0]
            value = write.attributes.get(field, (current or {}).get("attributes", {}).get(field))
            for name in rule.refuses:
                if value == rule.test and _sent(write, name):
                    where = "attributes" if name in write.attributes else "relationships"
                    errors.append(invalid(f"/data/{where}/{name}", f"must be blank while {field} is {rule.test}"))
        elif rule.kind == "one_of" and (len(sent) > 1 or (operation == "create" and not sent)):
            errors.append(invalid("/data", f"exactly one of {', '.join(rule.fields)} is required"))
        elif rule.kind == "at_least_one" and operation == "create" and not sent:
            errors.append(invalid("/data", f"at least one of {', '.join(rule.fields)} is required"))


def check_write(
    store: Store, collection: Collection, data: dict[str, Any], operation: str, current: Record | None
) -> Write:
    """The checked write; raises a 422 listing every problem."""
    errors: Errors = []
    given = data.get("attributes", {})
    objects = store.schema.nested
    attributes = _check_members(
        objects, given, collection.attributes, "/data/attributes", operation, operation == "create", errors
    )
    relationships = _check_relationships(store, collection, data.get("relationships", {}), operation, errors)
    write = Write(attributes, relationships)
    _check_rules(collection.rules, write, current, operation, errors)
    if errors:
        raise unprocessable(errors)
    return write
