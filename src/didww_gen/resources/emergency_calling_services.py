# generated from spec/2026-04-16 by codegen, do not edit
"""``client.emergency_calling_services``: operations on ``/emergency_calling_services``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from didww_gen._page import Page
from didww_gen._repository import Repository
from didww_gen.enums import EmergencyCallingServiceStatus
from didww_gen.models.emergency_calling_service import EmergencyCallingService

__all__ = [
    "EmergencyCallingServicesRepository",
    "EmergencyCallingServicesInclude",
    "EmergencyCallingServicesFilter",
    "EmergencyCallingServicesSort",
]

EmergencyCallingServicesInclude = Literal[
    "country",
    "did_group_type",
    "order",
    "emergency_requirement",
    "emergency_verification",
    "dids",
]
"""Include paths documented for ``/emergency_calling_services``."""

EmergencyCallingServicesSort = Literal[
    "name",
    "-name",
    "status",
    "-status",
    "renew_date",
    "-renew_date",
    "created_at",
    "-created_at",
    "country.name",
    "-country.name",
]
"""Sort fields documented for ``/emergency_calling_services`` (prefix ``-`` for descending)."""

EmergencyCallingServicesFilter = TypedDict(
    "EmergencyCallingServicesFilter",
    {
        "name": str,
        "reference": str,
        "status": EmergencyCallingServiceStatus | str,
        "country.id": str,
        "did_group_type.id": str,
        "address.id": str,
        "identity.id": str,
    },
    total=False,
)
"""Filters documented for ``/emergency_calling_services``; a sequence value is sent as a comma-separated list."""


class EmergencyCallingServicesRepository(Repository[EmergencyCallingService]):
    """``/emergency_calling_services``: An emergency calling service of the account."""

    _model = EmergencyCallingService
    _path = "emergency_calling_services"

    def list(
        self,
        *,
        include: EmergencyCallingServicesInclude | Sequence[EmergencyCallingServicesInclude] | None = None,
        filter: EmergencyCallingServicesFilter | None = None,
        sort: EmergencyCallingServicesSort | Sequence[EmergencyCallingServicesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
    ) -> Page[EmergencyCallingService]:
        """List emergency_calling_services.

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            include=include,
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
        )

    def find(
        self,
        id: str | EmergencyCallingService,
        *,
        include: EmergencyCallingServicesInclude | Sequence[EmergencyCallingServicesInclude] | None = None,
    ) -> EmergencyCallingService:
        """Fetch one EmergencyCallingService by id."""
        return self._find(id, include=include)

    def delete(self, id: str | EmergencyCallingService) -> None:
        """Delete a EmergencyCallingService by id or model."""
        self._delete(id)
