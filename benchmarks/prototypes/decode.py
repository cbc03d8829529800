"""A JSON:API document into the prototype's classes: ``json.loads``, then one pass over the resources.

The included resources are built first and indexed by ``(type, id)``; then the relationships of every
resource are linked to them (a resource the document names but does not include becomes a ``Reference``).
What the document must be is checked on the way, each failure a ``DecodeError`` naming the place: an object
with ``data``, resource objects with a known type and a non-empty string id, objects for ``attributes`` and
``relationships``, resource identifiers as linkage.
"""

from __future__ import annotations

import json
from typing import Any

from benchmarks.prototypes.fill import MISSING
from benchmarks.prototypes.models import MODELS
from benchmarks.prototypes.plain import LOADED, DecodeError, Reference, Resource

_SET_ID = Resource.id.__set__  # type: ignore[attr-defined]
_SET_CLEAN = Resource._clean.__set__  # type: ignore[attr-defined]
_SET_INVALID = Resource._invalid.__set__  # type: ignore[attr-defined]
_SET_UNKNOWN = Resource._unknown.__set__  # type: ignore[attr-defined]
_SET_UNKNOWN_RELATIONSHIPS = Resource._unknown_relationships.__set__  # type: ignore[attr-defined]
Index = dict[tuple[str, str], Resource]


class Page:
    """A decoded document: its primary data (a list, or one resource), and the document's ``meta``."""

    __slots__ = ("data", "meta")

    def __init__(self, data: Any, meta: dict[str, Any] | None) -> None:
        self.data, self.meta = data, meta


def decode(body: bytes, primary: type[Resource], many: bool) -> Page:
    """``body`` as a document whose ``data`` is a list of ``primary`` (``many``) or one ``primary``."""
    document = _json(body)
    data, included = document.get("data", MISSING), document.get("included") or []
    meta = document.get("meta")
    if (type(data) is not list) if many else (type(data) is not dict):
        raise DecodeError(f"data: expected {'an array' if many else 'an object'}, found {type(data).__name__}")
    if type(included) is not list or (meta is not None and type(meta) is not dict):
        raise DecodeError("included must be an array and meta an object")
    index: Index = {}
    built = _each(included, lambda raw, place: (_build(raw, place, None), raw), "included")
    for model, _ in built:
        if model is not None:
            index[(model.TYPE, model.id)] = model
    for model, raw in built:
        if model is not None:
            _link(model, raw, index, "included[]")
    if not many:
        return Page(_primary(data, primary, index, "data"), meta)
    return Page(_each(data, lambda raw, place: _primary(raw, primary, index, place), "data"), meta)


def _each(raws: list[Any], build: Any, where: str) -> list[Any]:
    """``build(raw, place)`` of every element; a failure names the element's index (found again, on failure)."""
    try:
        return [build(raw, where + "[]") for raw in raws]
    except DecodeError:
        for n, raw in enumerate(raws):
            try:
                build(raw, f"{where}[{n}]")
            except DecodeError as exc:
                raise DecodeError(str(exc)) from None
        raise


def _json(body: bytes) -> dict[str, Any]:
    try:
        document = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise DecodeError(f"the body is not a JSON document ({len(body)} bytes): {type(exc).__name__}") from None
    if type(document) is not dict:
        raise DecodeError(f"expected a JSON object, found {type(document).__name__}")
    return document


def _primary(raw: Any, primary: type[Resource], index: Index, place: str) -> Resource:
    model = _build(raw, place, primary)
    assert model is not None
    _link(model, raw, index, place)
    return model


def _build(raw: Any, place: str, primary: type[Resource] | None) -> Resource | None:
    """The resource object ``raw`` with its attributes (None: an included type the prototype does not know)."""
    if type(raw) is not dict:
        raise DecodeError(f"{place}: expected a resource object, found {type(raw).__name__}")
    kind, id_ = raw.get("type"), raw.get("id")
    if type(kind) is not str or type(id_) is not str or not id_:
        raise DecodeError(f"{place}: a resource object needs a string type and a non-empty string id")
    cls = MODELS.get(kind) if primary is None else primary
    if cls is None:
        return None
    if kind != cls.TYPE:
        raise DecodeError(f"{place}.type: expected {cls.TYPE!r}, found {kind!r}")
    model = cls.__new__(cls)
    _SET_ID(model, id_)
    _SET_CLEAN(model, LOADED)
    attributes = raw.get("attributes")
    if attributes is not None:
        model._fill(attributes, place)
        if not attributes.keys() <= cls._known:
            _SET_UNKNOWN(model, {k: v for k, v in attributes.items() if k not in cls._known})
    meta = raw.get("meta")
    if cls.META is not None and meta is not None:
        try:
            cls.__dict__["meta"].__set__(model, cls.META.decode(meta))
        except TypeError:  # kept raw, as an off-type attribute is
            _SET_INVALID(model, {**(model.invalid_attributes or {}), "meta": meta})
    return model


def _link(model: Resource, raw: dict[str, Any], index: Index, place: str) -> None:
    """Each relationship of ``model`` whose linkage the document carries, to the object it names."""
    relationships = raw.get("relationships")
    if relationships is None:
        return
    if type(relationships) is not dict:
        raise DecodeError(f"{place}.relationships: expected an object, found {type(relationships).__name__}")
    cls = type(model)
    for name, many in cls.RELATIONSHIPS.items():
        relationship = relationships.get(name)
        if relationship is None:
            continue
        linkage = relationship.get("data", MISSING) if type(relationship) is dict else _refuse(place, name)
        if linkage is MISSING:
            continue
        if linkage is None:
            found: Any = None
        elif many:
            found = [_target(i, index, place, name) for i in linkage] if type(linkage) is list else _refuse(place, name)
        else:
            found = _target(linkage, index, place, name)
        cls._slot_of[name].__set__(model, found)
    if not relationships.keys() <= cls.RELATIONSHIPS.keys():
        unknown = {k: v for k, v in relationships.items() if k not in cls.RELATIONSHIPS}
        _SET_UNKNOWN_RELATIONSHIPS(model, unknown)


def _refuse(place: str, name: str) -> Any:
    raise DecodeError(f"{place}.relationships.{name}: expected an object with a resource linkage as data")


def _target(identifier: Any, index: Index, place: str, name: str) -> Any:
    if type(identifier) is dict:
        kind, id_ = identifier.get("type"), identifier.get("id")
        if type(kind) is str and type(id_) is str and id_:
            found = index.get((kind, id_))
            return found if found is not None else Reference(kind, id_)
    raise DecodeError(f"{place}.relationships.{name}.data: expected resource identifiers (string type, non-empty id)")
