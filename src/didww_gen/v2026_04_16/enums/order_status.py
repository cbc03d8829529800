# generated from spec/2026-04-16 by codegen, do not edit
"""``OrderStatus``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["OrderStatus"]


class OrderStatus(ApiStrEnum):
    """The status of an order."""

    PENDING = "pending"
    COMPLETED = "completed"
    CANCELED = "canceled"
