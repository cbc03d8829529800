# generated from spec/2026-04-16 by codegen, do not edit
"""``Codec``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiIntEnum

__all__ = ["Codec"]


class Codec(ApiIntEnum):
    """Codec ids of a SIP configuration's codec_ids."""

    TELEPHONE_EVENT = 6
    """telephone-event"""
    G723 = 7
    G729 = 8
    PCMU = 9
    PCMA = 10
    SPEEX = 12
    """speex"""
    GSM = 13
    G726_32 = 14
    """G726-32"""
    G721 = 15
    G726_24 = 16
    """G726-24"""
    G726_40 = 17
    """G726-40"""
    G726_16 = 18
    """G726-16"""
    L16 = 19
