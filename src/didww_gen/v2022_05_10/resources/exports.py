# generated from spec/2022-05-10 by codegen, do not edit
"""``client.exports``: operations on ``/exports``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.export import Export

__all__ = ["ExportsRepository", "AsyncExportsRepository", "ExportsFilter", "ExportsSort"]

ExportsSort = Literal[
    "status",
    "-status",
    "created_at",
    "-created_at",
]
"""Sort fields documented for ``/exports`` (prefix ``-`` for descending)."""

ExportsFilter = TypedDict(
    "ExportsFilter",
    {
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/exports``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class ExportsRepository(Repository[Export]):
    """``/exports``: An export of call detail records (inbound or outbound CDRs) to a gzipped CSV file."""

    _model = Export
    _path = "exports"

    def list(
        self,
        *,
        filter: ExportsFilter = _NO_FILTER,
        sort: ExportsSort | Sequence[ExportsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[Export]:
        """List exports.

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
        self, id: str | Export, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> Export:
        """Fetch one Export by id."""
        return self._find(id, extra_headers=extra_headers, timeout=timeout)

    def create(
        self, model: Export, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> Export:
        """Create a Export from the fields set on ``model``; returns the server's answer."""
        return self._create(model, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        export: Export | str,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        max_interval: float = 30.0,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> Export:
        """Poll ``find`` until ``status`` is final (Completed); returns the Export then.

        Waits ``interval`` seconds, doubling up to ``max_interval``; raises ``DidwwWaitTimeoutError`` after
        ``timeout`` seconds. ``sleep`` / ``clock`` replace the real ones (tests). See ``didww_gen.waiting``.
        """
        return self._wait(
            export,
            "status",
            ("Completed",),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            sleep=sleep,
            clock=clock,
        )


class AsyncExportsRepository(AsyncRepository[Export]):
    """``/exports`` (async): An export of call detail records (inbound or outbound CDRs) to a gzipped CSV file."""

    _model = Export
    _path = "exports"

    async def list(
        self,
        *,
        filter: ExportsFilter = _NO_FILTER,
        sort: ExportsSort | Sequence[ExportsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Export]:
        """List exports.

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
        self, id: str | Export, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> Export:
        """Fetch one Export by id."""
        return await self._find(id, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self, model: Export, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> Export:
        """Create a Export from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        export: Export | str,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        max_interval: float = 30.0,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> Export:
        """Poll ``find`` until ``status`` is final (Completed); returns the Export then.

        Waits ``interval`` seconds, doubling up to ``max_interval``; raises ``DidwwWaitTimeoutError`` after
        ``timeout`` seconds. ``sleep`` / ``clock`` replace the real ones (tests). See ``didww_gen.waiting``.
        """
        return await self._wait(
            export,
            "status",
            ("Completed",),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            sleep=sleep,
            clock=clock,
        )
