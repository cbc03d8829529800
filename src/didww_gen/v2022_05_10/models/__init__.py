# generated from spec/2022-05-10 by codegen, do not edit
"""Models of the DIDWW API 2022-05-10, imported lazily on first use.

``MODELS`` maps every JSON:API type to its class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from didww_gen._registry import ModelRegistry, lazy_attribute

_MODULES = {
    "Address": "address",
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
    "Did": "did",
    "DidGroup": "did_group",
    "DidGroupMeta": "did_group",
    "DidGroupType": "did_group_type",
    "DidOrderItem": "nested",
    "DidReservation": "did_reservation",
    "DidReservationDocumentMeta": "did_reservation",
    "EncryptedFile": "encrypted_file",
    "Export": "export",
    "ExportFilters": "nested",
    "GenericOrderItem": "nested",
    "H323Configuration": "nested",
    "Iax2Configuration": "nested",
    "Identity": "identity",
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
    "Requirement": "requirement",
    "RequirementValidation": "requirement_validation",
    "ReservationDidOrderItem": "nested",
    "SharedCapacityGroup": "shared_capacity_group",
    "SipConfiguration": "nested",
    "StockKeepingUnit": "stock_keeping_unit",
    "SupportingDocumentTemplate": "supporting_document_template",
    "UnknownNestedObject": "nested",
    "VoiceInTrunk": "voice_in_trunk",
    "VoiceInTrunkConfiguration": "nested",
    "VoiceInTrunkGroup": "voice_in_trunk_group",
    "VoiceInTrunkGroupMeta": "voice_in_trunk_group",
    "VoiceOutTrunk": "voice_out_trunk",
    "VoiceOutTrunkMeta": "voice_out_trunk",
    "VoiceOutTrunkRegenerateCredential": "voice_out_trunk_regenerate_credential",
}

MODELS = ModelRegistry(
    __name__,
    {
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
        "did_reservations": "DidReservation",
        "dids": "Did",
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
        "requirement_validations": "RequirementValidation",
        "requirements": "Requirement",
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
    "Did",
    "DidGroup",
    "DidGroupMeta",
    "DidGroupType",
    "DidOrderItem",
    "DidReservation",
    "DidReservationDocumentMeta",
    "EncryptedFile",
    "Export",
    "ExportFilters",
    "GenericOrderItem",
    "H323Configuration",
    "Iax2Configuration",
    "Identity",
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
    "Requirement",
    "RequirementValidation",
    "ReservationDidOrderItem",
    "SharedCapacityGroup",
    "SipConfiguration",
    "StockKeepingUnit",
    "SupportingDocumentTemplate",
    "UnknownNestedObject",
    "VoiceInTrunk",
    "VoiceInTrunkConfiguration",
    "VoiceInTrunkGroup",
    "VoiceInTrunkGroupMeta",
    "VoiceOutTrunk",
    "VoiceOutTrunkMeta",
    "VoiceOutTrunkRegenerateCredential",
]


if not TYPE_CHECKING:  # hidden from type checkers: importing a name the package lacks is an error

    def __getattr__(name: str) -> Any:
        return lazy_attribute(__name__, _MODULES, name)


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.address import Address as Address
    from didww_gen.v2022_05_10.models.address_verification import AddressVerification as AddressVerification
    from didww_gen.v2022_05_10.models.area import Area as Area
    from didww_gen.v2022_05_10.models.available_did import AvailableDid as AvailableDid
    from didww_gen.v2022_05_10.models.available_did import AvailableDidDocumentMeta as AvailableDidDocumentMeta
    from didww_gen.v2022_05_10.models.balance import Balance as Balance
    from didww_gen.v2022_05_10.models.capacity_pool import CapacityPool as CapacityPool
    from didww_gen.v2022_05_10.models.city import City as City
    from didww_gen.v2022_05_10.models.country import Country as Country
    from didww_gen.v2022_05_10.models.did import Did as Did
    from didww_gen.v2022_05_10.models.did_group import DidGroup as DidGroup
    from didww_gen.v2022_05_10.models.did_group import DidGroupMeta as DidGroupMeta
    from didww_gen.v2022_05_10.models.did_group_type import DidGroupType as DidGroupType
    from didww_gen.v2022_05_10.models.did_reservation import DidReservation as DidReservation
    from didww_gen.v2022_05_10.models.did_reservation import DidReservationDocumentMeta as DidReservationDocumentMeta
    from didww_gen.v2022_05_10.models.encrypted_file import EncryptedFile as EncryptedFile
    from didww_gen.v2022_05_10.models.export import Export as Export
    from didww_gen.v2022_05_10.models.identity import Identity as Identity
    from didww_gen.v2022_05_10.models.nanpa_prefix import NanpaPrefix as NanpaPrefix
    from didww_gen.v2022_05_10.models.nested import AvailableDidOrderItem as AvailableDidOrderItem
    from didww_gen.v2022_05_10.models.nested import CapacityOrderItem as CapacityOrderItem
    from didww_gen.v2022_05_10.models.nested import DidOrderItem as DidOrderItem
    from didww_gen.v2022_05_10.models.nested import ExportFilters as ExportFilters
    from didww_gen.v2022_05_10.models.nested import GenericOrderItem as GenericOrderItem
    from didww_gen.v2022_05_10.models.nested import H323Configuration as H323Configuration
    from didww_gen.v2022_05_10.models.nested import Iax2Configuration as Iax2Configuration
    from didww_gen.v2022_05_10.models.nested import OrderItem as OrderItem
    from didww_gen.v2022_05_10.models.nested import PstnConfiguration as PstnConfiguration
    from didww_gen.v2022_05_10.models.nested import ReservationDidOrderItem as ReservationDidOrderItem
    from didww_gen.v2022_05_10.models.nested import SipConfiguration as SipConfiguration
    from didww_gen.v2022_05_10.models.nested import UnknownNestedObject as UnknownNestedObject
    from didww_gen.v2022_05_10.models.nested import VoiceInTrunkConfiguration as VoiceInTrunkConfiguration
    from didww_gen.v2022_05_10.models.order import Order as Order
    from didww_gen.v2022_05_10.models.permanent_supporting_document import (
        PermanentSupportingDocument as PermanentSupportingDocument,
    )
    from didww_gen.v2022_05_10.models.pop import Pop as Pop
    from didww_gen.v2022_05_10.models.proof import Proof as Proof
    from didww_gen.v2022_05_10.models.proof_type import ProofType as ProofType
    from didww_gen.v2022_05_10.models.public_key import PublicKey as PublicKey
    from didww_gen.v2022_05_10.models.qty_based_pricing import QtyBasedPricing as QtyBasedPricing
    from didww_gen.v2022_05_10.models.region import Region as Region
    from didww_gen.v2022_05_10.models.requirement import Requirement as Requirement
    from didww_gen.v2022_05_10.models.requirement_validation import RequirementValidation as RequirementValidation
    from didww_gen.v2022_05_10.models.shared_capacity_group import SharedCapacityGroup as SharedCapacityGroup
    from didww_gen.v2022_05_10.models.stock_keeping_unit import StockKeepingUnit as StockKeepingUnit
    from didww_gen.v2022_05_10.models.supporting_document_template import (
        SupportingDocumentTemplate as SupportingDocumentTemplate,
    )
    from didww_gen.v2022_05_10.models.voice_in_trunk import VoiceInTrunk as VoiceInTrunk
    from didww_gen.v2022_05_10.models.voice_in_trunk_group import VoiceInTrunkGroup as VoiceInTrunkGroup
    from didww_gen.v2022_05_10.models.voice_in_trunk_group import VoiceInTrunkGroupMeta as VoiceInTrunkGroupMeta
    from didww_gen.v2022_05_10.models.voice_out_trunk import VoiceOutTrunk as VoiceOutTrunk
    from didww_gen.v2022_05_10.models.voice_out_trunk import VoiceOutTrunkMeta as VoiceOutTrunkMeta
    from didww_gen.v2022_05_10.models.voice_out_trunk_regenerate_credential import (
        VoiceOutTrunkRegenerateCredential as VoiceOutTrunkRegenerateCredential,
    )
