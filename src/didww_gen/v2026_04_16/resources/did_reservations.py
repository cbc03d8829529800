# generated from spec/2026-04-16 by codegen, do not edit
"""``client.did_reservations``: operations on ``/did_reservations``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.models.did_reservation import DidReservation, DidReservationDocumentMeta

__all__ = [
    "DidReservationsRepository",
    "AsyncDidReservationsRepository",
    "DidReservationsInclude",
    "DidReservationsFilter",
    "DidReservationsSort",
]

DidReservationsInclude = Literal[
    "available_did",
    "available_did.did_group",
    "available_did.did_group.stock_keeping_units",
]
"""Include paths documented for ``/did_reservations``."""

DidReservationsSort = Literal[
    "created_at",
    "-created_at",
    "description",
    "-description",
    "expires_at",
    "-expires_at",
    "expire_at",
    "-expire_at",
]
"""Sort fields documented for ``/did_reservations`` (prefix ``-`` for descending)."""

DidReservationsFilter = TypedDict(
    "DidReservationsFilter",
    {
        "id": str | Sequence[str],
        "description": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/did_reservations``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class DidReservationsRepository(Repository[DidReservation]):
    """``/did_reservations``: A temporary reservation of an available DID for the account (by default up to 10 numbers, for 10 minutes); deleting it cancels the reservation."""

    _model = DidReservation
    _path = "did_reservations"

    def list(
        self,
        *,
        include: DidReservationsInclude | Sequence[DidReservationsInclude] | None = None,
        filter: DidReservationsFilter = _NO_FILTER,
        sort: DidReservationsSort | Sequence[DidReservationsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[DidReservation, DidReservationDocumentMeta]:
        """List did_reservations.

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
        id: str | DidReservation,
        *,
        include: DidReservationsInclude | Sequence[DidReservationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> DidReservation:
        """Fetch one DidReservation by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def create(
        self,
        model: DidReservation,
        *,
        include: DidReservationsInclude | Sequence[DidReservationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> DidReservation:
        """Create a DidReservation from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def delete(
        self, id: str | DidReservation, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a DidReservation by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncDidReservationsRepository(AsyncRepository[DidReservation]):
    """``/did_reservations`` (async): A temporary reservation of an available DID for the account (by default up to 10 numbers, for 10 minutes); deleting it cancels the reservation."""

    _model = DidReservation
    _path = "did_reservations"

    async def list(
        self,
        *,
        include: DidReservationsInclude | Sequence[DidReservationsInclude] | None = None,
        filter: DidReservationsFilter = _NO_FILTER,
        sort: DidReservationsSort | Sequence[DidReservationsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[DidReservation, DidReservationDocumentMeta]:
        """List did_reservations.

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
        id: str | DidReservation,
        *,
        include: DidReservationsInclude | Sequence[DidReservationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> DidReservation:
        """Fetch one DidReservation by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self,
        model: DidReservation,
        *,
        include: DidReservationsInclude | Sequence[DidReservationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> DidReservation:
        """Create a DidReservation from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def delete(
        self, id: str | DidReservation, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a DidReservation by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
