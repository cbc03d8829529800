# generated from spec/2026-04-16 by codegen, do not edit
"""``client.proof_types``: operations on ``/proof_types``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.enums import ProofTypeEntityType
from didww_gen.v2026_04_16.models.proof_type import ProofType

__all__ = ["ProofTypesRepository", "AsyncProofTypesRepository", "ProofTypesFilter", "ProofTypesSort"]

ProofTypesSort = Literal[
    "entity_type",
    "-entity_type",
    "name",
    "-name",
]
"""Sort fields documented for ``/proof_types`` (prefix ``-`` for descending)."""

ProofTypesFilter = TypedDict(
    "ProofTypesFilter",
    {
        "entity_type": ProofTypeEntityType
        | Literal["Personal", "Business", "Address", "Porting"]
        | Sequence[ProofTypeEntityType | Literal["Personal", "Business", "Address", "Porting"]],
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/proof_types``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class ProofTypesRepository(Repository[ProofType]):
    """``/proof_types``: A type of proof document accepted for identities (personal or business) and addresses."""

    _model = ProofType
    _path = "proof_types"
    _filter_enums = MappingProxyType({"entity_type": ProofTypeEntityType})

    def list(
        self,
        *,
        filter: ProofTypesFilter = _NO_FILTER,
        sort: ProofTypesSort | Sequence[ProofTypesSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[ProofType]:
        """List proof_types (the API returns all records; pagination is disabled).

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            filter=filter,
            sort=sort,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def find(
        self, id: str | ProofType, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> ProofType:
        """Fetch one ProofType by id."""
        return self._find(id, extra_headers=extra_headers, timeout=timeout)


class AsyncProofTypesRepository(AsyncRepository[ProofType]):
    """``/proof_types`` (async): A type of proof document accepted for identities (personal or business) and addresses."""

    _model = ProofType
    _path = "proof_types"
    _filter_enums = MappingProxyType({"entity_type": ProofTypeEntityType})

    async def list(
        self,
        *,
        filter: ProofTypesFilter = _NO_FILTER,
        sort: ProofTypesSort | Sequence[ProofTypesSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[ProofType]:
        """List proof_types (the API returns all records; pagination is disabled).

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            filter=filter,
            sort=sort,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def find(
        self, id: str | ProofType, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> ProofType:
        """Fetch one ProofType by id."""
        return await self._find(id, extra_headers=extra_headers, timeout=timeout)
