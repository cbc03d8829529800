# generated from spec/2026-04-16 by codegen, do not edit
"""DidHistory: the ``did_history`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, MetaObject, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime
from didww_gen.v2026_04_16.enums import DidHistoryAction, DidHistoryMethod
from didww_gen.v2026_04_16.models import MODELS

__all__ = ["DidHistory", "DidHistoryMeta"]


class DidHistoryMeta(MetaObject):
    """Resource-level meta of DidHistory (read-only)."""

    from_: str | None = Field(default=None, validation_alias="from")
    """For billing_cycles_count_changed records only, the previous billing cycles count ("empty" when it was not set).

    Read-only: set by the server. Nullable.
    """

    to: str | None = Field(default=None)
    """For billing_cycles_count_changed records only: the new billing cycles count.

    Read-only: set by the server. Nullable.
    """


class DidHistory(Resource):
    """A record of an action performed on a DID of the account (assigned, renewed, canceled...). Only records of the last 90 days are available."""

    TYPE: ClassVar[str] = "did_history"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "did_number": AttributeSpec("did_number", Kind.PLAIN, Access.READ_ONLY, nullable=True),
        "action": AttributeSpec("action", Kind.ENUM, Access.READ_ONLY),
        "method": AttributeSpec("method", Kind.ENUM, Access.READ_ONLY),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """DidHistory built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def did_number(self) -> str | None:
            """The DID number (E.164).

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def action(self) -> DidHistoryAction:
            """The action performed on the DID.

            Read-only: set by the server.
            """
            ...

        @property
        def method(self) -> DidHistoryMethod:
            """The method used to perform the action.

            Read-only: set by the server.
            """
            ...

        @property
        def created_at(self) -> UtcDateTime:
            """When the action occurred.

            Read-only: set by the server.
            """
            ...

        @property
        def meta(self) -> DidHistoryMeta | None:
            """Resource-level meta (None when the server sent none)."""
            ...

    else:
        did_number: str | None = Field(default=None, validation_alias=AliasPath("attributes", "did_number"))
        action: DidHistoryAction | None = Field(default=None, validation_alias=AliasPath("attributes", "action"))
        method: DidHistoryMethod | None = Field(default=None, validation_alias=AliasPath("attributes", "method"))
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))

        meta: DidHistoryMeta | None = None
