# generated from spec/2022-05-10 by codegen, do not edit
"""Country: the ``countries`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.region import Region as _Region
else:
    _Region = Any

__all__ = ["Country"]


class Country(Resource):
    """A country included in the DIDWW coverage."""

    TYPE: ClassVar[str] = "countries"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.READ_ONLY),
        "prefix": AttributeSpec("prefix", Kind.PLAIN, Access.READ_ONLY, nullable=True),
        "iso": AttributeSpec("iso", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "regions": RelationshipSpec(("regions",), Access.READ_ONLY, to_many=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("regions",)

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """Country built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def name(self) -> str:
            """Country name (for example United Kingdom).

            Read-only: set by the server.
            """
            ...

        @property
        def prefix(self) -> str | None:
            """Country prefix (country calling code, for example 44).

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def iso(self) -> str:
            """Country ISO code (for example GB).

            Read-only: set by the server.
            """
            ...

        @property
        def regions(self) -> list[_Region]:
            """Regions of the country.

            To-many relationship to Region. Read-only: set by the server.
            """
            ...

    else:
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
        prefix: str | None = Field(default=None, validation_alias=AliasPath("attributes", "prefix"))
        iso: str | None = Field(default=None, validation_alias=AliasPath("attributes", "iso"))

        regions: list[_Region] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "regions", "data")
        )
