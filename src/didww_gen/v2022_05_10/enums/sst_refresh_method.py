# generated from spec/2022-05-10 by codegen, do not edit
"""``SstRefreshMethod``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiIntEnum

__all__ = ["SstRefreshMethod"]


class SstRefreshMethod(ApiIntEnum):
    """SIP method used for session update (RFC 4028)."""

    INVITE = 1
    """Invite"""
    UPDATE = 2
    """Update"""
    UPDATE_FALLBACK_INVITE = 3
    """Update fallback Invite"""
