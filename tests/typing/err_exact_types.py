"""Item 1 of issue 16: exact types still keep the ``None`` the API can answer; each marked line must fail."""

from __future__ import annotations

from didww_gen.v2026_04_16.models import Did, VoiceInTrunkGroup


def nullable_needs_a_check(did: Did, group: VoiceInTrunkGroup) -> None:
    print(did.description.upper())  # E: Item "None" of "str | None" has no attribute "upper"
    print(did.voice_in_trunk.name)  # E: Item "None" of "VoiceInTrunk | None" has no attribute "name"
    number: int = did.number  # E: Incompatible types in assignment (expression has type "str"
    print(number, group.voice_in_trunks[0].nmae)  # E: "VoiceInTrunk" has no attribute "nmae"
