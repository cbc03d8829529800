"""Resources: the base class of the generated resource models, and the names generated models import.

Generated resource classes subclass :class:`Resource` (nested objects subclass ``NestedObject``, from
``didww_gen._nested``). Each declares its fields (validated by pydantic-core from the resource objects the
decoder reads, with ``AliasPath`` aliases that flatten ``attributes`` and ``relationships``) plus class-level
metadata (``didww_gen._specs``) that the encoder, decoder and change tracker read.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

if sys.version_info >= (3, 11):
    from typing import Self
else:  # pragma: no cover
    from typing_extensions import Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
)

from didww_gen._api import other_version_hint
from didww_gen._codecs import Kind
from didww_gen._modelled import (
    DECODED_EXTRAS,
    INVALID_ATTRIBUTES,
    UNKNOWN_RELATIONSHIPS,
    FieldReader,
    _dumping,
    _Modelled,
)
from didww_gen._nested import UNKNOWN_MEMBERS, MetaObject, NestedObject, UnknownNestedObject, nested_discriminator
from didww_gen._specs import Access, AttributeSpec, RelationshipSpec

__all__ = [  # what generated models, the runtime and tests import from here
    "ASSIGNED_UNSENT",
    "DECODED_EXTRAS",
    "INVALID_ATTRIBUTES",
    "LOADED",
    "UNKNOWN_MEMBERS",
    "UNKNOWN_RELATIONSHIPS",
    "Access",
    "AttributeSpec",
    "Kind",
    "MetaObject",
    "NestedObject",
    "RelationshipSpec",
    "Resource",
    "UnknownNestedObject",
    "UnknownResource",
    "nested_discriminator",
]
from didww_gen._offtype import off_type_message
from didww_gen.errors import DidwwClientError


class TrackedReader(FieldReader):
    """Reads a mutable field of a resource (a list, a nested or free-form object, a to-many relationship).

    The value handed out may be edited in place, so on a model with a snapshot the first read records the
    field's clean value first (copy-on-write change tracking, ``_tracking.record``).
    """

    __slots__ = ()

    def __get__(self, model: _Modelled | None, owner: type[Any] | None = None) -> Any:
        if model is None:
            raise AttributeError(self.name)
        clean = getattr(model, "_clean", None)
        if clean is not None and (clean is LOADED or self.name not in clean):
            _tracking.record_handed_out(cast("Resource", model), self.name, clean)
        return super().__get__(model, owner)


ASSIGNED_UNSENT = "__assigned_unsent__"
"""Key of a clean snapshot holding the fields assigned since, that the server had not sent."""
LOADED: Any = type("Loaded", (), {"__slots__": (), "__repr__": lambda self: "LOADED"})()
"""``_clean`` of a model decoded from a response and unchanged since: clean, no value recorded yet."""


ResourceT = TypeVar("ResourceT", bound="Resource")
"""A resource class's own type, for ``ref()``: an annotated ``cls`` rather than ``typing.Self``, which Jedi-based
editors resolve to ``Resource`` (no completion of the model's fields)."""


class Resource(_Modelled):
    """A JSON:API resource object. ``TYPE`` is its JSON:API type; fields are its attributes and relationships."""

    __slots__ = ("_clean",)
    TYPE: ClassVar[str] = ""
    __models__: ClassVar[Mapping[str, Any]] = {}  # every type of the model's API version (its package's MODELS)
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()
    __document_meta__: ClassVar[type[BaseModel] | None] = None  # a PageMeta subclass, where the spec types it
    __mutable__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        @property
        def id(self) -> str:
            """The resource's id (a model built locally has none until the server has created it)."""
            ...

    else:
        id: str | None = None

    unknown_attributes: dict[str, Any] | None = Field(
        default=None, validation_alias="attributes", exclude=True, repr=False
    )
    """Attributes the server sent that this SDK version does not know (also in ``model_extra``)."""

    @field_validator("unknown_attributes", mode="after")
    @classmethod
    def _keep_unknown(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if not value or value.keys() <= cls.__known_wire_names__:
            return None
        return {k: v for k, v in value.items() if k not in cls.__known_wire_names__}

    # not pydantic fields (a field costs every decoded resource a lookup): set by the decoder in ``__dict__``
    @property
    def unknown_relationships(self) -> dict[str, Any] | None:
        """Relationships the server sent that this SDK version does not know, as sent (``{"data": {...}}``)."""
        found: dict[str, Any] | None = self.__dict__.get(UNKNOWN_RELATIONSHIPS)
        return found

    @property
    def invalid_attributes(self) -> dict[str, Any] | None:
        """Attributes whose value had an unexpected JSON type (``"capacity_limit": "shared"``), raw, by wire name.

        The resource is kept; reading such a field raises ``DidwwClientError`` naming the value and the type it
        takes (a WARNING on the ``didww_gen`` logger says so once per type and field). Assigning replaces it.
        """
        found: dict[str, Any] | None = self.__dict__.get(INVALID_ATTRIBUTES)
        return found

    __known_wire_names__: ClassVar[frozenset[str]] = frozenset()
    __wire_to_name__: ClassVar[dict[str, str]] = {}
    __relationship_names__: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.__known_wire_names__ = frozenset(s.wire for s in cls.__attributes__.values())
        cls.__wire_to_name__ = {s.wire: n for n, s in cls.__attributes__.items()}
        cls.__relationship_names__ = frozenset(cls.__relationships__)
        cls.__mutable__ = tuple(
            [n for n, s in cls.__attributes__.items() if s.mutable]
            + [n for n, r in cls.__relationships__.items() if r.to_many]
        )
        for name in cls.__mutable__:
            type.__setattr__(cls, name, TrackedReader(name, cls._reads_none(name)))

    @classmethod
    def _guarded_reads(cls) -> tuple[str, ...]:
        return (*super()._guarded_reads(), *cls.__relationships__, "id")

    @classmethod
    def ref(cls: type[ResourceT], id: str) -> ResourceT:
        """A reference to an existing resource by id: for assigning a relationship, or for an update
        that sends exactly the fields set on it afterwards (``Did.ref(id)``, then ``did.description = ...``)."""
        if not isinstance(id, str) or not id:
            raise DidwwClientError(f"{cls.__name__}.ref() needs a non-empty string id, got {id!r}")
        construct: Any = cls.model_construct  # typed from the checker view, where id is a read-only property
        return cast(ResourceT, construct(id=id))

    def _guarded_setattr(self, name: str, value: Any) -> None:
        rel = self.__relationships__.get(name)
        if rel is not None:
            self._check_relationship(name, rel, value)
        unsent = name not in self.__pydantic_fields_set__
        tracked = getattr(self, "_clean", None) is not None and name in type(self).model_fields
        if tracked:  # the clean value first (copy-on-write)
            _tracking.record(self, name)
        super()._guarded_setattr(name, value)
        if unsent and tracked:  # a field the server did not send: even None is a change to send
            _tracking.record_unsent(self, name)
        invalid = self.__dict__.get(INVALID_ATTRIBUTES)
        spec = self.__attributes__.get(name)
        if invalid and spec is not None and spec.wire in invalid:  # the value assigned replaces the unreadable one
            remaining = {k: v for k, v in invalid.items() if k != spec.wire}
            self.__dict__[INVALID_ATTRIBUTES] = remaining or None

    if not TYPE_CHECKING:  # mypy keeps checking attribute names; at run time, an unreadable value raises

        def __getattr__(self, name: str) -> Any:
            invalid = self.__dict__.get(INVALID_ATTRIBUTES)
            spec = type(self).__attributes__.get(name)
            wire = spec.wire if spec is not None else name  # ``meta`` of an unexpected shape is kept the same way
            if invalid and wire in invalid and (spec is not None or name == "meta"):
                cls = type(self)
                expected = cls.model_fields[name].annotation
                secret = spec is not None and spec.secret
                raise DidwwClientError(off_type_message(cls.__name__, name, wire, invalid[wire], expected, secret))
            return super().__getattr__(name)

    @classmethod
    def _check_names(cls, data: dict[str, Any]) -> None:
        super()._check_names(data)
        for name, value in data.items():
            rel = cls.__relationships__.get(name)
            if rel is not None:
                cls._check_relationship(name, rel, value)

    @classmethod
    def _check_relationship(cls, name: str, rel: RelationshipSpec, value: Any) -> None:
        owner = f"{cls.__name__}.{name}"
        if rel.access is Access.READ_ONLY:
            raise DidwwClientError(f"{owner} is read-only: the server sets it, it cannot be sent")
        if value is None:
            return  # clears it: {"data": null}, or {"data": []} for a to-many
        if rel.to_many and not isinstance(value, list):
            raise DidwwClientError(f"{owner} is a to-many relationship: assign a list of models")
        for item in value if rel.to_many else [value]:
            if not isinstance(item, Resource) or item.TYPE not in rel.targets:
                expected = " or ".join(rel.targets)
                raise DidwwClientError(f"{owner} takes {expected} models (e.g. Model.ref(id)), got {item!r}")
            if item.__models__ is not cls.__models__:  # another API version's model of the same type
                ours = cls.__models__[item.TYPE]
                raise DidwwClientError(f"{owner} takes {ours.__name__} models{other_version_hint(type(item), ours)}")
            if not item.__dict__.get("id"):
                raise DidwwClientError(f"{owner}: the related {item.TYPE} has no id yet; create it first")

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        """A resource already being dumped further out (an include cycle) dumps as its ``{type, id}``."""
        around = _dumping.get()
        if id(self) in around:
            return {"type": self.TYPE, "id": self.__dict__.get("id")}
        token = _dumping.set(around | {id(self)})
        try:
            return super()._dump(handler, info)
        finally:
            _dumping.reset(token)

    def __copy__(self) -> Self:
        """A shallow copy (``model_copy()``) shares the mutable values: their clean values are recorded first."""
        _tracking.record_mutable(self)
        return super().__copy__()

    def __iter__(self) -> Any:
        """``dict(model)`` hands out the mutable values: their clean values are recorded first."""
        _tracking.record_mutable(self)
        return super().__iter__()

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Resource)
        return _identity_view(self) == _identity_view(other)

    __hash__ = None  # type: ignore[assignment]


def _identity_view(model: Resource) -> dict[str, Any]:
    """Field values with related resources replaced by their (type, id), so cycles compare safely."""
    view: dict[str, Any] = {}
    for name, value in model.__dict__.items():
        if isinstance(value, Resource):
            view[name] = (value.TYPE, value.__dict__.get("id"))
        elif isinstance(value, list) and value and isinstance(value[0], Resource):
            view[name] = [(v.TYPE, v.__dict__.get("id")) for v in value]
        else:
            view[name] = value
    return view


class UnknownResource(BaseModel):
    """An included resource of a type this SDK version does not know; everything the server sent is kept."""

    model_config = ConfigDict(extra="allow", defer_build=True)  # built the first time one is met
    TYPE: ClassVar[str] = ""

    id: str
    type: str
    attributes: dict[str, Any] = {}
    relationships: dict[str, Any] = {}
    meta: dict[str, Any] | None = None


from didww_gen import _tracking  # noqa: E402  (it builds on the classes above)
