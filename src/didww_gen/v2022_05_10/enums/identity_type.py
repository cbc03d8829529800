# generated from spec/2022-05-10 by codegen, do not edit
"""``IdentityType``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiStrEnum

__all__ = ["IdentityType"]


class IdentityType(ApiStrEnum):
    """The type of an identity."""

    PERSONAL = "Personal"
    BUSINESS = "Business"
