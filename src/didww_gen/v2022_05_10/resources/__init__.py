# generated from spec/2022-05-10 by codegen, do not edit
"""Repositories of the DIDWW API 2022-05-10 (one module per collection, imported lazily)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from didww_gen._registry import lazy_attribute

_MODULES = {
    "AddressVerificationsRepository": "address_verifications",
    "AsyncAddressVerificationsRepository": "address_verifications",
    "AddressVerificationsInclude": "address_verifications",
    "AddressVerificationsFilter": "address_verifications",
    "AddressVerificationsSort": "address_verifications",
    "AddressesRepository": "addresses",
    "AsyncAddressesRepository": "addresses",
    "AddressesInclude": "addresses",
    "AddressesFilter": "addresses",
    "AddressesSort": "addresses",
    "AreasRepository": "areas",
    "AsyncAreasRepository": "areas",
    "AreasInclude": "areas",
    "AreasFilter": "areas",
    "AreasSort": "areas",
    "AvailableDidsRepository": "available_dids",
    "AsyncAvailableDidsRepository": "available_dids",
    "AvailableDidsInclude": "available_dids",
    "AvailableDidsFilter": "available_dids",
    "AvailableDidsSort": "available_dids",
    "BalanceRepository": "balance",
    "AsyncBalanceRepository": "balance",
    "CapacityPoolsRepository": "capacity_pools",
    "AsyncCapacityPoolsRepository": "capacity_pools",
    "CapacityPoolsInclude": "capacity_pools",
    "CapacityPoolsFilter": "capacity_pools",
    "CapacityPoolsSort": "capacity_pools",
    "CitiesRepository": "cities",
    "AsyncCitiesRepository": "cities",
    "CitiesInclude": "cities",
    "CitiesFilter": "cities",
    "CitiesSort": "cities",
    "CountriesRepository": "countries",
    "AsyncCountriesRepository": "countries",
    "CountriesInclude": "countries",
    "CountriesFilter": "countries",
    "CountriesSort": "countries",
    "DidGroupTypesRepository": "did_group_types",
    "AsyncDidGroupTypesRepository": "did_group_types",
    "DidGroupTypesFilter": "did_group_types",
    "DidGroupTypesSort": "did_group_types",
    "DidGroupsRepository": "did_groups",
    "AsyncDidGroupsRepository": "did_groups",
    "DidGroupsInclude": "did_groups",
    "DidGroupsFilter": "did_groups",
    "DidGroupsSort": "did_groups",
    "DidReservationsRepository": "did_reservations",
    "AsyncDidReservationsRepository": "did_reservations",
    "DidReservationsInclude": "did_reservations",
    "DidReservationsFilter": "did_reservations",
    "DidReservationsSort": "did_reservations",
    "DidsRepository": "dids",
    "AsyncDidsRepository": "dids",
    "DidsInclude": "dids",
    "DidsFilter": "dids",
    "DidsSort": "dids",
    "EncryptedFilesRepository": "encrypted_files",
    "AsyncEncryptedFilesRepository": "encrypted_files",
    "EncryptedFilesFilter": "encrypted_files",
    "EncryptedFilesSort": "encrypted_files",
    "ExportsRepository": "exports",
    "AsyncExportsRepository": "exports",
    "ExportsFilter": "exports",
    "ExportsSort": "exports",
    "IdentitiesRepository": "identities",
    "AsyncIdentitiesRepository": "identities",
    "IdentitiesInclude": "identities",
    "IdentitiesFilter": "identities",
    "IdentitiesSort": "identities",
    "NanpaPrefixesRepository": "nanpa_prefixes",
    "AsyncNanpaPrefixesRepository": "nanpa_prefixes",
    "NanpaPrefixesInclude": "nanpa_prefixes",
    "NanpaPrefixesFilter": "nanpa_prefixes",
    "NanpaPrefixesSort": "nanpa_prefixes",
    "OrdersRepository": "orders",
    "AsyncOrdersRepository": "orders",
    "OrdersFilter": "orders",
    "OrdersSort": "orders",
    "PermanentSupportingDocumentsRepository": "permanent_supporting_documents",
    "AsyncPermanentSupportingDocumentsRepository": "permanent_supporting_documents",
    "PermanentSupportingDocumentsInclude": "permanent_supporting_documents",
    "PopsRepository": "pops",
    "AsyncPopsRepository": "pops",
    "PopsFilter": "pops",
    "PopsSort": "pops",
    "ProofTypesRepository": "proof_types",
    "AsyncProofTypesRepository": "proof_types",
    "ProofTypesFilter": "proof_types",
    "ProofTypesSort": "proof_types",
    "ProofsRepository": "proofs",
    "AsyncProofsRepository": "proofs",
    "ProofsInclude": "proofs",
    "PublicKeysRepository": "public_keys",
    "AsyncPublicKeysRepository": "public_keys",
    "PublicKeysFilter": "public_keys",
    "PublicKeysSort": "public_keys",
    "RegionsRepository": "regions",
    "AsyncRegionsRepository": "regions",
    "RegionsInclude": "regions",
    "RegionsFilter": "regions",
    "RegionsSort": "regions",
    "RequirementValidationsRepository": "requirement_validations",
    "AsyncRequirementValidationsRepository": "requirement_validations",
    "RequirementsRepository": "requirements",
    "AsyncRequirementsRepository": "requirements",
    "RequirementsInclude": "requirements",
    "RequirementsFilter": "requirements",
    "RequirementsSort": "requirements",
    "SharedCapacityGroupsRepository": "shared_capacity_groups",
    "AsyncSharedCapacityGroupsRepository": "shared_capacity_groups",
    "SharedCapacityGroupsInclude": "shared_capacity_groups",
    "SharedCapacityGroupsFilter": "shared_capacity_groups",
    "SharedCapacityGroupsSort": "shared_capacity_groups",
    "SupportingDocumentTemplatesRepository": "supporting_document_templates",
    "AsyncSupportingDocumentTemplatesRepository": "supporting_document_templates",
    "SupportingDocumentTemplatesFilter": "supporting_document_templates",
    "SupportingDocumentTemplatesSort": "supporting_document_templates",
    "VoiceInTrunkGroupsRepository": "voice_in_trunk_groups",
    "AsyncVoiceInTrunkGroupsRepository": "voice_in_trunk_groups",
    "VoiceInTrunkGroupsInclude": "voice_in_trunk_groups",
    "VoiceInTrunkGroupsFilter": "voice_in_trunk_groups",
    "VoiceInTrunkGroupsSort": "voice_in_trunk_groups",
    "VoiceInTrunksRepository": "voice_in_trunks",
    "AsyncVoiceInTrunksRepository": "voice_in_trunks",
    "VoiceInTrunksInclude": "voice_in_trunks",
    "VoiceInTrunksFilter": "voice_in_trunks",
    "VoiceInTrunksSort": "voice_in_trunks",
    "VoiceOutTrunkRegenerateCredentialsRepository": "voice_out_trunk_regenerate_credentials",
    "AsyncVoiceOutTrunkRegenerateCredentialsRepository": "voice_out_trunk_regenerate_credentials",
    "VoiceOutTrunksRepository": "voice_out_trunks",
    "AsyncVoiceOutTrunksRepository": "voice_out_trunks",
    "VoiceOutTrunksInclude": "voice_out_trunks",
    "VoiceOutTrunksFilter": "voice_out_trunks",
    "VoiceOutTrunksSort": "voice_out_trunks",
}

__all__ = list(_MODULES)


if not TYPE_CHECKING:  # hidden from type checkers: importing a name the package lacks is an error

    def __getattr__(name: str) -> Any:
        return lazy_attribute(__name__, _MODULES, name)


if TYPE_CHECKING:
    from didww_gen.v2022_05_10.resources.address_verifications import (
        AddressVerificationsFilter as AddressVerificationsFilter,
    )
    from didww_gen.v2022_05_10.resources.address_verifications import (
        AddressVerificationsInclude as AddressVerificationsInclude,
    )
    from didww_gen.v2022_05_10.resources.address_verifications import (
        AddressVerificationsRepository as AddressVerificationsRepository,
    )
    from didww_gen.v2022_05_10.resources.address_verifications import (
        AddressVerificationsSort as AddressVerificationsSort,
    )
    from didww_gen.v2022_05_10.resources.address_verifications import (
        AsyncAddressVerificationsRepository as AsyncAddressVerificationsRepository,
    )
    from didww_gen.v2022_05_10.resources.addresses import AddressesFilter as AddressesFilter
    from didww_gen.v2022_05_10.resources.addresses import AddressesInclude as AddressesInclude
    from didww_gen.v2022_05_10.resources.addresses import AddressesRepository as AddressesRepository
    from didww_gen.v2022_05_10.resources.addresses import AddressesSort as AddressesSort
    from didww_gen.v2022_05_10.resources.addresses import AsyncAddressesRepository as AsyncAddressesRepository
    from didww_gen.v2022_05_10.resources.areas import AreasFilter as AreasFilter
    from didww_gen.v2022_05_10.resources.areas import AreasInclude as AreasInclude
    from didww_gen.v2022_05_10.resources.areas import AreasRepository as AreasRepository
    from didww_gen.v2022_05_10.resources.areas import AreasSort as AreasSort
    from didww_gen.v2022_05_10.resources.areas import AsyncAreasRepository as AsyncAreasRepository
    from didww_gen.v2022_05_10.resources.available_dids import (
        AsyncAvailableDidsRepository as AsyncAvailableDidsRepository,
    )
    from didww_gen.v2022_05_10.resources.available_dids import AvailableDidsFilter as AvailableDidsFilter
    from didww_gen.v2022_05_10.resources.available_dids import AvailableDidsInclude as AvailableDidsInclude
    from didww_gen.v2022_05_10.resources.available_dids import AvailableDidsRepository as AvailableDidsRepository
    from didww_gen.v2022_05_10.resources.available_dids import AvailableDidsSort as AvailableDidsSort
    from didww_gen.v2022_05_10.resources.balance import AsyncBalanceRepository as AsyncBalanceRepository
    from didww_gen.v2022_05_10.resources.balance import BalanceRepository as BalanceRepository
    from didww_gen.v2022_05_10.resources.capacity_pools import (
        AsyncCapacityPoolsRepository as AsyncCapacityPoolsRepository,
    )
    from didww_gen.v2022_05_10.resources.capacity_pools import CapacityPoolsFilter as CapacityPoolsFilter
    from didww_gen.v2022_05_10.resources.capacity_pools import CapacityPoolsInclude as CapacityPoolsInclude
    from didww_gen.v2022_05_10.resources.capacity_pools import CapacityPoolsRepository as CapacityPoolsRepository
    from didww_gen.v2022_05_10.resources.capacity_pools import CapacityPoolsSort as CapacityPoolsSort
    from didww_gen.v2022_05_10.resources.cities import AsyncCitiesRepository as AsyncCitiesRepository
    from didww_gen.v2022_05_10.resources.cities import CitiesFilter as CitiesFilter
    from didww_gen.v2022_05_10.resources.cities import CitiesInclude as CitiesInclude
    from didww_gen.v2022_05_10.resources.cities import CitiesRepository as CitiesRepository
    from didww_gen.v2022_05_10.resources.cities import CitiesSort as CitiesSort
    from didww_gen.v2022_05_10.resources.countries import AsyncCountriesRepository as AsyncCountriesRepository
    from didww_gen.v2022_05_10.resources.countries import CountriesFilter as CountriesFilter
    from didww_gen.v2022_05_10.resources.countries import CountriesInclude as CountriesInclude
    from didww_gen.v2022_05_10.resources.countries import CountriesRepository as CountriesRepository
    from didww_gen.v2022_05_10.resources.countries import CountriesSort as CountriesSort
    from didww_gen.v2022_05_10.resources.did_group_types import (
        AsyncDidGroupTypesRepository as AsyncDidGroupTypesRepository,
    )
    from didww_gen.v2022_05_10.resources.did_group_types import DidGroupTypesFilter as DidGroupTypesFilter
    from didww_gen.v2022_05_10.resources.did_group_types import DidGroupTypesRepository as DidGroupTypesRepository
    from didww_gen.v2022_05_10.resources.did_group_types import DidGroupTypesSort as DidGroupTypesSort
    from didww_gen.v2022_05_10.resources.did_groups import AsyncDidGroupsRepository as AsyncDidGroupsRepository
    from didww_gen.v2022_05_10.resources.did_groups import DidGroupsFilter as DidGroupsFilter
    from didww_gen.v2022_05_10.resources.did_groups import DidGroupsInclude as DidGroupsInclude
    from didww_gen.v2022_05_10.resources.did_groups import DidGroupsRepository as DidGroupsRepository
    from didww_gen.v2022_05_10.resources.did_groups import DidGroupsSort as DidGroupsSort
    from didww_gen.v2022_05_10.resources.did_reservations import (
        AsyncDidReservationsRepository as AsyncDidReservationsRepository,
    )
    from didww_gen.v2022_05_10.resources.did_reservations import DidReservationsFilter as DidReservationsFilter
    from didww_gen.v2022_05_10.resources.did_reservations import DidReservationsInclude as DidReservationsInclude
    from didww_gen.v2022_05_10.resources.did_reservations import DidReservationsRepository as DidReservationsRepository
    from didww_gen.v2022_05_10.resources.did_reservations import DidReservationsSort as DidReservationsSort
    from didww_gen.v2022_05_10.resources.dids import AsyncDidsRepository as AsyncDidsRepository
    from didww_gen.v2022_05_10.resources.dids import DidsFilter as DidsFilter
    from didww_gen.v2022_05_10.resources.dids import DidsInclude as DidsInclude
    from didww_gen.v2022_05_10.resources.dids import DidsRepository as DidsRepository
    from didww_gen.v2022_05_10.resources.dids import DidsSort as DidsSort
    from didww_gen.v2022_05_10.resources.encrypted_files import (
        AsyncEncryptedFilesRepository as AsyncEncryptedFilesRepository,
    )
    from didww_gen.v2022_05_10.resources.encrypted_files import EncryptedFilesFilter as EncryptedFilesFilter
    from didww_gen.v2022_05_10.resources.encrypted_files import EncryptedFilesRepository as EncryptedFilesRepository
    from didww_gen.v2022_05_10.resources.encrypted_files import EncryptedFilesSort as EncryptedFilesSort
    from didww_gen.v2022_05_10.resources.exports import AsyncExportsRepository as AsyncExportsRepository
    from didww_gen.v2022_05_10.resources.exports import ExportsFilter as ExportsFilter
    from didww_gen.v2022_05_10.resources.exports import ExportsRepository as ExportsRepository
    from didww_gen.v2022_05_10.resources.exports import ExportsSort as ExportsSort
    from didww_gen.v2022_05_10.resources.identities import AsyncIdentitiesRepository as AsyncIdentitiesRepository
    from didww_gen.v2022_05_10.resources.identities import IdentitiesFilter as IdentitiesFilter
    from didww_gen.v2022_05_10.resources.identities import IdentitiesInclude as IdentitiesInclude
    from didww_gen.v2022_05_10.resources.identities import IdentitiesRepository as IdentitiesRepository
    from didww_gen.v2022_05_10.resources.identities import IdentitiesSort as IdentitiesSort
    from didww_gen.v2022_05_10.resources.nanpa_prefixes import (
        AsyncNanpaPrefixesRepository as AsyncNanpaPrefixesRepository,
    )
    from didww_gen.v2022_05_10.resources.nanpa_prefixes import NanpaPrefixesFilter as NanpaPrefixesFilter
    from didww_gen.v2022_05_10.resources.nanpa_prefixes import NanpaPrefixesInclude as NanpaPrefixesInclude
    from didww_gen.v2022_05_10.resources.nanpa_prefixes import NanpaPrefixesRepository as NanpaPrefixesRepository
    from didww_gen.v2022_05_10.resources.nanpa_prefixes import NanpaPrefixesSort as NanpaPrefixesSort
    from didww_gen.v2022_05_10.resources.orders import AsyncOrdersRepository as AsyncOrdersRepository
    from didww_gen.v2022_05_10.resources.orders import OrdersFilter as OrdersFilter
    from didww_gen.v2022_05_10.resources.orders import OrdersRepository as OrdersRepository
    from didww_gen.v2022_05_10.resources.orders import OrdersSort as OrdersSort
    from didww_gen.v2022_05_10.resources.permanent_supporting_documents import (
        AsyncPermanentSupportingDocumentsRepository as AsyncPermanentSupportingDocumentsRepository,
    )
    from didww_gen.v2022_05_10.resources.permanent_supporting_documents import (
        PermanentSupportingDocumentsInclude as PermanentSupportingDocumentsInclude,
    )
    from didww_gen.v2022_05_10.resources.permanent_supporting_documents import (
        PermanentSupportingDocumentsRepository as PermanentSupportingDocumentsRepository,
    )
    from didww_gen.v2022_05_10.resources.pops import AsyncPopsRepository as AsyncPopsRepository
    from didww_gen.v2022_05_10.resources.pops import PopsFilter as PopsFilter
    from didww_gen.v2022_05_10.resources.pops import PopsRepository as PopsRepository
    from didww_gen.v2022_05_10.resources.pops import PopsSort as PopsSort
    from didww_gen.v2022_05_10.resources.proof_types import AsyncProofTypesRepository as AsyncProofTypesRepository
    from didww_gen.v2022_05_10.resources.proof_types import ProofTypesFilter as ProofTypesFilter
    from didww_gen.v2022_05_10.resources.proof_types import ProofTypesRepository as ProofTypesRepository
    from didww_gen.v2022_05_10.resources.proof_types import ProofTypesSort as ProofTypesSort
    from didww_gen.v2022_05_10.resources.proofs import AsyncProofsRepository as AsyncProofsRepository
    from didww_gen.v2022_05_10.resources.proofs import ProofsInclude as ProofsInclude
    from didww_gen.v2022_05_10.resources.proofs import ProofsRepository as ProofsRepository
    from didww_gen.v2022_05_10.resources.public_keys import AsyncPublicKeysRepository as AsyncPublicKeysRepository
    from didww_gen.v2022_05_10.resources.public_keys import PublicKeysFilter as PublicKeysFilter
    from didww_gen.v2022_05_10.resources.public_keys import PublicKeysRepository as PublicKeysRepository
    from didww_gen.v2022_05_10.resources.public_keys import PublicKeysSort as PublicKeysSort
    from didww_gen.v2022_05_10.resources.regions import AsyncRegionsRepository as AsyncRegionsRepository
    from didww_gen.v2022_05_10.resources.regions import RegionsFilter as RegionsFilter
    from didww_gen.v2022_05_10.resources.regions import RegionsInclude as RegionsInclude
    from didww_gen.v2022_05_10.resources.regions import RegionsRepository as RegionsRepository
    from didww_gen.v2022_05_10.resources.regions import RegionsSort as RegionsSort
    from didww_gen.v2022_05_10.resources.requirement_validations import (
        AsyncRequirementValidationsRepository as AsyncRequirementValidationsRepository,
    )
    from didww_gen.v2022_05_10.resources.requirement_validations import (
        RequirementValidationsRepository as RequirementValidationsRepository,
    )
    from didww_gen.v2022_05_10.resources.requirements import AsyncRequirementsRepository as AsyncRequirementsRepository
    from didww_gen.v2022_05_10.resources.requirements import RequirementsFilter as RequirementsFilter
    from didww_gen.v2022_05_10.resources.requirements import RequirementsInclude as RequirementsInclude
    from didww_gen.v2022_05_10.resources.requirements import RequirementsRepository as RequirementsRepository
    from didww_gen.v2022_05_10.resources.requirements import RequirementsSort as RequirementsSort
    from didww_gen.v2022_05_10.resources.shared_capacity_groups import (
        AsyncSharedCapacityGroupsRepository as AsyncSharedCapacityGroupsRepository,
    )
    from didww_gen.v2022_05_10.resources.shared_capacity_groups import (
        SharedCapacityGroupsFilter as SharedCapacityGroupsFilter,
    )
    from didww_gen.v2022_05_10.resources.shared_capacity_groups import (
        SharedCapacityGroupsInclude as SharedCapacityGroupsInclude,
    )
    from didww_gen.v2022_05_10.resources.shared_capacity_groups import (
        SharedCapacityGroupsRepository as SharedCapacityGroupsRepository,
    )
    from didww_gen.v2022_05_10.resources.shared_capacity_groups import (
        SharedCapacityGroupsSort as SharedCapacityGroupsSort,
    )
    from didww_gen.v2022_05_10.resources.supporting_document_templates import (
        AsyncSupportingDocumentTemplatesRepository as AsyncSupportingDocumentTemplatesRepository,
    )
    from didww_gen.v2022_05_10.resources.supporting_document_templates import (
        SupportingDocumentTemplatesFilter as SupportingDocumentTemplatesFilter,
    )
    from didww_gen.v2022_05_10.resources.supporting_document_templates import (
        SupportingDocumentTemplatesRepository as SupportingDocumentTemplatesRepository,
    )
    from didww_gen.v2022_05_10.resources.supporting_document_templates import (
        SupportingDocumentTemplatesSort as SupportingDocumentTemplatesSort,
    )
    from didww_gen.v2022_05_10.resources.voice_in_trunk_groups import (
        AsyncVoiceInTrunkGroupsRepository as AsyncVoiceInTrunkGroupsRepository,
    )
    from didww_gen.v2022_05_10.resources.voice_in_trunk_groups import (
        VoiceInTrunkGroupsFilter as VoiceInTrunkGroupsFilter,
    )
    from didww_gen.v2022_05_10.resources.voice_in_trunk_groups import (
        VoiceInTrunkGroupsInclude as VoiceInTrunkGroupsInclude,
    )
    from didww_gen.v2022_05_10.resources.voice_in_trunk_groups import (
        VoiceInTrunkGroupsRepository as VoiceInTrunkGroupsRepository,
    )
    from didww_gen.v2022_05_10.resources.voice_in_trunk_groups import VoiceInTrunkGroupsSort as VoiceInTrunkGroupsSort
    from didww_gen.v2022_05_10.resources.voice_in_trunks import (
        AsyncVoiceInTrunksRepository as AsyncVoiceInTrunksRepository,
    )
    from didww_gen.v2022_05_10.resources.voice_in_trunks import VoiceInTrunksFilter as VoiceInTrunksFilter
    from didww_gen.v2022_05_10.resources.voice_in_trunks import VoiceInTrunksInclude as VoiceInTrunksInclude
    from didww_gen.v2022_05_10.resources.voice_in_trunks import VoiceInTrunksRepository as VoiceInTrunksRepository
    from didww_gen.v2022_05_10.resources.voice_in_trunks import VoiceInTrunksSort as VoiceInTrunksSort
    from didww_gen.v2022_05_10.resources.voice_out_trunk_regenerate_credentials import (
        AsyncVoiceOutTrunkRegenerateCredentialsRepository as AsyncVoiceOutTrunkRegenerateCredentialsRepository,
    )
    from didww_gen.v2022_05_10.resources.voice_out_trunk_regenerate_credentials import (
        VoiceOutTrunkRegenerateCredentialsRepository as VoiceOutTrunkRegenerateCredentialsRepository,
    )
    from didww_gen.v2022_05_10.resources.voice_out_trunks import (
        AsyncVoiceOutTrunksRepository as AsyncVoiceOutTrunksRepository,
    )
    from didww_gen.v2022_05_10.resources.voice_out_trunks import VoiceOutTrunksFilter as VoiceOutTrunksFilter
    from didww_gen.v2022_05_10.resources.voice_out_trunks import VoiceOutTrunksInclude as VoiceOutTrunksInclude
    from didww_gen.v2022_05_10.resources.voice_out_trunks import VoiceOutTrunksRepository as VoiceOutTrunksRepository
    from didww_gen.v2022_05_10.resources.voice_out_trunks import VoiceOutTrunksSort as VoiceOutTrunksSort
