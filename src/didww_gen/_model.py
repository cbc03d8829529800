"""Base classes of the generated models: field metadata, references, guarded assignment, safe repr.

Generated resource classes subclass :class:`Resource`, nested objects subclass :class:`NestedObject`.
Each declares its fields (validated by pydantic-core from the resource objects the decoder reads, with
``AliasPath`` aliases that flatten ``attributes`` and ``relationships``) plus class-level metadata
that the encoder, decoder and change tracker read.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
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
    ValidationError,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic_core.core_schema import ValidatorFunctionWrapHandler

from didww_gen import _refusals
from didww_gen._api import other_version_hint
from didww_gen._offtype import off_type_message
from didww_gen._rules import Rule
from didww_gen.errors import DidwwClientError


class Kind(enum.Enum):
    """How a value travels on the wire."""

    PLAIN = "plain"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    TIMESTAMP = "timestamp"  # a datetime the API writes as YYYY-MM-DD HH:MM:SS (UTC)
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
    always_answered: bool = True  # False: the evidence does not show it in every answer (read as None when absent)


@dataclass(frozen=True, slots=True)
class RelationshipSpec:
    """What the spec says of one relationship."""

    targets: tuple[str, ...]
    access: Access = Access.READ_ONLY
    to_many: bool = False
    write_only: bool = False
    exclusive_with: tuple[str, ...] = ()
    required: bool = False


def describe_validation_error(exc: ValidationError, owner: str, fields: Iterable[str] = ()) -> str:
    """A readable summary of a pydantic error that never repeats the input values (they may be secrets)."""
    return _refusals.describe_validation_error(exc, owner, fields)


class _Redacted:
    def __repr__(self) -> str:
        return "'***'"


class _Related:
    def __init__(self, model: Resource) -> None:
        self.model = model

    def __repr__(self) -> str:
        return f"{type(self.model).__name__}.ref({self.model.__dict__.get('id')!r})"


REDACTED = _Redacted()
MASK = "***"
"""What ``model_dump()`` / ``model_dump_json()`` show instead of a secret value."""
REVEAL_SECRETS = "reveal_secrets"
"""``model.model_dump(context={"reveal_secrets": True})`` dumps secret values in clear."""
_dumping: ContextVar[frozenset[int]] = ContextVar("_dumping", default=frozenset())
"""The resources being dumped around the current one (their ``id()``), to cut include cycles."""


class FieldReader:
    """Reads one field of a model: a field never set (not sent by the server, not assigned) raises, unless it is
    ``optional`` (a value the API does not always answer, typed ``X | None``): that one reads as None.

    Installed on each generated class for its attributes, relationships and ``id``. It is a data descriptor,
    so Python asks it before the instance ``__dict__``; decoding, validation and assignment write
    ``__dict__`` directly, so only reads pass here, and a value that is set costs one dictionary lookup.
    On the class it raises ``AttributeError`` like any pydantic field (inherited fields stay fields).
    A name missing from ``__dict__`` (a value of an unexpected JSON type) falls through to ``__getattr__``.
    """

    __slots__ = ("name", "optional")

    def __init__(self, name: str, optional: bool = False) -> None:
        self.name = name
        self.optional = optional

    def __get__(self, model: _Modelled | None, owner: type[Any] | None = None) -> Any:
        if model is None:
            raise AttributeError(self.name)
        try:
            value = model.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None
        if value is None and not self.optional and self.name not in model.__pydantic_fields_set__:
            raise DidwwClientError(unset_message(model, self.name))
        return value

    def __set__(self, model: _Modelled, value: Any) -> None:
        model.__dict__[self.name] = value


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
            _tracking.record(cast("Resource", model), self.name)
        return super().__get__(model, owner)


def unset_message(model: _Modelled, name: str) -> str:
    """Why a field holds no value, and how to get one."""
    cls = type(model).__name__
    field = f"{cls}.{name}"
    if not isinstance(model, Resource):
        return (
            f"{field} holds no value: the answer did not include it (a {cls} read from the API), or it was never "
            f"assigned (a {cls} built locally); assign {name} before sending, and check is_loaded({name!r}) before "
            "reading one the API returned"
        )
    if getattr(model, "_clean", None) is not None:  # loaded from a response
        if name in model.__relationships__:
            return (
                f"{field} was not included in the response: ask for it with include= on find() or list() "
                f'("{name}" on a {cls}, "<relationship>.{name}" through another resource); '
                f'is_loaded("{name}") tells before reading'
            )
        return (
            f"{field} was not loaded: the answer did not include it (a sparse fieldset, fields[...] in "
            "extra_params, leaves it out, though the API documents it in every answer); find() it again without "
            f"one, or check is_loaded({name!r}) before reading"
        )
    if name == "id":
        return f"{field} was never set: this {cls} was built locally and has no id until it is created (create())"
    if model.__pydantic_fields_set__ == {"id"}:
        return (
            f"{field} is not loaded: this {cls} is only a reference (its id); fetch it with find(id), "
            "or include it in the request that returned it"
        )
    return (
        f"{field} was never set: this {cls} was built locally ({cls}(...) or {cls}.ref(id)) and holds only the "
        f"fields assigned to it; assign {name}, or load the {cls} with find() or list() to read the server's value"
    )


ModelledT = TypeVar("ModelledT", bound="_Modelled")


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

    def model_copy(self: ModelledT, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> ModelledT:
        """pydantic's copy, typed by an annotated ``self`` rather than ``typing.Self`` (completion in Jedi)."""
        return super().model_copy(update=update, deep=deep)

    def __init__(self, **data: Any) -> None:
        self._check_names(data)
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise DidwwClientError(
                describe_validation_error(exc, type(self).__name__, type(self).model_fields)
            ) from None

    # Tells pydantic this __init__ only wraps BaseModel's: decoding validates without calling it.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def _check_names(cls, data: dict[str, Any]) -> None:
        for name in data:
            if name not in cls.model_fields:
                known = ", ".join(sorted(cls.model_fields))
                hint = cls._hint(name) or _refusals.did_you_mean(name, cls.model_fields)
                raise DidwwClientError(f"{cls.__name__} has no field {name!r}{hint} (known fields: {known})")
            spec = cls.__attributes__.get(name)
            if spec is not None and spec.access is Access.READ_ONLY:
                raise DidwwClientError(f"{cls.__name__}.{name} is read-only: the server sets it, it cannot be sent")

    @classmethod
    def _hint(cls, name: str) -> str:
        """Where an unknown field name belongs instead (empty when nowhere)."""
        return ""

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        for name in cls._guarded_reads():
            type.__setattr__(cls, name, FieldReader(name, cls._reads_none(name)))

    @classmethod
    def _guarded_reads(cls) -> tuple[str, ...]:
        """The fields whose read raises while never set (see ``FieldReader``)."""
        return tuple(cls.__attributes__)

    @classmethod
    def _reads_none(cls, name: str) -> bool:
        """Whether an unset ``name`` reads as None: an attribute the API does not always answer."""
        spec = cls.__attributes__.get(name)
        return spec is not None and not spec.always_answered

    def is_loaded(self, name: str) -> bool:
        """True when the field holds a value: the server sent it (null included; a relationship: it was included
        or linked), or it was assigned. Tells an absent optional field (read as None) from a null one."""
        if name not in type(self).model_fields:
            raise DidwwClientError(f"{type(self).__name__} has no field {name!r}")
        return name in self.model_fields_set

    if not TYPE_CHECKING:  # hidden from type checkers, which then refuse unknown names and read-only fields

        def __setattr__(self, name: str, value: Any) -> None:
            self._guarded_setattr(name, value)

    def _guarded_setattr(self, name: str, value: Any) -> None:
        """Assignment: read-only fields refused, the value validated (errors as ``DidwwClientError``)."""
        spec = self.__attributes__.get(name)
        if spec is not None and spec.access is Access.READ_ONLY:
            raise DidwwClientError(f"{type(self).__name__}.{name} is read-only: the server sets it, it cannot be sent")
        try:
            super().__setattr__(name, value)
        except ValidationError as exc:
            raise DidwwClientError(
                describe_validation_error(exc, type(self).__name__, type(self).model_fields)
            ) from None

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
                yield name, [_Related(v) if isinstance(v, Resource) else v for v in value]
            elif name not in _NOT_IN_REPR:
                yield name, value

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        """Secret values are masked unless the dump is asked for them with ``context={"reveal_secrets": True}``."""
        data = handler(self)
        context = info.context
        if isinstance(data, dict) and not (isinstance(context, dict) and context.get(REVEAL_SECRETS) is True):
            for name, spec in self.__attributes__.items():
                if spec.secret and data.get(name) is not None:
                    data[name] = MASK
        return data

    def __getstate__(self) -> dict[Any, Any]:
        """Pickling is refused while a secret value is set: a pickle would carry it in clear."""
        held = [n for n, s in self.__attributes__.items() if s.secret and self.__dict__.get(n) is not None]
        # an off-type value kept raw may be a secret, or an object holding one: refused the same way
        raw = self.__dict__.get(INVALID_ATTRIBUTES) or {}
        secret_wires = {s.wire for s in self.__attributes__.values() if s.secret}
        held += [w for w, v in raw.items() if w in secret_wires or isinstance(v, (dict, list))]
        if held:
            raise DidwwClientError(
                f"{type(self).__name__} holds secret values ({', '.join(held)}), which pickle would carry in "
                "clear: clear them (set to None) or store model_dump(context={'reveal_secrets': True}) "
                "somewhere safe, and pickle that"
            )
        return super().__getstate__()


_NOT_IN_REPR = frozenset({"unknown_attributes"})
UNKNOWN_RELATIONSHIPS = "__unknown_relationships__"
INVALID_ATTRIBUTES = "__invalid_attributes__"
DECODED_EXTRAS = (UNKNOWN_RELATIONSHIPS, INVALID_ATTRIBUTES)
"""``__dict__`` keys the decoder sets beside the fields (read through the properties of the same names)."""

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

    model_config = ConfigDict(extra="allow")
    TYPE: ClassVar[str] = ""

    id: str
    type: str
    attributes: dict[str, Any] = {}
    relationships: dict[str, Any] = {}
    meta: dict[str, Any] | None = None


UNKNOWN_MEMBERS = "__unknown_members__"
"""``__dict__`` key of a nested object's members the server sent that this SDK version does not know."""


class NestedObject(_Modelled):
    """A nested JSON object inside an attribute (trunk configuration, order item, export filters, ...).

    ``WIRE_TYPE`` is the ``type`` it is sent with as ``{"type": ..., "attributes": {...}}``, or None for
    a plain JSON object. Members the server sent that this SDK version does not know are kept
    (``unknown_attributes``) and sent back with the object, which is always sent whole.
    """

    WIRE_TYPE: ClassVar[str | None] = None
    __refusal__: ClassVar[str | None] = None  # why the client never sends it (objects only the API returns)
    __known_members__: ClassVar[frozenset[str]] = frozenset()  # wire and field names of its attributes

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.__known_members__ = frozenset(cls.__attributes__) | {s.wire for s in cls.__attributes__.values()}

    @model_validator(mode="wrap")
    @classmethod
    def _keep_unknown_members(cls, value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        """The members of a decoded object that no field takes, kept beside the fields (``unknown_attributes``)."""
        made = handler(value)
        if type(value) is dict:
            members = value.get("attributes") if cls.WIRE_TYPE is not None else value
            if type(members) is dict and not members.keys() <= cls.__known_members__:
                known = cls.__known_members__
                made.__dict__[UNKNOWN_MEMBERS] = {k: v for k, v in members.items() if k not in known}
        return made

    @property
    def unknown_attributes(self) -> dict[str, Any] | None:
        """Members the server sent that this SDK version does not know, by wire name; sent back with the object."""
        found: dict[str, Any] | None = self.__dict__.get(UNKNOWN_MEMBERS)
        return found

    @classmethod
    def _hint(cls, name: str) -> str:
        if cls.WIRE_TYPE is None:
            return ""
        siblings = [
            other.__name__
            for other in NestedObject.__subclasses__()
            if other is not cls
            and other.__module__ == cls.__module__  # the same API version's nested objects only
            and other.WIRE_TYPE == cls.WIRE_TYPE
            and name in other.model_fields
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
            kind = value.get("type")
            return by_wire_type.get(kind, "") if isinstance(kind, str) else ""
        if isinstance(value, UnknownNestedObject):
            return ""
        return type(value).__name__

    return choose


from didww_gen import _tracking  # noqa: E402  (it builds on the classes above)
