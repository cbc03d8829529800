"""The fast path's last step: its validated resources checked, linked and marked loaded, in one pass over them.

The check is what the per-resource path looks at further (``_decoding``): a value kept untyped (unknown attributes,
unknown members of nested objects, nested objects of unknown types, free-form objects) or a ``meta`` nested deeper
than it takes. Linking follows ``_linking.link``: the same objects, the same references. Anything else raises
``Miss``: the fast path gives the document up, and the per-resource path decodes it.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from didww_gen import _decoding
from didww_gen._model import LOADED, Kind, Resource

_Links = tuple[tuple[str, frozenset[str], bool], ...]
_Plan = tuple[_Links, tuple[tuple[str, str], ...], bool]
_PLANS: dict[tuple[type[Resource], bool], _Plan] = {}
_PRIMARY_LINKED: dict[tuple[type[Resource], frozenset[str]], bool] = {}
_SET_CLEAN = Resource.__dict__["_clean"].__set__  # the slot's setter, without the model's __setattr__


class Miss(Exception):
    """The document is not one the fast path takes: the per-resource path decodes it."""


def too_deep(value: Any) -> bool:
    """Whether a ``meta`` or ``links`` object holds a member nested deeper than the per-resource path takes (its
    typed members are scalars: only the members its model does not type can be deep)."""
    extra = value.__pydantic_extra__ if value is not None else None
    return bool(extra) and _decoding._too_deep(extra)


def _plan(cls: type[Resource], nested_checked: bool) -> _Plan:
    """What one pass does with a resource class: (name, target types, to-many) of each relationship, the attributes
    that may hold untyped values (free-form objects; nested objects too unless ``nested_checked``: their members
    were all checked by the validator), and whether it has a ``meta``."""
    links = tuple((name, frozenset(rel.targets), rel.to_many) for name, rel in cls.__relationships__.items())
    wires = _decoding._untyped_wires(cls)
    if nested_checked:
        wires = tuple((n, w) for n, w in wires if cls.__attributes__[n].kind not in (Kind.NESTED, Kind.LIST_NESTED))
    plan = _PLANS[cls, nested_checked] = (links, wires, "meta" in cls.model_fields)
    return plan


def _target(linkage: Any, targets: frozenset[str], index: dict[tuple[str, str], Any], models: Any) -> Any:
    """The object a resource identifier of one of ``targets`` refers to: an included one, else a reference."""
    if type(linkage) is dict:
        kind, ident = linkage.get("type"), linkage.get("id")
        if type(kind) is str and type(ident) is str and ident and kind in targets:
            key = (kind, ident)
            found = index.get(key)
            if found is None:
                found = index[key] = models[kind].ref(ident)
            return found
    raise Miss  # anything else: the per-resource path says what is wrong, or keeps what it does not know


def settle(primary: list[Any], included: list[Any], models: Any, types: frozenset[str], nested_checked: bool) -> None:
    """Check, link (one object per type and id, the primary resources first) and mark loaded every resource;
    ``types``: the types ``included`` may hold; ``nested_checked``: see ``_plan``."""
    index = _index(primary, included, types)
    plans, untyped = _PLANS, _decoding._untyped
    for model in chain(primary, included):
        values = model.__dict__
        cls = type(model)
        links, wires, meta = plans.get((cls, nested_checked)) or _plan(cls, nested_checked)
        if values["unknown_attributes"] is not None or (wires and untyped(values, wires)):
            raise Miss
        if meta and too_deep(values["meta"]):
            raise Miss
        for name, targets, many in links:
            value = values[name]
            if value is None:
                continue
            if many:
                if type(value) is not list:
                    raise Miss
                values[name] = [_target(v, targets, index, models) for v in value]
                continue
            kind, ident = (value.get("type"), value.get("id")) if type(value) is dict else (None, None)
            if type(kind) is str and type(ident) is str:  # the common case, without a call: an included object
                found = index.get((kind, ident))
                if found is not None and kind in targets:
                    values[name] = found
                    continue
            values[name] = _target(value, targets, index, models)
        _SET_CLEAN(model, LOADED)


def _index(primary: list[Any], included: list[Any], types: frozenset[str]) -> dict[tuple[str, str], Any]:
    """The objects a linkage may name, by type and id: the included ones, and the primary ones (which come first)
    when a relationship of the document's types can name their type."""
    index: dict[tuple[str, str], Any] = {}
    for item in included:
        index.setdefault((item.TYPE, item.__dict__["id"]), item)
    if primary and _primary_linked(type(primary[0]), types):
        index.update({(m.TYPE, m.__dict__["id"]): m for m in primary})
    return index


def _primary_linked(cls: type[Resource], types: frozenset[str]) -> bool:
    """Whether a relationship of ``cls`` or of the ``types`` included with it can name a resource of ``cls``."""
    found = _PRIMARY_LINKED.get((cls, types))
    if found is None:
        classes = [cls, *(cls.__models__[t] for t in types)]
        found = any(cls.TYPE in rel.targets for c in classes for rel in c.__relationships__.values())
        _PRIMARY_LINKED[cls, types] = found
    return found
