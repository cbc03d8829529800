# generated from spec/versions.yaml by codegen, do not edit
"""Enums of the DIDWW API. Unknown values decode to pseudo-members (``is_known`` is False).

The very objects of ``didww_gen.v2026_04_16.enums`` (the latest API version, 2026-04-16), loaded on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "AddressVerificationStatus",
    "AreaLevel",
    "CallbackMethod",
    "CliFormat",
    "Codec",
    "DefaultDstAction",
    "DidHistoryAction",
    "DidHistoryMethod",
    "DiversionInjectMode",
    "DiversionRelayPolicy",
    "EmergencyCallingServiceStatus",
    "EmergencyVerificationStatus",
    "ExportStatus",
    "ExportType",
    "Feature",
    "IdentityType",
    "MandatoryField",
    "MediaEncryptionMode",
    "NetworkProtocolPriority",
    "OnCliMismatchAction",
    "OrderStatus",
    "ProofTypeEntityType",
    "RequirementIdentityType",
    "ReroutingDisconnectCode",
    "RxDtmfFormat",
    "SstRefreshMethod",
    "StirShakenMode",
    "TransportProtocol",
    "TxDtmfFormat",
    "VoiceOutTrunkAuthenticationMethodType",
    "VoiceOutTrunkStatus",
]

if not TYPE_CHECKING:  # hidden from type checkers: importing a name the package lacks is an error

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module("didww_gen.v2026_04_16.enums"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from didww_gen.v2026_04_16.enums import AddressVerificationStatus as AddressVerificationStatus
    from didww_gen.v2026_04_16.enums import AreaLevel as AreaLevel
    from didww_gen.v2026_04_16.enums import CallbackMethod as CallbackMethod
    from didww_gen.v2026_04_16.enums import CliFormat as CliFormat
    from didww_gen.v2026_04_16.enums import Codec as Codec
    from didww_gen.v2026_04_16.enums import DefaultDstAction as DefaultDstAction
    from didww_gen.v2026_04_16.enums import DidHistoryAction as DidHistoryAction
    from didww_gen.v2026_04_16.enums import DidHistoryMethod as DidHistoryMethod
    from didww_gen.v2026_04_16.enums import DiversionInjectMode as DiversionInjectMode
    from didww_gen.v2026_04_16.enums import DiversionRelayPolicy as DiversionRelayPolicy
    from didww_gen.v2026_04_16.enums import EmergencyCallingServiceStatus as EmergencyCallingServiceStatus
    from didww_gen.v2026_04_16.enums import EmergencyVerificationStatus as EmergencyVerificationStatus
    from didww_gen.v2026_04_16.enums import ExportStatus as ExportStatus
    from didww_gen.v2026_04_16.enums import ExportType as ExportType
    from didww_gen.v2026_04_16.enums import Feature as Feature
    from didww_gen.v2026_04_16.enums import IdentityType as IdentityType
    from didww_gen.v2026_04_16.enums import MandatoryField as MandatoryField
    from didww_gen.v2026_04_16.enums import MediaEncryptionMode as MediaEncryptionMode
    from didww_gen.v2026_04_16.enums import NetworkProtocolPriority as NetworkProtocolPriority
    from didww_gen.v2026_04_16.enums import OnCliMismatchAction as OnCliMismatchAction
    from didww_gen.v2026_04_16.enums import OrderStatus as OrderStatus
    from didww_gen.v2026_04_16.enums import ProofTypeEntityType as ProofTypeEntityType
    from didww_gen.v2026_04_16.enums import RequirementIdentityType as RequirementIdentityType
    from didww_gen.v2026_04_16.enums import ReroutingDisconnectCode as ReroutingDisconnectCode
    from didww_gen.v2026_04_16.enums import RxDtmfFormat as RxDtmfFormat
    from didww_gen.v2026_04_16.enums import SstRefreshMethod as SstRefreshMethod
    from didww_gen.v2026_04_16.enums import StirShakenMode as StirShakenMode
    from didww_gen.v2026_04_16.enums import TransportProtocol as TransportProtocol
    from didww_gen.v2026_04_16.enums import TxDtmfFormat as TxDtmfFormat
    from didww_gen.v2026_04_16.enums import (
        VoiceOutTrunkAuthenticationMethodType as VoiceOutTrunkAuthenticationMethodType,
    )
    from didww_gen.v2026_04_16.enums import VoiceOutTrunkStatus as VoiceOutTrunkStatus
