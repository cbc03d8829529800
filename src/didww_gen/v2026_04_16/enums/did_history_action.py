# generated from spec/2026-04-16 by codegen, do not edit
"""``DidHistoryAction``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["DidHistoryAction"]


class DidHistoryAction(ApiStrEnum):
    """The action a DID history record reports."""

    ASSIGNED = "assigned"
    RENEWED = "renewed"
    CANCELED = "canceled"
    REMOVED = "removed"
    BILLING_CYCLES_COUNT_CHANGED = "billing_cycles_count_changed"
    """The billing cycles count changed; the record's meta holds from and to."""
    RESTORED = "restored"
