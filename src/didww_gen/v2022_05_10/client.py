# generated from spec/2022-05-10 by codegen, do not edit
"""``DidwwClient`` and ``AsyncDidwwClient``: one attribute per collection of the DIDWW API 2022-05-10."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from didww_gen._async import AsyncBaseClient
from didww_gen._sync import BaseClient
from didww_gen.v2022_05_10.api_info import API, Environment

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.resources.address_verifications import (
        AddressVerificationsRepository,
        AsyncAddressVerificationsRepository,
    )
    from didww_gen.v2022_05_10.resources.addresses import AddressesRepository, AsyncAddressesRepository
    from didww_gen.v2022_05_10.resources.areas import AreasRepository, AsyncAreasRepository
    from didww_gen.v2022_05_10.resources.available_dids import AsyncAvailableDidsRepository, AvailableDidsRepository
    from didww_gen.v2022_05_10.resources.balance import AsyncBalanceRepository, BalanceRepository
    from didww_gen.v2022_05_10.resources.capacity_pools import AsyncCapacityPoolsRepository, CapacityPoolsRepository
    from didww_gen.v2022_05_10.resources.cities import AsyncCitiesRepository, CitiesRepository
    from didww_gen.v2022_05_10.resources.countries import AsyncCountriesRepository, CountriesRepository
    from didww_gen.v2022_05_10.resources.did_group_types import AsyncDidGroupTypesRepository, DidGroupTypesRepository
    from didww_gen.v2022_05_10.resources.did_groups import AsyncDidGroupsRepository, DidGroupsRepository
    from didww_gen.v2022_05_10.resources.did_reservations import (
        AsyncDidReservationsRepository,
        DidReservationsRepository,
    )
    from didww_gen.v2022_05_10.resources.dids import AsyncDidsRepository, DidsRepository
    from didww_gen.v2022_05_10.resources.encrypted_files import AsyncEncryptedFilesRepository, EncryptedFilesRepository
    from didww_gen.v2022_05_10.resources.exports import AsyncExportsRepository, ExportsRepository
    from didww_gen.v2022_05_10.resources.identities import AsyncIdentitiesRepository, IdentitiesRepository
    from didww_gen.v2022_05_10.resources.nanpa_prefixes import AsyncNanpaPrefixesRepository, NanpaPrefixesRepository
    from didww_gen.v2022_05_10.resources.orders import AsyncOrdersRepository, OrdersRepository
    from didww_gen.v2022_05_10.resources.permanent_supporting_documents import (
        AsyncPermanentSupportingDocumentsRepository,
        PermanentSupportingDocumentsRepository,
    )
    from didww_gen.v2022_05_10.resources.pops import AsyncPopsRepository, PopsRepository
    from didww_gen.v2022_05_10.resources.proof_types import AsyncProofTypesRepository, ProofTypesRepository
    from didww_gen.v2022_05_10.resources.proofs import AsyncProofsRepository, ProofsRepository
    from didww_gen.v2022_05_10.resources.public_keys import AsyncPublicKeysRepository, PublicKeysRepository
    from didww_gen.v2022_05_10.resources.regions import AsyncRegionsRepository, RegionsRepository
    from didww_gen.v2022_05_10.resources.requirement_validations import (
        AsyncRequirementValidationsRepository,
        RequirementValidationsRepository,
    )
    from didww_gen.v2022_05_10.resources.requirements import AsyncRequirementsRepository, RequirementsRepository
    from didww_gen.v2022_05_10.resources.shared_capacity_groups import (
        AsyncSharedCapacityGroupsRepository,
        SharedCapacityGroupsRepository,
    )
    from didww_gen.v2022_05_10.resources.supporting_document_templates import (
        AsyncSupportingDocumentTemplatesRepository,
        SupportingDocumentTemplatesRepository,
    )
    from didww_gen.v2022_05_10.resources.voice_in_trunk_groups import (
        AsyncVoiceInTrunkGroupsRepository,
        VoiceInTrunkGroupsRepository,
    )
    from didww_gen.v2022_05_10.resources.voice_in_trunks import AsyncVoiceInTrunksRepository, VoiceInTrunksRepository
    from didww_gen.v2022_05_10.resources.voice_out_trunk_regenerate_credentials import (
        AsyncVoiceOutTrunkRegenerateCredentialsRepository,
        VoiceOutTrunkRegenerateCredentialsRepository,
    )
    from didww_gen.v2022_05_10.resources.voice_out_trunks import AsyncVoiceOutTrunksRepository, VoiceOutTrunksRepository

__all__ = ["AsyncDidwwClient", "DidwwClient"]


class DidwwClient(BaseClient[Environment]):
    """The synchronous DIDWW API 2022-05-10 client.

    ``DidwwClient(api_key=..., environment=Environment.SANDBOX, base_url=None, api_version=None,
    timeout=30.0, max_retries=2, rate_limit=None, http_client=None, deadline=<derived>, pause_gc=False)``; use
    it as a context manager or call ``close()``. ``deadline`` is the seconds one call may take in all (every
    retry, wait and the whole body; exceeded: ``DidwwTimeoutError``); by default
    ``(max_retries + 1) * 2 * timeout + max_retries * 8``, ``None`` for no limit. ``pause_gc=True`` pauses
    the garbage collector while a response is decoded (faster when the application keeps many models alive;
    process-global while it lasts, hence off by default). ``api_version`` may only name this package's own
    version, 2022-05-10: another version is another package (``didww_gen.v<date>``), with its own models.
    """

    _API = API

    @cached_property
    def address_verifications(self) -> AddressVerificationsRepository:
        """``/address_verifications``: A verification task of an address for DIDs; its status changes are reported to the optional callback."""
        from didww_gen.v2022_05_10.resources.address_verifications import AddressVerificationsRepository

        return AddressVerificationsRepository(self)

    @cached_property
    def addresses(self) -> AddressesRepository:
        """``/addresses``: An address of the account, assigned to an identity and used for DID registration."""
        from didww_gen.v2022_05_10.resources.addresses import AddressesRepository

        return AddressesRepository(self)

    @cached_property
    def areas(self) -> AreasRepository:
        """``/areas``: A regulatory area."""
        from didww_gen.v2022_05_10.resources.areas import AreasRepository

        return AreasRepository(self)

    @cached_property
    def available_dids(self) -> AvailableDidsRepository:
        """``/available_dids``: A phone number in stock that can be reserved or ordered."""
        from didww_gen.v2022_05_10.resources.available_dids import AvailableDidsRepository

        return AvailableDidsRepository(self)

    @cached_property
    def balance(self) -> BalanceRepository:
        """``/balance``: The account's prepaid balance and available credit."""
        from didww_gen.v2022_05_10.resources.balance import BalanceRepository

        return BalanceRepository(self)

    @cached_property
    def capacity_pools(self) -> CapacityPoolsRepository:
        """``/capacity_pools``: A pool of channels (capacity) of the account: its channel counts, prices, supported countries and shared capacity groups."""
        from didww_gen.v2022_05_10.resources.capacity_pools import CapacityPoolsRepository

        return CapacityPoolsRepository(self)

    @cached_property
    def cities(self) -> CitiesRepository:
        """``/cities``: A city included in the DIDWW coverage."""
        from didww_gen.v2022_05_10.resources.cities import CitiesRepository

        return CitiesRepository(self)

    @cached_property
    def countries(self) -> CountriesRepository:
        """``/countries``: A country included in the DIDWW coverage."""
        from didww_gen.v2022_05_10.resources.countries import CountriesRepository

        return CountriesRepository(self)

    @cached_property
    def did_group_types(self) -> DidGroupTypesRepository:
        """``/did_group_types``: A broad category of DID services supported by DIDWW, such as Local, Mobile or Toll-free."""
        from didww_gen.v2022_05_10.resources.did_group_types import DidGroupTypesRepository

        return DidGroupTypesRepository(self)

    @cached_property
    def did_groups(self) -> DidGroupsRepository:
        """``/did_groups``: A group of phone numbers sharing a common city or area code: an entry of the DIDWW coverage."""
        from didww_gen.v2022_05_10.resources.did_groups import DidGroupsRepository

        return DidGroupsRepository(self)

    @cached_property
    def did_reservations(self) -> DidReservationsRepository:
        """``/did_reservations``: A temporary reservation of an available DID for the account (by default up to 10 numbers, for 10 minutes); deleting it cancels the reservation."""
        from didww_gen.v2022_05_10.resources.did_reservations import DidReservationsRepository

        return DidReservationsRepository(self)

    @cached_property
    def dids(self) -> DidsRepository:
        """``/dids``: A phone number (DID) owned by the account."""
        from didww_gen.v2022_05_10.resources.dids import DidsRepository

        return DidsRepository(self)

    @cached_property
    def encrypted_files(self) -> EncryptedFilesRepository:
        """``/encrypted_files``: A file encrypted with the DIDWW public keys and uploaded for proofs and supporting documents; it expires 24 hours after upload."""
        from didww_gen.v2022_05_10.resources.encrypted_files import EncryptedFilesRepository

        return EncryptedFilesRepository(self)

    @cached_property
    def exports(self) -> ExportsRepository:
        """``/exports``: An export of call detail records (inbound or outbound CDRs) to a gzipped CSV file."""
        from didww_gen.v2022_05_10.resources.exports import ExportsRepository

        return ExportsRepository(self)

    @cached_property
    def identities(self) -> IdentitiesRepository:
        """``/identities``: An end-user identity (personal or business) of the account, used with addresses and proofs for DID registration."""
        from didww_gen.v2022_05_10.resources.identities import IdentitiesRepository

        return IdentitiesRepository(self)

    @cached_property
    def nanpa_prefixes(self) -> NanpaPrefixesRepository:
        """``/nanpa_prefixes``: A NANPA prefix (NPA-NXX) of the DIDWW coverage; available only for countries with country code +1."""
        from didww_gen.v2022_05_10.resources.nanpa_prefixes import NanpaPrefixesRepository

        return NanpaPrefixesRepository(self)

    @cached_property
    def orders(self) -> OrdersRepository:
        """``/orders``: An order placed by the account (DIDs, capacity or emergency services)."""
        from didww_gen.v2022_05_10.resources.orders import OrdersRepository

        return OrdersRepository(self)

    @cached_property
    def permanent_supporting_documents(self) -> PermanentSupportingDocumentsRepository:
        """``/permanent_supporting_documents``: A permanent supporting document (encrypted files filling a document template) of an identity."""
        from didww_gen.v2022_05_10.resources.permanent_supporting_documents import (
            PermanentSupportingDocumentsRepository,
        )

        return PermanentSupportingDocumentsRepository(self)

    @cached_property
    def pops(self) -> PopsRepository:
        """``/pops``: A DIDWW point of presence (PoP) that a voice in trunk can be bound to."""
        from didww_gen.v2022_05_10.resources.pops import PopsRepository

        return PopsRepository(self)

    @cached_property
    def proof_types(self) -> ProofTypesRepository:
        """``/proof_types``: A type of proof document accepted for identities (personal or business) and addresses."""
        from didww_gen.v2022_05_10.resources.proof_types import ProofTypesRepository

        return ProofTypesRepository(self)

    @cached_property
    def proofs(self) -> ProofsRepository:
        """``/proofs``: A proof document (encrypted files of a proof type) of an identity or an address."""
        from didww_gen.v2022_05_10.resources.proofs import ProofsRepository

        return ProofsRepository(self)

    @cached_property
    def public_keys(self) -> PublicKeysRepository:
        """``/public_keys``: A DIDWW RSA public key to encrypt files with before uploading them as encrypted files."""
        from didww_gen.v2022_05_10.resources.public_keys import PublicKeysRepository

        return PublicKeysRepository(self)

    @cached_property
    def regions(self) -> RegionsRepository:
        """``/regions``: A region (state, province) of a country."""
        from didww_gen.v2022_05_10.resources.regions import RegionsRepository

        return RegionsRepository(self)

    @cached_property
    def requirement_validations(self) -> RequirementValidationsRepository:
        """``/requirement_validations``: A check of an identity and/or address against a requirement: created with both, it answers 201 when they fit and 422 (with the reasons) when not (2026-04-16 calls it address_requirement_validations)."""
        from didww_gen.v2022_05_10.resources.requirement_validations import RequirementValidationsRepository

        return RequirementValidationsRepository(self)

    @cached_property
    def requirements(self) -> RequirementsRepository:
        """``/requirements``: The regulation requirements of a country and DID group type: which identity, address and proofs an order needs (2026-04-16 calls them address_requirements)."""
        from didww_gen.v2022_05_10.resources.requirements import RequirementsRepository

        return RequirementsRepository(self)

    @cached_property
    def shared_capacity_groups(self) -> SharedCapacityGroupsRepository:
        """``/shared_capacity_groups``: A group of channels taken from a capacity pool and shared by the DIDs assigned to it."""
        from didww_gen.v2022_05_10.resources.shared_capacity_groups import SharedCapacityGroupsRepository

        return SharedCapacityGroupsRepository(self)

    @cached_property
    def supporting_document_templates(self) -> SupportingDocumentTemplatesRepository:
        """``/supporting_document_templates``: A template of a supporting document that may be required by regulation in certain countries."""
        from didww_gen.v2022_05_10.resources.supporting_document_templates import SupportingDocumentTemplatesRepository

        return SupportingDocumentTemplatesRepository(self)

    @cached_property
    def voice_in_trunk_groups(self) -> VoiceInTrunkGroupsRepository:
        """``/voice_in_trunk_groups``: A group of voice in trunks that DIDs can be routed to together."""
        from didww_gen.v2022_05_10.resources.voice_in_trunk_groups import VoiceInTrunkGroupsRepository

        return VoiceInTrunkGroupsRepository(self)

    @cached_property
    def voice_in_trunks(self) -> VoiceInTrunksRepository:
        """``/voice_in_trunks``: A trunk that receives the calls to DIDs; SIP or PSTN, by its configuration."""
        from didww_gen.v2022_05_10.resources.voice_in_trunks import VoiceInTrunksRepository

        return VoiceInTrunksRepository(self)

    @cached_property
    def voice_out_trunk_regenerate_credentials(self) -> VoiceOutTrunkRegenerateCredentialsRepository:
        """``/voice_out_trunk_regenerate_credentials``: Regenerates the username and password of a voice out trunk (credentials_and_ip authentication) with new random strings."""
        from didww_gen.v2022_05_10.resources.voice_out_trunk_regenerate_credentials import (
            VoiceOutTrunkRegenerateCredentialsRepository,
        )

        return VoiceOutTrunkRegenerateCredentialsRepository(self)

    @cached_property
    def voice_out_trunks(self) -> VoiceOutTrunksRepository:
        """``/voice_out_trunks``: A trunk for outbound (termination) calls, authenticated by IP and credentials."""
        from didww_gen.v2022_05_10.resources.voice_out_trunks import VoiceOutTrunksRepository

        return VoiceOutTrunksRepository(self)


class AsyncDidwwClient(AsyncBaseClient[Environment]):
    """The asynchronous DIDWW API 2022-05-10 client: the same repositories, methods are coroutines.

    ``AsyncDidwwClient(api_key=..., environment=Environment.SANDBOX, base_url=None, api_version=None,
    timeout=30.0, max_retries=2, rate_limit=None, http_client=None, deadline=<derived>, pause_gc=False)`` (an
    ``httpx.AsyncClient``); use it with ``async with`` or call ``aclose()``. ``deadline`` bounds each call
    in all, retries included; ``pause_gc`` as in ``DidwwClient``.
    """

    _API = API

    @cached_property
    def address_verifications(self) -> AsyncAddressVerificationsRepository:
        """``/address_verifications``: A verification task of an address for DIDs; its status changes are reported to the optional callback."""
        from didww_gen.v2022_05_10.resources.address_verifications import AsyncAddressVerificationsRepository

        return AsyncAddressVerificationsRepository(self)

    @cached_property
    def addresses(self) -> AsyncAddressesRepository:
        """``/addresses``: An address of the account, assigned to an identity and used for DID registration."""
        from didww_gen.v2022_05_10.resources.addresses import AsyncAddressesRepository

        return AsyncAddressesRepository(self)

    @cached_property
    def areas(self) -> AsyncAreasRepository:
        """``/areas``: A regulatory area."""
        from didww_gen.v2022_05_10.resources.areas import AsyncAreasRepository

        return AsyncAreasRepository(self)

    @cached_property
    def available_dids(self) -> AsyncAvailableDidsRepository:
        """``/available_dids``: A phone number in stock that can be reserved or ordered."""
        from didww_gen.v2022_05_10.resources.available_dids import AsyncAvailableDidsRepository

        return AsyncAvailableDidsRepository(self)

    @cached_property
    def balance(self) -> AsyncBalanceRepository:
        """``/balance``: The account's prepaid balance and available credit."""
        from didww_gen.v2022_05_10.resources.balance import AsyncBalanceRepository

        return AsyncBalanceRepository(self)

    @cached_property
    def capacity_pools(self) -> AsyncCapacityPoolsRepository:
        """``/capacity_pools``: A pool of channels (capacity) of the account: its channel counts, prices, supported countries and shared capacity groups."""
        from didww_gen.v2022_05_10.resources.capacity_pools import AsyncCapacityPoolsRepository

        return AsyncCapacityPoolsRepository(self)

    @cached_property
    def cities(self) -> AsyncCitiesRepository:
        """``/cities``: A city included in the DIDWW coverage."""
        from didww_gen.v2022_05_10.resources.cities import AsyncCitiesRepository

        return AsyncCitiesRepository(self)

    @cached_property
    def countries(self) -> AsyncCountriesRepository:
        """``/countries``: A country included in the DIDWW coverage."""
        from didww_gen.v2022_05_10.resources.countries import AsyncCountriesRepository

        return AsyncCountriesRepository(self)

    @cached_property
    def did_group_types(self) -> AsyncDidGroupTypesRepository:
        """``/did_group_types``: A broad category of DID services supported by DIDWW, such as Local, Mobile or Toll-free."""
        from didww_gen.v2022_05_10.resources.did_group_types import AsyncDidGroupTypesRepository

        return AsyncDidGroupTypesRepository(self)

    @cached_property
    def did_groups(self) -> AsyncDidGroupsRepository:
        """``/did_groups``: A group of phone numbers sharing a common city or area code: an entry of the DIDWW coverage."""
        from didww_gen.v2022_05_10.resources.did_groups import AsyncDidGroupsRepository

        return AsyncDidGroupsRepository(self)

    @cached_property
    def did_reservations(self) -> AsyncDidReservationsRepository:
        """``/did_reservations``: A temporary reservation of an available DID for the account (by default up to 10 numbers, for 10 minutes); deleting it cancels the reservation."""
        from didww_gen.v2022_05_10.resources.did_reservations import AsyncDidReservationsRepository

        return AsyncDidReservationsRepository(self)

    @cached_property
    def dids(self) -> AsyncDidsRepository:
        """``/dids``: A phone number (DID) owned by the account."""
        from didww_gen.v2022_05_10.resources.dids import AsyncDidsRepository

        return AsyncDidsRepository(self)

    @cached_property
    def encrypted_files(self) -> AsyncEncryptedFilesRepository:
        """``/encrypted_files``: A file encrypted with the DIDWW public keys and uploaded for proofs and supporting documents; it expires 24 hours after upload."""
        from didww_gen.v2022_05_10.resources.encrypted_files import AsyncEncryptedFilesRepository

        return AsyncEncryptedFilesRepository(self)

    @cached_property
    def exports(self) -> AsyncExportsRepository:
        """``/exports``: An export of call detail records (inbound or outbound CDRs) to a gzipped CSV file."""
        from didww_gen.v2022_05_10.resources.exports import AsyncExportsRepository

        return AsyncExportsRepository(self)

    @cached_property
    def identities(self) -> AsyncIdentitiesRepository:
        """``/identities``: An end-user identity (personal or business) of the account, used with addresses and proofs for DID registration."""
        from didww_gen.v2022_05_10.resources.identities import AsyncIdentitiesRepository

        return AsyncIdentitiesRepository(self)

    @cached_property
    def nanpa_prefixes(self) -> AsyncNanpaPrefixesRepository:
        """``/nanpa_prefixes``: A NANPA prefix (NPA-NXX) of the DIDWW coverage; available only for countries with country code +1."""
        from didww_gen.v2022_05_10.resources.nanpa_prefixes import AsyncNanpaPrefixesRepository

        return AsyncNanpaPrefixesRepository(self)

    @cached_property
    def orders(self) -> AsyncOrdersRepository:
        """``/orders``: An order placed by the account (DIDs, capacity or emergency services)."""
        from didww_gen.v2022_05_10.resources.orders import AsyncOrdersRepository

        return AsyncOrdersRepository(self)

    @cached_property
    def permanent_supporting_documents(self) -> AsyncPermanentSupportingDocumentsRepository:
        """``/permanent_supporting_documents``: A permanent supporting document (encrypted files filling a document template) of an identity."""
        from didww_gen.v2022_05_10.resources.permanent_supporting_documents import (
            AsyncPermanentSupportingDocumentsRepository,
        )

        return AsyncPermanentSupportingDocumentsRepository(self)

    @cached_property
    def pops(self) -> AsyncPopsRepository:
        """``/pops``: A DIDWW point of presence (PoP) that a voice in trunk can be bound to."""
        from didww_gen.v2022_05_10.resources.pops import AsyncPopsRepository

        return AsyncPopsRepository(self)

    @cached_property
    def proof_types(self) -> AsyncProofTypesRepository:
        """``/proof_types``: A type of proof document accepted for identities (personal or business) and addresses."""
        from didww_gen.v2022_05_10.resources.proof_types import AsyncProofTypesRepository

        return AsyncProofTypesRepository(self)

    @cached_property
    def proofs(self) -> AsyncProofsRepository:
        """``/proofs``: A proof document (encrypted files of a proof type) of an identity or an address."""
        from didww_gen.v2022_05_10.resources.proofs import AsyncProofsRepository

        return AsyncProofsRepository(self)

    @cached_property
    def public_keys(self) -> AsyncPublicKeysRepository:
        """``/public_keys``: A DIDWW RSA public key to encrypt files with before uploading them as encrypted files."""
        from didww_gen.v2022_05_10.resources.public_keys import AsyncPublicKeysRepository

        return AsyncPublicKeysRepository(self)

    @cached_property
    def regions(self) -> AsyncRegionsRepository:
        """``/regions``: A region (state, province) of a country."""
        from didww_gen.v2022_05_10.resources.regions import AsyncRegionsRepository

        return AsyncRegionsRepository(self)

    @cached_property
    def requirement_validations(self) -> AsyncRequirementValidationsRepository:
        """``/requirement_validations``: A check of an identity and/or address against a requirement: created with both, it answers 201 when they fit and 422 (with the reasons) when not (2026-04-16 calls it address_requirement_validations)."""
        from didww_gen.v2022_05_10.resources.requirement_validations import AsyncRequirementValidationsRepository

        return AsyncRequirementValidationsRepository(self)

    @cached_property
    def requirements(self) -> AsyncRequirementsRepository:
        """``/requirements``: The regulation requirements of a country and DID group type: which identity, address and proofs an order needs (2026-04-16 calls them address_requirements)."""
        from didww_gen.v2022_05_10.resources.requirements import AsyncRequirementsRepository

        return AsyncRequirementsRepository(self)

    @cached_property
    def shared_capacity_groups(self) -> AsyncSharedCapacityGroupsRepository:
        """``/shared_capacity_groups``: A group of channels taken from a capacity pool and shared by the DIDs assigned to it."""
        from didww_gen.v2022_05_10.resources.shared_capacity_groups import AsyncSharedCapacityGroupsRepository

        return AsyncSharedCapacityGroupsRepository(self)

    @cached_property
    def supporting_document_templates(self) -> AsyncSupportingDocumentTemplatesRepository:
        """``/supporting_document_templates``: A template of a supporting document that may be required by regulation in certain countries."""
        from didww_gen.v2022_05_10.resources.supporting_document_templates import (
            AsyncSupportingDocumentTemplatesRepository,
        )

        return AsyncSupportingDocumentTemplatesRepository(self)

    @cached_property
    def voice_in_trunk_groups(self) -> AsyncVoiceInTrunkGroupsRepository:
        """``/voice_in_trunk_groups``: A group of voice in trunks that DIDs can be routed to together."""
        from didww_gen.v2022_05_10.resources.voice_in_trunk_groups import AsyncVoiceInTrunkGroupsRepository

        return AsyncVoiceInTrunkGroupsRepository(self)

    @cached_property
    def voice_in_trunks(self) -> AsyncVoiceInTrunksRepository:
        """``/voice_in_trunks``: A trunk that receives the calls to DIDs; SIP or PSTN, by its configuration."""
        from didww_gen.v2022_05_10.resources.voice_in_trunks import AsyncVoiceInTrunksRepository

        return AsyncVoiceInTrunksRepository(self)

    @cached_property
    def voice_out_trunk_regenerate_credentials(self) -> AsyncVoiceOutTrunkRegenerateCredentialsRepository:
        """``/voice_out_trunk_regenerate_credentials``: Regenerates the username and password of a voice out trunk (credentials_and_ip authentication) with new random strings."""
        from didww_gen.v2022_05_10.resources.voice_out_trunk_regenerate_credentials import (
            AsyncVoiceOutTrunkRegenerateCredentialsRepository,
        )

        return AsyncVoiceOutTrunkRegenerateCredentialsRepository(self)

    @cached_property
    def voice_out_trunks(self) -> AsyncVoiceOutTrunksRepository:
        """``/voice_out_trunks``: A trunk for outbound (termination) calls, authenticated by IP and credentials."""
        from didww_gen.v2022_05_10.resources.voice_out_trunks import AsyncVoiceOutTrunksRepository

        return AsyncVoiceOutTrunksRepository(self)
