"""Item 1 of issue 16, must type-check clean: loaded models are exact (no ``None`` where the API always answers)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from typing_extensions import assert_type

from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.enums import Codec
from didww_gen.v2026_04_16.models import (
    Balance,
    Did,
    DidGroup,
    Order,
    PstnConfiguration,
    SipConfiguration,
    UnknownNestedObject,
    VoiceInTrunk,
    VoiceInTrunkGroup,
)


def always_answered(client: DidwwClient) -> None:
    did = client.dids.find("uuid")
    assert_type(did.id, str)
    assert_type(did.number, str)
    assert_type(did.created_at, dt.datetime)
    assert_type(did.terminated, bool)
    assert_type(client.balance.find().total_balance, Decimal)
    print(did.number.startswith("1"), did.created_at.year)  # no None check needed


def nullable_and_relationships(did: Did, group: VoiceInTrunkGroup) -> None:
    assert_type(did.description, str | None)  # nullable in the spec
    assert_type(did.capacity_limit, int | None)
    assert_type(did.voice_in_trunk, VoiceInTrunk | None)  # to-one: null is a real answer
    assert_type(did.did_group, DidGroup | None)
    assert_type(did.order, Order | None)
    assert_type(group.voice_in_trunks, list[VoiceInTrunk])  # to-many: a list
    if did.voice_in_trunk is not None:
        assert_type(did.voice_in_trunk.name, str)


def ids_feed_references(client: DidwwClient) -> None:
    trunk = client.voice_in_trunks.create(VoiceInTrunk(name="Office", configuration=SipConfiguration(host="h")))
    did = client.dids.find("uuid")
    did.voice_in_trunk = VoiceInTrunk.ref(trunk.id)  # trunk.id is str: no assert needed
    assert_type(VoiceInTrunk.ref(trunk.id), VoiceInTrunk)
    client.dids.update(did)


def nested_union(trunk: VoiceInTrunk, balance: Balance) -> None:
    configuration = trunk.configuration
    assert_type(configuration, SipConfiguration | PstnConfiguration | UnknownNestedObject)
    if isinstance(configuration, SipConfiguration):
        configuration.codec_ids.append(Codec.PCMA)
        assert_type(configuration.codec_ids, list[Codec])
    assert_type(balance.credit, Decimal)
