# generated from spec/2026-04-16 by codegen, do not edit
"""Repositories of the DIDWW API 2026-04-16 (one module per collection, imported lazily)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from didww_gen._registry import lazy_attribute

_MODULES = {
    "AddressRequirementValidationsRepository": "address_requirement_validations",
    "AsyncAddressRequirementValidationsRepository": "address_requirement_validations",
    "AddressRequirementsRepository": "address_requirements",
    "AsyncAddressRequirementsRepository": "address_requirements",
    "AddressVerificationsRepository": "address_verifications",
    "AsyncAddressVerificationsRepository": "address_verifications",
    "AddressesRepository": "addresses",
    "AsyncAddressesRepository": "addresses",
    "AreasRepository": "areas",
    "AsyncAreasRepository": "areas",
    "AvailableDidsRepository": "available_dids",
    "AsyncAvailableDidsRepository": "available_dids",
    "BalanceRepository": "balance",
    "AsyncBalanceRepository": "balance",
    "CapacityPoolsRepository": "capacity_pools",
    "AsyncCapacityPoolsRepository": "capacity_pools",
    "CitiesRepository": "cities",
    "AsyncCitiesRepository": "cities",
    "CountriesRepository": "countries",
    "AsyncCountriesRepository": "countries",
    "DidGroupTypesRepository": "did_group_types",
    "AsyncDidGroupTypesRepository": "did_group_types",
    "DidGroupsRepository": "did_groups",
    "AsyncDidGroupsRepository": "did_groups",
    "DidHistoryRepository": "did_history",
    "AsyncDidHistoryRepository": "did_history",
    "DidReservationsRepository": "did_reservations",
    "AsyncDidReservationsRepository": "did_reservations",
    "DidsRepository": "dids",
    "AsyncDidsRepository": "dids",
    "EmergencyCallingServicesRepository": "emergency_calling_services",
    "AsyncEmergencyCallingServicesRepository": "emergency_calling_services",
    "EmergencyRequirementValidationsRepository": "emergency_requirement_validations",
    "AsyncEmergencyRequirementValidationsRepository": "emergency_requirement_validations",
    "EmergencyRequirementsRepository": "emergency_requirements",
    "AsyncEmergencyRequirementsRepository": "emergency_requirements",
    "EmergencyVerificationsRepository": "emergency_verifications",
    "AsyncEmergencyVerificationsRepository": "emergency_verifications",
    "EncryptedFilesRepository": "encrypted_files",
    "AsyncEncryptedFilesRepository": "encrypted_files",
    "ExportsRepository": "exports",
    "AsyncExportsRepository": "exports",
    "IdentitiesRepository": "identities",
    "AsyncIdentitiesRepository": "identities",
    "NanpaPrefixesRepository": "nanpa_prefixes",
    "AsyncNanpaPrefixesRepository": "nanpa_prefixes",
    "OrdersRepository": "orders",
    "AsyncOrdersRepository": "orders",
    "PermanentSupportingDocumentsRepository": "permanent_supporting_documents",
    "AsyncPermanentSupportingDocumentsRepository": "permanent_supporting_documents",
    "PopsRepository": "pops",
    "AsyncPopsRepository": "pops",
    "ProofTypesRepository": "proof_types",
    "AsyncProofTypesRepository": "proof_types",
    "ProofsRepository": "proofs",
    "AsyncProofsRepository": "proofs",
    "PublicKeysRepository": "public_keys",
    "AsyncPublicKeysRepository": "public_keys",
    "RegionsRepository": "regions",
    "AsyncRegionsRepository": "regions",
    "SharedCapacityGroupsRepository": "shared_capacity_groups",
    "AsyncSharedCapacityGroupsRepository": "shared_capacity_groups",
    "SupportingDocumentTemplatesRepository": "supporting_document_templates",
    "AsyncSupportingDocumentTemplatesRepository": "supporting_document_templates",
    "VoiceInTrunkGroupsRepository": "voice_in_trunk_groups",
    "AsyncVoiceInTrunkGroupsRepository": "voice_in_trunk_groups",
    "VoiceInTrunksRepository": "voice_in_trunks",
    "AsyncVoiceInTrunksRepository": "voice_in_trunks",
    "VoiceOutTrunkRegenerateCredentialsRepository": "voice_out_trunk_regenerate_credentials",
    "AsyncVoiceOutTrunkRegenerateCredentialsRepository": "voice_out_trunk_regenerate_credentials",
    "VoiceOutTrunksRepository": "voice_out_trunks",
    "AsyncVoiceOutTrunksRepository": "voice_out_trunks",
}

__all__ = list(_MODULES)


def __getattr__(name: str) -> Any:
    return lazy_attribute(__name__, _MODULES, name)


if TYPE_CHECKING:
    from didww_gen.resources.address_requirement_validations import (
        AddressRequirementValidationsRepository as AddressRequirementValidationsRepository,
    )
    from didww_gen.resources.address_requirement_validations import (
        AsyncAddressRequirementValidationsRepository as AsyncAddressRequirementValidationsRepository,
    )
    from didww_gen.resources.address_requirements import AddressRequirementsRepository as AddressRequirementsRepository
    from didww_gen.resources.address_requirements import (
        AsyncAddressRequirementsRepository as AsyncAddressRequirementsRepository,
    )
    from didww_gen.resources.address_verifications import (
        AddressVerificationsRepository as AddressVerificationsRepository,
    )
    from didww_gen.resources.address_verifications import (
        AsyncAddressVerificationsRepository as AsyncAddressVerificationsRepository,
    )
    from didww_gen.resources.addresses import AddressesRepository as AddressesRepository
    from didww_gen.resources.addresses import AsyncAddressesRepository as AsyncAddressesRepository
    from didww_gen.resources.areas import AreasRepository as AreasRepository
    from didww_gen.resources.areas import AsyncAreasRepository as AsyncAreasRepository
    from didww_gen.resources.available_dids import AsyncAvailableDidsRepository as AsyncAvailableDidsRepository
    from didww_gen.resources.available_dids import AvailableDidsRepository as AvailableDidsRepository
    from didww_gen.resources.balance import AsyncBalanceRepository as AsyncBalanceRepository
    from didww_gen.resources.balance import BalanceRepository as BalanceRepository
    from didww_gen.resources.capacity_pools import AsyncCapacityPoolsRepository as AsyncCapacityPoolsRepository
    from didww_gen.resources.capacity_pools import CapacityPoolsRepository as CapacityPoolsRepository
    from didww_gen.resources.cities import AsyncCitiesRepository as AsyncCitiesRepository
    from didww_gen.resources.cities import CitiesRepository as CitiesRepository
    from didww_gen.resources.countries import AsyncCountriesRepository as AsyncCountriesRepository
    from didww_gen.resources.countries import CountriesRepository as CountriesRepository
    from didww_gen.resources.did_group_types import AsyncDidGroupTypesRepository as AsyncDidGroupTypesRepository
    from didww_gen.resources.did_group_types import DidGroupTypesRepository as DidGroupTypesRepository
    from didww_gen.resources.did_groups import AsyncDidGroupsRepository as AsyncDidGroupsRepository
    from didww_gen.resources.did_groups import DidGroupsRepository as DidGroupsRepository
    from didww_gen.resources.did_history import AsyncDidHistoryRepository as AsyncDidHistoryRepository
    from didww_gen.resources.did_history import DidHistoryRepository as DidHistoryRepository
    from didww_gen.resources.did_reservations import AsyncDidReservationsRepository as AsyncDidReservationsRepository
    from didww_gen.resources.did_reservations import DidReservationsRepository as DidReservationsRepository
    from didww_gen.resources.dids import AsyncDidsRepository as AsyncDidsRepository
    from didww_gen.resources.dids import DidsRepository as DidsRepository
    from didww_gen.resources.emergency_calling_services import (
        AsyncEmergencyCallingServicesRepository as AsyncEmergencyCallingServicesRepository,
    )
    from didww_gen.resources.emergency_calling_services import (
        EmergencyCallingServicesRepository as EmergencyCallingServicesRepository,
    )
    from didww_gen.resources.emergency_requirement_validations import (
        AsyncEmergencyRequirementValidationsRepository as AsyncEmergencyRequirementValidationsRepository,
    )
    from didww_gen.resources.emergency_requirement_validations import (
        EmergencyRequirementValidationsRepository as EmergencyRequirementValidationsRepository,
    )
    from didww_gen.resources.emergency_requirements import (
        AsyncEmergencyRequirementsRepository as AsyncEmergencyRequirementsRepository,
    )
    from didww_gen.resources.emergency_requirements import (
        EmergencyRequirementsRepository as EmergencyRequirementsRepository,
    )
    from didww_gen.resources.emergency_verifications import (
        AsyncEmergencyVerificationsRepository as AsyncEmergencyVerificationsRepository,
    )
    from didww_gen.resources.emergency_verifications import (
        EmergencyVerificationsRepository as EmergencyVerificationsRepository,
    )
    from didww_gen.resources.encrypted_files import AsyncEncryptedFilesRepository as AsyncEncryptedFilesRepository
    from didww_gen.resources.encrypted_files import EncryptedFilesRepository as EncryptedFilesRepository
    from didww_gen.resources.exports import AsyncExportsRepository as AsyncExportsRepository
    from didww_gen.resources.exports import ExportsRepository as ExportsRepository
    from didww_gen.resources.identities import AsyncIdentitiesRepository as AsyncIdentitiesRepository
    from didww_gen.resources.identities import IdentitiesRepository as IdentitiesRepository
    from didww_gen.resources.nanpa_prefixes import AsyncNanpaPrefixesRepository as AsyncNanpaPrefixesRepository
    from didww_gen.resources.nanpa_prefixes import NanpaPrefixesRepository as NanpaPrefixesRepository
    from didww_gen.resources.orders import AsyncOrdersRepository as AsyncOrdersRepository
    from didww_gen.resources.orders import OrdersRepository as OrdersRepository
    from didww_gen.resources.permanent_supporting_documents import (
        AsyncPermanentSupportingDocumentsRepository as AsyncPermanentSupportingDocumentsRepository,
    )
    from didww_gen.resources.permanent_supporting_documents import (
        PermanentSupportingDocumentsRepository as PermanentSupportingDocumentsRepository,
    )
    from didww_gen.resources.pops import AsyncPopsRepository as AsyncPopsRepository
    from didww_gen.resources.pops import PopsRepository as PopsRepository
    from didww_gen.resources.proof_types import AsyncProofTypesRepository as AsyncProofTypesRepository
    from didww_gen.resources.proof_types import ProofTypesRepository as ProofTypesRepository
    from didww_gen.resources.proofs import AsyncProofsRepository as AsyncProofsRepository
    from didww_gen.resources.proofs import ProofsRepository as ProofsRepository
    from didww_gen.resources.public_keys import AsyncPublicKeysRepository as AsyncPublicKeysRepository
    from didww_gen.resources.public_keys import PublicKeysRepository as PublicKeysRepository
    from didww_gen.resources.regions import AsyncRegionsRepository as AsyncRegionsRepository
    from didww_gen.resources.regions import RegionsRepository as RegionsRepository
    from didww_gen.resources.shared_capacity_groups import (
        AsyncSharedCapacityGroupsRepository as AsyncSharedCapacityGroupsRepository,
    )
    from didww_gen.resources.shared_capacity_groups import (
        SharedCapacityGroupsRepository as SharedCapacityGroupsRepository,
    )
    from didww_gen.resources.supporting_document_templates import (
        AsyncSupportingDocumentTemplatesRepository as AsyncSupportingDocumentTemplatesRepository,
    )
    from didww_gen.resources.supporting_document_templates import (
        SupportingDocumentTemplatesRepository as SupportingDocumentTemplatesRepository,
    )
    from didww_gen.resources.voice_in_trunk_groups import (
        AsyncVoiceInTrunkGroupsRepository as AsyncVoiceInTrunkGroupsRepository,
    )
    from didww_gen.resources.voice_in_trunk_groups import VoiceInTrunkGroupsRepository as VoiceInTrunkGroupsRepository
    from didww_gen.resources.voice_in_trunks import AsyncVoiceInTrunksRepository as AsyncVoiceInTrunksRepository
    from didww_gen.resources.voice_in_trunks import VoiceInTrunksRepository as VoiceInTrunksRepository
    from didww_gen.resources.voice_out_trunk_regenerate_credentials import (
        AsyncVoiceOutTrunkRegenerateCredentialsRepository as AsyncVoiceOutTrunkRegenerateCredentialsRepository,
    )
    from didww_gen.resources.voice_out_trunk_regenerate_credentials import (
        VoiceOutTrunkRegenerateCredentialsRepository as VoiceOutTrunkRegenerateCredentialsRepository,
    )
    from didww_gen.resources.voice_out_trunks import AsyncVoiceOutTrunksRepository as AsyncVoiceOutTrunksRepository
    from didww_gen.resources.voice_out_trunks import VoiceOutTrunksRepository as VoiceOutTrunksRepository
