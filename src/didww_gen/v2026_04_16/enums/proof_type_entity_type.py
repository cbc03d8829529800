# generated from spec/2026-04-16 by codegen, do not edit
"""``ProofTypeEntityType``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["ProofTypeEntityType"]


class ProofTypeEntityType(ApiStrEnum):
    """The kind of entity a proof type applies to."""

    PERSONAL = "Personal"
    """A personal identity."""
    BUSINESS = "Business"
    """A business identity."""
    ADDRESS = "Address"
    """An address."""
    PORTING = "Porting"
    """A proof for number porting."""
