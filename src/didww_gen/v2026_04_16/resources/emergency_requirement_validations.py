# generated from spec/2026-04-16 by codegen, do not edit
"""``client.emergency_requirement_validations``: operations on ``/emergency_requirement_validations``."""

from __future__ import annotations

from collections.abc import Mapping

from didww_gen._client import TimeoutTypes
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.models.emergency_requirement_validation import EmergencyRequirementValidation

__all__ = ["EmergencyRequirementValidationsRepository", "AsyncEmergencyRequirementValidationsRepository"]


class EmergencyRequirementValidationsRepository(Repository[EmergencyRequirementValidation]):
    """``/emergency_requirement_validations``: Checks whether an Address and/or Identity is valid against an Emergency Requirement: 201 when valid, 422 with the unmet requirements otherwise."""

    _model = EmergencyRequirementValidation
    _path = "emergency_requirement_validations"

    def create(
        self,
        model: EmergencyRequirementValidation,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyRequirementValidation:
        """Create a EmergencyRequirementValidation from the fields set on ``model``; returns the server's answer."""
        return self._create(model, extra_headers=extra_headers, timeout=timeout)


class AsyncEmergencyRequirementValidationsRepository(AsyncRepository[EmergencyRequirementValidation]):
    """``/emergency_requirement_validations`` (async): Checks whether an Address and/or Identity is valid against an Emergency Requirement: 201 when valid, 422 with the unmet requirements otherwise."""

    _model = EmergencyRequirementValidation
    _path = "emergency_requirement_validations"

    async def create(
        self,
        model: EmergencyRequirementValidation,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> EmergencyRequirementValidation:
        """Create a EmergencyRequirementValidation from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, extra_headers=extra_headers, timeout=timeout)
