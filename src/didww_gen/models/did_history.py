# generated from spec/2026-04-16 by codegen, do not edit
"""DidHistory: the ``did_history`` resource."""

from __future__ import annotations

from typing import ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, MetaObject, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime
from didww_gen.enums import DidHistoryAction, DidHistoryMethod

__all__ = ["DidHistory", "DidHistoryMeta"]


class DidHistoryMeta(MetaObject):
    """Resource-level meta of DidHistory (read-only)."""

    from_: str | None = Field(default=None, validation_alias="from")
    """For billing_cycles_count_changed records only, the previous billing cycles count ("empty" when it was not set).

    Read-only: set by the server.
    """

    to: str | None = Field(default=None)
    """For billing_cycles_count_changed records only: the new billing cycles count.

    Read-only: set by the server.
    """


class DidHistory(Resource):
    """A record of an action performed on a DID of the account (assigned, renewed, canceled...). Only records of the last 90 days are available."""

    TYPE: ClassVar[str] = "did_history"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "did_number": AttributeSpec("did_number", Kind.PLAIN, Access.READ_ONLY),
        "action": AttributeSpec("action", Kind.ENUM, Access.READ_ONLY),
        "method": AttributeSpec("method", Kind.ENUM, Access.READ_ONLY),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    did_number: str | None = Field(default=None, validation_alias=AliasPath("attributes", "did_number"))
    """The DID number (E.164).

    Read-only: set by the server.
    """

    action: DidHistoryAction | None = Field(default=None, validation_alias=AliasPath("attributes", "action"))
    """The action performed on the DID.

    Read-only: set by the server.
    """

    method: DidHistoryMethod | None = Field(default=None, validation_alias=AliasPath("attributes", "method"))
    """The method used to perform the action.

    Read-only: set by the server.
    """

    created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
    """When the action occurred.

    Read-only: set by the server.
    """

    meta: DidHistoryMeta | None = None
    """Resource-level meta."""
