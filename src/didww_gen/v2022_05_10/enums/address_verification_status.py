# generated from spec/2022-05-10 by codegen, do not edit
"""``AddressVerificationStatus``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiStrEnum

__all__ = ["AddressVerificationStatus"]


class AddressVerificationStatus(ApiStrEnum):
    """The status of an address verification task."""

    PENDING = "Pending"
    APPROVED = "Approved"
    REJECTED = "Rejected"
