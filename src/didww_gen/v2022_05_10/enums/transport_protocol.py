# generated from spec/2022-05-10 by codegen, do not edit
"""``TransportProtocol``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiIntEnum

__all__ = ["TransportProtocol"]


class TransportProtocol(ApiIntEnum):
    """The transport layer of SIP requests and responses."""

    UDP = 1
    TCP = 2
    TLS = 3
