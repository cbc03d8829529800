# generated from spec/2026-04-16 by codegen, do not edit
"""``DidwwClient``: one attribute per collection of the DIDWW API 2026-04-16."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from didww_gen._client import BaseClient

if TYPE_CHECKING:
    from didww_gen.resources.balance import BalanceRepository
    from didww_gen.resources.countries import CountriesRepository
    from didww_gen.resources.did_groups import DidGroupsRepository
    from didww_gen.resources.dids import DidsRepository
    from didww_gen.resources.pops import PopsRepository
    from didww_gen.resources.regions import RegionsRepository
    from didww_gen.resources.voice_in_trunk_groups import VoiceInTrunkGroupsRepository
    from didww_gen.resources.voice_in_trunks import VoiceInTrunksRepository

__all__ = ["DidwwClient"]


class DidwwClient(BaseClient):
    """The synchronous DIDWW API 2026-04-16 client.

    ``DidwwClient(api_key=..., environment=Environment.SANDBOX, base_url=None, api_version=...,
    timeout=30.0, max_retries=2, http_client=None)``; use it as a context manager or call ``close()``.
    """

    @cached_property
    def balance(self) -> BalanceRepository:
        """``/balance``: The account's prepaid balance and available credit."""
        from didww_gen.resources.balance import BalanceRepository

        return BalanceRepository(self)

    @cached_property
    def countries(self) -> CountriesRepository:
        """``/countries``: A country of the DIDWW coverage."""
        from didww_gen.resources.countries import CountriesRepository

        return CountriesRepository(self)

    @cached_property
    def did_groups(self) -> DidGroupsRepository:
        """``/did_groups``: A group of phone numbers sharing a common city or area code: an entry of the DIDWW coverage."""
        from didww_gen.resources.did_groups import DidGroupsRepository

        return DidGroupsRepository(self)

    @cached_property
    def dids(self) -> DidsRepository:
        """``/dids``: A phone number (DID) owned by the account."""
        from didww_gen.resources.dids import DidsRepository

        return DidsRepository(self)

    @cached_property
    def pops(self) -> PopsRepository:
        """``/pops``: A DIDWW point of presence (PoP) that a voice in trunk can be bound to."""
        from didww_gen.resources.pops import PopsRepository

        return PopsRepository(self)

    @cached_property
    def regions(self) -> RegionsRepository:
        """``/regions``: A region (state, province) of a country."""
        from didww_gen.resources.regions import RegionsRepository

        return RegionsRepository(self)

    @cached_property
    def voice_in_trunk_groups(self) -> VoiceInTrunkGroupsRepository:
        """``/voice_in_trunk_groups``: A group of voice in trunks that DIDs can be routed to together."""
        from didww_gen.resources.voice_in_trunk_groups import VoiceInTrunkGroupsRepository

        return VoiceInTrunkGroupsRepository(self)

    @cached_property
    def voice_in_trunks(self) -> VoiceInTrunksRepository:
        """``/voice_in_trunks``: A trunk that receives the calls to DIDs; SIP or PSTN, by its configuration."""
        from didww_gen.resources.voice_in_trunks import VoiceInTrunksRepository

        return VoiceInTrunksRepository(self)
