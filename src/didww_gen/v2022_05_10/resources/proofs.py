# generated from spec/2022-05-10 by codegen, do not edit
"""``client.proofs``: operations on ``/proofs``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from didww_gen._client import TimeoutTypes
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.proof import Proof

__all__ = ["ProofsRepository", "AsyncProofsRepository", "ProofsInclude"]

ProofsInclude = Literal[
    "proof_type",
    "entity",
]
"""Include paths documented for ``/proofs``."""


class ProofsRepository(Repository[Proof]):
    """``/proofs``: A proof document (encrypted files of a proof type) of an identity or an address."""

    _model = Proof
    _path = "proofs"

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

    def delete(
        self, id: str | Proof, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a Proof by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncProofsRepository(AsyncRepository[Proof]):
    """``/proofs`` (async): A proof document (encrypted files of a proof type) of an identity or an address."""

    _model = Proof
    _path = "proofs"

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

    async def delete(
        self, id: str | Proof, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a Proof by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
