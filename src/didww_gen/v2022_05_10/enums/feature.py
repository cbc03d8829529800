# generated from spec/2022-05-10 by codegen, do not edit
"""``Feature``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiStrEnum

__all__ = ["Feature"]


class Feature(ApiStrEnum):
    """Features a DID group offers."""

    VOICE_IN = "voice_in"
    VOICE_OUT = "voice_out"
    T38 = "t38"
    SMS_IN = "sms_in"
    SMS_OUT = "sms_out"
