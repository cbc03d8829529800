# generated from spec/2026-04-16 by codegen, do not edit
"""``RequirementIdentityType``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["RequirementIdentityType"]


class RequirementIdentityType(ApiStrEnum):
    """The identity type a requirement asks for."""

    PERSONAL = "personal"
    BUSINESS = "business"
    ANY = "any"
