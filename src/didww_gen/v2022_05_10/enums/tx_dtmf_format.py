# generated from spec/2022-05-10 by codegen, do not edit
"""``TxDtmfFormat``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiIntEnum

__all__ = ["TxDtmfFormat"]


class TxDtmfFormat(ApiIntEnum):
    """The method of sending DTMF signals to the customer's equipment."""

    DISABLED = 1
    """Disable sending"""
    RFC_2833 = 2
    """RFC 2833"""
    SIP_INFO_DTMF_RELAY = 3
    """SIP INFO application/dtmf-relay"""
    SIP_INFO_DTMF = 4
    """SIP INFO application/dtmf"""
