# generated from spec/2026-04-16 by codegen, do not edit
"""``DiversionInjectMode``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["DiversionInjectMode"]


class DiversionInjectMode(ApiStrEnum):
    """Whether a Diversion header is added to calls to the trunk."""

    NONE = "none"
    """Do not add Diversion header."""
    DID_NUMBER = "did_number"
    """Add Diversion header with DID number."""
