# generated from spec/2026-04-16 by codegen, do not edit
"""Repositories of the DIDWW API 2026-04-16 (one module per collection, imported lazily)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from didww_gen._registry import lazy_attribute

_MODULES = {
    "AddressRequirementValidationsRepository": "address_requirement_validations",
    "AddressRequirementsRepository": "address_requirements",
    "AddressVerificationsRepository": "address_verifications",
    "AddressesRepository": "addresses",
    "AreasRepository": "areas",
    "AvailableDidsRepository": "available_dids",
    "BalanceRepository": "balance",
    "CapacityPoolsRepository": "capacity_pools",
    "CitiesRepository": "cities",
    "CountriesRepository": "countries",
    "DidGroupTypesRepository": "did_group_types",
    "DidGroupsRepository": "did_groups",
    "DidHistoryRepository": "did_history",
    "DidReservationsRepository": "did_reservations",
    "DidsRepository": "dids",
    "EmergencyCallingServicesRepository": "emergency_calling_services",
    "EmergencyRequirementValidationsRepository": "emergency_requirement_validations",
    "EmergencyRequirementsRepository": "emergency_requirements",
    "EmergencyVerificationsRepository": "emergency_verifications",
    "EncryptedFilesRepository": "encrypted_files",
    "ExportsRepository": "exports",
    "IdentitiesRepository": "identities",
    "NanpaPrefixesRepository": "nanpa_prefixes",
    "OrdersRepository": "orders",
    "PermanentSupportingDocumentsRepository": "permanent_supporting_documents",
    "PopsRepository": "pops",
    "ProofTypesRepository": "proof_types",
    "ProofsRepository": "proofs",
    "PublicKeysRepository": "public_keys",
    "RegionsRepository": "regions",
    "SharedCapacityGroupsRepository": "shared_capacity_groups",
    "SupportingDocumentTemplatesRepository": "supporting_document_templates",
    "VoiceInTrunkGroupsRepository": "voice_in_trunk_groups",
    "VoiceInTrunksRepository": "voice_in_trunks",
    "VoiceOutTrunkRegenerateCredentialsRepository": "voice_out_trunk_regenerate_credentials",
    "VoiceOutTrunksRepository": "voice_out_trunks",
}

__all__ = list(_MODULES)


def __getattr__(name: str) -> Any:
    return lazy_attribute(__name__, _MODULES, name)


if TYPE_CHECKING:
    from didww_gen.resources.address_requirement_validations import (
        AddressRequirementValidationsRepository as AddressRequirementValidationsRepository,
    )
    from didww_gen.resources.address_requirements import AddressRequirementsRepository as AddressRequirementsRepository
    from didww_gen.resources.address_verifications import (
        AddressVerificationsRepository as AddressVerificationsRepository,
    )
    from didww_gen.resources.addresses import AddressesRepository as AddressesRepository
    from didww_gen.resources.areas import AreasRepository as AreasRepository
    from didww_gen.resources.available_dids import AvailableDidsRepository as AvailableDidsRepository
    from didww_gen.resources.balance import BalanceRepository as BalanceRepository
    from didww_gen.resources.capacity_pools import CapacityPoolsRepository as CapacityPoolsRepository
    from didww_gen.resources.cities import CitiesRepository as CitiesRepository
    from didww_gen.resources.countries import CountriesRepository as CountriesRepository
    from didww_gen.resources.did_group_types import DidGroupTypesRepository as DidGroupTypesRepository
    from didww_gen.resources.did_groups import DidGroupsRepository as DidGroupsRepository
    from didww_gen.resources.did_history import DidHistoryRepository as DidHistoryRepository
    from didww_gen.resources.did_reservations import DidReservationsRepository as DidReservationsRepository
    from didww_gen.resources.dids import DidsRepository as DidsRepository
    from didww_gen.resources.emergency_calling_services import (
        EmergencyCallingServicesRepository as EmergencyCallingServicesRepository,
    )
    from didww_gen.resources.emergency_requirement_validations import (
        EmergencyRequirementValidationsRepository as EmergencyRequirementValidationsRepository,
    )
    from didww_gen.resources.emergency_requirements import (
        EmergencyRequirementsRepository as EmergencyRequirementsRepository,
    )
    from didww_gen.resources.emergency_verifications import (
        EmergencyVerificationsRepository as EmergencyVerificationsRepository,
    )
    from didww_gen.resources.encrypted_files import EncryptedFilesRepository as EncryptedFilesRepository
    from didww_gen.resources.exports import ExportsRepository as ExportsRepository
    from didww_gen.resources.identities import IdentitiesRepository as IdentitiesRepository
    from didww_gen.resources.nanpa_prefixes import NanpaPrefixesRepository as NanpaPrefixesRepository
    from didww_gen.resources.orders import OrdersRepository as OrdersRepository
    from didww_gen.resources.permanent_supporting_documents import (
        PermanentSupportingDocumentsRepository as PermanentSupportingDocumentsRepository,
    )
    from didww_gen.resources.pops import PopsRepository as PopsRepository
    from didww_gen.resources.proof_types import ProofTypesRepository as ProofTypesRepository
    from didww_gen.resources.proofs import ProofsRepository as ProofsRepository
    from didww_gen.resources.public_keys import PublicKeysRepository as PublicKeysRepository
    from didww_gen.resources.regions import RegionsRepository as RegionsRepository
    from didww_gen.resources.shared_capacity_groups import (
        SharedCapacityGroupsRepository as SharedCapacityGroupsRepository,
    )
    from didww_gen.resources.supporting_document_templates import (
        SupportingDocumentTemplatesRepository as SupportingDocumentTemplatesRepository,
    )
    from didww_gen.resources.voice_in_trunk_groups import VoiceInTrunkGroupsRepository as VoiceInTrunkGroupsRepository
    from didww_gen.resources.voice_in_trunks import VoiceInTrunksRepository as VoiceInTrunksRepository
    from didww_gen.resources.voice_out_trunk_regenerate_credentials import (
        VoiceOutTrunkRegenerateCredentialsRepository as VoiceOutTrunkRegenerateCredentialsRepository,
    )
    from didww_gen.resources.voice_out_trunks import VoiceOutTrunksRepository as VoiceOutTrunksRepository
