"""Item 2 of issue 16, must type-check clean: what the runtime accepts, the type checker accepts."""

from __future__ import annotations

import datetime as dt

import httpx

from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient, Environment
from didww_gen.v2026_04_16.models import (
    AvailableDidOrderItem,
    CapacityOrderItem,
    Did,
    DidOrderItem,
    ExportFilters,
    Order,
    SipConfiguration,
    VoiceInTrunk,
    VoiceInTrunkGroup,
    VoiceOutTrunk,
)


def writable_assignments(did: Did, trunk: VoiceInTrunk, out: VoiceOutTrunk) -> None:
    did.description = "office line"
    did.description = None  # nullable
    did.capacity_limit = None
    did.terminated = True
    did.voice_in_trunk = VoiceInTrunk.ref("t")
    did.voice_in_trunk = None  # clears the relationship
    did.voice_in_trunk_group = VoiceInTrunkGroup.ref("g")
    trunk.name = "Office"
    out.dids = [Did.ref("d")]
    out.dids = None  # clears a to-many, sent as {"data": []}


def constructors() -> None:
    print(VoiceInTrunk(name="Office", configuration=SipConfiguration(host="sip.example.com")))
    print(Did.ref("uuid"), Did(description="x"), Did(id="uuid", description="x"))
    print(DidOrderItem(sku_id="s", qty=1), DidOrderItem(sku_id="s", qty=2, nanpa_prefix_id="p"))
    print(AvailableDidOrderItem(sku_id="s", available_did_id="a"), CapacityOrderItem(capacity_pool_id="p", qty=1))
    utc = dt.timezone.utc
    print(ExportFilters(from_=dt.datetime(2026, 1, 1, tzinfo=utc), to=dt.datetime(2026, 2, 1, tzinfo=utc)))
    print(ExportFilters(did_number="1"))
    print(Order(items=[DidOrderItem(sku_id="s", qty=1)], allow_back_ordering=True))


def clients() -> None:
    print(DidwwClient.from_env(max_retries=3, timeout=10.0, environment=Environment.SANDBOX))
    print(DidwwClient.from_env(http_client=httpx.Client(), deadline=None, rate_limit=20))
    print(AsyncDidwwClient.from_env(http_client=httpx.AsyncClient(), api_version="2026-04-16"))
    print(dt.date.today())
