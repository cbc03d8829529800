# generated from spec/2022-05-10 by codegen, do not edit
"""``client.areas``: operations on ``/areas``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.area import Area

__all__ = ["AreasRepository", "AsyncAreasRepository", "AreasInclude", "AreasFilter", "AreasSort"]

AreasInclude = Literal["country",]
"""Include paths documented for ``/areas``."""

AreasSort = Literal[
    "name",
    "-name",
]
"""Sort fields documented for ``/areas`` (prefix ``-`` for descending)."""

AreasFilter = TypedDict(
    "AreasFilter",
    {
        "id": str | Sequence[str],
        "name": str | Sequence[str],
        "country.id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/areas``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class AreasRepository(Repository[Area]):
    """``/areas``: A regulatory area."""

    _model = Area
    _path = "areas"

    def list(
        self,
        *,
        include: AreasInclude | Sequence[AreasInclude] | None = None,
        filter: AreasFilter = _NO_FILTER,
        sort: AreasSort | Sequence[AreasSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[Area]:
        """List areas.

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
        id: str | Area,
        *,
        include: AreasInclude | Sequence[AreasInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Area:
        """Fetch one Area by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncAreasRepository(AsyncRepository[Area]):
    """``/areas`` (async): A regulatory area."""

    _model = Area
    _path = "areas"

    async def list(
        self,
        *,
        include: AreasInclude | Sequence[AreasInclude] | None = None,
        filter: AreasFilter = _NO_FILTER,
        sort: AreasSort | Sequence[AreasSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Area]:
        """List areas.

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
        id: str | Area,
        *,
        include: AreasInclude | Sequence[AreasInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Area:
        """Fetch one Area by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)
