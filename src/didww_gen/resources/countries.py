# generated from spec/2026-04-16 by codegen, do not edit
"""``client.countries``: operations on ``/countries``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from didww_gen._page import Page
from didww_gen._repository import Repository
from didww_gen.models.country import Country

__all__ = ["CountriesRepository", "CountriesFilter", "CountriesSort"]

CountriesSort = Literal[
    "name",
    "-name",
    "prefix",
    "-prefix",
    "iso",
    "-iso",
]
"""Sort fields documented for ``/countries`` (prefix ``-`` for descending)."""

CountriesFilter = TypedDict(
    "CountriesFilter",
    {
        "id": str | Sequence[str],
        "name": str | Sequence[str],
        "prefix": str | Sequence[str],
        "iso": str | Sequence[str],
        "is_available": bool,
    },
    total=False,
)
"""Filters documented for ``/countries``; a sequence value is sent as a comma-separated list."""


class CountriesRepository(Repository[Country]):
    """``/countries``: A country included in the DIDWW coverage."""

    _model = Country
    _path = "countries"

    def list(
        self,
        *,
        filter: CountriesFilter | None = None,
        sort: CountriesSort | Sequence[CountriesSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
    ) -> Page[Country]:
        """List countries (the API returns all records; pagination is disabled).

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            filter=filter,
            sort=sort,
            extra_params=extra_params,
        )

    def find(self, id: str | Country) -> Country:
        """Fetch one Country by id."""
        return self._find(id)
