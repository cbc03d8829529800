# generated from spec/2022-05-10 by codegen, do not edit
"""Region: the ``regions`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.country import Country as _Country
else:
    _Country = Any

__all__ = ["Region"]


class Region(Resource):
    """A region (state, province) of a country."""

    TYPE: ClassVar[str] = "regions"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "iso": AttributeSpec("iso", Kind.PLAIN, Access.READ_ONLY, nullable=True, always_answered=False),
        "name": AttributeSpec("name", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "country": RelationshipSpec(("countries",), Access.READ_ONLY),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("countries",)

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """Region built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def iso(self) -> str | None:
            """ISO 3166-2 code of the region, when it has one.

            Read-only: set by the server. Nullable. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @property
        def name(self) -> str:
            """Region name.

            Read-only: set by the server.
            """
            ...

        @property
        def country(self) -> _Country | None:
            """The country of the region.

            To-one relationship to Country. Read-only: set by the server.
            """
            ...

    else:
        iso: str | None = Field(default=None, validation_alias=AliasPath("attributes", "iso"))
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))

        country: _Country | None = Field(default=None, validation_alias=AliasPath("relationships", "country", "data"))
