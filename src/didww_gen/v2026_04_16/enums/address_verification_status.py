# generated from spec/2026-04-16 by codegen, do not edit
"""``AddressVerificationStatus``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["AddressVerificationStatus"]


class AddressVerificationStatus(ApiStrEnum):
    """The status of an address verification task."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
