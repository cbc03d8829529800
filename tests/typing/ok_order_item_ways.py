"""Issue 25: each of the three ways to order DIDs, with what may go along (a NANPA prefix with a quantity)."""

from __future__ import annotations

from didww_gen.v2022_05_10.models import DidOrderItem as DidOrderItem2022
from didww_gen.v2026_04_16.models import AvailableDidOrderItem, DidOrderItem, Order, ReservationDidOrderItem


def one_way_each() -> Order:
    return Order(
        items=[
            DidOrderItem(sku_id="s", qty=2),
            DidOrderItem(sku_id="s", qty=1, nanpa_prefix_id="n", billing_cycles_count=None),
            AvailableDidOrderItem(sku_id="s", available_did_id="a"),
            ReservationDidOrderItem(sku_id="s", did_reservation_id="r", billing_cycles_count=0),
        ]
    )


def in_2022() -> DidOrderItem2022:
    return DidOrderItem2022(sku_id="s", qty=3)
