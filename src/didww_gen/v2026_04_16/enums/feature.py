# generated from spec/2026-04-16 by codegen, do not edit
"""``Feature``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["Feature"]


class Feature(ApiStrEnum):
    """Features a DID group offers."""

    VOICE_IN = "voice_in"
    VOICE_OUT = "voice_out"
    T38 = "t38"
    SMS_IN = "sms_in"
    P2P = "p2p"
    A2P = "a2p"
    EMERGENCY = "emergency"
    CNAM_OUT = "cnam_out"
