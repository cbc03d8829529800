"""Base classes of the generated models: field metadata, references, guarded assignment, safe repr.

Generated resource classes subclass :class:`Resource`, nested objects subclass :class:`NestedObject`.
Each declares its fields (validated by pydantic-core from the resource objects the decoder reads, with
``AliasPath`` aliases that flatten ``attributes`` and ``relationships``) plus class-level metadata
that the encoder, decoder and change tracker read.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, cast

if sys.version_info >= (3, 11):
    from typing import Self
else:  # pragma: no cover
    from typing_extensions import Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from didww_gen._rules import Rule
from didww_gen.errors import DidwwClientError


class Kind(enum.Enum):
    """How a value travels on the wire."""

    PLAIN = "plain"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    ENUM = "enum"
    OBJECT = "object"
    LIST = "list"
    NESTED = "nested"
    LIST_NESTED = "list_nested"


class Access(enum.Enum):
    """Who may write a value, and when."""

    READ_ONLY = "read-only"
    CREATE_ONLY = "create-only"
    UPDATE_ONLY = "update-only"
    CREATE_UPDATE = "create-update"

    @property
    def creatable(self) -> bool:
        return self in (Access.CREATE_ONLY, Access.CREATE_UPDATE)

    @property
    def updatable(self) -> bool:
        return self in (Access.UPDATE_ONLY, Access.CREATE_UPDATE)


@dataclass(frozen=True, slots=True)
class AttributeSpec:
    """What the spec says of one attribute."""

    wire: str
    kind: Kind
    access: Access = Access.READ_ONLY
    nullable: bool = False
    write_only: bool = False
    secret: bool = False
    mutable: bool = False
    required: bool = False


@dataclass(frozen=True, slots=True)
class RelationshipSpec:
    """What the spec says of one relationship."""

    targets: tuple[str, ...]
    access: Access = Access.READ_ONLY
    to_many: bool = False
    write_only: bool = False
    exclusive_with: tuple[str, ...] = ()
    required: bool = False


def describe_validation_error(exc: ValidationError, owner: str) -> str:
    """A readable summary of a pydantic error that never repeats the input values (they may be secrets)."""
    parts = []
    for error in exc.errors(include_url=False, include_input=False):
        loc = ".".join(str(p) for p in error["loc"] if p not in ("attributes", "relationships", "data"))
        parts.append(f"{owner}.{loc}: {error['msg']}" if loc else f"{owner}: {error['msg']}")
    return "; ".join(parts)


class _Redacted:
    def __repr__(self) -> str:
        return "'***'"


class _Related:
    def __init__(self, model: Resource) -> None:
        self.model = model

    def __repr__(self) -> str:
        return f"{type(self.model).__name__}.ref({self.model.id!r})"


REDACTED = _Redacted()


class _Modelled(BaseModel):
    """Behaviour shared by resources and nested objects."""

    # literal here (not a shared constant) so the pydantic mypy plugin sees populate_by_name and types __init__
    model_config = ConfigDict(
        populate_by_name=True,
        validate_by_alias=True,
        extra="ignore",
        validate_assignment=True,
        defer_build=True,
    )
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {}
    __rules__: ClassVar[tuple[Rule, ...]] = ()

    def __init__(self, **data: Any) -> None:
        self._check_names(data)
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise DidwwClientError(describe_validation_error(exc, type(self).__name__)) from None

    # Tells pydantic this __init__ only wraps BaseModel's: decoding validates without calling it.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def _check_names(cls, data: dict[str, Any]) -> None:
        for name in data:
            if name not in cls.model_fields:
                known = ", ".join(sorted(cls.model_fields))
                raise DidwwClientError(f"{cls.__name__} has no field {name!r}{cls._hint(name)} (known fields: {known})")
            spec = cls.__attributes__.get(name)
            if spec is not None and spec.access is Access.READ_ONLY:
                raise DidwwClientError(f"{cls.__name__}.{name} is read-only: the server sets it, it cannot be sent")

    @classmethod
    def _hint(cls, name: str) -> str:
        """Where an unknown field name belongs instead (empty when nowhere)."""
        return ""

    def __setattr__(self, name: str, value: Any) -> None:
        spec = self.__attributes__.get(name)
        if spec is not None and spec.access is Access.READ_ONLY:
            raise DidwwClientError(f"{type(self).__name__}.{name} is read-only: the server sets it, it cannot be sent")
        try:
            super().__setattr__(name, value)
        except ValidationError as exc:
            raise DidwwClientError(describe_validation_error(exc, type(self).__name__)) from None

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        values = self.__dict__
        for name in type(self).model_fields:
            if name not in self.model_fields_set and name != "id":
                continue
            spec = self.__attributes__.get(name)
            value = values.get(name)
            if spec is not None and spec.secret and value is not None:
                yield name, REDACTED
            elif isinstance(value, Resource):
                yield name, _Related(value)
            elif isinstance(value, list) and value and isinstance(value[0], Resource):
                yield name, [_Related(v) for v in value]
            elif name != "unknown_attributes":
                yield name, value


ASSIGNED_UNSENT = "__assigned_unsent__"
"""Key of a clean snapshot holding the fields assigned since, that the server had not sent."""


class Resource(_Modelled):
    """A JSON:API resource object. ``TYPE`` is its JSON:API type; fields are its attributes and relationships."""

    __slots__ = ("_clean",)
    TYPE: ClassVar[str] = ""
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()
    __document_meta__: ClassVar[type[BaseModel] | None] = None  # a PageMeta subclass, where the spec types it
    __mutable__: ClassVar[tuple[str, ...]] = ()

    id: str | None = None
    """The resource's id (None until the server has created it)."""

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

    __known_wire_names__: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.__known_wire_names__ = frozenset(s.wire for s in cls.__attributes__.values())
        cls.__mutable__ = tuple(
            [n for n, s in cls.__attributes__.items() if s.mutable]
            + [n for n, r in cls.__relationships__.items() if r.to_many]
        )

    @classmethod
    def ref(cls, id: str) -> Self:
        """A reference to an existing resource by id: for assigning a relationship, or for an update
        that sends exactly the fields set on it afterwards (``Did.ref(id)``, then ``did.description = ...``)."""
        if not isinstance(id, str) or not id:
            raise DidwwClientError(f"{cls.__name__}.ref() needs a non-empty string id, got {id!r}")
        return cast(Self, cls.model_construct(id=id))

    def __setattr__(self, name: str, value: Any) -> None:
        rel = self.__relationships__.get(name)
        if rel is not None:
            self._check_relationship(name, rel, value)
        unsent = name not in self.__pydantic_fields_set__
        super().__setattr__(name, value)
        clean: dict[str, Any] | None = getattr(self, "_clean", None)
        if unsent and clean is not None:  # a field the server did not send: even None is a change to send
            clean.setdefault(ASSIGNED_UNSENT, set()).add(name)

    def _check_relationship(self, name: str, rel: RelationshipSpec, value: Any) -> None:
        owner = f"{type(self).__name__}.{name}"
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
            if not item.id:
                raise DidwwClientError(f"{owner}: the related {item.TYPE} has no id yet; create it first")

    def is_loaded(self, name: str) -> bool:
        """True when the server sent this field (a relationship: it was included or linked)."""
        if name not in type(self).model_fields:
            raise DidwwClientError(f"{type(self).__name__} has no field {name!r}")
        return name in self.model_fields_set

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
            view[name] = (value.TYPE, value.id)
        elif isinstance(value, list) and value and isinstance(value[0], Resource):
            view[name] = [(v.TYPE, v.id) for v in value]
        else:
            view[name] = value
    return view


class UnknownResource(BaseModel):
    """An included resource of a type this SDK version does not know; everything the server sent is kept."""

    model_config = ConfigDict(extra="allow")
    TYPE: ClassVar[str] = ""

    id: str
    type: str
    attributes: dict[str, Any] = {}
    relationships: dict[str, Any] = {}
    meta: dict[str, Any] | None = None


class NestedObject(_Modelled):
    """A nested JSON object inside an attribute (trunk configuration, order item, export filters, ...).

    ``WIRE_TYPE`` is the ``type`` it is sent with as ``{"type": ..., "attributes": {...}}``, or None for
    a plain JSON object.
    """

    WIRE_TYPE: ClassVar[str | None] = None
    __refusal__: ClassVar[str | None] = None  # why the client never sends it (objects only the API returns)

    @classmethod
    def _hint(cls, name: str) -> str:
        if cls.WIRE_TYPE is None:
            return ""
        siblings = [
            other.__name__
            for other in NestedObject.__subclasses__()
            if other is not cls and other.WIRE_TYPE == cls.WIRE_TYPE and name in other.model_fields
        ]
        return f": use {' or '.join(siblings)}, which has it" if siblings else ""


class UnknownNestedObject(BaseModel):
    """A nested object of a ``type`` this SDK version does not know; kept as sent."""

    model_config = ConfigDict(extra="allow")
    WIRE_TYPE: ClassVar[str | None] = None

    type: str
    attributes: dict[str, Any] = {}


class MetaObject(BaseModel):
    """Resource-level ``meta``: documented keys are typed fields, others stay in ``model_extra``."""

    model_config = ConfigDict(extra="allow", defer_build=True)


def nested_discriminator(by_wire_type: dict[str, str]) -> Any:
    """Picks a union member: by ``type`` when decoding, by class for a model the user built.

    Tags are class names, so request-only members that share a wire type with a response member
    (e.g. the did order item variants) stay distinct. An unknown ``type`` picks the fallback.
    """

    def choose(value: Any) -> str:
        if isinstance(value, dict):
            return by_wire_type.get(value.get("type"), "")  # type: ignore[arg-type]
        if isinstance(value, UnknownNestedObject):
            return ""
        return type(value).__name__

    return choose
