# generated from spec/2026-04-16 by codegen, do not edit
"""``client.address_requirements``: operations on ``/address_requirements``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.models.address_requirement import AddressRequirement

__all__ = [
    "AddressRequirementsRepository",
    "AsyncAddressRequirementsRepository",
    "AddressRequirementsInclude",
    "AddressRequirementsFilter",
    "AddressRequirementsSort",
]

AddressRequirementsInclude = Literal[
    "country",
    "did_group_type",
    "personal_permanent_document",
    "business_permanent_document",
    "personal_onetime_document",
    "business_onetime_document",
    "personal_proof_types",
    "business_proof_types",
    "address_proof_types",
]
"""Include paths documented for ``/address_requirements``."""

AddressRequirementsSort = Literal[
    "address_proof_qty",
    "-address_proof_qty",
    "business_proof_qty",
    "-business_proof_qty",
    "personal_proof_qty",
    "-personal_proof_qty",
    "restriction_message",
    "-restriction_message",
    "service_description_required",
    "-service_description_required",
]
"""Sort fields documented for ``/address_requirements`` (prefix ``-`` for descending)."""

AddressRequirementsFilter = TypedDict(
    "AddressRequirementsFilter",
    {
        "id": str | Sequence[str],
        "country.id": str | Sequence[str],
        "did_group_type.id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/address_requirements``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class AddressRequirementsRepository(Repository[AddressRequirement]):
    """``/address_requirements``: The registration requirements (identity, address, proofs and documents) for a country and DID group type."""

    _model = AddressRequirement
    _path = "address_requirements"

    def list(
        self,
        *,
        include: AddressRequirementsInclude | Sequence[AddressRequirementsInclude] | None = None,
        filter: AddressRequirementsFilter = _NO_FILTER,
        sort: AddressRequirementsSort | Sequence[AddressRequirementsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[AddressRequirement]:
        """List address_requirements.

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
        id: str | AddressRequirement,
        *,
        include: AddressRequirementsInclude | Sequence[AddressRequirementsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AddressRequirement:
        """Fetch one AddressRequirement by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncAddressRequirementsRepository(AsyncRepository[AddressRequirement]):
    """``/address_requirements`` (async): The registration requirements (identity, address, proofs and documents) for a country and DID group type."""

    _model = AddressRequirement
    _path = "address_requirements"

    async def list(
        self,
        *,
        include: AddressRequirementsInclude | Sequence[AddressRequirementsInclude] | None = None,
        filter: AddressRequirementsFilter = _NO_FILTER,
        sort: AddressRequirementsSort | Sequence[AddressRequirementsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[AddressRequirement]:
        """List address_requirements.

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
        id: str | AddressRequirement,
        *,
        include: AddressRequirementsInclude | Sequence[AddressRequirementsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AddressRequirement:
        """Fetch one AddressRequirement by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)
