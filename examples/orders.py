"""Orders: every kind of order item, the balance they cost, the DIDs they create, a refused order.

Places one DID order with the three kinds of DID items (a quantity of numbers of a DID group, one specific
available number, one reserved number) and one capacity order, shows the balance before and after, lists
the DIDs the order created, and shows how an order the balance cannot pay for is refused.

Run against the sandbox:  DIDWW_API_KEY=... python examples/orders.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/orders.py
(``DIDWW_BASE_URL`` overrides the sandbox URL. This places real orders on the account it runs against.)
"""

from __future__ import annotations

import math

from didww_gen import DidwwClient
from didww_gen.errors import BadRequestError
from didww_gen.models import (
    AvailableDid,
    AvailableDidOrderItem,
    CapacityOrderItem,
    DidGroup,
    DidOrderItem,
    DidReservation,
    Order,
    OrderItem,
    ReservationDidOrderItem,
)


def sku_of(group: DidGroup | None) -> str:
    """The id of the first SKU of a DID group loaded with its stock_keeping_units."""
    skus = group.stock_keeping_units if group is not None else None
    if not skus or skus[0].id is None:
        raise SystemExit("the DID group has no SKU")
    return skus[0].id


def show_balance(client: DidwwClient, when: str) -> None:
    balance = client.balance.find()
    print(f"Balance {when}: {balance.balance} + credit {balance.credit} = {balance.total_balance}")


def show_order(order: Order) -> None:
    print(f"Order {order.reference} ({order.description}): {order.status}, amount {order.amount}")
    for item in order.items or []:
        if isinstance(item, (DidOrderItem, CapacityOrderItem)):
            print(f"  {type(item).__name__}: qty {item.qty}, setup {item.nrc}, monthly {item.mrc}")


def main() -> None:
    with DidwwClient.from_env() as client:
        show_balance(client, "before")

        # what to order: a SKU of a DID group, and two available numbers with the SKUs of their groups
        groups = client.did_groups.list(include="stock_keeping_units", filter={"features": "voice_in"})
        group = next((g for g in groups.data if g.stock_keeping_units), None)
        numbers = [
            a
            for a in client.available_dids.list(include="did_group.stock_keeping_units")
            if a.did_group is not None and a.did_group.stock_keeping_units
        ]
        if group is None or len(numbers) < 2:
            raise SystemExit("need a DID group with SKUs and two available DIDs with SKUs")
        specific, to_reserve = numbers[0], numbers[1]
        assert specific.id is not None and to_reserve.id is not None
        reservation = client.did_reservations.create(
            DidReservation(available_did=AvailableDid.ref(to_reserve.id), description="reserved for orders.py")
        )
        assert reservation.id is not None
        print(f"Ordering 2 numbers of {group.area_name}, {specific.number}, and reserved {to_reserve.number}")

        items: list[OrderItem] = [
            DidOrderItem(sku_id=sku_of(group), qty=2, billing_cycles_count=0),
            AvailableDidOrderItem(sku_id=sku_of(specific.did_group), available_did_id=specific.id),
            ReservationDidOrderItem(sku_id=sku_of(to_reserve.did_group), did_reservation_id=reservation.id),
        ]
        order = client.orders.create(Order(items=items, allow_back_ordering=False))
        show_order(order)

        assert order.id is not None
        dids = client.dids.list(filter={"order.id": order.id}, include="did_group")
        print(f"DIDs of order {order.reference}:")
        for did in dids.data:
            area = did.did_group.area_name if did.did_group else "-"
            print(f"  {did.number}  {area}  expires {did.expires_at:%Y-%m-%d}")

        # channels for a capacity pool
        pools = client.capacity_pools.list(sort="name").data
        if pools and pools[0].id is not None:
            pool = pools[0]
            assert pool.id is not None
            capacity = client.orders.create(
                Order(items=[CapacityOrderItem(capacity_pool_id=pool.id, qty=pool.minimum_qty_per_order or 1)])
            )
            show_order(capacity)

            # an order the balance cannot pay for: priced at about twice the total balance
            balance = client.balance.find()
            unit_price = (pool.setup_price or 0) + (pool.monthly_price or 0)
            if unit_price > 0:
                qty = math.ceil(2 * max(balance.total_balance or 0, 1) / unit_price)
                try:
                    client.orders.create(Order(items=[CapacityOrderItem(capacity_pool_id=pool.id, qty=qty)]))
                    print(f"Unexpected: {qty} channels were ordered")
                except BadRequestError as error:
                    first = error.errors[0]
                    print(f"Ordering {qty} channel(s) refused: HTTP {error.status_code} {first.title!r}")
                    print(f"  meta: {first.meta}")

        show_balance(client, "after")


if __name__ == "__main__":
    main()
