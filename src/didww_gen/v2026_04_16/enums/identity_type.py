# generated from spec/2026-04-16 by codegen, do not edit
"""``IdentityType``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["IdentityType"]


class IdentityType(ApiStrEnum):
    """The type of an identity."""

    PERSONAL = "personal"
    BUSINESS = "business"
