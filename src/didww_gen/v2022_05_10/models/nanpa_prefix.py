# generated from spec/2022-05-10 by codegen, do not edit
"""NanpaPrefix: the ``nanpa_prefixes`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.country import Country as _Country
    from didww_gen.v2022_05_10.models.region import Region as _Region
else:
    _Country = Any
    _Region = Any

__all__ = ["NanpaPrefix"]


class NanpaPrefix(Resource):
    """A NANPA prefix (NPA-NXX) of the DIDWW coverage; available only for countries with country code +1."""

    TYPE: ClassVar[str] = "nanpa_prefixes"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "npa": AttributeSpec("npa", Kind.PLAIN, Access.READ_ONLY),
        "nxx": AttributeSpec("nxx", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "country": RelationshipSpec(("countries",), Access.READ_ONLY),
        "region": RelationshipSpec(("regions",), Access.READ_ONLY),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("countries", "regions")

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """NanpaPrefix built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def npa(self) -> str:
            """Numbering plan area code.

            Read-only: set by the server.
            """
            ...

        @property
        def nxx(self) -> str:
            """Central office code.

            Read-only: set by the server.
            """
            ...

        @property
        def country(self) -> _Country | None:
            """The country of the prefix.

            To-one relationship to Country. Read-only: set by the server.
            """
            ...

        @property
        def region(self) -> _Region | None:
            """The region of the prefix.

            To-one relationship to Region. Read-only: set by the server.
            """
            ...

    else:
        npa: str | None = Field(default=None, validation_alias=AliasPath("attributes", "npa"))
        nxx: str | None = Field(default=None, validation_alias=AliasPath("attributes", "nxx"))

        country: _Country | None = Field(default=None, validation_alias=AliasPath("relationships", "country", "data"))
        region: _Region | None = Field(default=None, validation_alias=AliasPath("relationships", "region", "data"))
