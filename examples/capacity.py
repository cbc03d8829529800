"""Capacity: capacity pools, and a shared capacity group taking channels from one for a DID.

Run against the sandbox:  DIDWW_API_KEY=... python examples/capacity.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/capacity.py
(``DIDWW_BASE_URL`` overrides the sandbox URL.) Careful on a real account: lowering a pool's
``total_channels_count`` removes unassigned channels from it.
"""

from __future__ import annotations

import secrets

from didww_gen import DidwwClient
from didww_gen.models import CapacityPool, Did, SharedCapacityGroup


def show_pools(client: DidwwClient) -> list[CapacityPool]:
    pools = client.capacity_pools.list(include=["shared_capacity_groups", "qty_based_pricings"], sort="name")
    for pool in pools.data:
        print(
            f"Pool {pool.name!r}: {pool.assigned_channels_count}/{pool.total_channels_count} channels assigned "
            f"(minimum {pool.minimum_limit}), {pool.monthly_price}/channel/month, renews {pool.renew_date}"
        )
        for group in pool.shared_capacity_groups or []:
            print(f"  shared group {group.name!r}: {group.shared_channels_count} channels")
        for pricing in pool.qty_based_pricings or []:
            print(f"  from {pricing.qty} channels: {pricing.monthly_price}/channel/month")
    return pools.data


def main() -> None:

    with DidwwClient.from_env() as client:
        pools = show_pools(client)
        free = [p for p in pools if (p.total_channels_count or 0) > (p.assigned_channels_count or 0)]
        if not free:
            raise SystemExit("No capacity pool with unassigned channels: order capacity first (CapacityOrderItem)")
        pool = free[0]

        group = client.shared_capacity_groups.create(
            SharedCapacityGroup(
                name=f"Support line {secrets.token_hex(3)}",
                shared_channels_count=1,
                metered_channels_count=0,
                capacity_pool=pool,
            ),
            include="capacity_pool",
        )
        assert group.capacity_pool is not None
        source = group.capacity_pool.name
        print(f"Created shared group {group.name!r} with {group.shared_channels_count} channel from {source!r}")

        group.metered_channels_count = 2
        group.external_reference_id = "crm-42"
        group = client.shared_capacity_groups.update(group)
        print(f"Updated: {group.metered_channels_count} metered channels, reference {group.external_reference_id!r}")

        dids = client.dids.list(filter={"terminated": False}, include="shared_capacity_group", page_size=1)
        did = next(iter(dids), None)
        if did is not None:
            assert did.id is not None
            previous = did.shared_capacity_group
            did.shared_capacity_group = group
            did = client.dids.update(did, include="shared_capacity_group")
            assert did.shared_capacity_group is not None
            print(f"DID {did.number} now uses the channels of {did.shared_capacity_group.name!r}")
            back = Did.ref(did.id)
            back.shared_capacity_group = previous  # back as it was
            client.dids.update(back)
            print(f"DID {did.number} back to {previous.name if previous else 'no shared group'!r}")

        client.shared_capacity_groups.delete(group)
        print(f"Deleted shared group {group.name!r}")

        # Lowering total_channels_count removes unassigned channels (never below the pool's minimum).
        pool = client.capacity_pools.find(pool)
        total, floor = pool.total_channels_count or 0, max(pool.assigned_channels_count or 0, pool.minimum_limit or 0)
        if total > floor:
            pool.total_channels_count = total - 1
            pool = client.capacity_pools.update(pool)
            print(f"Pool {pool.name!r}: total channels {total} -> {pool.total_channels_count}")
        else:
            print(f"Pool {pool.name!r} has no unassigned channel to remove")


if __name__ == "__main__":
    main()
