# generated from spec/2022-05-10 by codegen, do not edit
"""``client.cities``: operations on ``/cities``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.city import City

__all__ = ["CitiesRepository", "AsyncCitiesRepository", "CitiesInclude", "CitiesFilter", "CitiesSort"]

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

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class CitiesRepository(Repository[City]):
    """``/cities``: A city included in the DIDWW coverage."""

    _model = City
    _path = "cities"

    def list(
        self,
        *,
        include: CitiesInclude | Sequence[CitiesInclude] | None = None,
        filter: CitiesFilter = _NO_FILTER,
        sort: CitiesSort | Sequence[CitiesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
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
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def find(
        self,
        id: str | City,
        *,
        include: CitiesInclude | Sequence[CitiesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> City:
        """Fetch one City by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncCitiesRepository(AsyncRepository[City]):
    """``/cities`` (async): A city included in the DIDWW coverage."""

    _model = City
    _path = "cities"

    async def list(
        self,
        *,
        include: CitiesInclude | Sequence[CitiesInclude] | None = None,
        filter: CitiesFilter = _NO_FILTER,
        sort: CitiesSort | Sequence[CitiesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[City]:
        """List cities.

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            include=include,
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def find(
        self,
        id: str | City,
        *,
        include: CitiesInclude | Sequence[CitiesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> City:
        """Fetch one City by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)
