# generated from spec/2022-05-10 by codegen, do not edit
"""``client.did_group_types``: operations on ``/did_group_types``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.did_group_type import DidGroupType

__all__ = ["DidGroupTypesRepository", "AsyncDidGroupTypesRepository", "DidGroupTypesFilter", "DidGroupTypesSort"]

DidGroupTypesSort = Literal[
    "name",
    "-name",
]
"""Sort fields documented for ``/did_group_types`` (prefix ``-`` for descending)."""

DidGroupTypesFilter = TypedDict(
    "DidGroupTypesFilter",
    {
        "id": str | Sequence[str],
        "name": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/did_group_types``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class DidGroupTypesRepository(Repository[DidGroupType]):
    """``/did_group_types``: A broad category of DID services supported by DIDWW, such as Local, Mobile or Toll-free."""

    _model = DidGroupType
    _path = "did_group_types"

    def list(
        self,
        *,
        filter: DidGroupTypesFilter = _NO_FILTER,
        sort: DidGroupTypesSort | Sequence[DidGroupTypesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[DidGroupType]:
        """List did_group_types.

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def find(
        self, id: str | DidGroupType, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> DidGroupType:
        """Fetch one DidGroupType by id."""
        return self._find(id, extra_headers=extra_headers, timeout=timeout)


class AsyncDidGroupTypesRepository(AsyncRepository[DidGroupType]):
    """``/did_group_types`` (async): A broad category of DID services supported by DIDWW, such as Local, Mobile or Toll-free."""

    _model = DidGroupType
    _path = "did_group_types"

    async def list(
        self,
        *,
        filter: DidGroupTypesFilter = _NO_FILTER,
        sort: DidGroupTypesSort | Sequence[DidGroupTypesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[DidGroupType]:
        """List did_group_types.

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def find(
        self, id: str | DidGroupType, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> DidGroupType:
        """Fetch one DidGroupType by id."""
        return await self._find(id, extra_headers=extra_headers, timeout=timeout)
