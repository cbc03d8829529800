"""Frozen records: what ``@dataclass(frozen=True)`` makes, without compiling code when the class is created.

A dataclass compiles its ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and ``__setattr__`` from source as
its class is made: about a millisecond a class on a slow machine, paid by every process that imports it. The
runtime's records that load with the first call (attribute and relationship specs, kinds, API versions) are made
by ``record`` instead: the same behaviour (fields in order with their defaults, positional or keyword arguments,
the repr, equality and hash by value, ``FrozenInstanceError`` on assignment, ``__slots__`` when asked,
``__match_args__``, copy and pickle), methods that loop over the fields rather than compiled ones. To type
checkers, ``record`` is ``dataclasses.dataclass`` itself.
"""

from __future__ import annotations

import inspect
import itertools
from dataclasses import FrozenInstanceError
from typing import TYPE_CHECKING, Any

__all__ = ["record"]

_MISSING: Any = object()


def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """(name, default or ``_MISSING``) of every field, in order; a field without a default after one with is an
    error, as for a dataclass."""
    annotations = inspect.get_annotations(cls)
    fields = tuple((name, cls.__dict__.get(name, _MISSING)) for name in annotations)
    for (_, default), (name, value) in itertools.pairwise(fields):
        if default is not _MISSING and value is _MISSING:
            raise TypeError(f"non-default argument {name!r} follows default argument")
    for name, annotation in annotations.items():
        if "ClassVar" in str(annotation) or "InitVar" in str(annotation):
            raise TypeError(f"{cls.__qualname__}.{name}: a record has plain fields only")
    return fields


def _init(qualname: str, fields: tuple[tuple[str, Any], ...]) -> Any:
    names = tuple(name for name, _ in fields)
    known = frozenset(names)
    set_field = object.__setattr__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(names):
            given = len(args) + 1
            raise TypeError(f"{qualname}.__init__() takes {len(names) + 1} positional arguments but {given} were given")
        for key in kwargs:
            if key not in known:
                raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument {key!r}")
        missing = []
        for index, (name, default) in enumerate(fields):
            if index < len(args):
                if name in kwargs:
                    raise TypeError(f"{qualname}.__init__() got multiple values for argument {name!r}")
                value = args[index]
            else:
                value = kwargs.get(name, default)
                if value is _MISSING:
                    missing.append(name)
                    continue
            set_field(self, name, value)
        if missing:
            raise TypeError(f"{qualname}.__init__() missing required arguments: {', '.join(map(repr, missing))}")

    return __init__


def _values(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in self.__match_args__)


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
    return f"{type(self).__qualname__}({shown})"


def _eq(self: Any, other: object) -> Any:  # a bool, or NotImplemented
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self: Any) -> int:
    return hash(_values(self))


def _frozen(self: Any, name: str, *value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _reduce(self: Any) -> tuple[Any, ...]:
    return (type(self), _values(self))


def _record(cls: type, slots: bool) -> type:
    fields = _fields(cls)
    names = tuple(name for name, _ in fields)
    namespace = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
    if slots:
        namespace = {k: v for k, v in namespace.items() if k not in names}
        namespace["__slots__"] = names
    namespace.update(
        __init__=_init(cls.__qualname__, fields),
        __repr__=_repr,
        __eq__=_eq,
        __hash__=_hash,
        __setattr__=_frozen,
        __delattr__=_frozen,
        __reduce__=_reduce,
        __match_args__=names,
    )
    return type(cls)(cls.__name__, cls.__bases__, namespace)


if TYPE_CHECKING:
    from dataclasses import dataclass as record
else:

    def record(*, frozen: bool, slots: bool = False) -> Any:
        """``@record(frozen=True, slots=...)``: a frozen dataclass made without compiling (see the module)."""
        if frozen is not True:
            raise TypeError("record() makes frozen records only")
        return lambda cls: _record(cls, slots)
