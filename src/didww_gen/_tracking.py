"""Change tracking: a snapshot of a model's clean state, and the diff against it at send time.

A model loaded from the server (or marked clean after a write) keeps a snapshot in its ``_clean``
slot: a shallow copy of its fields, with mutable values (lists, nested objects, free-form objects,
to-many relationships) frozen so that in-place edits show up in the diff. A model built by the user
has no snapshot: its changes are exactly the fields the user set.
"""

from __future__ import annotations

from typing import Any

from didww_gen._model import ASSIGNED_UNSENT, NestedObject, Resource


def freeze(value: Any) -> Any:
    """A comparable, immutable image of a value (related resources become their ``(type, id)``)."""
    if isinstance(value, Resource):
        return (value.TYPE, value.id)
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    if isinstance(value, NestedObject):
        return _freeze_nested(value)
    if isinstance(value, dict):
        return tuple((k, freeze(v)) for k, v in value.items())
    return value


def _freeze_nested(value: NestedObject) -> Any:
    # flat on purpose (this runs for every decoded nested object): scalar values are immutable, lists are
    # copied so that in-place edits (``configuration.codec_ids.append(...)``) show up in the diff
    fields = {k: tuple(v) if type(v) is list else v for k, v in value.__dict__.items()}
    return (type(value), fields, frozenset(value.model_fields_set))


def mark_clean(model: Resource) -> None:
    """Record the model's current state as clean."""
    snap = model.__dict__.copy()
    for name in model.__mutable__:
        snap[name] = freeze(snap[name])
    object.__setattr__(model, "_clean", snap)


def has_snapshot(model: Resource) -> bool:
    return getattr(model, "_clean", None) is not None


def changed_fields(model: Resource) -> list[str]:
    """Names of the attribute and relationship fields changed since the model was clean, and the fields
    assigned that the server had not sent (``did.voice_in_trunk = None`` on a DID loaded without include).

    Without a snapshot (a model the user built), the fields the user set (minus ``id``).
    """
    cls = type(model)
    fields = (*cls.__attributes__, *cls.__relationships__)
    snap: dict[str, Any] | None = getattr(model, "_clean", None)
    if snap is None:
        return [n for n in fields if n in model.model_fields_set]
    current = model.__dict__
    mutable = set(cls.__mutable__)
    unsent: set[str] = snap.get(ASSIGNED_UNSENT, set())
    changed = []
    for name in fields:
        if name in unsent:
            changed.append(name)
            continue
        now, before = current.get(name), snap.get(name)
        if name in mutable:
            now = freeze(now)
        if name in cls.__relationships__ and name not in mutable:
            now, before = freeze(now), freeze(before)
        if now != before or type(now) is not type(before):
            changed.append(name)
    return changed


def nested_changes(model: Resource, name: str) -> set[str] | None:
    """Fields of the nested object in ``model.name`` that differ from the clean snapshot.

    None when there is nothing to compare with (a model the user built, or an object of another type):
    then every field set on the object counts as changed.
    """
    value = model.__dict__.get(name)
    snap: dict[str, Any] | None = getattr(model, "_clean", None)
    before = snap.get(name) if snap is not None else None
    if not isinstance(value, NestedObject) or not isinstance(before, tuple) or before[0] is not type(value):
        return None
    now, was = _freeze_nested(value)[1], before[1]
    return {field for field in value.model_fields_set if now.get(field) != was.get(field)}
