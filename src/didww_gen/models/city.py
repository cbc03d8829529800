# generated from spec/2026-04-16 by codegen, do not edit
"""City: the ``cities`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource

if TYPE_CHECKING:
    from didww_gen.models.country import Country as _Country
    from didww_gen.models.region import Region as _Region
else:
    _Country = Any
    _Region = Any

__all__ = ["City"]


class City(Resource):
    """A city included in the DIDWW coverage."""

    TYPE: ClassVar[str] = "cities"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "country": RelationshipSpec(("countries",), Access.READ_ONLY),
        "region": RelationshipSpec(("regions",), Access.READ_ONLY),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("countries", "regions")

    name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
    """City name.

    Read-only: set by the server.
    """

    country: _Country | None = Field(default=None, validation_alias=AliasPath("relationships", "country", "data"))
    """The country of the city.

    To-one relationship to Country. Read-only: set by the server.
    """

    region: _Region | None = Field(default=None, validation_alias=AliasPath("relationships", "region", "data"))
    """The region of the city.

    To-one relationship to Region. Read-only: set by the server.
    """
