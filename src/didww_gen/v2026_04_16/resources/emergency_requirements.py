# generated from spec/2026-04-16 by codegen, do not edit
"""``client.emergency_requirements``: operations on ``/emergency_requirements``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.models.emergency_requirement import EmergencyRequirement

__all__ = [
    "EmergencyRequirementsRepository",
    "AsyncEmergencyRequirementsRepository",
    "EmergencyRequirementsInclude",
    "EmergencyRequirementsFilter",
    "EmergencyRequirementsSort",
]

EmergencyRequirementsInclude = Literal[
    "country",
    "did_group_type",
]
"""Include paths documented for ``/emergency_requirements``."""

EmergencyRequirementsSort = Literal[
    "id",
    "-id",
]
"""Sort fields documented for ``/emergency_requirements`` (prefix ``-`` for descending)."""

EmergencyRequirementsFilter = TypedDict(
    "EmergencyRequirementsFilter",
    {
        "id": str | Sequence[str],
        "country.id": str,
        "did_group_type.id": str,
    },
    total=False,
)
"""Filters documented for ``/emergency_requirements``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class EmergencyRequirementsRepository(Repository[EmergencyRequirement]):
    """``/emergency_requirements``: The requirements for emergency calling registration per country and DID group type, with the prices of the emergency calling service."""

    _model = EmergencyRequirement
    _path = "emergency_requirements"

    def list(
        self,
        *,
        include: EmergencyRequirementsInclude | Sequence[EmergencyRequirementsInclude] | None = None,
        filter: EmergencyRequirementsFilter = _NO_FILTER,
        sort: EmergencyRequirementsSort | Sequence[EmergencyRequirementsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[EmergencyRequirement]:
        """List emergency_requirements.

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
        id: str | EmergencyRequirement,
        *,
        include: EmergencyRequirementsInclude | Sequence[EmergencyRequirementsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyRequirement:
        """Fetch one EmergencyRequirement by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncEmergencyRequirementsRepository(AsyncRepository[EmergencyRequirement]):
    """``/emergency_requirements`` (async): The requirements for emergency calling registration per country and DID group type, with the prices of the emergency calling service."""

    _model = EmergencyRequirement
    _path = "emergency_requirements"

    async def list(
        self,
        *,
        include: EmergencyRequirementsInclude | Sequence[EmergencyRequirementsInclude] | None = None,
        filter: EmergencyRequirementsFilter = _NO_FILTER,
        sort: EmergencyRequirementsSort | Sequence[EmergencyRequirementsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[EmergencyRequirement]:
        """List emergency_requirements.

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
        id: str | EmergencyRequirement,
        *,
        include: EmergencyRequirementsInclude | Sequence[EmergencyRequirementsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyRequirement:
        """Fetch one EmergencyRequirement by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)
