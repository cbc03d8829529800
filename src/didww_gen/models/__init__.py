# generated from spec/versions.yaml by codegen, do not edit
"""Models of the DIDWW API: ``MODELS`` maps every JSON:API type to its class.

The very objects of ``didww_gen.v2026_04_16.models`` (the latest API version, 2026-04-16), loaded on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
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
    "MODELS",
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
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module("didww_gen.v2026_04_16.models"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from didww_gen.v2026_04_16.models import MODELS as MODELS
    from didww_gen.v2026_04_16.models import Address as Address
    from didww_gen.v2026_04_16.models import AddressRequirement as AddressRequirement
    from didww_gen.v2026_04_16.models import AddressRequirementValidation as AddressRequirementValidation
    from didww_gen.v2026_04_16.models import AddressVerification as AddressVerification
    from didww_gen.v2026_04_16.models import Area as Area
    from didww_gen.v2026_04_16.models import AvailableDid as AvailableDid
    from didww_gen.v2026_04_16.models import AvailableDidDocumentMeta as AvailableDidDocumentMeta
    from didww_gen.v2026_04_16.models import AvailableDidOrderItem as AvailableDidOrderItem
    from didww_gen.v2026_04_16.models import Balance as Balance
    from didww_gen.v2026_04_16.models import CapacityOrderItem as CapacityOrderItem
    from didww_gen.v2026_04_16.models import CapacityPool as CapacityPool
    from didww_gen.v2026_04_16.models import City as City
    from didww_gen.v2026_04_16.models import Country as Country
    from didww_gen.v2026_04_16.models import (
        CredentialsAndIpAuthenticationMethod as CredentialsAndIpAuthenticationMethod,
    )
    from didww_gen.v2026_04_16.models import Did as Did
    from didww_gen.v2026_04_16.models import DidGroup as DidGroup
    from didww_gen.v2026_04_16.models import DidGroupMeta as DidGroupMeta
    from didww_gen.v2026_04_16.models import DidGroupType as DidGroupType
    from didww_gen.v2026_04_16.models import DidHistory as DidHistory
    from didww_gen.v2026_04_16.models import DidHistoryMeta as DidHistoryMeta
    from didww_gen.v2026_04_16.models import DidOrderItem as DidOrderItem
    from didww_gen.v2026_04_16.models import DidReservation as DidReservation
    from didww_gen.v2026_04_16.models import DidReservationDocumentMeta as DidReservationDocumentMeta
    from didww_gen.v2026_04_16.models import EmergencyCallingService as EmergencyCallingService
    from didww_gen.v2026_04_16.models import EmergencyCallingServiceMeta as EmergencyCallingServiceMeta
    from didww_gen.v2026_04_16.models import EmergencyOrderItem as EmergencyOrderItem
    from didww_gen.v2026_04_16.models import EmergencyRequirement as EmergencyRequirement
    from didww_gen.v2026_04_16.models import EmergencyRequirementMeta as EmergencyRequirementMeta
    from didww_gen.v2026_04_16.models import EmergencyRequirementValidation as EmergencyRequirementValidation
    from didww_gen.v2026_04_16.models import EmergencyVerification as EmergencyVerification
    from didww_gen.v2026_04_16.models import EncryptedFile as EncryptedFile
    from didww_gen.v2026_04_16.models import Export as Export
    from didww_gen.v2026_04_16.models import ExportFilters as ExportFilters
    from didww_gen.v2026_04_16.models import GenericOrderItem as GenericOrderItem
    from didww_gen.v2026_04_16.models import Identity as Identity
    from didww_gen.v2026_04_16.models import IpOnlyAuthenticationMethod as IpOnlyAuthenticationMethod
    from didww_gen.v2026_04_16.models import NanpaPrefix as NanpaPrefix
    from didww_gen.v2026_04_16.models import Order as Order
    from didww_gen.v2026_04_16.models import OrderItem as OrderItem
    from didww_gen.v2026_04_16.models import PermanentSupportingDocument as PermanentSupportingDocument
    from didww_gen.v2026_04_16.models import Pop as Pop
    from didww_gen.v2026_04_16.models import Proof as Proof
    from didww_gen.v2026_04_16.models import ProofType as ProofType
    from didww_gen.v2026_04_16.models import PstnConfiguration as PstnConfiguration
    from didww_gen.v2026_04_16.models import PublicKey as PublicKey
    from didww_gen.v2026_04_16.models import QtyBasedPricing as QtyBasedPricing
    from didww_gen.v2026_04_16.models import Region as Region
    from didww_gen.v2026_04_16.models import ReservationDidOrderItem as ReservationDidOrderItem
    from didww_gen.v2026_04_16.models import SharedCapacityGroup as SharedCapacityGroup
    from didww_gen.v2026_04_16.models import SipConfiguration as SipConfiguration
    from didww_gen.v2026_04_16.models import StockKeepingUnit as StockKeepingUnit
    from didww_gen.v2026_04_16.models import SupportingDocumentTemplate as SupportingDocumentTemplate
    from didww_gen.v2026_04_16.models import TwilioAuthenticationMethod as TwilioAuthenticationMethod
    from didww_gen.v2026_04_16.models import UnknownNestedObject as UnknownNestedObject
    from didww_gen.v2026_04_16.models import VoiceInTrunk as VoiceInTrunk
    from didww_gen.v2026_04_16.models import VoiceInTrunkConfiguration as VoiceInTrunkConfiguration
    from didww_gen.v2026_04_16.models import VoiceInTrunkGroup as VoiceInTrunkGroup
    from didww_gen.v2026_04_16.models import VoiceInTrunkGroupMeta as VoiceInTrunkGroupMeta
    from didww_gen.v2026_04_16.models import VoiceOutTrunk as VoiceOutTrunk
    from didww_gen.v2026_04_16.models import VoiceOutTrunkAuthenticationMethod as VoiceOutTrunkAuthenticationMethod
    from didww_gen.v2026_04_16.models import VoiceOutTrunkMeta as VoiceOutTrunkMeta
    from didww_gen.v2026_04_16.models import VoiceOutTrunkRegenerateCredential as VoiceOutTrunkRegenerateCredential
