# generated from spec/2026-04-16 by codegen, do not edit
"""``NetworkProtocolPriority``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["NetworkProtocolPriority"]


class NetworkProtocolPriority(ApiStrEnum):
    """IP protocol preference for SIP signaling."""

    FORCE_IPV4 = "force_ipv4"
    """Force IPv4 for SIP signaling."""
    FORCE_IPV6 = "force_ipv6"
    """Force IPv6 for SIP signaling."""
    ANY = "any"
    """Use any available protocol."""
    PREFER_IPV4 = "prefer_ipv4"
    """Prefer IPv4, fall back to IPv6."""
    PREFER_IPV6 = "prefer_ipv6"
    """Prefer IPv6, fall back to IPv4."""
