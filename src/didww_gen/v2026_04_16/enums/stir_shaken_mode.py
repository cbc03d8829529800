# generated from spec/2026-04-16 by codegen, do not edit
"""``StirShakenMode``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["StirShakenMode"]


class StirShakenMode(ApiStrEnum):
    """STIR/SHAKEN mode."""

    DISABLED = "disabled"
    """Do not send identity."""
    ORIGINAL = "original"
    """Transit Identity header as is."""
    PAI = "pai"
    """Add PAI, P-Attestation-Indicator, P-Origination-ID."""
    ORIGINAL_PAI = "original_pai"
    """Transit Identity header as is, and add PAI, P-Attestation-Indicator, P-Origination-ID."""
    VERSTAT = "verstat"
    """Add P-Stir-Verstat, P-Attestation-Indicator, P-Origination-ID."""
