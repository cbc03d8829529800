# generated from spec/2022-05-10 by codegen, do not edit
"""City: the ``cities`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.area import Area as _Area
    from didww_gen.v2022_05_10.models.country import Country as _Country
    from didww_gen.v2022_05_10.models.region import Region as _Region
else:
    _Area = Any
    _Country = Any
    _Region = Any

__all__ = ["City"]


class City(Resource):
    """A city included in the DIDWW coverage."""

    TYPE: ClassVar[str] = "cities"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "country": RelationshipSpec(("countries",), Access.READ_ONLY),
        "region": RelationshipSpec(("regions",), Access.READ_ONLY),
        "area": RelationshipSpec(("areas",), Access.READ_ONLY),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("countries", "regions")

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """City built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def name(self) -> str:
            """City name.

            Read-only: set by the server.
            """
            ...

        @property
        def country(self) -> _Country | None:
            """The country of the city.

            To-one relationship to Country. Read-only: set by the server.
            """
            ...

        @property
        def region(self) -> _Region | None:
            """The region of the city.

            To-one relationship to Region. Read-only: set by the server.
            """
            ...

        @property
        def area(self) -> _Area | None:
            """The area of the city.

            To-one relationship to Area. Read-only: set by the server.
            """
            ...

    else:
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))

        country: _Country | None = Field(default=None, validation_alias=AliasPath("relationships", "country", "data"))
        region: _Region | None = Field(default=None, validation_alias=AliasPath("relationships", "region", "data"))
        area: _Area | None = Field(default=None, validation_alias=AliasPath("relationships", "area", "data"))
