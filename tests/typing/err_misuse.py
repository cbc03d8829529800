"""Misuse the repositories and models refuse; each marked line must fail (``usage_ok.py`` is the clean side)."""

from __future__ import annotations

from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.models import Did


def misuse(client: DidwwClient, did: Did) -> None:
    client.countries.create(did)  # E: "CountriesRepository" has no attribute "create"
    print(client.balance.list())  # E: "BalanceRepository" has no attribute "list"
    print(did.numbr)  # E: "Did" has no attribute "numbr"
    print(client.dids.list().meta.available_count)  # E: "PageMeta" has no attribute "available_count"
    did.voice_in_trunk = did  # E: Incompatible types in assignment
    print(Did(numbr="1"))  # E: Unexpected keyword argument "numbr" for "Did"
    print(Did(capacity_limit="many"))  # E: Argument "capacity_limit" to "Did" has incompatible type "str"
