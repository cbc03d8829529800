"""The prototype's model classes: ``__slots__`` instances (no ``__dict__``, no per-instance fields set).

A field the response did not carry is an empty slot: reading a resource's raises ``DecodeError`` saying why
(not in the response, not included, or a value of the wrong JSON type, kept raw in ``invalid_attributes``).
Change tracking is copy-on-write as in didww_gen: a decoded resource's ``_clean`` slot holds the shared
``LOADED`` marker; the first assignment of a field, or the first read of a mutable one (a list or a nested
object the caller may edit in place), records that field's clean value; ``changes()`` lists what differs.

Each class fills its attributes with a function made from its field table on first use (``fill.py``): what
a template would write for it from the spec, if the prototype were adopted.
"""

from __future__ import annotations

from typing import Any, ClassVar

from benchmarks.prototypes.fill import filler
from benchmarks.prototypes.kinds import Convert, Kind, Never, list_of


class DecodeError(ValueError):
    """A document or a field the prototype cannot read (didww_gen raises ``DidwwClientError`` instead)."""


LOADED: Any = type("Loaded", (), {"__slots__": (), "__repr__": lambda self: "LOADED"})()
UNSENT: Any = type("Unsent", (), {"__slots__": (), "__repr__": lambda self: "UNSENT"})()
_GETSTATE = getattr(object, "__getstate__", None)  # CPython 3.11+: the set slots of an instance, in C


def slots(attributes: dict[str, Kind], relationships: dict[str, bool] | None = None) -> tuple[str, ...]:
    """The ``__slots__`` of a resource with these fields (relationships: name -> to-many): a mutable field is
    stored in ``_name``, its reader records the clean value first."""
    names = [f"_{n}" if k.mutable else n for n, k in attributes.items()]
    return (*names, *(f"_{n}" if many else n for n, many in (relationships or {}).items()))


class Tracked:
    """The reader of a resource's mutable field: records its clean value before handing it out (once)."""

    def __init__(self, name: str, slot: Any) -> None:
        self.name, self.slot = name, slot

    def __get__(self, model: Any, owner: Any = None) -> Any:
        if model is None:
            return self
        value = self.slot.__get__(model, owner)
        clean = model._clean
        if clean is LOADED:
            clean = {}
            object.__setattr__(model, "_clean", clean)
        if self.name not in clean:
            clean[self.name] = freeze(value)
        return value

    def __set__(self, model: Any, value: Any) -> None:
        self.slot.__set__(model, value)


class Plain:
    """Fields from ``ATTRIBUTES`` (name -> ``Kind``); subclasses list their ``__slots__``."""

    __slots__ = ("_invalid",)
    ATTRIBUTES: ClassVar[dict[str, Kind]] = {}
    RELATIONSHIPS: ClassVar[dict[str, bool]] = {}  # name -> to-many
    SECRETS: ClassVar[frozenset[str]] = frozenset()  # masked in reprs
    _known: ClassVar[frozenset[str]] = frozenset()
    _slot_of: ClassVar[dict[str, Any]] = {}
    _lists: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **options: Any) -> None:
        super().__init_subclass__(**options)
        found = {name: cls.__dict__.get(f"_{name}") or cls.__dict__[name] for name in cls.ATTRIBUTES}
        found.update({name: cls.__dict__.get(f"_{name}") or cls.__dict__[name] for name in cls.RELATIONSHIPS})
        for name, slot in found.items():
            if slot.__name__ != name:  # stored in ``_name``: the reader records the clean value first
                type.__setattr__(cls, name, Tracked(name, slot))
        cls._known, cls._slot_of = frozenset(cls.ATTRIBUTES), found
        cls._lists = tuple(n for n, k in cls.ATTRIBUTES.items() if k.mutable)

    def _fill(self, attributes: Any, place: str) -> dict[str, Any] | None:
        """Every attribute from the document's ``attributes`` object (the class's filler, made on first use);
        the off-type values it kept raw."""
        cls = type(self)
        stores = {name: cls._slot_of[name].__set__ for name in cls.ATTRIBUTES}
        made = filler(cls.__name__, cls.ATTRIBUTES, stores, Plain._invalid.__set__, DecodeError)  # type: ignore[attr-defined]
        type.__setattr__(cls, "_fill", made)
        return made(self, attributes, place)

    @property
    def invalid_attributes(self) -> dict[str, Any] | None:
        """Attributes whose value had another JSON type than the spec's, raw, by wire name."""
        try:
            found: dict[str, Any] | None = Plain._invalid.__get__(self)  # type: ignore[attr-defined]
        except AttributeError:
            return None
        return found

    def _values(self) -> dict[str, Any]:
        """The fields that hold a value (without recording anything)."""
        found = {}
        for name, slot in self._slot_of.items():
            try:
                found[name] = slot.__get__(self)
            except AttributeError:  # an empty slot: not sent
                continue
        return found

    def __repr__(self) -> str:
        secret, masked = self.SECRETS, "'***'"
        shown = ", ".join(f"{k}={masked if k in secret else _short(v)}" for k, v in self._values().items())
        return f"{type(self).__name__}({shown})"


def _short(value: Any) -> str:
    """A related resource by its type and id (no cycles, no long chains); other values as they are."""
    if isinstance(value, Resource):
        return f"{type(value).__name__}.ref({value.id!r})"
    if type(value) is list and value and isinstance(value[0], Resource):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    return repr(value)


class Nested(Plain):
    """A nested object inside an attribute: ``{"type": WIRE_TYPE, "attributes": {...}}``, or a plain object."""

    __slots__ = ()
    WIRE_TYPE: ClassVar[str | None] = None

    @classmethod
    def decode(cls, raw: Any) -> Any:
        attributes = raw if cls.WIRE_TYPE is None or type(raw) is not dict else raw.get("attributes", {})
        if type(attributes) is not dict:
            raise TypeError(f"expected an object, not {type(attributes).__name__}")
        made = cls.__new__(cls)
        if made._fill(attributes, cls.__name__) is not None:
            raise TypeError(f"{cls.__name__} has a value of another JSON type than its field's")  # as didww_gen:
        return made  # the whole attribute is then kept raw in the resource's ``invalid_attributes``


class UnknownNested:
    """A nested object of a type the prototype does not know: kept as sent."""

    __slots__ = ("attributes", "type")

    def __init__(self, type_: str, attributes: Any) -> None:
        self.type, self.attributes = type_, attributes


def union(*members: type[Nested]) -> Convert:
    """A tagged union of nested objects, picked by ``type``; an unknown type is kept as sent."""
    by_type = {m.WIRE_TYPE: m.decode for m in members}

    def convert(raw: Any) -> Any:
        if type(raw) is not dict or type(raw.get("type")) is not str:
            raise TypeError("expected an object with a string type")
        decode = by_type.get(raw["type"])
        return decode(raw) if decode is not None else UnknownNested(raw["type"], raw.get("attributes", {}))

    return convert


def one_of(*members: type[Nested]) -> Kind:
    """A nested object of one of ``members`` (a mutable value: the first read records it)."""
    return Kind(Never, union(*members), mutable=True)


def list_of_one_of(*members: type[Nested]) -> Kind:
    """A list of nested objects, each of one of ``members``."""
    return Kind(Never, list_of(Kind(Never, union(*members))), mutable=True)


class Reference:
    """A related resource the document names but does not include: its type and id."""

    __slots__ = ("id", "type")

    def __init__(self, type_: str, id_: str) -> None:
        self.type, self.id = type_, id_

    def __repr__(self) -> str:
        return f"Reference({self.type!r}, {self.id!r})"


class Resource(Plain):
    """A JSON:API resource: ``id``, attributes, relationships, and the change-tracking slot."""

    __slots__ = ("_clean", "_unknown", "_unknown_relationships", "id")
    TYPE: ClassVar[str] = ""
    META: ClassVar[type[Nested] | None] = None  # the typed resource-level ``meta`` (in a ``meta`` slot)

    def __getattr__(self, name: str) -> Any:  # only for an empty slot (or no such field)
        cls = type(self).__name__
        if name.startswith("_") or (name not in self._known and name not in self.RELATIONSHIPS):
            raise AttributeError(f"{cls} has no field {name!r}")
        invalid = self.invalid_attributes
        if invalid and name in invalid:
            raise DecodeError(f"{cls}.{name} was sent as a {type(invalid[name]).__name__}, which it does not take")
        if name in self.RELATIONSHIPS:
            raise DecodeError(f"{cls}.{name} was not included in the response: ask for it with include=")
        raise DecodeError(f"{cls}.{name} was not in the response")

    def __repr__(self) -> str:
        return super().__repr__().replace("(", f"(id={self.id!r}, ", 1)

    def __setattr__(self, name: str, value: Any) -> None:
        cls = type(self)
        if name not in cls._known and name not in cls.RELATIONSHIPS:
            raise AttributeError(f"{cls.__name__} has no writable field {name!r}")
        clean = self._clean
        if clean is LOADED:
            clean = {}
            object.__setattr__(self, "_clean", clean)
        if name not in clean:
            clean[name] = freeze(_read(self, name))
        object.__setattr__(self, name, value)
        invalid = self.invalid_attributes
        if invalid and name in invalid:
            object.__setattr__(self, "_invalid", {k: v for k, v in invalid.items() if k != name} or None)

    @property
    def unknown_attributes(self) -> dict[str, Any] | None:
        """Attributes the server sent that the prototype does not know."""
        found: dict[str, Any] | None = _optional(self, Resource._unknown)  # type: ignore[attr-defined]
        return found

    @property
    def unknown_relationships(self) -> dict[str, Any] | None:
        """Relationships the server sent that the prototype does not know, as sent."""
        found: dict[str, Any] | None = _optional(self, Resource._unknown_relationships)  # type: ignore[attr-defined]
        return found


def _optional(model: Any, slot: Any) -> Any:
    try:
        return slot.__get__(model)
    except AttributeError:
        return None


def _read(model: Plain, name: str) -> Any:
    """The value of field ``name``, or ``UNSENT`` (nothing recorded)."""
    try:
        return type(model)._slot_of[name].__get__(model)
    except AttributeError:
        return UNSENT


def _freeze_nested(value: Nested) -> Any:
    # flat on purpose, as didww_gen's: scalar values are immutable, lists are copied
    cls = type(value)
    state = _GETSTATE(value) if _GETSTATE is not None else (None, value._values())
    fields = state[1] if state else {}
    for name in cls._lists:
        item = fields.get(name)
        if type(item) is list:
            fields[name] = tuple(item)
    return (cls, fields)


def freeze(value: Any) -> Any:
    """A comparable, immutable image of a value (related resources become their ``(type, id)``)."""
    if type(value) is list:
        return tuple([freeze(v) for v in value])
    if isinstance(value, Resource):
        return (value.TYPE, value.id)
    if isinstance(value, Nested):
        return _freeze_nested(value)
    if type(value) is Reference:
        return (value.type, value.id)
    return value


def changes(model: Resource) -> list[str]:
    """The fields assigned or edited in place since the model was decoded (what an update would send)."""
    clean = model._clean
    if clean is LOADED:
        return []
    return [name for name, was in clean.items() if freeze(_read(model, name)) != was]
