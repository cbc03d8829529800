# generated from spec/2026-04-16 by codegen, do not edit
"""``client.address_requirement_validations``: operations on ``/address_requirement_validations``."""

from __future__ import annotations

from collections.abc import Mapping

from didww_gen._client import TimeoutTypes
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.models.address_requirement_validation import AddressRequirementValidation

__all__ = ["AddressRequirementValidationsRepository", "AsyncAddressRequirementValidationsRepository"]


class AddressRequirementValidationsRepository(Repository[AddressRequirementValidation]):
    """``/address_requirement_validations``: A check of an address and/or identity against an address requirement: created when valid, otherwise the API answers 422 with the unmet requirements."""

    _model = AddressRequirementValidation
    _path = "address_requirement_validations"

    def create(
        self,
        model: AddressRequirementValidation,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AddressRequirementValidation:
        """Create a AddressRequirementValidation from the fields set on ``model``; returns the server's answer."""
        return self._create(model, extra_headers=extra_headers, timeout=timeout)


class AsyncAddressRequirementValidationsRepository(AsyncRepository[AddressRequirementValidation]):
    """``/address_requirement_validations`` (async): A check of an address and/or identity against an address requirement: created when valid, otherwise the API answers 422 with the unmet requirements."""

    _model = AddressRequirementValidation
    _path = "address_requirement_validations"

    async def create(
        self,
        model: AddressRequirementValidation,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AddressRequirementValidation:
        """Create a AddressRequirementValidation from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, extra_headers=extra_headers, timeout=timeout)
