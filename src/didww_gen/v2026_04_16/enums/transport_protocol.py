# generated from spec/2026-04-16 by codegen, do not edit
"""``TransportProtocol``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiIntEnum

__all__ = ["TransportProtocol"]


class TransportProtocol(ApiIntEnum):
    """The transport layer of SIP requests and responses."""

    UDP = 1
    TCP = 2
    TLS = 3
