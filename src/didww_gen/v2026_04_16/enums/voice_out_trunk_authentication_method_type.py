# generated from spec/2026-04-16 by codegen, do not edit
"""``VoiceOutTrunkAuthenticationMethodType``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["VoiceOutTrunkAuthenticationMethodType"]


class VoiceOutTrunkAuthenticationMethodType(ApiStrEnum):
    """The type of a voice out trunk's authentication method."""

    IP_ONLY = "ip_only"
    """IP-based authentication; cannot be set by the client."""
    CREDENTIALS_AND_IP = "credentials_and_ip"
    """Server-generated credentials and allowed IPs."""
    TWILIO = "twilio"
    """Twilio account."""
