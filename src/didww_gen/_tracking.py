"""Change tracking: a snapshot of a model's clean state, and the diff against it at send time.

A model marked clean after a write keeps a snapshot in its ``_clean`` slot: a shallow copy of its
fields, with mutable values (lists, nested objects, free-form objects, to-many relationships) frozen so
that in-place edits show up in the diff. A model decoded from a response starts with nothing recorded
(``LOADED``, copy-on-write: decoding thousands of resources freezes nothing): the first assignment of a
field, or the first read of a mutable one (which hands out an object the caller may edit in place),
records that field's clean value first. A field never recorded is unchanged. A model built by the user
has no snapshot: its changes are exactly the fields the user set.
"""

from __future__ import annotations

from typing import Any

from didww_gen._model import ASSIGNED_UNSENT, LOADED, UNKNOWN_MEMBERS, Kind, NestedObject, Resource, UnknownNestedObject


def freeze(value: Any) -> Any:
    """A comparable, immutable image of a value (related resources become their ``(type, id)``)."""
    if value is None:
        return None
    if type(value) is list:  # the common cases first: this runs on the first read of every mutable field
        return tuple([freeze(v) for v in value])
    if isinstance(value, NestedObject):
        return _freeze_nested(value)
    if isinstance(value, Resource):
        return (value.TYPE, value.id)
    if isinstance(value, list):
        return tuple([freeze(v) for v in value])
    if isinstance(value, dict):
        return tuple((k, freeze(v)) for k, v in value.items())
    if isinstance(value, UnknownNestedObject):  # its attributes may be edited in place
        return (UnknownNestedObject, value.type, freeze(value.attributes), freeze(value.model_extra or {}))
    return value


_LISTS: dict[type[NestedObject], tuple[str, ...]] = {}


def _list_fields(cls: type[NestedObject]) -> tuple[str, ...]:
    """The fields of a nested object class that hold lists."""
    found = _LISTS.get(cls)
    if found is None:
        found = _LISTS[cls] = tuple(n for n, s in cls.__attributes__.items() if s.kind in (Kind.LIST, Kind.LIST_NESTED))
    return found


def _freeze_nested(value: NestedObject) -> Any:
    # flat on purpose (this runs for every nested object handed out): scalar values are immutable, lists are
    # copied so that in-place edits (``configuration.codec_ids.append(...)``) show up in the diff
    cls = type(value)
    fields = value.__dict__.copy()
    lists = _LISTS.get(cls)
    for name in _list_fields(cls) if lists is None else lists:
        item = fields.get(name)
        if type(item) is list:
            fields[name] = tuple(item)
    if UNKNOWN_MEMBERS in fields:
        fields[UNKNOWN_MEMBERS] = freeze(fields[UNKNOWN_MEMBERS])
    return (cls, fields, frozenset(value.__pydantic_fields_set__))


def mark_clean(model: Resource) -> None:
    """Record the model's current state as clean."""
    snap = model.__dict__.copy()
    for name in model.__mutable__:
        snap[name] = freeze(snap.get(name))  # absent: a value of an unexpected JSON type (invalid_attributes)
    object.__setattr__(model, "_clean", snap)


def mark_loaded(model: Resource) -> None:
    """A model just decoded: clean, nothing recorded yet (see ``record``)."""
    object.__setattr__(model, "_clean", LOADED)


def _snapshot(model: Resource) -> dict[str, Any]:
    """The model's record of clean values, made on first need (a loaded model has none yet)."""
    snap: dict[str, Any] = getattr(model, "_clean")  # noqa: B009  (a slot the type checker does not see)
    if snap is LOADED:
        snap = {}
        object.__setattr__(model, "_clean", snap)
    return snap


def record_handed_out(model: Resource, name: str, clean: Any) -> None:
    """Before a mutable field's value is handed out (its first read; ``clean``: the model's ``_clean``, LOADED or a
    record without ``name``): keep its clean value, frozen (``record`` for a field known to be mutable)."""
    if clean is LOADED:
        clean = {}
        object.__setattr__(model, "_clean", clean)
    clean[name] = freeze(model.__dict__.get(name))  # absent: a value of an unexpected JSON type


def record(model: Resource, name: str) -> None:
    """Before ``name`` may change (assigned, or a mutable value handed out): keep its clean value, once."""
    snap = _snapshot(model)
    if name not in snap:
        value = model.__dict__.get(name)  # absent: a value of an unexpected JSON type (invalid_attributes)
        snap[name] = freeze(value) if name in type(model).__mutable__ else value


def record_mutable(model: Resource) -> None:
    """Before the mutable values are shared without a read (a shallow copy, iteration): keep them all."""
    if getattr(model, "_clean", None) is not None:
        for name in type(model).__mutable__:
            record(model, name)


def record_unsent(model: Resource, name: str) -> None:
    """An assignment to a field the server did not send: even None is a change to send."""
    _snapshot(model).setdefault(ASSIGNED_UNSENT, set()).add(name)


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
    if snap is LOADED:  # nothing assigned, no mutable value handed out
        return []
    current = model.__dict__
    mutable = set(cls.__mutable__)
    unsent: set[str] = snap.get(ASSIGNED_UNSENT, set())
    changed = []
    for name in fields:
        if name in unsent:
            changed.append(name)
            continue
        if name not in snap:  # never assigned nor handed out: unchanged
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
    if snap is not None and (snap is LOADED or name not in snap):  # never handed out: unchanged
        return set() if isinstance(value, NestedObject) else None
    before = snap.get(name) if snap is not None else None
    if not isinstance(value, NestedObject) or not isinstance(before, tuple) or before[0] is not type(value):
        return None
    now, was = _freeze_nested(value)[1], before[1]
    return {field for field in value.model_fields_set if now.get(field) != was.get(field)}
