# generated from spec/2026-04-16 by codegen, do not edit
"""``EmergencyVerificationStatus``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["EmergencyVerificationStatus"]


class EmergencyVerificationStatus(ApiStrEnum):
    """The status of an emergency verification."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
