"""What resources and nested objects share: guarded reads and assignment, refusals in the SDK's words, safe
repr, secrets masked in dumps and refused by pickle.

``_Modelled`` is the base of ``didww_gen._model.Resource`` and ``didww_gen._nested.NestedObject``. A field never
set raises on read (``FieldReader``, with ``unset_message`` saying why and what to do).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, ClassVar, TypeGuard, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationError,
    model_serializer,
)

from didww_gen._specs import Access, AttributeSpec
from didww_gen.errors import DidwwClientError

if TYPE_CHECKING:  # write rules load with the models that have some, the refusals' helpers with the first refusal
    from didww_gen._rules import Rule


def describe_validation_error(exc: ValidationError, owner: str, fields: Iterable[str] = ()) -> str:
    """A readable summary of a pydantic error that never repeats the input values (they may be secrets)."""
    from didww_gen import _refusals

    return _refusals.describe_validation_error(exc, owner, fields)


class _Redacted:
    def __repr__(self) -> str:
        return "'***'"


class _Related:
    def __init__(self, model: _Modelled) -> None:
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


def unset_message(model: _Modelled, name: str) -> str:
    """Why a field holds no value, and how to get one."""
    cls = type(model).__name__
    field = f"{cls}.{name}"
    if not _is_resource(model):
        return (
            f"{field} holds no value: the answer did not include it (a {cls} read from the API), or it was never "
            f"assigned (a {cls} built locally); assign {name} before sending, and check is_loaded({name!r}) before "
            "reading one the API returned"
        )
    if getattr(model, "_clean", None) is not None:  # loaded from a response
        if name in getattr(type(model), "__relationships__", {}):
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
                from didww_gen import _refusals

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
            elif _is_resource(value):
                yield name, _Related(value)
            elif isinstance(value, list) and value and _is_resource(value[0]):
                yield name, [_Related(v) if _is_resource(v) else v for v in value]
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


def _is_resource(value: Any) -> TypeGuard[_Modelled]:
    """Whether ``value`` is a resource: a model with relationships (``didww_gen._model.Resource``)."""
    return isinstance(value, _Modelled) and getattr(type(value), "__relationships__", None) is not None
