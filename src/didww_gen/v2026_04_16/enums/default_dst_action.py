# generated from spec/2026-04-16 by codegen, do not edit
"""``DefaultDstAction``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["DefaultDstAction"]


class DefaultDstAction(ApiStrEnum):
    """What a voice out trunk does with destinations by default."""

    ALLOW_ALL = "allow_all"
    """Allow all destinations (default)."""
    REJECT_ALL = "reject_all"
    """Reject all destinations."""
