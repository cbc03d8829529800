"""Issue 20: what the runtime refuses across API versions, the type checker refuses; each marked line must fail."""

from __future__ import annotations

from didww_gen.v2022_05_10 import DidwwClient as DidwwClient2022
from didww_gen.v2022_05_10 import Environment as Environment2022
from didww_gen.v2022_05_10.models import Did as Did2022
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.models import VoiceInTrunk


def crossed(new: DidwwClient, old: DidwwClient2022, did: Did2022) -> None:
    new.dids.update(did)  # E: Argument 1 to "update" of "DidsRepository" has incompatible type
    print(old.did_reservations.find("x").expires_at)  # E: "DidReservation" has no attribute "expires_at"
    did.voice_in_trunk = VoiceInTrunk.ref("t")  # E: Incompatible types in assignment
    DidwwClient(api_key="k", environment=Environment2022.SANDBOX)  # E: Argument "environment" to "DidwwClient"
