# generated from spec/2026-04-16 by codegen, do not edit
"""Repositories of the DIDWW API 2026-04-16 (one module per collection, imported lazily)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from didww_gen._registry import lazy_attribute

_MODULES = {
    "BalanceRepository": "balance",
    "CountriesRepository": "countries",
    "DidGroupsRepository": "did_groups",
    "DidsRepository": "dids",
    "PopsRepository": "pops",
    "RegionsRepository": "regions",
    "VoiceInTrunkGroupsRepository": "voice_in_trunk_groups",
    "VoiceInTrunksRepository": "voice_in_trunks",
}

__all__ = list(_MODULES)


def __getattr__(name: str) -> Any:
    return lazy_attribute(__name__, _MODULES, name)


if TYPE_CHECKING:
    from didww_gen.resources.balance import BalanceRepository as BalanceRepository
    from didww_gen.resources.countries import CountriesRepository as CountriesRepository
    from didww_gen.resources.did_groups import DidGroupsRepository as DidGroupsRepository
    from didww_gen.resources.dids import DidsRepository as DidsRepository
    from didww_gen.resources.pops import PopsRepository as PopsRepository
    from didww_gen.resources.regions import RegionsRepository as RegionsRepository
    from didww_gen.resources.voice_in_trunk_groups import VoiceInTrunkGroupsRepository as VoiceInTrunkGroupsRepository
    from didww_gen.resources.voice_in_trunks import VoiceInTrunksRepository as VoiceInTrunksRepository
