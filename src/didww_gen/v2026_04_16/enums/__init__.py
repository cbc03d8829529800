# generated from spec/2026-04-16 by codegen, do not edit
"""Enums of the DIDWW API 2026-04-16. Unknown values decode to pseudo-members (``is_known`` is False).

Each enum is a module of this package, imported on first use: a model or a collection loads only its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from didww_gen._registry import lazy_attribute

_MODULES = {
    "AddressVerificationStatus": "address_verification_status",
    "AreaLevel": "area_level",
    "CallbackMethod": "callback_method",
    "CliFormat": "cli_format",
    "Codec": "codec",
    "DefaultDstAction": "default_dst_action",
    "DidHistoryAction": "did_history_action",
    "DidHistoryMethod": "did_history_method",
    "DiversionInjectMode": "diversion_inject_mode",
    "DiversionRelayPolicy": "diversion_relay_policy",
    "EmergencyCallingServiceStatus": "emergency_calling_service_status",
    "EmergencyVerificationStatus": "emergency_verification_status",
    "ExportStatus": "export_status",
    "ExportType": "export_type",
    "Feature": "feature",
    "IdentityType": "identity_type",
    "MandatoryField": "mandatory_field",
    "MediaEncryptionMode": "media_encryption_mode",
    "NetworkProtocolPriority": "network_protocol_priority",
    "OnCliMismatchAction": "on_cli_mismatch_action",
    "OrderStatus": "order_status",
    "ProofTypeEntityType": "proof_type_entity_type",
    "RequirementIdentityType": "requirement_identity_type",
    "ReroutingDisconnectCode": "rerouting_disconnect_code",
    "RxDtmfFormat": "rx_dtmf_format",
    "SstRefreshMethod": "sst_refresh_method",
    "StirShakenMode": "stir_shaken_mode",
    "TransportProtocol": "transport_protocol",
    "TxDtmfFormat": "tx_dtmf_format",
    "VoiceOutTrunkAuthenticationMethodType": "voice_out_trunk_authentication_method_type",
    "VoiceOutTrunkStatus": "voice_out_trunk_status",
}

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
        return lazy_attribute(__name__, _MODULES, name)


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from didww_gen.v2026_04_16.enums.address_verification_status import (
        AddressVerificationStatus as AddressVerificationStatus,
    )
    from didww_gen.v2026_04_16.enums.area_level import AreaLevel as AreaLevel
    from didww_gen.v2026_04_16.enums.callback_method import CallbackMethod as CallbackMethod
    from didww_gen.v2026_04_16.enums.cli_format import CliFormat as CliFormat
    from didww_gen.v2026_04_16.enums.codec import Codec as Codec
    from didww_gen.v2026_04_16.enums.default_dst_action import DefaultDstAction as DefaultDstAction
    from didww_gen.v2026_04_16.enums.did_history_action import DidHistoryAction as DidHistoryAction
    from didww_gen.v2026_04_16.enums.did_history_method import DidHistoryMethod as DidHistoryMethod
    from didww_gen.v2026_04_16.enums.diversion_inject_mode import DiversionInjectMode as DiversionInjectMode
    from didww_gen.v2026_04_16.enums.diversion_relay_policy import DiversionRelayPolicy as DiversionRelayPolicy
    from didww_gen.v2026_04_16.enums.emergency_calling_service_status import (
        EmergencyCallingServiceStatus as EmergencyCallingServiceStatus,
    )
    from didww_gen.v2026_04_16.enums.emergency_verification_status import (
        EmergencyVerificationStatus as EmergencyVerificationStatus,
    )
    from didww_gen.v2026_04_16.enums.export_status import ExportStatus as ExportStatus
    from didww_gen.v2026_04_16.enums.export_type import ExportType as ExportType
    from didww_gen.v2026_04_16.enums.feature import Feature as Feature
    from didww_gen.v2026_04_16.enums.identity_type import IdentityType as IdentityType
    from didww_gen.v2026_04_16.enums.mandatory_field import MandatoryField as MandatoryField
    from didww_gen.v2026_04_16.enums.media_encryption_mode import MediaEncryptionMode as MediaEncryptionMode
    from didww_gen.v2026_04_16.enums.network_protocol_priority import NetworkProtocolPriority as NetworkProtocolPriority
    from didww_gen.v2026_04_16.enums.on_cli_mismatch_action import OnCliMismatchAction as OnCliMismatchAction
    from didww_gen.v2026_04_16.enums.order_status import OrderStatus as OrderStatus
    from didww_gen.v2026_04_16.enums.proof_type_entity_type import ProofTypeEntityType as ProofTypeEntityType
    from didww_gen.v2026_04_16.enums.requirement_identity_type import RequirementIdentityType as RequirementIdentityType
    from didww_gen.v2026_04_16.enums.rerouting_disconnect_code import ReroutingDisconnectCode as ReroutingDisconnectCode
    from didww_gen.v2026_04_16.enums.rx_dtmf_format import RxDtmfFormat as RxDtmfFormat
    from didww_gen.v2026_04_16.enums.sst_refresh_method import SstRefreshMethod as SstRefreshMethod
    from didww_gen.v2026_04_16.enums.stir_shaken_mode import StirShakenMode as StirShakenMode
    from didww_gen.v2026_04_16.enums.transport_protocol import TransportProtocol as TransportProtocol
    from didww_gen.v2026_04_16.enums.tx_dtmf_format import TxDtmfFormat as TxDtmfFormat
    from didww_gen.v2026_04_16.enums.voice_out_trunk_authentication_method_type import (
        VoiceOutTrunkAuthenticationMethodType as VoiceOutTrunkAuthenticationMethodType,
    )
    from didww_gen.v2026_04_16.enums.voice_out_trunk_status import VoiceOutTrunkStatus as VoiceOutTrunkStatus
