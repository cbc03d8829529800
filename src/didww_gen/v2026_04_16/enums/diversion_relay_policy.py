# generated from spec/2026-04-16 by codegen, do not edit
"""``DiversionRelayPolicy``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["DiversionRelayPolicy"]


class DiversionRelayPolicy(ApiStrEnum):
    """How an incoming Diversion header is relayed to the trunk."""

    NONE = "none"
    """Do not relay Diversion header."""
    AS_IS = "as_is"
    """Relay Diversion header as is."""
    SIP = "sip"
    """Relay Diversion header as SIP URI."""
    TEL = "tel"
    """Relay Diversion header as TEL URI."""
