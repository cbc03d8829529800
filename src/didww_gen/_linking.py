"""Linking a decoded document: each relationship's resource identifier becomes the included object of that (type,
id), one object per (type, id) in a document, else a reference by id (``Model.ref``) or an ``UnknownResource``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didww_gen._malformed import NotJsonApi, shown
from didww_gen._model import RelationshipSpec, Resource, UnknownResource
from didww_gen._offtype import json_type
from didww_gen._tracking import mark_loaded


def link(primary: list[Resource], primary_path: str, included: list[Any], models: Mapping[str, Any]) -> None:
    index: dict[tuple[str, str | None], Any] = {(m.TYPE, m.__dict__["id"]): m for m in primary}
    for item in included:
        key = (item.type, item.id) if isinstance(item, UnknownResource) else (item.TYPE, item.__dict__["id"])
        index.setdefault(key, item)
    for n, model in enumerate(primary):
        _link_one(model, index, models, primary_path, n)
    for n, model in enumerate(included):
        if isinstance(model, Resource):
            _link_one(model, index, models, "included[{}]", n)


def _bad_linkage(where: tuple[str, int, str, int | None], problem: str) -> NotJsonApi:
    """An error at a linkage: ``where`` is (path template, position, relationship, element of a to-many)."""
    path, n, name, element = where
    place = f"{path.format(n)}.relationships.{name}.data" + ("" if element is None else f"[{element}]")
    return NotJsonApi(f"{place}{problem}")


def _resolve(
    linkage: Any, index: dict[tuple[str, str | None], Any], models: Any, rel: RelationshipSpec, where: Any
) -> Any:
    """The object a resource identifier refers to: an included one, else a reference by id. ``where`` is
    only spelled out into a path when there is an error (this runs for every relationship)."""
    if type(linkage) is not dict:
        expected = "a resource identifier object {type, id}" + (" or null" if where[3] is None else "")
        raise _bad_linkage(where, f": expected {expected}, found {json_type(linkage)}")
    kind, ident = linkage.get("type"), linkage.get("id")
    if type(kind) is not str or (kind not in rel.targets and kind in models):
        raise _bad_linkage(where, f".type: expected {' or '.join(rel.targets)}, found {shown(kind)}")
    if type(ident) is not str or not ident:
        raise _bad_linkage(where, f".id: expected a non-empty string, found {shown(ident)}")
    key = (kind, ident)
    found = index.get(key)
    if found is not None:
        return found
    cls = models.get(kind)
    ref = cls.ref(ident) if cls is not None else UnknownResource(type=kind, id=ident)
    index[key] = ref
    return ref


def _link_one(model: Resource, index: dict[tuple[str, str | None], Any], models: Any, path: str, n: int) -> None:
    values = model.__dict__
    for name, rel in model.__relationships__.items():
        value = values[name]
        if value is None:
            continue
        if not rel.to_many:
            if type(value) is dict:  # the common case inline: a valid identifier of an object already indexed
                kind, ident = value.get("type"), value.get("id")
                if type(kind) is str and type(ident) is str and kind in rel.targets:
                    found = index.get((kind, ident))
                    if found is not None:
                        values[name] = found
                        continue
            values[name] = _resolve(value, index, models, rel, (path, n, name, None))
        elif type(value) is list:
            values[name] = [_resolve(v, index, models, rel, (path, n, name, i)) for i, v in enumerate(value)]
        else:
            found = json_type(value)
            raise _bad_linkage((path, n, name, None), f": expected a list of resource identifiers, found {found}")
    extra = values.get("unknown_attributes")
    if extra:
        object.__setattr__(model, "__pydantic_extra__", extra)
    mark_loaded(model)
