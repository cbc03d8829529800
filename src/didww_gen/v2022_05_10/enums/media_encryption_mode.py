# generated from spec/2022-05-10 by codegen, do not edit
"""``MediaEncryptionMode``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiStrEnum

__all__ = ["MediaEncryptionMode"]


class MediaEncryptionMode(ApiStrEnum):
    """Media encryption mode (RFC 4568 SRTP SDES, RFC 5764 SRTP DTLS, RFC 6189 ZRTP)."""

    DISABLED = "disabled"
    """Disabled"""
    SRTP_SDES = "srtp_sdes"
    """SRTP SDES"""
    SRTP_DTLS = "srtp_dtls"
    """SRTP DTLS"""
    ZRTP = "zrtp"
    """ZRTP"""
