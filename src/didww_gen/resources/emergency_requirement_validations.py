# generated from spec/2026-04-16 by codegen, do not edit
"""``client.emergency_requirement_validations``: operations on ``/emergency_requirement_validations``."""

from __future__ import annotations

from didww_gen._repository import Repository
from didww_gen.models.emergency_requirement_validation import EmergencyRequirementValidation

__all__ = ["EmergencyRequirementValidationsRepository"]


class EmergencyRequirementValidationsRepository(Repository[EmergencyRequirementValidation]):
    """``/emergency_requirement_validations``: Checks whether an Address and/or Identity is valid against an Emergency Requirement: 201 when valid, 422 with the unmet requirements otherwise."""

    _model = EmergencyRequirementValidation
    _path = "emergency_requirement_validations"

    def create(self, model: EmergencyRequirementValidation) -> EmergencyRequirementValidation:
        """Create a EmergencyRequirementValidation from the fields set on ``model``; returns the server's answer."""
        return self._create(model)
