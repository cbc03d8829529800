# generated from spec/2026-04-16 by codegen, do not edit
"""``client.cities``: operations on ``/cities``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from didww_gen._page import Page
from didww_gen._repository import Repository
from didww_gen.models.city import City

__all__ = ["CitiesRepository", "CitiesInclude", "CitiesFilter", "CitiesSort"]

CitiesInclude = Literal[
    "country",
    "region",
]
"""Include paths documented for ``/cities``."""

CitiesSort = Literal[
    "name",
    "-name",
]
"""Sort fields documented for ``/cities`` (prefix ``-`` for descending)."""

CitiesFilter = TypedDict(
    "CitiesFilter",
    {
        "id": str | Sequence[str],
        "name": str | Sequence[str],
        "country.id": str | Sequence[str],
        "region.id": str | Sequence[str],
        "is_available": bool,
    },
    total=False,
)
"""Filters documented for ``/cities``; a sequence value is sent as a comma-separated list."""


class CitiesRepository(Repository[City]):
    """``/cities``: A city included in the DIDWW coverage."""

    _model = City
    _path = "cities"

    def list(
        self,
        *,
        include: CitiesInclude | Sequence[CitiesInclude] | None = None,
        filter: CitiesFilter | None = None,
        sort: CitiesSort | Sequence[CitiesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
    ) -> Page[City]:
        """List cities.

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            include=include,
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
        )

    def find(self, id: str | City, *, include: CitiesInclude | Sequence[CitiesInclude] | None = None) -> City:
        """Fetch one City by id."""
        return self._find(id, include=include)
