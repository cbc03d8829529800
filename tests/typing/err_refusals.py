# ruff: noqa: F401, I001  (deliberate errors: each marked line must fail type checking; imports kept apart)
"""Item 2 of issue 16: what the runtime refuses, the type checker refuses; each marked line must fail."""

from __future__ import annotations

import httpx

from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient
from didww_gen.models import NoSuchModel  # E: Module "didww_gen.models" has no attribute "NoSuchModel"
from didww_gen.v2026_04_16.models import (
    AvailableDidOrderItem,
    CapacityOrderItem,
    Did,
    DidOrderItem,
    ExportFilters,
    SipConfiguration,
    VoiceInTrunk,
)
from didww_gen.resources import NoSuchRepository  # E: Module "didww_gen.resources" has no attribute
from didww_gen import NoSuchName  # E: Module "didww_gen" has no attribute "NoSuchName"


def unknown_attribute(did: Did) -> None:
    did.descripton = "x"  # E: "Did" has no attribute "descripton"


def read_only_assignment(did: Did, trunk: VoiceInTrunk) -> None:
    did.number = "1"  # E: Property "number" defined in "Did" is read-only
    did.id = "x"  # E: Property "id" defined in "Resource" is read-only
    did.did_group = None  # E: Property "did_group" defined in "Did" is read-only
    trunk.created_at = trunk.created_at  # E: Property "created_at" defined in "VoiceInTrunk" is read-only


def read_only_constructor_arguments(did: Did) -> None:
    print(Did(number="1"))  # E: Unexpected keyword argument "number" for "Did"
    print(Did(id="x", blocked=True))  # E: Unexpected keyword argument "blocked" for "Did"
    print(VoiceInTrunk(created_at=did.created_at))  # E: Unexpected keyword argument "created_at" for "VoiceInTrunk"
    print(VoiceInTrunk(unknown_attributes={}))  # E: Unexpected keyword argument "unknown_attributes"


def none_for_non_nullable(did: Did, trunk: VoiceInTrunk) -> None:
    print(ExportFilters(did_number=None))  # E: Argument "did_number" to "ExportFilters" has incompatible type "None"
    print(ExportFilters(from_="2026-01-01 00:00:00"))  # E: Argument "from_" to "ExportFilters" has incompatible type
    print(SipConfiguration(host="h", resolve_ruri=None))  # E: Argument "resolve_ruri" to "SipConfiguration"
    did.terminated = None  # E: Incompatible types in assignment (expression has type "None", variable has type "bool")
    trunk.name = None  # E: Incompatible types in assignment (expression has type "None", variable has type "str")


def missing_required_members() -> None:
    print(DidOrderItem(qty=1))  # E: Missing named argument "sku_id" for "DidOrderItem"
    print(AvailableDidOrderItem(sku_id="s"))  # E: Missing named argument "available_did_id"
    print(CapacityOrderItem(qty=1))  # E: Missing named argument "capacity_pool_id" for "CapacityOrderItem"
    print(DidOrderItem(sku_id="s", available_did_id="a"))  # E: Unexpected keyword argument "available_did_id"


def unknown_from_env_options() -> None:
    print(DidwwClient.from_env(max_retry=3))  # E: Unexpected keyword argument "max_retry" for "from_env"
    print(DidwwClient.from_env(api_key="k"))  # E: Unexpected keyword argument "api_key" for "from_env"
    print(DidwwClient.from_env(http_client=httpx.AsyncClient()))  # E: Argument "http_client" to "from_env"
    print(AsyncDidwwClient.from_env(timeout="slow"))  # E: Argument "timeout" to "from_env" of "_ClientCore"
