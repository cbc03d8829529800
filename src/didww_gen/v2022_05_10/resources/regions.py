# generated from spec/2022-05-10 by codegen, do not edit
"""``client.regions``: operations on ``/regions``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.region import Region

__all__ = ["RegionsRepository", "AsyncRegionsRepository", "RegionsInclude", "RegionsFilter", "RegionsSort"]

RegionsInclude = Literal["country",]
"""Include paths documented for ``/regions``."""

RegionsSort = Literal[
    "name",
    "-name",
]
"""Sort fields documented for ``/regions`` (prefix ``-`` for descending)."""

RegionsFilter = TypedDict(
    "RegionsFilter",
    {
        "id": str | Sequence[str],
        "name": str | Sequence[str],
        "country.id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/regions``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class RegionsRepository(Repository[Region]):
    """``/regions``: A region (state, province) of a country."""

    _model = Region
    _path = "regions"

    def list(
        self,
        *,
        include: RegionsInclude | Sequence[RegionsInclude] | None = None,
        filter: RegionsFilter = _NO_FILTER,
        sort: RegionsSort | Sequence[RegionsSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[Region]:
        """List regions (the API returns all records; pagination is disabled).

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
        id: str | Region,
        *,
        include: RegionsInclude | Sequence[RegionsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Region:
        """Fetch one Region by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncRegionsRepository(AsyncRepository[Region]):
    """``/regions`` (async): A region (state, province) of a country."""

    _model = Region
    _path = "regions"

    async def list(
        self,
        *,
        include: RegionsInclude | Sequence[RegionsInclude] | None = None,
        filter: RegionsFilter = _NO_FILTER,
        sort: RegionsSort | Sequence[RegionsSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Region]:
        """List regions (the API returns all records; pagination is disabled).

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
        id: str | Region,
        *,
        include: RegionsInclude | Sequence[RegionsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Region:
        """Fetch one Region by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)
