# generated from spec/2022-05-10 by codegen, do not edit
"""``client.requirements``: operations on ``/requirements``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.requirement import Requirement

__all__ = [
    "RequirementsRepository",
    "AsyncRequirementsRepository",
    "RequirementsInclude",
    "RequirementsFilter",
    "RequirementsSort",
]

RequirementsInclude = Literal[
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
"""Include paths documented for ``/requirements``."""

RequirementsSort = Literal[
    "id",
    "-id",
]
"""Sort fields documented for ``/requirements`` (prefix ``-`` for descending)."""

RequirementsFilter = TypedDict(
    "RequirementsFilter",
    {
        "country.id": str | Sequence[str],
        "did_group_type.id": str | Sequence[str],
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/requirements``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class RequirementsRepository(Repository[Requirement]):
    """``/requirements``: The regulation requirements of a country and DID group type: which identity, address and proofs an order needs (2026-04-16 calls them address_requirements)."""

    _model = Requirement
    _path = "requirements"

    def list(
        self,
        *,
        include: RequirementsInclude | Sequence[RequirementsInclude] | None = None,
        filter: RequirementsFilter = _NO_FILTER,
        sort: RequirementsSort | Sequence[RequirementsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[Requirement]:
        """List requirements.

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
        id: str | Requirement,
        *,
        include: RequirementsInclude | Sequence[RequirementsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Requirement:
        """Fetch one Requirement by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncRequirementsRepository(AsyncRepository[Requirement]):
    """``/requirements`` (async): The regulation requirements of a country and DID group type: which identity, address and proofs an order needs (2026-04-16 calls them address_requirements)."""

    _model = Requirement
    _path = "requirements"

    async def list(
        self,
        *,
        include: RequirementsInclude | Sequence[RequirementsInclude] | None = None,
        filter: RequirementsFilter = _NO_FILTER,
        sort: RequirementsSort | Sequence[RequirementsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Requirement]:
        """List requirements.

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
        id: str | Requirement,
        *,
        include: RequirementsInclude | Sequence[RequirementsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Requirement:
        """Fetch one Requirement by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)
