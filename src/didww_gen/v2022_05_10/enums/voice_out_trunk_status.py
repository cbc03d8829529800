# generated from spec/2022-05-10 by codegen, do not edit
"""``VoiceOutTrunkStatus``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiStrEnum

__all__ = ["VoiceOutTrunkStatus"]


class VoiceOutTrunkStatus(ApiStrEnum):
    """Status of a voice out trunk."""

    ACTIVE = "active"
    """Active (default)."""
    BLOCKED = "blocked"
    """Blocked."""
