# generated from spec/2022-05-10 by codegen, do not edit
"""``client.countries``: operations on ``/countries``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.country import Country

__all__ = ["CountriesRepository", "AsyncCountriesRepository", "CountriesInclude", "CountriesFilter", "CountriesSort"]

CountriesInclude = Literal["regions",]
"""Include paths documented for ``/countries``."""

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

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class CountriesRepository(Repository[Country]):
    """``/countries``: A country included in the DIDWW coverage."""

    _model = Country
    _path = "countries"

    def list(
        self,
        *,
        include: CountriesInclude | Sequence[CountriesInclude] | None = None,
        filter: CountriesFilter = _NO_FILTER,
        sort: CountriesSort | Sequence[CountriesSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[Country]:
        """List countries (the API returns all records; pagination is disabled).

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            include=include,
            filter=filter,
            sort=sort,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def find(
        self,
        id: str | Country,
        *,
        include: CountriesInclude | Sequence[CountriesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Country:
        """Fetch one Country by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncCountriesRepository(AsyncRepository[Country]):
    """``/countries`` (async): A country included in the DIDWW coverage."""

    _model = Country
    _path = "countries"

    async def list(
        self,
        *,
        include: CountriesInclude | Sequence[CountriesInclude] | None = None,
        filter: CountriesFilter = _NO_FILTER,
        sort: CountriesSort | Sequence[CountriesSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Country]:
        """List countries (the API returns all records; pagination is disabled).

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            include=include,
            filter=filter,
            sort=sort,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def find(
        self,
        id: str | Country,
        *,
        include: CountriesInclude | Sequence[CountriesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Country:
        """Fetch one Country by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)
