# generated from spec/2022-05-10 by codegen, do not edit
"""``client.pops``: operations on ``/pops``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.pop import Pop

__all__ = ["PopsRepository", "AsyncPopsRepository", "PopsFilter", "PopsSort"]

PopsSort = Literal[
    "id",
    "-id",
]
"""Sort fields documented for ``/pops`` (prefix ``-`` for descending)."""

PopsFilter = TypedDict(
    "PopsFilter",
    {
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/pops``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class PopsRepository(Repository[Pop]):
    """``/pops``: A DIDWW point of presence (PoP) that a voice in trunk can be bound to."""

    _model = Pop
    _path = "pops"

    def list(
        self,
        *,
        filter: PopsFilter = _NO_FILTER,
        sort: PopsSort | Sequence[PopsSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[Pop]:
        """List pops (the API returns all records; pagination is disabled).

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            filter=filter,
            sort=sort,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )


class AsyncPopsRepository(AsyncRepository[Pop]):
    """``/pops`` (async): A DIDWW point of presence (PoP) that a voice in trunk can be bound to."""

    _model = Pop
    _path = "pops"

    async def list(
        self,
        *,
        filter: PopsFilter = _NO_FILTER,
        sort: PopsSort | Sequence[PopsSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Pop]:
        """List pops (the API returns all records; pagination is disabled).

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            filter=filter,
            sort=sort,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )
