# generated from spec/2026-04-16 by codegen, do not edit
"""``client.proofs``: operations on ``/proofs``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.models.proof import Proof

__all__ = ["ProofsRepository", "AsyncProofsRepository", "ProofsInclude", "ProofsFilter", "ProofsSort"]

ProofsInclude = Literal[
    "proof_type",
    "entity",
]
"""Include paths documented for ``/proofs``."""

ProofsSort = Literal[
    "created_at",
    "-created_at",
    "expires_at",
    "-expires_at",
    "external_reference_id",
    "-external_reference_id",
]
"""Sort fields documented for ``/proofs`` (prefix ``-`` for descending)."""

ProofsFilter = TypedDict(
    "ProofsFilter",
    {
        "external_reference_id": str,
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/proofs``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class ProofsRepository(Repository[Proof]):
    """``/proofs``: A proof document (encrypted files of a proof type) of an identity or an address."""

    _model = Proof
    _path = "proofs"

    def list(
        self,
        *,
        include: ProofsInclude | Sequence[ProofsInclude] | None = None,
        filter: ProofsFilter = _NO_FILTER,
        sort: ProofsSort | Sequence[ProofsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[Proof]:
        """List proofs.

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
        id: str | Proof,
        *,
        include: ProofsInclude | Sequence[ProofsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Proof:
        """Fetch one Proof by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def create(
        self,
        model: Proof,
        *,
        include: ProofsInclude | Sequence[ProofsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Proof:
        """Create a Proof from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: Proof,
        *,
        include: ProofsInclude | Sequence[ProofsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Proof:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def delete(
        self, id: str | Proof, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a Proof by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncProofsRepository(AsyncRepository[Proof]):
    """``/proofs`` (async): A proof document (encrypted files of a proof type) of an identity or an address."""

    _model = Proof
    _path = "proofs"

    async def list(
        self,
        *,
        include: ProofsInclude | Sequence[ProofsInclude] | None = None,
        filter: ProofsFilter = _NO_FILTER,
        sort: ProofsSort | Sequence[ProofsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Proof]:
        """List proofs.

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
        id: str | Proof,
        *,
        include: ProofsInclude | Sequence[ProofsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Proof:
        """Fetch one Proof by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self,
        model: Proof,
        *,
        include: ProofsInclude | Sequence[ProofsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Proof:
        """Create a Proof from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: Proof,
        *,
        include: ProofsInclude | Sequence[ProofsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Proof:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def delete(
        self, id: str | Proof, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a Proof by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
