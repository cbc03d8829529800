"""Issue 25: a DID order item orders in exactly one way (qty, one available DID or one reservation), one class
per way; an item without its way, or with two, fails the checkers as it fails at run time."""

from __future__ import annotations

from didww_gen.v2022_05_10.models import DidOrderItem as DidOrderItem2022
from didww_gen.v2026_04_16.models import AvailableDidOrderItem, DidOrderItem, Order, ReservationDidOrderItem


def without_a_way() -> None:
    print(DidOrderItem(sku_id="s"))  # E: Missing named argument "qty" for "DidOrderItem"
    print(DidOrderItem(sku_id="s", nanpa_prefix_id="n"))  # E: Missing named argument "qty" for "DidOrderItem"
    print(DidOrderItem2022(sku_id="s"))  # E: Missing named argument "qty" for "DidOrderItem"
    print(AvailableDidOrderItem(sku_id="s"))  # E: Missing named argument "available_did_id"
    print(ReservationDidOrderItem(sku_id="s"))  # E: Missing named argument "did_reservation_id"
    print(Order(items=[DidOrderItem(sku_id="s", billing_cycles_count=0)]))  # E: Missing named argument "qty"


def two_ways() -> None:
    print(DidOrderItem(sku_id="s", qty=1, did_reservation_id="r"))  # E: Unexpected keyword argument "did_res
    print(AvailableDidOrderItem(sku_id="s", available_did_id="a", qty=1))  # E: Unexpected keyword argument "qty"
