"""Issue 20, must type-check clean: two API versions in one program, each typed by its own package."""

from __future__ import annotations

import datetime as dt

from didww_gen.v2022_05_10 import DidwwClient as DidwwClient2022
from didww_gen.v2022_05_10 import Environment as Environment2022
from didww_gen.v2022_05_10.models import DidReservation as DidReservation2022
from didww_gen.v2022_05_10.models import VoiceInTrunk as VoiceInTrunk2022
from didww_gen.v2022_05_10.testing import FakeDidww as FakeDidww2022
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.models import DidReservation


def reservations_end(new: DidwwClient, old: DidwwClient2022) -> tuple[dt.datetime, dt.datetime]:
    held: DidReservation2022 = old.did_reservations.find("x")
    holding: DidReservation = new.did_reservations.find("y")
    return held.expire_at, holding.expires_at


def older_client() -> DidwwClient2022:
    return DidwwClient2022(api_key="k", environment=Environment2022.PRODUCTION)


def older_fake() -> DidwwClient2022:
    client = FakeDidww2022().client()
    did = client.dids.list().data[0]
    did.voice_in_trunk = VoiceInTrunk2022.ref("t")
    return client
