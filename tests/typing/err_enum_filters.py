"""Issue 25: an enum-valued filter takes the enum's members or their values, nothing else; each marked line fails."""

from __future__ import annotations

from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient
from didww_gen.v2026_04_16.enums import Feature, OrderStatus
from didww_gen.v2026_04_16.resources import OrdersFilter


def not_a_value(client: DidwwClient) -> None:
    client.orders.list(filter={"status": "done"})  # E: TypedDict item "status" has type
    client.orders.list(filter={"status": ["pending", "done"]})  # E: List item 1 has incompatible type "Literal['done']"
    client.orders.list(filter={"status": Feature.VOICE_IN})  # E: TypedDict item "status" has type
    client.did_groups.list(filter={"features": "voice"})  # E: TypedDict item "features" has type
    client.proof_types.list(filter={"entity_type": "personal"})  # E: TypedDict item "entity_type" has type
    wanted: OrdersFilter = {"status": "Completed"}  # E: Incompatible types (expression has type "Literal['Completed']"
    client.orders.list(filter=wanted)


def a_plain_string(client: DidwwClient, text: str) -> None:
    client.orders.list(filter={"status": text})  # E: TypedDict item "status" has type


async def in_async(client: AsyncDidwwClient) -> None:
    await client.orders.list(filter={"status": OrderStatus.PENDING.name})  # E: TypedDict item "status" has type
