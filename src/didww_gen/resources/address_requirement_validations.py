# generated from spec/2026-04-16 by codegen, do not edit
"""``client.address_requirement_validations``: operations on ``/address_requirement_validations``."""

from __future__ import annotations

from didww_gen._repository import Repository
from didww_gen.models.address_requirement_validation import AddressRequirementValidation

__all__ = ["AddressRequirementValidationsRepository"]


class AddressRequirementValidationsRepository(Repository[AddressRequirementValidation]):
    """``/address_requirement_validations``: A check of an address and/or identity against an address requirement: created when valid, otherwise the API answers 422 with the unmet requirements."""

    _model = AddressRequirementValidation
    _path = "address_requirement_validations"

    def create(self, model: AddressRequirementValidation) -> AddressRequirementValidation:
        """Create a AddressRequirementValidation from the fields set on ``model``; returns the server's answer."""
        return self._create(model)
