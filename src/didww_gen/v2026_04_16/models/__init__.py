# generated from spec/2026-04-16 by codegen, do not edit
"""Models of the DIDWW API 2026-04-16, imported lazily on first use.

``MODELS`` maps every JSON:API type to its class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from didww_gen._registry import ModelRegistry, lazy_attribute

_MODULES = {
    "Address": "address",
    "AddressRequirement": "address_requirement",
    "AddressRequirementValidation": "address_requirement_validation",
    "AddressVerification": "address_verification",
    "Area": "area",
    "AvailableDid": "available_did",
    "AvailableDidDocumentMeta": "available_did",
    "AvailableDidOrderItem": "nested",
    "Balance": "balance",
    "CapacityOrderItem": "nested",
    "CapacityPool": "capacity_pool",
    "City": "city",
    "Country": "country",
    "CredentialsAndIpAuthenticationMethod": "nested",
    "Did": "did",
    "DidGroup": "did_group",
    "DidGroupMeta": "did_group",
    "DidGroupType": "did_group_type",
    "DidHistory": "did_history",
    "DidHistoryMeta": "did_history",
    "DidOrderItem": "nested",
    "DidReservation": "did_reservation",
    "DidReservationDocumentMeta": "did_reservation",
    "EmergencyCallingService": "emergency_calling_service",
    "EmergencyCallingServiceMeta": "emergency_calling_service",
    "EmergencyOrderItem": "nested",
    "EmergencyRequirement": "emergency_requirement",
    "EmergencyRequirementMeta": "emergency_requirement",
    "EmergencyRequirementValidation": "emergency_requirement_validation",
    "EmergencyVerification": "emergency_verification",
    "EncryptedFile": "encrypted_file",
    "Export": "export",
    "ExportFilters": "nested",
    "GenericOrderItem": "nested",
    "Identity": "identity",
    "IpOnlyAuthenticationMethod": "nested",
    "NanpaPrefix": "nanpa_prefix",
    "Order": "order",
    "OrderItem": "nested",
    "PermanentSupportingDocument": "permanent_supporting_document",
    "Pop": "pop",
    "Proof": "proof",
    "ProofType": "proof_type",
    "PstnConfiguration": "nested",
    "PublicKey": "public_key",
    "QtyBasedPricing": "qty_based_pricing",
    "Region": "region",
    "ReservationDidOrderItem": "nested",
    "SharedCapacityGroup": "shared_capacity_group",
    "SipConfiguration": "nested",
    "StockKeepingUnit": "stock_keeping_unit",
    "SupportingDocumentTemplate": "supporting_document_template",
    "TwilioAuthenticationMethod": "nested",
    "UnknownNestedObject": "nested",
    "VoiceInTrunk": "voice_in_trunk",
    "VoiceInTrunkConfiguration": "nested",
    "VoiceInTrunkGroup": "voice_in_trunk_group",
    "VoiceInTrunkGroupMeta": "voice_in_trunk_group",
    "VoiceOutTrunk": "voice_out_trunk",
    "VoiceOutTrunkAuthenticationMethod": "nested",
    "VoiceOutTrunkMeta": "voice_out_trunk",
    "VoiceOutTrunkRegenerateCredential": "voice_out_trunk_regenerate_credential",
}

MODELS = ModelRegistry(
    __name__,
    {
        "address_requirement_validations": "AddressRequirementValidation",
        "address_requirements": "AddressRequirement",
        "address_verifications": "AddressVerification",
        "addresses": "Address",
        "areas": "Area",
        "available_dids": "AvailableDid",
        "balances": "Balance",
        "capacity_pools": "CapacityPool",
        "cities": "City",
        "countries": "Country",
        "did_group_types": "DidGroupType",
        "did_groups": "DidGroup",
        "did_history": "DidHistory",
        "did_reservations": "DidReservation",
        "dids": "Did",
        "emergency_calling_services": "EmergencyCallingService",
        "emergency_requirement_validations": "EmergencyRequirementValidation",
        "emergency_requirements": "EmergencyRequirement",
        "emergency_verifications": "EmergencyVerification",
        "encrypted_files": "EncryptedFile",
        "exports": "Export",
        "identities": "Identity",
        "nanpa_prefixes": "NanpaPrefix",
        "orders": "Order",
        "permanent_supporting_documents": "PermanentSupportingDocument",
        "pops": "Pop",
        "proof_types": "ProofType",
        "proofs": "Proof",
        "public_keys": "PublicKey",
        "qty_based_pricings": "QtyBasedPricing",
        "regions": "Region",
        "shared_capacity_groups": "SharedCapacityGroup",
        "stock_keeping_units": "StockKeepingUnit",
        "supporting_document_templates": "SupportingDocumentTemplate",
        "voice_in_trunk_groups": "VoiceInTrunkGroup",
        "voice_in_trunks": "VoiceInTrunk",
        "voice_out_trunk_regenerate_credentials": "VoiceOutTrunkRegenerateCredential",
        "voice_out_trunks": "VoiceOutTrunk",
    },
    _MODULES,
)
"""Every JSON:API type of the API to its model class."""

__all__ = [
    "MODELS",
    "Address",
    "AddressRequirement",
    "AddressRequirementValidation",
    "AddressVerification",
    "Area",
    "AvailableDid",
    "AvailableDidDocumentMeta",
    "AvailableDidOrderItem",
    "Balance",
    "CapacityOrderItem",
    "CapacityPool",
    "City",
    "Country",
    "CredentialsAndIpAuthenticationMethod",
    "Did",
    "DidGroup",
    "DidGroupMeta",
    "DidGroupType",
    "DidHistory",
    "DidHistoryMeta",
    "DidOrderItem",
    "DidReservation",
    "DidReservationDocumentMeta",
    "EmergencyCallingService",
    "EmergencyCallingServiceMeta",
    "EmergencyOrderItem",
    "EmergencyRequirement",
    "EmergencyRequirementMeta",
    "EmergencyRequirementValidation",
    "EmergencyVerification",
    "EncryptedFile",
    "Export",
    "ExportFilters",
    "GenericOrderItem",
    "Identity",
    "IpOnlyAuthenticationMethod",
    "NanpaPrefix",
    "Order",
    "OrderItem",
    "PermanentSupportingDocument",
    "Pop",
    "Proof",
    "ProofType",
    "PstnConfiguration",
    "PublicKey",
    "QtyBasedPricing",
    "Region",
    "ReservationDidOrderItem",
    "SharedCapacityGroup",
    "SipConfiguration",
    "StockKeepingUnit",
    "SupportingDocumentTemplate",
    "TwilioAuthenticationMethod",
    "UnknownNestedObject",
    "VoiceInTrunk",
    "VoiceInTrunkConfiguration",
    "VoiceInTrunkGroup",
    "VoiceInTrunkGroupMeta",
    "VoiceOutTrunk",
    "VoiceOutTrunkAuthenticationMethod",
    "VoiceOutTrunkMeta",
    "VoiceOutTrunkRegenerateCredential",
]


if not TYPE_CHECKING:  # hidden from type checkers: importing a name the package lacks is an error

    def __getattr__(name: str) -> Any:
        return lazy_attribute(__name__, _MODULES, name)


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from didww_gen.v2026_04_16.models.address import Address as Address
    from didww_gen.v2026_04_16.models.address_requirement import AddressRequirement as AddressRequirement
    from didww_gen.v2026_04_16.models.address_requirement_validation import (
        AddressRequirementValidation as AddressRequirementValidation,
    )
    from didww_gen.v2026_04_16.models.address_verification import AddressVerification as AddressVerification
    from didww_gen.v2026_04_16.models.area import Area as Area
    from didww_gen.v2026_04_16.models.available_did import AvailableDid as AvailableDid
    from didww_gen.v2026_04_16.models.available_did import AvailableDidDocumentMeta as AvailableDidDocumentMeta
    from didww_gen.v2026_04_16.models.balance import Balance as Balance
    from didww_gen.v2026_04_16.models.capacity_pool import CapacityPool as CapacityPool
    from didww_gen.v2026_04_16.models.city import City as City
    from didww_gen.v2026_04_16.models.country import Country as Country
    from didww_gen.v2026_04_16.models.did import Did as Did
    from didww_gen.v2026_04_16.models.did_group import DidGroup as DidGroup
    from didww_gen.v2026_04_16.models.did_group import DidGroupMeta as DidGroupMeta
    from didww_gen.v2026_04_16.models.did_group_type import DidGroupType as DidGroupType
    from didww_gen.v2026_04_16.models.did_history import DidHistory as DidHistory
    from didww_gen.v2026_04_16.models.did_history import DidHistoryMeta as DidHistoryMeta
    from didww_gen.v2026_04_16.models.did_reservation import DidReservation as DidReservation
    from didww_gen.v2026_04_16.models.did_reservation import DidReservationDocumentMeta as DidReservationDocumentMeta
    from didww_gen.v2026_04_16.models.emergency_calling_service import (
        EmergencyCallingService as EmergencyCallingService,
    )
    from didww_gen.v2026_04_16.models.emergency_calling_service import (
        EmergencyCallingServiceMeta as EmergencyCallingServiceMeta,
    )
    from didww_gen.v2026_04_16.models.emergency_requirement import EmergencyRequirement as EmergencyRequirement
    from didww_gen.v2026_04_16.models.emergency_requirement import EmergencyRequirementMeta as EmergencyRequirementMeta
    from didww_gen.v2026_04_16.models.emergency_requirement_validation import (
        EmergencyRequirementValidation as EmergencyRequirementValidation,
    )
    from didww_gen.v2026_04_16.models.emergency_verification import EmergencyVerification as EmergencyVerification
    from didww_gen.v2026_04_16.models.encrypted_file import EncryptedFile as EncryptedFile
    from didww_gen.v2026_04_16.models.export import Export as Export
    from didww_gen.v2026_04_16.models.identity import Identity as Identity
    from didww_gen.v2026_04_16.models.nanpa_prefix import NanpaPrefix as NanpaPrefix
    from didww_gen.v2026_04_16.models.nested import AvailableDidOrderItem as AvailableDidOrderItem
    from didww_gen.v2026_04_16.models.nested import CapacityOrderItem as CapacityOrderItem
    from didww_gen.v2026_04_16.models.nested import (
        CredentialsAndIpAuthenticationMethod as CredentialsAndIpAuthenticationMethod,
    )
    from didww_gen.v2026_04_16.models.nested import DidOrderItem as DidOrderItem
    from didww_gen.v2026_04_16.models.nested import EmergencyOrderItem as EmergencyOrderItem
    from didww_gen.v2026_04_16.models.nested import ExportFilters as ExportFilters
    from didww_gen.v2026_04_16.models.nested import GenericOrderItem as GenericOrderItem
    from didww_gen.v2026_04_16.models.nested import IpOnlyAuthenticationMethod as IpOnlyAuthenticationMethod
    from didww_gen.v2026_04_16.models.nested import OrderItem as OrderItem
    from didww_gen.v2026_04_16.models.nested import PstnConfiguration as PstnConfiguration
    from didww_gen.v2026_04_16.models.nested import ReservationDidOrderItem as ReservationDidOrderItem
    from didww_gen.v2026_04_16.models.nested import SipConfiguration as SipConfiguration
    from didww_gen.v2026_04_16.models.nested import TwilioAuthenticationMethod as TwilioAuthenticationMethod
    from didww_gen.v2026_04_16.models.nested import UnknownNestedObject as UnknownNestedObject
    from didww_gen.v2026_04_16.models.nested import VoiceInTrunkConfiguration as VoiceInTrunkConfiguration
    from didww_gen.v2026_04_16.models.nested import (
        VoiceOutTrunkAuthenticationMethod as VoiceOutTrunkAuthenticationMethod,
    )
    from didww_gen.v2026_04_16.models.order import Order as Order
    from didww_gen.v2026_04_16.models.permanent_supporting_document import (
        PermanentSupportingDocument as PermanentSupportingDocument,
    )
    from didww_gen.v2026_04_16.models.pop import Pop as Pop
    from didww_gen.v2026_04_16.models.proof import Proof as Proof
    from didww_gen.v2026_04_16.models.proof_type import ProofType as ProofType
    from didww_gen.v2026_04_16.models.public_key import PublicKey as PublicKey
    from didww_gen.v2026_04_16.models.qty_based_pricing import QtyBasedPricing as QtyBasedPricing
    from didww_gen.v2026_04_16.models.region import Region as Region
    from didww_gen.v2026_04_16.models.shared_capacity_group import SharedCapacityGroup as SharedCapacityGroup
    from didww_gen.v2026_04_16.models.stock_keeping_unit import StockKeepingUnit as StockKeepingUnit
    from didww_gen.v2026_04_16.models.supporting_document_template import (
        SupportingDocumentTemplate as SupportingDocumentTemplate,
    )
    from didww_gen.v2026_04_16.models.voice_in_trunk import VoiceInTrunk as VoiceInTrunk
    from didww_gen.v2026_04_16.models.voice_in_trunk_group import VoiceInTrunkGroup as VoiceInTrunkGroup
    from didww_gen.v2026_04_16.models.voice_in_trunk_group import VoiceInTrunkGroupMeta as VoiceInTrunkGroupMeta
    from didww_gen.v2026_04_16.models.voice_out_trunk import VoiceOutTrunk as VoiceOutTrunk
    from didww_gen.v2026_04_16.models.voice_out_trunk import VoiceOutTrunkMeta as VoiceOutTrunkMeta
    from didww_gen.v2026_04_16.models.voice_out_trunk_regenerate_credential import (
        VoiceOutTrunkRegenerateCredential as VoiceOutTrunkRegenerateCredential,
    )
