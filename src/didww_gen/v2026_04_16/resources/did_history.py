# generated from spec/2026-04-16 by codegen, do not edit
"""``client.did_history``: operations on ``/did_history``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen._types import UtcDateTime
from didww_gen.v2026_04_16.enums import DidHistoryAction, DidHistoryMethod
from didww_gen.v2026_04_16.models.did_history import DidHistory

__all__ = ["DidHistoryRepository", "AsyncDidHistoryRepository", "DidHistoryFilter", "DidHistorySort"]

DidHistorySort = Literal[
    "created_at",
    "-created_at",
]
"""Sort fields documented for ``/did_history`` (prefix ``-`` for descending)."""

DidHistoryFilter = TypedDict(
    "DidHistoryFilter",
    {
        "id": str | Sequence[str],
        "did_number": str,
        "action": DidHistoryAction
        | Literal["assigned", "renewed", "canceled", "removed", "billing_cycles_count_changed", "restored"],
        "method": DidHistoryMethod | Literal["system", "api2", "api3", "staff", "user_panel", "mcp"],
        "created_at_gteq": UtcDateTime,
        "created_at_lteq": UtcDateTime,
    },
    total=False,
)
"""Filters documented for ``/did_history``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class DidHistoryRepository(Repository[DidHistory]):
    """``/did_history``: A record of an action performed on a DID of the account (assigned, renewed, canceled...)."""

    _model = DidHistory
    _path = "did_history"
    _filter_enums = MappingProxyType({"action": DidHistoryAction, "method": DidHistoryMethod})

    def list(
        self,
        *,
        filter: DidHistoryFilter = _NO_FILTER,
        sort: DidHistorySort | Sequence[DidHistorySort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[DidHistory]:
        """List did_history.

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
        self, id: str | DidHistory, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> DidHistory:
        """Fetch one DidHistory by id."""
        return self._find(id, extra_headers=extra_headers, timeout=timeout)


class AsyncDidHistoryRepository(AsyncRepository[DidHistory]):
    """``/did_history`` (async): A record of an action performed on a DID of the account (assigned, renewed, canceled...)."""

    _model = DidHistory
    _path = "did_history"
    _filter_enums = MappingProxyType({"action": DidHistoryAction, "method": DidHistoryMethod})

    async def list(
        self,
        *,
        filter: DidHistoryFilter = _NO_FILTER,
        sort: DidHistorySort | Sequence[DidHistorySort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[DidHistory]:
        """List did_history.

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
        self, id: str | DidHistory, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> DidHistory:
        """Fetch one DidHistory by id."""
        return await self._find(id, extra_headers=extra_headers, timeout=timeout)
