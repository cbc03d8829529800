"""Item 3 of issue 16: the checker names the wrong filter key or value, include or sort; each marked line must fail."""

from __future__ import annotations

from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.resources import DidsFilter


def wrong_names(client: DidwwClient) -> None:
    client.dids.list(filter={"terminatd": False})  # E: Extra key "terminatd" for TypedDict "DidsFilter"
    client.dids.list(filter={"terminated": "no"})  # E: TypedDict item "terminated" has type "bool"
    client.dids.list(include="voice_in_trunks")  # E: has incompatible type "Literal['voice_in_trunks']"
    client.dids.list(include=["did_group", "did_groups"])  # E: List item 1 has incompatible type "Literal['did_groups'
    client.dids.list(sort="-nmber")  # E: has incompatible type "Literal['-nmber']"
    client.dids.list(sort=["number", "-creatd_at"])  # E: List item 1 has incompatible type "Literal['-creatd_at']"
    wanted: DidsFilter = {"numbr": "1"}  # E: Extra key "numbr" for TypedDict "DidsFilter"
    client.dids.list(filter=wanted)
