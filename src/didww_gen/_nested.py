"""Nested objects: JSON objects inside attributes (trunk configurations, order items, export filters), the
polymorphic unions' discriminator, and what a version does not know (kept as sent), plus resource ``meta``."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, model_validator
from pydantic_core.core_schema import ValidatorFunctionWrapHandler

from didww_gen._modelled import _Modelled

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

    model_config = ConfigDict(extra="allow", defer_build=True)  # built the first time one is met
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
