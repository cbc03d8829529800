# generated from spec/2026-04-16 by codegen, do not edit
"""``CliFormat``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["CliFormat"]


class CliFormat(ApiStrEnum):
    """How the CLI (caller id) is altered before it reaches the trunk."""

    RAW = "raw"
    """Do not alter CLI (default)."""
    E164 = "e164"
    """Attempt to convert CLI to E.164 format."""
    LOCAL = "local"
    """Attempt to convert CLI to Localized format."""
