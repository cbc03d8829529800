# generated from spec/2026-04-16 by codegen, do not edit
"""``client.emergency_verifications``: operations on ``/emergency_verifications``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.enums import EmergencyVerificationStatus
from didww_gen.v2026_04_16.models.emergency_verification import EmergencyVerification

__all__ = [
    "EmergencyVerificationsRepository",
    "AsyncEmergencyVerificationsRepository",
    "EmergencyVerificationsInclude",
    "EmergencyVerificationsFilter",
    "EmergencyVerificationsSort",
]

EmergencyVerificationsInclude = Literal[
    "address",
    "emergency_calling_service",
    "dids",
]
"""Include paths documented for ``/emergency_verifications``."""

EmergencyVerificationsSort = Literal[
    "created_at",
    "-created_at",
    "external_reference_id",
    "-external_reference_id",
]
"""Sort fields documented for ``/emergency_verifications`` (prefix ``-`` for descending)."""

EmergencyVerificationsFilter = TypedDict(
    "EmergencyVerificationsFilter",
    {
        "status": EmergencyVerificationStatus | Literal["pending", "approved", "rejected"],
        "emergency_calling_service.id": str,
        "external_reference_id": str,
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/emergency_verifications``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class EmergencyVerificationsRepository(Repository[EmergencyVerification]):
    """``/emergency_verifications``: A verification of an address for emergency calling."""

    _model = EmergencyVerification
    _path = "emergency_verifications"
    _filter_enums = MappingProxyType({"status": EmergencyVerificationStatus})

    def list(
        self,
        *,
        include: EmergencyVerificationsInclude | Sequence[EmergencyVerificationsInclude] | None = None,
        filter: EmergencyVerificationsFilter = _NO_FILTER,
        sort: EmergencyVerificationsSort | Sequence[EmergencyVerificationsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[EmergencyVerification]:
        """List emergency_verifications.

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
        id: str | EmergencyVerification,
        *,
        include: EmergencyVerificationsInclude | Sequence[EmergencyVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyVerification:
        """Fetch one EmergencyVerification by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def create(
        self,
        model: EmergencyVerification,
        *,
        include: EmergencyVerificationsInclude | Sequence[EmergencyVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyVerification:
        """Create a EmergencyVerification from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: EmergencyVerification,
        *,
        include: EmergencyVerificationsInclude | Sequence[EmergencyVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyVerification:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        emergency_verification: EmergencyVerification | str,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        max_interval: float = 30.0,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> EmergencyVerification:
        """Poll ``find`` until ``status`` is final (approved, rejected); returns the EmergencyVerification then.

        Waits ``interval`` seconds, doubling up to ``max_interval``; raises ``DidwwWaitTimeoutError`` after
        ``timeout`` seconds. ``sleep`` / ``clock`` replace the real ones (tests). See ``didww_gen.waiting``.
        """
        return self._wait(
            emergency_verification,
            "status",
            (
                "approved",
                "rejected",
            ),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            sleep=sleep,
            clock=clock,
        )


class AsyncEmergencyVerificationsRepository(AsyncRepository[EmergencyVerification]):
    """``/emergency_verifications`` (async): A verification of an address for emergency calling."""

    _model = EmergencyVerification
    _path = "emergency_verifications"
    _filter_enums = MappingProxyType({"status": EmergencyVerificationStatus})

    async def list(
        self,
        *,
        include: EmergencyVerificationsInclude | Sequence[EmergencyVerificationsInclude] | None = None,
        filter: EmergencyVerificationsFilter = _NO_FILTER,
        sort: EmergencyVerificationsSort | Sequence[EmergencyVerificationsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[EmergencyVerification]:
        """List emergency_verifications.

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
        id: str | EmergencyVerification,
        *,
        include: EmergencyVerificationsInclude | Sequence[EmergencyVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyVerification:
        """Fetch one EmergencyVerification by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self,
        model: EmergencyVerification,
        *,
        include: EmergencyVerificationsInclude | Sequence[EmergencyVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyVerification:
        """Create a EmergencyVerification from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: EmergencyVerification,
        *,
        include: EmergencyVerificationsInclude | Sequence[EmergencyVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyVerification:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        emergency_verification: EmergencyVerification | str,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        max_interval: float = 30.0,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> EmergencyVerification:
        """Poll ``find`` until ``status`` is final (approved, rejected); returns the EmergencyVerification then.

        Waits ``interval`` seconds, doubling up to ``max_interval``; raises ``DidwwWaitTimeoutError`` after
        ``timeout`` seconds. ``sleep`` / ``clock`` replace the real ones (tests). See ``didww_gen.waiting``.
        """
        return await self._wait(
            emergency_verification,
            "status",
            (
                "approved",
                "rejected",
            ),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            sleep=sleep,
            clock=clock,
        )
