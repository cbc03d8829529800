"""Encoding models into JSON:API request documents, applying the spec's write rules.

Nothing a user set is silently dropped: a value that cannot be sent raises ``DidwwClientError``
before anything goes on the wire.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from didww_gen._kinds import to_json
from didww_gen._model import (
    UNKNOWN_MEMBERS,
    Access,
    AttributeSpec,
    Kind,
    NestedObject,
    RelationshipSpec,
    Resource,
    UnknownNestedObject,
)
from didww_gen._rules import apply_cascades, check_required, check_rules
from didww_gen._tracking import changed_fields, nested_changes
from didww_gen.errors import DidwwClientError

Operation = Literal["create", "update"]


def encode_scalar(value: Any) -> Any:
    """A Python value as its JSON form (each kind's values as the kind encodes them, enums by value)."""
    return to_json(value)


def encode_value(value: Any, kind: Kind, operation: Operation, changed: set[str] | None = None) -> Any:
    if value is None:
        return None
    declared = kind.declared  # a kind's own codec (decimal, dates, timestamps, free-form objects, ...)
    if declared is not None and (not declared.python_types or isinstance(value, declared.python_types)):
        return declared.encode(value)
    if kind is Kind.NESTED:
        return encode_nested(value, operation, changed)
    if kind is Kind.LIST_NESTED:
        return [encode_nested(v, operation) for v in value]
    if kind is Kind.LIST:
        return [to_json(v) for v in value]
    return to_json(value)


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


def _required(specs: Mapping[str, AttributeSpec | RelationshipSpec]) -> tuple[str, ...]:
    return tuple(name for name, spec in specs.items() if spec.required)


def _nested_outgoing(value: NestedObject, operation: Operation, changed: set[str]) -> dict[str, Any]:
    """What a nested object sends: everything writable it holds (it is sent whole).

    Server-generated values (read-only: credentials, prices) are never sent back; on an update, a
    create-only value is sent by nobody: refused if the user changed it, left out if it is the server's.
    """
    outgoing = {}
    for name in value.model_fields_set:
        spec = value.__attributes__.get(name)
        if spec is None or spec.access is Access.READ_ONLY:
            continue
        if not _allowed(spec, operation):
            if name in changed:
                raise _refuse(type(value).__name__, name, spec, operation)
            continue
        outgoing[name] = value.__dict__[name]
    return outgoing


def encode_nested(value: Any, operation: Operation, changed: set[str] | None = None) -> dict[str, Any]:
    """A nested object, sent whole with its ``type`` if it has one, after its write rules.

    ``changed`` names the fields that differ from the clean snapshot (None: all the fields set count).
    """
    if isinstance(value, UnknownNestedObject):
        return {**(value.model_extra or {}), "type": value.type, "attributes": dict(value.attributes)}
    if not isinstance(value, NestedObject):
        raise DidwwClientError(f"expected a nested object model, got {type(value).__name__}")
    cls = type(value)
    owner = cls.__name__
    if cls.__refusal__ is not None:
        raise DidwwClientError(f"{owner} cannot be sent: {cls.__refusal__}")
    changed = set(value.model_fields_set if changed is None else changed)
    outgoing = _nested_outgoing(value, operation, changed)
    apply_cascades(cls.__rules__, outgoing, changed)  # what is missing first, then the rules, as for a resource
    check_required(owner, _required(cls.__attributes__), outgoing, "in every " + owner)
    check_rules(owner, cls.__rules__, outgoing, outgoing, creating=True)  # a nested object is sent whole
    attributes = {}
    for name, spec in cls.__attributes__.items():
        if name in outgoing:
            if outgoing[name] is None and not spec.nullable:
                raise DidwwClientError(f"{owner}.{name} cannot be null")
            attributes[spec.wire] = encode_value(outgoing[name], spec.kind, operation)
    for wire, raw in (value.__dict__.get(UNKNOWN_MEMBERS) or {}).items():  # what this SDK version does not know
        attributes.setdefault(wire, raw)
    if cls.WIRE_TYPE is None:
        return attributes
    return {"type": cls.WIRE_TYPE, "attributes": attributes}


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


def _outgoing(model: Resource, operation: Operation, names: Iterable[str] | None) -> dict[str, Any]:
    """The fields this write sends, after the resource's write rules; refuses what cannot be sent."""
    cls = type(model)
    owner = cls.__name__
    outgoing = {name: model.__dict__.get(name) for name in (changed_fields(model) if names is None else names)}
    current = {name: model.__dict__[name] for name in model.model_fields_set}
    apply_cascades(cls.__rules__, outgoing, set(outgoing))
    if operation == "create":  # what is missing first, then the rules on what is sent
        check_required(owner, _required({**cls.__attributes__, **cls.__relationships__}), outgoing, "when creating")
    check_rules(owner, cls.__rules__, outgoing, current, creating=operation == "create")
    for name in outgoing:
        spec = cls.__attributes__.get(name) or cls.__relationships__[name]
        if not _allowed(spec, operation):
            raise _refuse(owner, name, spec, operation)
    return outgoing


def encode_resource(model: Resource, operation: Operation, names: Iterable[str] | None = None) -> dict[str, Any]:
    """The request document for creating or updating ``model`` (only what changed, for an update)."""
    cls = type(model)
    owner = cls.__name__
    attributes: dict[str, Any] = {}
    relationships: dict[str, Any] = {}
    outgoing = _outgoing(model, operation, names)
    for name, spec in cls.__attributes__.items():
        if name in outgoing:
            value = outgoing[name]
            if value is None and not spec.nullable:
                raise DidwwClientError(f"{owner}.{name} cannot be null")
            changed = nested_changes(model, name) if spec.kind is Kind.NESTED else None
            attributes[spec.wire] = encode_value(value, spec.kind, operation, changed)
    for name, rel in cls.__relationships__.items():
        if name in outgoing:
            relationships[name] = {"data": _linkage(outgoing[name], rel)}
    _clear_exclusive(owner, cls.__relationships__, relationships)
    data: dict[str, Any] = {"type": cls.TYPE}
    if operation == "update":
        data["id"] = model.id
    if attributes:
        data["attributes"] = attributes
    if relationships:
        data["relationships"] = relationships
    return {"data": data}
