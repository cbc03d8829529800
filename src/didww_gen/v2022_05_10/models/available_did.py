# generated from spec/2022-05-10 by codegen, do not edit
"""AvailableDid: the ``available_dids`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._document import PageMeta
from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import StrictInt
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.did_group import DidGroup as _DidGroup
    from didww_gen.v2022_05_10.models.nanpa_prefix import NanpaPrefix as _NanpaPrefix
else:
    _DidGroup = Any
    _NanpaPrefix = Any

__all__ = ["AvailableDid", "AvailableDidDocumentMeta"]


class AvailableDidDocumentMeta(PageMeta):
    """Document-level meta of answers about AvailableDid (``page.meta`` of its lists)."""

    total_count: StrictInt | None = Field(default=None)
    """The count of available DIDs matching the request (in the meta of list answers; not described by the reference beyond its examples).

    Read-only: set by the server.
    """


class AvailableDid(Resource):
    """A phone number in stock that can be reserved or ordered. Not enabled by default: contact DIDWW Customer Service or Sales to enable it. The list is unsorted (random order)."""

    TYPE: ClassVar[str] = "available_dids"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "number": AttributeSpec("number", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "did_group": RelationshipSpec(("did_groups",), Access.READ_ONLY),
        "nanpa_prefix": RelationshipSpec(("nanpa_prefixes",), Access.READ_ONLY),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("did_groups", "stock_keeping_units")
    __document_meta__: ClassVar[type[PageMeta]] = AvailableDidDocumentMeta

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """AvailableDid built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def number(self) -> str:
            """The DID number.

            Read-only: set by the server.
            """
            ...

        @property
        def did_group(self) -> _DidGroup | None:
            """The DID group of the number.

            To-one relationship to DidGroup. Read-only: set by the server.
            """
            ...

        @property
        def nanpa_prefix(self) -> _NanpaPrefix | None:
            """The NANPA prefix of the number (US and Canadian numbers).

            To-one relationship to NanpaPrefix. Read-only: set by the server.
            """
            ...

    else:
        number: str | None = Field(default=None, validation_alias=AliasPath("attributes", "number"))

        did_group: _DidGroup | None = Field(
            default=None, validation_alias=AliasPath("relationships", "did_group", "data")
        )
        nanpa_prefix: _NanpaPrefix | None = Field(
            default=None, validation_alias=AliasPath("relationships", "nanpa_prefix", "data")
        )
