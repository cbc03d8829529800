"""Issue 25: an enum-valued filter takes a member, a member's value, a value this SDK does not list (as a
pseudo-member, ``Enum("value")``), or a sequence of them where the filter takes a list."""

from __future__ import annotations

from didww_gen.v2022_05_10 import DidwwClient as DidwwClient2022
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.enums import Feature, OrderStatus, ProofTypeEntityType
from didww_gen.v2026_04_16.resources import OrdersFilter


def members_and_values(client: DidwwClient, old: DidwwClient2022) -> None:
    client.orders.list(filter={"status": OrderStatus.COMPLETED})
    client.orders.list(filter={"status": "completed"})
    client.orders.list(filter={"status": ["pending", OrderStatus.CANCELED]})
    client.orders.list(filter={"status": OrderStatus("on_hold")})  # not listed by this SDK: a pseudo-member
    client.did_groups.list(filter={"features": ["voice_in", Feature.T38]})
    client.proof_types.list(filter={"entity_type": ProofTypeEntityType.PERSONAL})
    client.proof_types.list(filter={"entity_type": "Personal"})
    wanted: OrdersFilter = {"status": "pending"}
    client.orders.list(filter=wanted)
    old.orders.list(filter={"status": "Completed"})  # 2022-05-10 spells its values so
