"""Type-checked by tests/test_typing.py with mypy --strict: every line here must pass."""

from __future__ import annotations

from typing_extensions import assert_type

from didww_gen import AsyncPage, Page
from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient
from didww_gen.v2026_04_16.enums import Codec
from didww_gen.v2026_04_16.models import (
    Balance,
    Did,
    DidGroup,
    DidOrderItem,
    DidReservation,
    Order,
    SipConfiguration,
    VoiceInTrunk,
    VoiceInTrunkGroup,
)


def context_manager() -> None:
    with DidwwClient(api_key="k") as client:
        assert_type(client, DidwwClient)


def usage(client: DidwwClient) -> None:
    did = client.dids.find("uuid", include=["voice_in_trunk", "did_group.stock_keeping_units"])
    assert_type(did, Did)
    assert_type(did.voice_in_trunk, VoiceInTrunk | None)
    assert_type(did.did_group, DidGroup | None)
    assert_type(client.balance.find(), Balance)
    page = client.dids.list(filter={"number": "1609", "did_group.id": ["a", "b"]}, sort=["-created_at"], page_size=50)
    assert_type(page, Page[Did])
    for item in page:
        assert_type(item, Did)
    group = client.voice_in_trunk_groups.find("g", include="voice_in_trunks")
    assert_type(group.voice_in_trunks, list[VoiceInTrunk])
    trunk = client.voice_in_trunks.create(
        VoiceInTrunk(name="Office", configuration=SipConfiguration(host="sip.example.com", codec_ids=[Codec.PCMU]))
    )
    assert_type(trunk, VoiceInTrunk)
    did.voice_in_trunk = VoiceInTrunk.ref("t")
    did.voice_in_trunk_group = VoiceInTrunkGroup.ref("g")
    assert_type(client.dids.update(did), Did)
    client.voice_in_trunks.delete(trunk)


def typed_document_meta(client: DidwwClient) -> None:
    reservations = client.did_reservations.list()
    assert_type(reservations.meta.available_count, int | None)
    assert_type(reservations.meta.total_records, int | None)
    for reservation in reservations:
        assert_type(reservation, DidReservation)


async def async_usage(client: AsyncDidwwClient) -> None:
    page = await client.dids.list(filter={"terminated": False})
    assert_type(page, AsyncPage[Did])
    async for did in page:
        assert_type(did, Did)
    assert_type(await client.balance.find(), Balance)
    order = await client.orders.create(Order(items=[DidOrderItem(sku_id="s", qty=1)], allow_back_ordering=True))
    assert_type(order, Order)
    await client.aclose()
