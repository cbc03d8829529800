# generated from spec/2026-04-16 by codegen, do not edit
"""Models of the DIDWW API 2026-04-16, imported lazily on first use.

``MODELS`` maps every JSON:API type to its class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from didww_gen._registry import ModelRegistry, lazy_attribute

_MODULES = {
    "Balance": "balance",
    "Country": "country",
    "Did": "did",
    "DidGroup": "did_group",
    "DidGroupMeta": "did_group",
    "Pop": "pop",
    "PstnConfiguration": "nested",
    "Region": "region",
    "SipConfiguration": "nested",
    "StockKeepingUnit": "stock_keeping_unit",
    "UnknownNestedObject": "nested",
    "VoiceInTrunk": "voice_in_trunk",
    "VoiceInTrunkConfiguration": "nested",
    "VoiceInTrunkGroup": "voice_in_trunk_group",
    "VoiceInTrunkGroupMeta": "voice_in_trunk_group",
}

MODELS = ModelRegistry(
    __name__,
    {
        "balances": "Balance",
        "countries": "Country",
        "did_groups": "DidGroup",
        "dids": "Did",
        "pops": "Pop",
        "regions": "Region",
        "stock_keeping_units": "StockKeepingUnit",
        "voice_in_trunk_groups": "VoiceInTrunkGroup",
        "voice_in_trunks": "VoiceInTrunk",
    },
    _MODULES,
)
"""Every JSON:API type of the API to its model class."""

__all__ = [
    "MODELS",
    "Balance",
    "Country",
    "Did",
    "DidGroup",
    "DidGroupMeta",
    "Pop",
    "PstnConfiguration",
    "Region",
    "SipConfiguration",
    "StockKeepingUnit",
    "UnknownNestedObject",
    "VoiceInTrunk",
    "VoiceInTrunkConfiguration",
    "VoiceInTrunkGroup",
    "VoiceInTrunkGroupMeta",
]


def __getattr__(name: str) -> Any:
    return lazy_attribute(__name__, _MODULES, name)


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from didww_gen.models.balance import Balance as Balance
    from didww_gen.models.country import Country as Country
    from didww_gen.models.did import Did as Did
    from didww_gen.models.did_group import DidGroup as DidGroup
    from didww_gen.models.did_group import DidGroupMeta as DidGroupMeta
    from didww_gen.models.nested import PstnConfiguration as PstnConfiguration
    from didww_gen.models.nested import SipConfiguration as SipConfiguration
    from didww_gen.models.nested import UnknownNestedObject as UnknownNestedObject
    from didww_gen.models.nested import VoiceInTrunkConfiguration as VoiceInTrunkConfiguration
    from didww_gen.models.pop import Pop as Pop
    from didww_gen.models.region import Region as Region
    from didww_gen.models.stock_keeping_unit import StockKeepingUnit as StockKeepingUnit
    from didww_gen.models.voice_in_trunk import VoiceInTrunk as VoiceInTrunk
    from didww_gen.models.voice_in_trunk_group import VoiceInTrunkGroup as VoiceInTrunkGroup
    from didww_gen.models.voice_in_trunk_group import VoiceInTrunkGroupMeta as VoiceInTrunkGroupMeta
