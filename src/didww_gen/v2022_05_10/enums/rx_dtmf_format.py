# generated from spec/2022-05-10 by codegen, do not edit
"""``RxDtmfFormat``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiIntEnum

__all__ = ["RxDtmfFormat"]


class RxDtmfFormat(ApiIntEnum):
    """The method for receiving DTMF signals from the customer's equipment."""

    RFC_2833 = 1
    """RFC 2833"""
    SIP_INFO = 2
    """SIP INFO application/dtmf-relay OR application/dtmf"""
    RFC_2833_OR_SIP_INFO = 3
    """RFC 2833 OR SIP INFO"""
