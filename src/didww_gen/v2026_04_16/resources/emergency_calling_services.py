# generated from spec/2026-04-16 by codegen, do not edit
"""``client.emergency_calling_services``: operations on ``/emergency_calling_services``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.enums import EmergencyCallingServiceStatus
from didww_gen.v2026_04_16.models.emergency_calling_service import EmergencyCallingService

__all__ = [
    "EmergencyCallingServicesRepository",
    "AsyncEmergencyCallingServicesRepository",
    "EmergencyCallingServicesInclude",
    "EmergencyCallingServicesFilter",
    "EmergencyCallingServicesSort",
]

EmergencyCallingServicesInclude = Literal[
    "country",
    "did_group_type",
    "order",
    "emergency_requirement",
    "emergency_verification",
    "dids",
    "address",
]
"""Include paths documented for ``/emergency_calling_services``."""

EmergencyCallingServicesSort = Literal[
    "name",
    "-name",
    "status",
    "-status",
    "renew_date",
    "-renew_date",
    "created_at",
    "-created_at",
    "country.name",
    "-country.name",
]
"""Sort fields documented for ``/emergency_calling_services`` (prefix ``-`` for descending)."""

EmergencyCallingServicesFilter = TypedDict(
    "EmergencyCallingServicesFilter",
    {
        "name": str,
        "reference": str,
        "status": EmergencyCallingServiceStatus
        | Literal["new", "in_process", "changes_required", "pending_update", "active", "canceled"],
        "country.id": str,
        "did_group_type.id": str,
        "address.id": str,
        "identity.id": str,
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/emergency_calling_services``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class EmergencyCallingServicesRepository(Repository[EmergencyCallingService]):
    """``/emergency_calling_services``: An emergency calling service of the account."""

    _model = EmergencyCallingService
    _path = "emergency_calling_services"
    _filter_enums = MappingProxyType({"status": EmergencyCallingServiceStatus})

    def list(
        self,
        *,
        include: EmergencyCallingServicesInclude | Sequence[EmergencyCallingServicesInclude] | None = None,
        filter: EmergencyCallingServicesFilter = _NO_FILTER,
        sort: EmergencyCallingServicesSort | Sequence[EmergencyCallingServicesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[EmergencyCallingService]:
        """List emergency_calling_services.

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
        id: str | EmergencyCallingService,
        *,
        include: EmergencyCallingServicesInclude | Sequence[EmergencyCallingServicesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyCallingService:
        """Fetch one EmergencyCallingService by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def delete(
        self,
        id: str | EmergencyCallingService,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> None:
        """Delete a EmergencyCallingService by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncEmergencyCallingServicesRepository(AsyncRepository[EmergencyCallingService]):
    """``/emergency_calling_services`` (async): An emergency calling service of the account."""

    _model = EmergencyCallingService
    _path = "emergency_calling_services"
    _filter_enums = MappingProxyType({"status": EmergencyCallingServiceStatus})

    async def list(
        self,
        *,
        include: EmergencyCallingServicesInclude | Sequence[EmergencyCallingServicesInclude] | None = None,
        filter: EmergencyCallingServicesFilter = _NO_FILTER,
        sort: EmergencyCallingServicesSort | Sequence[EmergencyCallingServicesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[EmergencyCallingService]:
        """List emergency_calling_services.

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
        id: str | EmergencyCallingService,
        *,
        include: EmergencyCallingServicesInclude | Sequence[EmergencyCallingServicesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyCallingService:
        """Fetch one EmergencyCallingService by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def delete(
        self,
        id: str | EmergencyCallingService,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> None:
        """Delete a EmergencyCallingService by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
