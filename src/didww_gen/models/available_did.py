# generated from spec/2026-04-16 by codegen, do not edit
"""AvailableDid: the ``available_dids`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._decoding import PageMeta
from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource

if TYPE_CHECKING:
    from didww_gen.models.did_group import DidGroup as _DidGroup
else:
    _DidGroup = Any

__all__ = ["AvailableDid", "AvailableDidDocumentMeta"]


class AvailableDidDocumentMeta(PageMeta):
    """Document-level meta of answers about AvailableDid (``page.meta`` of its lists)."""

    total_count: int | None = Field(default=None)
    """The count of available DIDs matching the request (in the meta of list answers; not described by the reference beyond its examples).

    Read-only: set by the server.
    """


class AvailableDid(Resource):
    """A phone number in stock that can be reserved or ordered. Not enabled by default: contact DIDWW Customer Service or Sales to enable it. The list is unsorted (random order)."""

    TYPE: ClassVar[str] = "available_dids"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "number": AttributeSpec("number", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "did_group": RelationshipSpec(("did_groups",), Access.READ_ONLY),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("did_groups", "stock_keeping_units")
    __document_meta__: ClassVar[type[PageMeta]] = AvailableDidDocumentMeta

    number: str | None = Field(default=None, validation_alias=AliasPath("attributes", "number"))
    """The DID number.

    Read-only: set by the server.
    """

    did_group: _DidGroup | None = Field(default=None, validation_alias=AliasPath("relationships", "did_group", "data"))
    """The DID group of the number.

    To-one relationship to DidGroup. Read-only: set by the server.
    """
