"""Encoding models into JSON:API request documents, applying the spec's write rules.

Nothing a user set is silently dropped: a value that cannot be sent raises ``DidwwClientError``
before anything goes on the wire.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from typing import Any, Literal

from didww_gen._model import AttributeSpec, Kind, NestedObject, RelationshipSpec, Resource, UnknownNestedObject
from didww_gen._tracking import changed_fields
from didww_gen.errors import DidwwClientError

Operation = Literal["create", "update"]


def encode_scalar(value: Any) -> Any:
    """A Python value as its JSON form (Decimal as string, dates ISO 8601, enums by value)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise DidwwClientError(f"datetime {value.isoformat()} has no timezone: use an aware datetime (UTC)")
        text = value.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds")
        return text.replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def encode_value(value: Any, kind: Kind, operation: Operation) -> Any:
    if value is None:
        return None
    if kind is Kind.NESTED:
        return encode_nested(value, operation)
    if kind is Kind.LIST_NESTED:
        return [encode_nested(v, operation) for v in value]
    if kind is Kind.LIST:
        return [encode_scalar(v) for v in value]
    if kind is Kind.OBJECT:
        return {k: encode_scalar(v) for k, v in value.items()}
    return encode_scalar(value)


def _allowed(spec: AttributeSpec | RelationshipSpec, operation: Operation) -> bool:
    return spec.access.creatable if operation == "create" else spec.access.updatable


def _refuse(owner: str, name: str, spec: AttributeSpec | RelationshipSpec, operation: Operation) -> DidwwClientError:
    if spec.access.value == "read-only":
        why = "is read-only: the server sets it"
    elif operation == "update":
        why = "can only be sent when creating; it cannot be changed by an update"
    else:
        why = "can only be sent by an update, not when creating"
    return DidwwClientError(f"{owner}.{name} {why}")


def encode_nested(value: Any, operation: Operation) -> dict[str, Any]:
    """A nested object, sent whole: every writable value it holds, with its ``type`` if it has one."""
    if isinstance(value, UnknownNestedObject):
        return {"type": value.type, "attributes": dict(value.attributes)}
    if not isinstance(value, NestedObject):
        raise DidwwClientError(f"expected a nested object model, got {type(value).__name__}")
    owner = type(value).__name__
    attributes = {}
    for name in value.model_fields_set:
        spec = value.__attributes__.get(name)
        if spec is None:
            continue
        if spec.access.value == "read-only":
            continue  # server-generated values (e.g. credentials) are never sent back
        item = value.__dict__[name]
        if item is None and not spec.nullable:
            raise DidwwClientError(f"{owner}.{name} cannot be null")
        attributes[spec.wire] = encode_value(item, spec.kind, operation)
    ordered = {spec.wire: attributes[spec.wire] for spec in value.__attributes__.values() if spec.wire in attributes}
    if value.WIRE_TYPE is None:
        return ordered
    return {"type": value.WIRE_TYPE, "attributes": ordered}


def _linkage(value: Any, spec: RelationshipSpec) -> Any:
    if spec.to_many:
        return [{"type": v.TYPE, "id": v.id} for v in value or ()]
    return None if value is None else {"type": value.TYPE, "id": value.id}


def _clear_exclusive(owner: str, specs: dict[str, RelationshipSpec], relationships: dict[str, Any]) -> None:
    """Assigning one of an exclusive pair clears the other on the wire; assigning both is refused."""
    for name in list(relationships):
        rel = specs[name]
        if rel.to_many or not relationships[name]["data"]:
            continue
        for other in rel.exclusive_with:
            if relationships.get(other, {}).get("data"):
                raise DidwwClientError(
                    f"{owner}.{name} and {owner}.{other} exclude each other: assign one, the other is cleared"
                )
            relationships.setdefault(other, {"data": None})


def encode_resource(model: Resource, operation: Operation, names: Iterable[str] | None = None) -> dict[str, Any]:
    """The request document for creating or updating ``model`` (only what changed, for an update)."""
    cls = type(model)
    owner = cls.__name__
    names = list(changed_fields(model) if names is None else names)
    attributes: dict[str, Any] = {}
    relationships: dict[str, Any] = {}
    for name in names:
        value = model.__dict__.get(name)
        attr = cls.__attributes__.get(name)
        if attr is not None:
            if not _allowed(attr, operation):
                raise _refuse(owner, name, attr, operation)
            if value is None and not attr.nullable:
                raise DidwwClientError(f"{owner}.{name} cannot be null")
            attributes[attr.wire] = encode_value(value, attr.kind, operation)
            continue
        rel = cls.__relationships__[name]
        if not _allowed(rel, operation):
            raise _refuse(owner, name, rel, operation)
        relationships[name] = {"data": _linkage(value, rel)}
    _clear_exclusive(owner, cls.__relationships__, relationships)
    data: dict[str, Any] = {"type": cls.TYPE}
    if operation == "update":
        data["id"] = model.id
    if attributes:
        data["attributes"] = {s.wire: attributes[s.wire] for s in cls.__attributes__.values() if s.wire in attributes}
    if relationships:
        data["relationships"] = relationships
    return {"data": data}
