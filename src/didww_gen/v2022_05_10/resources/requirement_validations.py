# generated from spec/2022-05-10 by codegen, do not edit
"""``client.requirement_validations``: operations on ``/requirement_validations``."""

from __future__ import annotations

from collections.abc import Mapping

from didww_gen._client import TimeoutTypes
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.requirement_validation import RequirementValidation

__all__ = ["RequirementValidationsRepository", "AsyncRequirementValidationsRepository"]


class RequirementValidationsRepository(Repository[RequirementValidation]):
    """``/requirement_validations``: A check of an identity and/or address against a requirement: created with both, it answers 201 when they fit and 422 (with the reasons) when not (2026-04-16 calls it address_requirement_validations)."""

    _model = RequirementValidation
    _path = "requirement_validations"

    def create(
        self,
        model: RequirementValidation,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> RequirementValidation:
        """Create a RequirementValidation from the fields set on ``model``; returns the server's answer."""
        return self._create(model, extra_headers=extra_headers, timeout=timeout)


class AsyncRequirementValidationsRepository(AsyncRepository[RequirementValidation]):
    """``/requirement_validations`` (async): A check of an identity and/or address against a requirement: created with both, it answers 201 when they fit and 422 (with the reasons) when not (2026-04-16 calls it address_requirement_validations)."""

    _model = RequirementValidation
    _path = "requirement_validations"

    async def create(
        self,
        model: RequirementValidation,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> RequirementValidation:
        """Create a RequirementValidation from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, extra_headers=extra_headers, timeout=timeout)
