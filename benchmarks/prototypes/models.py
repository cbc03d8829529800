"""The prototype's classes for the benchmark's shapes, written by hand from ``spec/2026-04-16``.

Adopted, a template would generate them from the spec as it generates didww_gen's models: the same field
names, JSON types and conversions (``kinds``), the same relationships. Only what the shapes carry is here:
DIDs, orders and their DID order items, available DIDs, DID groups (with their meta) and SKUs, voice-in trunks
with their SIP or PSTN configuration. Other order item and configuration types are kept as sent.
"""

from __future__ import annotations

from typing import ClassVar

from benchmarks.prototypes import enums as e
from benchmarks.prototypes.kinds import BOOL, DATE, DATETIME, DECIMAL, INT, STR, STR_LIST, Kind, enum_kind, enum_list
from benchmarks.prototypes.plain import Nested, Resource, list_of_one_of, one_of, slots


class DidOrderItem(Nested):
    """An item of a DID order."""

    WIRE_TYPE = "did_order_items"
    ATTRIBUTES: ClassVar[dict[str, Kind]] = {
        "sku_id": STR,
        "qty": INT,
        "billing_cycles_count": INT,
        "nanpa_prefix_id": STR,
        "prorate_days_qty": INT,
        "nrc": DECIMAL,
        "mrc": DECIMAL,
        "prorated_mrc": BOOL,
        "billed_from": DATE,
        "billed_to": DATE,
        "setup_price": DECIMAL,
        "monthly_price": DECIMAL,
        "did_group_id": STR,
    }
    __slots__ = tuple(ATTRIBUTES)


class Order(Resource):
    """An order of the account."""

    TYPE = "orders"
    ATTRIBUTES: ClassVar[dict[str, Kind]] = {
        "reference": STR,
        "amount": DECIMAL,
        "status": enum_kind(e.OrderStatus),
        "description": STR,
        "created_at": DATETIME,
        "items": list_of_one_of(DidOrderItem),
        "callback_url": STR,
        "callback_method": enum_kind(e.CallbackMethod),
        "external_reference_id": STR,
        "allow_back_ordering": BOOL,
    }
    __slots__ = slots(ATTRIBUTES)


class Did(Resource):
    """A DID of the account."""

    TYPE = "dids"
    ATTRIBUTES: ClassVar[dict[str, Kind]] = {
        "blocked": BOOL,
        "capacity_limit": INT,
        "description": STR,
        "terminated": BOOL,
        "awaiting_registration": BOOL,
        "number": STR,
        "expires_at": DATETIME,
        "channels_included_count": INT,
        "created_at": DATETIME,
        "pending_removal": BOOL,
        "dedicated_channels_count": INT,
        "emergency_enabled": BOOL,
        "billing_cycles_count": INT,
    }
    RELATIONSHIPS: ClassVar[dict[str, bool]] = {
        "did_group": False,
        "order": False,
        "voice_in_trunk": False,
        "voice_in_trunk_group": False,
        "capacity_pool": False,
        "shared_capacity_group": False,
        "address_verification": False,
        "emergency_calling_service": False,
        "emergency_verification": False,
        "identity": False,
    }
    __slots__ = slots(ATTRIBUTES, RELATIONSHIPS)


class StockKeepingUnit(Resource):
    """A price option of a DID group."""

    TYPE = "stock_keeping_units"
    ATTRIBUTES: ClassVar[dict[str, Kind]] = {
        "setup_price": DECIMAL,
        "monthly_price": DECIMAL,
        "channels_included_count": INT,
    }
    __slots__ = slots(ATTRIBUTES)


class DidGroupMeta(Nested):
    """Resource-level meta of a DID group."""

    ATTRIBUTES: ClassVar[dict[str, Kind]] = {
        "needs_registration": BOOL,
        "is_available": BOOL,
        "available_dids_enabled": BOOL,
        "total_count": INT,
        "restrictions": STR,
    }
    __slots__ = tuple(ATTRIBUTES)


class DidGroup(Resource):
    """A group of DIDs of one area."""

    TYPE = "did_groups"
    META = DidGroupMeta
    ATTRIBUTES: ClassVar[dict[str, Kind]] = {
        "area_name": STR,
        "prefix": STR,
        "features": enum_list(e.Feature),
        "is_metered": BOOL,
        "allow_additional_channels": BOOL,
        "service_restrictions": STR,
        "local_prefix": STR,
    }
    RELATIONSHIPS: ClassVar[dict[str, bool]] = {
        "country": False,
        "city": False,
        "did_group_type": False,
        "region": False,
        "stock_keeping_units": True,
        "address_requirement": False,
    }
    __slots__ = (*slots(ATTRIBUTES, RELATIONSHIPS), "meta")


class AvailableDid(Resource):
    """A number that can be ordered."""

    TYPE = "available_dids"
    ATTRIBUTES: ClassVar[dict[str, Kind]] = {"number": STR}
    RELATIONSHIPS: ClassVar[dict[str, bool]] = {"did_group": False, "nanpa_prefix": False}
    __slots__ = slots(ATTRIBUTES, RELATIONSHIPS)


class SipConfiguration(Nested):
    """A voice-in trunk's SIP configuration."""

    WIRE_TYPE = "sip_configurations"
    SECRETS = frozenset({"auth_password", "incoming_auth_username", "incoming_auth_password"})
    ATTRIBUTES: ClassVar[dict[str, Kind]] = {
        "username": STR,
        "host": STR,
        "port": INT,
        "codec_ids": enum_list(e.Codec),
        "rx_dtmf_format_id": enum_kind(e.RxDtmfFormat),
        "tx_dtmf_format_id": enum_kind(e.TxDtmfFormat),
        "resolve_ruri": BOOL,
        "auth_enabled": BOOL,
        "auth_user": STR,
        "auth_password": STR,
        "auth_from_user": STR,
        "auth_from_domain": STR,
        "sst_enabled": BOOL,
        "sst_min_timer": INT,
        "sst_max_timer": INT,
        "sst_accept_501": BOOL,
        "sst_session_expires": INT,
        "sst_refresh_method_id": enum_kind(e.SstRefreshMethod),
        "sip_timer_b": INT,
        "dns_srv_failover_timer": INT,
        "rtp_ping": BOOL,
        "rtp_timeout": INT,
        "force_symmetric_rtp": BOOL,
        "symmetric_rtp_ignore_rtcp": BOOL,
        "rerouting_disconnect_code_ids": enum_list(e.ReroutingDisconnectCode),
        "transport_protocol_id": enum_kind(e.TransportProtocol),
        "max_transfers": INT,
        "max_30x_redirects": INT,
        "media_encryption_mode": enum_kind(e.MediaEncryptionMode),
        "stir_shaken_mode": enum_kind(e.StirShakenMode),
        "allowed_rtp_ips": STR_LIST,
        "network_protocol_priority": enum_kind(e.NetworkProtocolPriority),
        "enabled_sip_registration": BOOL,
        "use_did_in_ruri": BOOL,
        "diversion_relay_policy": enum_kind(e.DiversionRelayPolicy),
        "diversion_inject_mode": enum_kind(e.DiversionInjectMode),
        "cnam_lookup": BOOL,
        "incoming_auth_username": STR,
        "incoming_auth_password": STR,
    }
    __slots__ = tuple(ATTRIBUTES)


class PstnConfiguration(Nested):
    """A voice-in trunk's PSTN configuration."""

    WIRE_TYPE = "pstn_configurations"
    ATTRIBUTES: ClassVar[dict[str, Kind]] = {"dst": STR}
    __slots__ = tuple(ATTRIBUTES)


class VoiceInTrunk(Resource):
    """A voice-in trunk."""

    TYPE = "voice_in_trunks"
    ATTRIBUTES: ClassVar[dict[str, Kind]] = {
        "priority": INT,
        "weight": INT,
        "capacity_limit": INT,
        "ringing_timeout": INT,
        "name": STR,
        "cli_format": enum_kind(e.CliFormat),
        "cli_prefix": STR,
        "description": STR,
        "created_at": DATETIME,
        "external_reference_id": STR,
        "configuration": one_of(SipConfiguration, PstnConfiguration),
    }
    RELATIONSHIPS: ClassVar[dict[str, bool]] = {"pop": False, "voice_in_trunk_group": False}
    __slots__ = slots(ATTRIBUTES, RELATIONSHIPS)


MODELS: dict[str, type[Resource]] = {
    m.TYPE: m for m in (Did, Order, AvailableDid, DidGroup, StockKeepingUnit, VoiceInTrunk)
}
"""Every resource class of the prototype, by JSON:API type."""
