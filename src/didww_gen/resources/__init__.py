# generated from spec/versions.yaml by codegen, do not edit
"""Repositories of the DIDWW API, one per collection.

The very objects of ``didww_gen.v2026_04_16.resources`` (the latest API version, 2026-04-16), loaded on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "AddressRequirementValidationsRepository",
    "AddressRequirementsFilter",
    "AddressRequirementsInclude",
    "AddressRequirementsRepository",
    "AddressRequirementsSort",
    "AddressVerificationsFilter",
    "AddressVerificationsInclude",
    "AddressVerificationsRepository",
    "AddressVerificationsSort",
    "AddressesFilter",
    "AddressesInclude",
    "AddressesRepository",
    "AddressesSort",
    "AreasFilter",
    "AreasInclude",
    "AreasRepository",
    "AreasSort",
    "AsyncAddressRequirementValidationsRepository",
    "AsyncAddressRequirementsRepository",
    "AsyncAddressVerificationsRepository",
    "AsyncAddressesRepository",
    "AsyncAreasRepository",
    "AsyncAvailableDidsRepository",
    "AsyncBalanceRepository",
    "AsyncCapacityPoolsRepository",
    "AsyncCitiesRepository",
    "AsyncCountriesRepository",
    "AsyncDidGroupTypesRepository",
    "AsyncDidGroupsRepository",
    "AsyncDidHistoryRepository",
    "AsyncDidReservationsRepository",
    "AsyncDidsRepository",
    "AsyncEmergencyCallingServicesRepository",
    "AsyncEmergencyRequirementValidationsRepository",
    "AsyncEmergencyRequirementsRepository",
    "AsyncEmergencyVerificationsRepository",
    "AsyncEncryptedFilesRepository",
    "AsyncExportsRepository",
    "AsyncIdentitiesRepository",
    "AsyncNanpaPrefixesRepository",
    "AsyncOrdersRepository",
    "AsyncPermanentSupportingDocumentsRepository",
    "AsyncPopsRepository",
    "AsyncProofTypesRepository",
    "AsyncProofsRepository",
    "AsyncPublicKeysRepository",
    "AsyncRegionsRepository",
    "AsyncSharedCapacityGroupsRepository",
    "AsyncSupportingDocumentTemplatesRepository",
    "AsyncVoiceInTrunkGroupsRepository",
    "AsyncVoiceInTrunksRepository",
    "AsyncVoiceOutTrunkRegenerateCredentialsRepository",
    "AsyncVoiceOutTrunksRepository",
    "AvailableDidsFilter",
    "AvailableDidsInclude",
    "AvailableDidsRepository",
    "AvailableDidsSort",
    "BalanceRepository",
    "CapacityPoolsFilter",
    "CapacityPoolsInclude",
    "CapacityPoolsRepository",
    "CapacityPoolsSort",
    "CitiesFilter",
    "CitiesInclude",
    "CitiesRepository",
    "CitiesSort",
    "CountriesFilter",
    "CountriesInclude",
    "CountriesRepository",
    "CountriesSort",
    "DidGroupTypesFilter",
    "DidGroupTypesRepository",
    "DidGroupTypesSort",
    "DidGroupsFilter",
    "DidGroupsInclude",
    "DidGroupsRepository",
    "DidGroupsSort",
    "DidHistoryFilter",
    "DidHistoryRepository",
    "DidHistorySort",
    "DidReservationsFilter",
    "DidReservationsInclude",
    "DidReservationsRepository",
    "DidReservationsSort",
    "DidsFilter",
    "DidsInclude",
    "DidsRepository",
    "DidsSort",
    "EmergencyCallingServicesFilter",
    "EmergencyCallingServicesInclude",
    "EmergencyCallingServicesRepository",
    "EmergencyCallingServicesSort",
    "EmergencyRequirementValidationsRepository",
    "EmergencyRequirementsFilter",
    "EmergencyRequirementsInclude",
    "EmergencyRequirementsRepository",
    "EmergencyRequirementsSort",
    "EmergencyVerificationsFilter",
    "EmergencyVerificationsInclude",
    "EmergencyVerificationsRepository",
    "EmergencyVerificationsSort",
    "EncryptedFilesFilter",
    "EncryptedFilesRepository",
    "EncryptedFilesSort",
    "ExportsFilter",
    "ExportsRepository",
    "ExportsSort",
    "IdentitiesFilter",
    "IdentitiesInclude",
    "IdentitiesRepository",
    "IdentitiesSort",
    "NanpaPrefixesFilter",
    "NanpaPrefixesInclude",
    "NanpaPrefixesRepository",
    "NanpaPrefixesSort",
    "OrdersFilter",
    "OrdersRepository",
    "OrdersSort",
    "PermanentSupportingDocumentsFilter",
    "PermanentSupportingDocumentsInclude",
    "PermanentSupportingDocumentsRepository",
    "PermanentSupportingDocumentsSort",
    "PopsFilter",
    "PopsRepository",
    "PopsSort",
    "ProofTypesFilter",
    "ProofTypesRepository",
    "ProofTypesSort",
    "ProofsFilter",
    "ProofsInclude",
    "ProofsRepository",
    "ProofsSort",
    "PublicKeysFilter",
    "PublicKeysRepository",
    "PublicKeysSort",
    "RegionsFilter",
    "RegionsInclude",
    "RegionsRepository",
    "RegionsSort",
    "SharedCapacityGroupsFilter",
    "SharedCapacityGroupsInclude",
    "SharedCapacityGroupsRepository",
    "SharedCapacityGroupsSort",
    "SupportingDocumentTemplatesFilter",
    "SupportingDocumentTemplatesRepository",
    "SupportingDocumentTemplatesSort",
    "VoiceInTrunkGroupsFilter",
    "VoiceInTrunkGroupsInclude",
    "VoiceInTrunkGroupsRepository",
    "VoiceInTrunkGroupsSort",
    "VoiceInTrunksFilter",
    "VoiceInTrunksInclude",
    "VoiceInTrunksRepository",
    "VoiceInTrunksSort",
    "VoiceOutTrunkRegenerateCredentialsRepository",
    "VoiceOutTrunksFilter",
    "VoiceOutTrunksInclude",
    "VoiceOutTrunksRepository",
    "VoiceOutTrunksSort",
]

if not TYPE_CHECKING:  # hidden from type checkers: importing a name the package lacks is an error

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module("didww_gen.v2026_04_16.resources"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from didww_gen.v2026_04_16.resources import AddressesFilter as AddressesFilter
    from didww_gen.v2026_04_16.resources import AddressesInclude as AddressesInclude
    from didww_gen.v2026_04_16.resources import AddressesRepository as AddressesRepository
    from didww_gen.v2026_04_16.resources import AddressesSort as AddressesSort
    from didww_gen.v2026_04_16.resources import AddressRequirementsFilter as AddressRequirementsFilter
    from didww_gen.v2026_04_16.resources import AddressRequirementsInclude as AddressRequirementsInclude
    from didww_gen.v2026_04_16.resources import AddressRequirementsRepository as AddressRequirementsRepository
    from didww_gen.v2026_04_16.resources import AddressRequirementsSort as AddressRequirementsSort
    from didww_gen.v2026_04_16.resources import (
        AddressRequirementValidationsRepository as AddressRequirementValidationsRepository,
    )
    from didww_gen.v2026_04_16.resources import AddressVerificationsFilter as AddressVerificationsFilter
    from didww_gen.v2026_04_16.resources import AddressVerificationsInclude as AddressVerificationsInclude
    from didww_gen.v2026_04_16.resources import AddressVerificationsRepository as AddressVerificationsRepository
    from didww_gen.v2026_04_16.resources import AddressVerificationsSort as AddressVerificationsSort
    from didww_gen.v2026_04_16.resources import AreasFilter as AreasFilter
    from didww_gen.v2026_04_16.resources import AreasInclude as AreasInclude
    from didww_gen.v2026_04_16.resources import AreasRepository as AreasRepository
    from didww_gen.v2026_04_16.resources import AreasSort as AreasSort
    from didww_gen.v2026_04_16.resources import AsyncAddressesRepository as AsyncAddressesRepository
    from didww_gen.v2026_04_16.resources import AsyncAddressRequirementsRepository as AsyncAddressRequirementsRepository
    from didww_gen.v2026_04_16.resources import (
        AsyncAddressRequirementValidationsRepository as AsyncAddressRequirementValidationsRepository,
    )
    from didww_gen.v2026_04_16.resources import (
        AsyncAddressVerificationsRepository as AsyncAddressVerificationsRepository,
    )
    from didww_gen.v2026_04_16.resources import AsyncAreasRepository as AsyncAreasRepository
    from didww_gen.v2026_04_16.resources import AsyncAvailableDidsRepository as AsyncAvailableDidsRepository
    from didww_gen.v2026_04_16.resources import AsyncBalanceRepository as AsyncBalanceRepository
    from didww_gen.v2026_04_16.resources import AsyncCapacityPoolsRepository as AsyncCapacityPoolsRepository
    from didww_gen.v2026_04_16.resources import AsyncCitiesRepository as AsyncCitiesRepository
    from didww_gen.v2026_04_16.resources import AsyncCountriesRepository as AsyncCountriesRepository
    from didww_gen.v2026_04_16.resources import AsyncDidGroupsRepository as AsyncDidGroupsRepository
    from didww_gen.v2026_04_16.resources import AsyncDidGroupTypesRepository as AsyncDidGroupTypesRepository
    from didww_gen.v2026_04_16.resources import AsyncDidHistoryRepository as AsyncDidHistoryRepository
    from didww_gen.v2026_04_16.resources import AsyncDidReservationsRepository as AsyncDidReservationsRepository
    from didww_gen.v2026_04_16.resources import AsyncDidsRepository as AsyncDidsRepository
    from didww_gen.v2026_04_16.resources import (
        AsyncEmergencyCallingServicesRepository as AsyncEmergencyCallingServicesRepository,
    )
    from didww_gen.v2026_04_16.resources import (
        AsyncEmergencyRequirementsRepository as AsyncEmergencyRequirementsRepository,
    )
    from didww_gen.v2026_04_16.resources import (
        AsyncEmergencyRequirementValidationsRepository as AsyncEmergencyRequirementValidationsRepository,
    )
    from didww_gen.v2026_04_16.resources import (
        AsyncEmergencyVerificationsRepository as AsyncEmergencyVerificationsRepository,
    )
    from didww_gen.v2026_04_16.resources import AsyncEncryptedFilesRepository as AsyncEncryptedFilesRepository
    from didww_gen.v2026_04_16.resources import AsyncExportsRepository as AsyncExportsRepository
    from didww_gen.v2026_04_16.resources import AsyncIdentitiesRepository as AsyncIdentitiesRepository
    from didww_gen.v2026_04_16.resources import AsyncNanpaPrefixesRepository as AsyncNanpaPrefixesRepository
    from didww_gen.v2026_04_16.resources import AsyncOrdersRepository as AsyncOrdersRepository
    from didww_gen.v2026_04_16.resources import (
        AsyncPermanentSupportingDocumentsRepository as AsyncPermanentSupportingDocumentsRepository,
    )
    from didww_gen.v2026_04_16.resources import AsyncPopsRepository as AsyncPopsRepository
    from didww_gen.v2026_04_16.resources import AsyncProofsRepository as AsyncProofsRepository
    from didww_gen.v2026_04_16.resources import AsyncProofTypesRepository as AsyncProofTypesRepository
    from didww_gen.v2026_04_16.resources import AsyncPublicKeysRepository as AsyncPublicKeysRepository
    from didww_gen.v2026_04_16.resources import AsyncRegionsRepository as AsyncRegionsRepository
    from didww_gen.v2026_04_16.resources import (
        AsyncSharedCapacityGroupsRepository as AsyncSharedCapacityGroupsRepository,
    )
    from didww_gen.v2026_04_16.resources import (
        AsyncSupportingDocumentTemplatesRepository as AsyncSupportingDocumentTemplatesRepository,
    )
    from didww_gen.v2026_04_16.resources import AsyncVoiceInTrunkGroupsRepository as AsyncVoiceInTrunkGroupsRepository
    from didww_gen.v2026_04_16.resources import AsyncVoiceInTrunksRepository as AsyncVoiceInTrunksRepository
    from didww_gen.v2026_04_16.resources import (
        AsyncVoiceOutTrunkRegenerateCredentialsRepository as AsyncVoiceOutTrunkRegenerateCredentialsRepository,
    )
    from didww_gen.v2026_04_16.resources import AsyncVoiceOutTrunksRepository as AsyncVoiceOutTrunksRepository
    from didww_gen.v2026_04_16.resources import AvailableDidsFilter as AvailableDidsFilter
    from didww_gen.v2026_04_16.resources import AvailableDidsInclude as AvailableDidsInclude
    from didww_gen.v2026_04_16.resources import AvailableDidsRepository as AvailableDidsRepository
    from didww_gen.v2026_04_16.resources import AvailableDidsSort as AvailableDidsSort
    from didww_gen.v2026_04_16.resources import BalanceRepository as BalanceRepository
    from didww_gen.v2026_04_16.resources import CapacityPoolsFilter as CapacityPoolsFilter
    from didww_gen.v2026_04_16.resources import CapacityPoolsInclude as CapacityPoolsInclude
    from didww_gen.v2026_04_16.resources import CapacityPoolsRepository as CapacityPoolsRepository
    from didww_gen.v2026_04_16.resources import CapacityPoolsSort as CapacityPoolsSort
    from didww_gen.v2026_04_16.resources import CitiesFilter as CitiesFilter
    from didww_gen.v2026_04_16.resources import CitiesInclude as CitiesInclude
    from didww_gen.v2026_04_16.resources import CitiesRepository as CitiesRepository
    from didww_gen.v2026_04_16.resources import CitiesSort as CitiesSort
    from didww_gen.v2026_04_16.resources import CountriesFilter as CountriesFilter
    from didww_gen.v2026_04_16.resources import CountriesInclude as CountriesInclude
    from didww_gen.v2026_04_16.resources import CountriesRepository as CountriesRepository
    from didww_gen.v2026_04_16.resources import CountriesSort as CountriesSort
    from didww_gen.v2026_04_16.resources import DidGroupsFilter as DidGroupsFilter
    from didww_gen.v2026_04_16.resources import DidGroupsInclude as DidGroupsInclude
    from didww_gen.v2026_04_16.resources import DidGroupsRepository as DidGroupsRepository
    from didww_gen.v2026_04_16.resources import DidGroupsSort as DidGroupsSort
    from didww_gen.v2026_04_16.resources import DidGroupTypesFilter as DidGroupTypesFilter
    from didww_gen.v2026_04_16.resources import DidGroupTypesRepository as DidGroupTypesRepository
    from didww_gen.v2026_04_16.resources import DidGroupTypesSort as DidGroupTypesSort
    from didww_gen.v2026_04_16.resources import DidHistoryFilter as DidHistoryFilter
    from didww_gen.v2026_04_16.resources import DidHistoryRepository as DidHistoryRepository
    from didww_gen.v2026_04_16.resources import DidHistorySort as DidHistorySort
    from didww_gen.v2026_04_16.resources import DidReservationsFilter as DidReservationsFilter
    from didww_gen.v2026_04_16.resources import DidReservationsInclude as DidReservationsInclude
    from didww_gen.v2026_04_16.resources import DidReservationsRepository as DidReservationsRepository
    from didww_gen.v2026_04_16.resources import DidReservationsSort as DidReservationsSort
    from didww_gen.v2026_04_16.resources import DidsFilter as DidsFilter
    from didww_gen.v2026_04_16.resources import DidsInclude as DidsInclude
    from didww_gen.v2026_04_16.resources import DidsRepository as DidsRepository
    from didww_gen.v2026_04_16.resources import DidsSort as DidsSort
    from didww_gen.v2026_04_16.resources import EmergencyCallingServicesFilter as EmergencyCallingServicesFilter
    from didww_gen.v2026_04_16.resources import EmergencyCallingServicesInclude as EmergencyCallingServicesInclude
    from didww_gen.v2026_04_16.resources import EmergencyCallingServicesRepository as EmergencyCallingServicesRepository
    from didww_gen.v2026_04_16.resources import EmergencyCallingServicesSort as EmergencyCallingServicesSort
    from didww_gen.v2026_04_16.resources import EmergencyRequirementsFilter as EmergencyRequirementsFilter
    from didww_gen.v2026_04_16.resources import EmergencyRequirementsInclude as EmergencyRequirementsInclude
    from didww_gen.v2026_04_16.resources import EmergencyRequirementsRepository as EmergencyRequirementsRepository
    from didww_gen.v2026_04_16.resources import EmergencyRequirementsSort as EmergencyRequirementsSort
    from didww_gen.v2026_04_16.resources import (
        EmergencyRequirementValidationsRepository as EmergencyRequirementValidationsRepository,
    )
    from didww_gen.v2026_04_16.resources import EmergencyVerificationsFilter as EmergencyVerificationsFilter
    from didww_gen.v2026_04_16.resources import EmergencyVerificationsInclude as EmergencyVerificationsInclude
    from didww_gen.v2026_04_16.resources import EmergencyVerificationsRepository as EmergencyVerificationsRepository
    from didww_gen.v2026_04_16.resources import EmergencyVerificationsSort as EmergencyVerificationsSort
    from didww_gen.v2026_04_16.resources import EncryptedFilesFilter as EncryptedFilesFilter
    from didww_gen.v2026_04_16.resources import EncryptedFilesRepository as EncryptedFilesRepository
    from didww_gen.v2026_04_16.resources import EncryptedFilesSort as EncryptedFilesSort
    from didww_gen.v2026_04_16.resources import ExportsFilter as ExportsFilter
    from didww_gen.v2026_04_16.resources import ExportsRepository as ExportsRepository
    from didww_gen.v2026_04_16.resources import ExportsSort as ExportsSort
    from didww_gen.v2026_04_16.resources import IdentitiesFilter as IdentitiesFilter
    from didww_gen.v2026_04_16.resources import IdentitiesInclude as IdentitiesInclude
    from didww_gen.v2026_04_16.resources import IdentitiesRepository as IdentitiesRepository
    from didww_gen.v2026_04_16.resources import IdentitiesSort as IdentitiesSort
    from didww_gen.v2026_04_16.resources import NanpaPrefixesFilter as NanpaPrefixesFilter
    from didww_gen.v2026_04_16.resources import NanpaPrefixesInclude as NanpaPrefixesInclude
    from didww_gen.v2026_04_16.resources import NanpaPrefixesRepository as NanpaPrefixesRepository
    from didww_gen.v2026_04_16.resources import NanpaPrefixesSort as NanpaPrefixesSort
    from didww_gen.v2026_04_16.resources import OrdersFilter as OrdersFilter
    from didww_gen.v2026_04_16.resources import OrdersRepository as OrdersRepository
    from didww_gen.v2026_04_16.resources import OrdersSort as OrdersSort
    from didww_gen.v2026_04_16.resources import PermanentSupportingDocumentsFilter as PermanentSupportingDocumentsFilter
    from didww_gen.v2026_04_16.resources import (
        PermanentSupportingDocumentsInclude as PermanentSupportingDocumentsInclude,
    )
    from didww_gen.v2026_04_16.resources import (
        PermanentSupportingDocumentsRepository as PermanentSupportingDocumentsRepository,
    )
    from didww_gen.v2026_04_16.resources import PermanentSupportingDocumentsSort as PermanentSupportingDocumentsSort
    from didww_gen.v2026_04_16.resources import PopsFilter as PopsFilter
    from didww_gen.v2026_04_16.resources import PopsRepository as PopsRepository
    from didww_gen.v2026_04_16.resources import PopsSort as PopsSort
    from didww_gen.v2026_04_16.resources import ProofsFilter as ProofsFilter
    from didww_gen.v2026_04_16.resources import ProofsInclude as ProofsInclude
    from didww_gen.v2026_04_16.resources import ProofsRepository as ProofsRepository
    from didww_gen.v2026_04_16.resources import ProofsSort as ProofsSort
    from didww_gen.v2026_04_16.resources import ProofTypesFilter as ProofTypesFilter
    from didww_gen.v2026_04_16.resources import ProofTypesRepository as ProofTypesRepository
    from didww_gen.v2026_04_16.resources import ProofTypesSort as ProofTypesSort
    from didww_gen.v2026_04_16.resources import PublicKeysFilter as PublicKeysFilter
    from didww_gen.v2026_04_16.resources import PublicKeysRepository as PublicKeysRepository
    from didww_gen.v2026_04_16.resources import PublicKeysSort as PublicKeysSort
    from didww_gen.v2026_04_16.resources import RegionsFilter as RegionsFilter
    from didww_gen.v2026_04_16.resources import RegionsInclude as RegionsInclude
    from didww_gen.v2026_04_16.resources import RegionsRepository as RegionsRepository
    from didww_gen.v2026_04_16.resources import RegionsSort as RegionsSort
    from didww_gen.v2026_04_16.resources import SharedCapacityGroupsFilter as SharedCapacityGroupsFilter
    from didww_gen.v2026_04_16.resources import SharedCapacityGroupsInclude as SharedCapacityGroupsInclude
    from didww_gen.v2026_04_16.resources import SharedCapacityGroupsRepository as SharedCapacityGroupsRepository
    from didww_gen.v2026_04_16.resources import SharedCapacityGroupsSort as SharedCapacityGroupsSort
    from didww_gen.v2026_04_16.resources import SupportingDocumentTemplatesFilter as SupportingDocumentTemplatesFilter
    from didww_gen.v2026_04_16.resources import (
        SupportingDocumentTemplatesRepository as SupportingDocumentTemplatesRepository,
    )
    from didww_gen.v2026_04_16.resources import SupportingDocumentTemplatesSort as SupportingDocumentTemplatesSort
    from didww_gen.v2026_04_16.resources import VoiceInTrunkGroupsFilter as VoiceInTrunkGroupsFilter
    from didww_gen.v2026_04_16.resources import VoiceInTrunkGroupsInclude as VoiceInTrunkGroupsInclude
    from didww_gen.v2026_04_16.resources import VoiceInTrunkGroupsRepository as VoiceInTrunkGroupsRepository
    from didww_gen.v2026_04_16.resources import VoiceInTrunkGroupsSort as VoiceInTrunkGroupsSort
    from didww_gen.v2026_04_16.resources import VoiceInTrunksFilter as VoiceInTrunksFilter
    from didww_gen.v2026_04_16.resources import VoiceInTrunksInclude as VoiceInTrunksInclude
    from didww_gen.v2026_04_16.resources import VoiceInTrunksRepository as VoiceInTrunksRepository
    from didww_gen.v2026_04_16.resources import VoiceInTrunksSort as VoiceInTrunksSort
    from didww_gen.v2026_04_16.resources import (
        VoiceOutTrunkRegenerateCredentialsRepository as VoiceOutTrunkRegenerateCredentialsRepository,
    )
    from didww_gen.v2026_04_16.resources import VoiceOutTrunksFilter as VoiceOutTrunksFilter
    from didww_gen.v2026_04_16.resources import VoiceOutTrunksInclude as VoiceOutTrunksInclude
    from didww_gen.v2026_04_16.resources import VoiceOutTrunksRepository as VoiceOutTrunksRepository
    from didww_gen.v2026_04_16.resources import VoiceOutTrunksSort as VoiceOutTrunksSort
