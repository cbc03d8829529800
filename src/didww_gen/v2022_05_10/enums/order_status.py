# generated from spec/2022-05-10 by codegen, do not edit
"""``OrderStatus``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiStrEnum

__all__ = ["OrderStatus"]


class OrderStatus(ApiStrEnum):
    """The status of an order."""

    PENDING = "Pending"
    COMPLETED = "Completed"
    CANCELED = "Canceled"
