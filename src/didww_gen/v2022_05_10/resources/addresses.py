# generated from spec/2022-05-10 by codegen, do not edit
"""``client.addresses``: operations on ``/addresses``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.address import Address

__all__ = ["AddressesRepository", "AsyncAddressesRepository", "AddressesInclude", "AddressesFilter", "AddressesSort"]

AddressesInclude = Literal[
    "country",
    "proofs",
    "proofs.proof_type",
    "identity",
    "identity.country",
    "identity.proofs",
    "identity.proofs.proof_type",
    "identity.permanent_documents",
    "identity.permanent_documents.template",
    "area",
    "city",
]
"""Include paths documented for ``/addresses``."""

AddressesSort = Literal[
    "city_name",
    "-city_name",
    "postal_code",
    "-postal_code",
    "address",
    "-address",
    "description",
    "-description",
    "created_at",
    "-created_at",
    "verified",
    "-verified",
]
"""Sort fields documented for ``/addresses`` (prefix ``-`` for descending)."""

AddressesFilter = TypedDict(
    "AddressesFilter",
    {
        "city_name": str,
        "city_name_contains": str,
        "postal_code": str,
        "postal_code_contains": str,
        "address": str,
        "address_contains": str,
        "description": str,
        "description_contains": str,
        "identity.id": str | Sequence[str],
        "country.id": str | Sequence[str],
        "area.id": str | Sequence[str],
        "city.id": str | Sequence[str],
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/addresses``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class AddressesRepository(Repository[Address]):
    """``/addresses``: An address of the account, assigned to an identity and used for DID registration."""

    _model = Address
    _path = "addresses"

    def list(
        self,
        *,
        include: AddressesInclude | Sequence[AddressesInclude] | None = None,
        filter: AddressesFilter = _NO_FILTER,
        sort: AddressesSort | Sequence[AddressesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[Address]:
        """List addresses.

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
        id: str | Address,
        *,
        include: AddressesInclude | Sequence[AddressesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Address:
        """Fetch one Address by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def create(
        self,
        model: Address,
        *,
        include: AddressesInclude | Sequence[AddressesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Address:
        """Create a Address from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: Address,
        *,
        include: AddressesInclude | Sequence[AddressesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Address:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def delete(
        self, id: str | Address, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a Address by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncAddressesRepository(AsyncRepository[Address]):
    """``/addresses`` (async): An address of the account, assigned to an identity and used for DID registration."""

    _model = Address
    _path = "addresses"

    async def list(
        self,
        *,
        include: AddressesInclude | Sequence[AddressesInclude] | None = None,
        filter: AddressesFilter = _NO_FILTER,
        sort: AddressesSort | Sequence[AddressesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Address]:
        """List addresses.

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
        id: str | Address,
        *,
        include: AddressesInclude | Sequence[AddressesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Address:
        """Fetch one Address by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self,
        model: Address,
        *,
        include: AddressesInclude | Sequence[AddressesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Address:
        """Create a Address from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: Address,
        *,
        include: AddressesInclude | Sequence[AddressesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Address:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def delete(
        self, id: str | Address, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a Address by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
