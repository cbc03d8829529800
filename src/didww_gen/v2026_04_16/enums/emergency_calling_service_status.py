# generated from spec/2026-04-16 by codegen, do not edit
"""``EmergencyCallingServiceStatus``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["EmergencyCallingServiceStatus"]


class EmergencyCallingServiceStatus(ApiStrEnum):
    """The status of an emergency calling service."""

    NEW = "new"
    IN_PROCESS = "in_process"
    CHANGES_REQUIRED = "changes_required"
    PENDING_UPDATE = "pending_update"
    ACTIVE = "active"
    CANCELED = "canceled"
