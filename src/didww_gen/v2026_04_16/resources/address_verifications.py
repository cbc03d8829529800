# generated from spec/2026-04-16 by codegen, do not edit
"""``client.address_verifications``: operations on ``/address_verifications``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.enums import AddressVerificationStatus
from didww_gen.v2026_04_16.models.address_verification import AddressVerification

__all__ = [
    "AddressVerificationsRepository",
    "AsyncAddressVerificationsRepository",
    "AddressVerificationsInclude",
    "AddressVerificationsFilter",
    "AddressVerificationsSort",
]

AddressVerificationsInclude = Literal[
    "address",
    "dids",
    "dids.did_group",
]
"""Include paths documented for ``/address_verifications``."""

AddressVerificationsSort = Literal[
    "created_at",
    "-created_at",
    "external_reference_id",
    "-external_reference_id",
]
"""Sort fields documented for ``/address_verifications`` (prefix ``-`` for descending)."""

AddressVerificationsFilter = TypedDict(
    "AddressVerificationsFilter",
    {
        "address.id": str | Sequence[str],
        "address.identity.id": str | Sequence[str],
        "status": AddressVerificationStatus | Literal["pending", "approved", "rejected"],
        "reference": str | Sequence[str],
        "external_reference_id": str,
        "id": str | Sequence[str],
        "reference_in": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/address_verifications``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class AddressVerificationsRepository(Repository[AddressVerification]):
    """``/address_verifications``: A verification task of an address for DIDs; its status changes are reported to the optional callback."""

    _model = AddressVerification
    _path = "address_verifications"
    _filter_enums = MappingProxyType({"status": AddressVerificationStatus})

    def list(
        self,
        *,
        include: AddressVerificationsInclude | Sequence[AddressVerificationsInclude] | None = None,
        filter: AddressVerificationsFilter = _NO_FILTER,
        sort: AddressVerificationsSort | Sequence[AddressVerificationsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[AddressVerification]:
        """List address_verifications.

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
        id: str | AddressVerification,
        *,
        include: AddressVerificationsInclude | Sequence[AddressVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AddressVerification:
        """Fetch one AddressVerification by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def create(
        self,
        model: AddressVerification,
        *,
        include: AddressVerificationsInclude | Sequence[AddressVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AddressVerification:
        """Create a AddressVerification from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: AddressVerification,
        *,
        include: AddressVerificationsInclude | Sequence[AddressVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AddressVerification:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def wait(
        self,
        address_verification: AddressVerification | str,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        max_interval: float = 30.0,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> AddressVerification:
        """Poll ``find`` until ``status`` is final (approved, rejected); returns the AddressVerification then.

        Waits ``interval`` seconds, doubling up to ``max_interval``; raises ``DidwwWaitTimeoutError`` after
        ``timeout`` seconds. ``sleep`` / ``clock`` replace the real ones (tests). See ``didww_gen.waiting``.
        """
        return self._wait(
            address_verification,
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


class AsyncAddressVerificationsRepository(AsyncRepository[AddressVerification]):
    """``/address_verifications`` (async): A verification task of an address for DIDs; its status changes are reported to the optional callback."""

    _model = AddressVerification
    _path = "address_verifications"
    _filter_enums = MappingProxyType({"status": AddressVerificationStatus})

    async def list(
        self,
        *,
        include: AddressVerificationsInclude | Sequence[AddressVerificationsInclude] | None = None,
        filter: AddressVerificationsFilter = _NO_FILTER,
        sort: AddressVerificationsSort | Sequence[AddressVerificationsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[AddressVerification]:
        """List address_verifications.

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
        id: str | AddressVerification,
        *,
        include: AddressVerificationsInclude | Sequence[AddressVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AddressVerification:
        """Fetch one AddressVerification by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self,
        model: AddressVerification,
        *,
        include: AddressVerificationsInclude | Sequence[AddressVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AddressVerification:
        """Create a AddressVerification from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: AddressVerification,
        *,
        include: AddressVerificationsInclude | Sequence[AddressVerificationsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AddressVerification:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def wait(
        self,
        address_verification: AddressVerification | str,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        max_interval: float = 30.0,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> AddressVerification:
        """Poll ``find`` until ``status`` is final (approved, rejected); returns the AddressVerification then.

        Waits ``interval`` seconds, doubling up to ``max_interval``; raises ``DidwwWaitTimeoutError`` after
        ``timeout`` seconds. ``sleep`` / ``clock`` replace the real ones (tests). See ``didww_gen.waiting``.
        """
        return await self._wait(
            address_verification,
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
