# generated from spec/2026-04-16 by codegen, do not edit
"""Nested objects of the DIDWW API 2026-04-16: values inside attributes, and their polymorphic unions."""

from __future__ import annotations

from typing import Annotated, ClassVar, Union

from pydantic import AliasPath, Discriminator, Field, Tag

from didww_gen._model import (
    Access,
    AttributeSpec,
    Kind,
    NestedObject,
    UnknownNestedObject,
    nested_discriminator,
)
from didww_gen.enums import (
    Codec,
    DiversionInjectMode,
    DiversionRelayPolicy,
    MediaEncryptionMode,
    NetworkProtocolPriority,
    ReroutingDisconnectCode,
    RxDtmfFormat,
    SstRefreshMethod,
    StirShakenMode,
    TransportProtocol,
    TxDtmfFormat,
)

__all__ = [
    "PstnConfiguration",
    "SipConfiguration",
    "VoiceInTrunkConfiguration",
    "UnknownNestedObject",
]


class PstnConfiguration(NestedObject):
    """PSTN configuration of a voice in trunk (calls forwarded to a phone number)."""

    WIRE_TYPE: ClassVar[str | None] = "pstn_configurations"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "dst": AttributeSpec("dst", Kind.PLAIN, Access.CREATE_UPDATE),
    }

    dst: str | None = Field(default=None, validation_alias=AliasPath("attributes", "dst"))
    """The phone number calls are forwarded to."""


class SipConfiguration(NestedObject):
    """SIP configuration of a voice in trunk."""

    WIRE_TYPE: ClassVar[str | None] = "sip_configurations"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "username": AttributeSpec("username", Kind.PLAIN, Access.CREATE_UPDATE),
        "host": AttributeSpec("host", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "port": AttributeSpec("port", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "codec_ids": AttributeSpec("codec_ids", Kind.LIST, Access.CREATE_UPDATE, mutable=True),
        "rx_dtmf_format_id": AttributeSpec("rx_dtmf_format_id", Kind.ENUM, Access.CREATE_UPDATE),
        "tx_dtmf_format_id": AttributeSpec("tx_dtmf_format_id", Kind.ENUM, Access.CREATE_UPDATE),
        "resolve_ruri": AttributeSpec("resolve_ruri", Kind.PLAIN, Access.CREATE_UPDATE),
        "auth_enabled": AttributeSpec("auth_enabled", Kind.PLAIN, Access.CREATE_UPDATE),
        "auth_user": AttributeSpec("auth_user", Kind.PLAIN, Access.CREATE_UPDATE),
        "auth_password": AttributeSpec("auth_password", Kind.PLAIN, Access.CREATE_UPDATE, secret=True),
        "auth_from_user": AttributeSpec("auth_from_user", Kind.PLAIN, Access.CREATE_UPDATE),
        "auth_from_domain": AttributeSpec("auth_from_domain", Kind.PLAIN, Access.CREATE_UPDATE),
        "sst_enabled": AttributeSpec("sst_enabled", Kind.PLAIN, Access.CREATE_UPDATE),
        "sst_min_timer": AttributeSpec("sst_min_timer", Kind.PLAIN, Access.CREATE_UPDATE),
        "sst_max_timer": AttributeSpec("sst_max_timer", Kind.PLAIN, Access.CREATE_UPDATE),
        "sst_accept_501": AttributeSpec("sst_accept_501", Kind.PLAIN, Access.CREATE_UPDATE),
        "sst_session_expires": AttributeSpec("sst_session_expires", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "sst_refresh_method_id": AttributeSpec("sst_refresh_method_id", Kind.ENUM, Access.CREATE_UPDATE),
        "sip_timer_b": AttributeSpec("sip_timer_b", Kind.PLAIN, Access.CREATE_UPDATE),
        "dns_srv_failover_timer": AttributeSpec("dns_srv_failover_timer", Kind.PLAIN, Access.CREATE_UPDATE),
        "rtp_ping": AttributeSpec("rtp_ping", Kind.PLAIN, Access.CREATE_UPDATE),
        "rtp_timeout": AttributeSpec("rtp_timeout", Kind.PLAIN, Access.CREATE_UPDATE),
        "force_symmetric_rtp": AttributeSpec("force_symmetric_rtp", Kind.PLAIN, Access.CREATE_UPDATE),
        "symmetric_rtp_ignore_rtcp": AttributeSpec("symmetric_rtp_ignore_rtcp", Kind.PLAIN, Access.CREATE_UPDATE),
        "rerouting_disconnect_code_ids": AttributeSpec(
            "rerouting_disconnect_code_ids", Kind.LIST, Access.CREATE_UPDATE, mutable=True
        ),
        "transport_protocol_id": AttributeSpec("transport_protocol_id", Kind.ENUM, Access.CREATE_UPDATE),
        "max_transfers": AttributeSpec("max_transfers", Kind.PLAIN, Access.CREATE_UPDATE),
        "max_30x_redirects": AttributeSpec("max_30x_redirects", Kind.PLAIN, Access.CREATE_UPDATE),
        "media_encryption_mode": AttributeSpec("media_encryption_mode", Kind.ENUM, Access.CREATE_UPDATE),
        "stir_shaken_mode": AttributeSpec("stir_shaken_mode", Kind.ENUM, Access.CREATE_UPDATE),
        "allowed_rtp_ips": AttributeSpec(
            "allowed_rtp_ips", Kind.LIST, Access.CREATE_UPDATE, nullable=True, mutable=True
        ),
        "network_protocol_priority": AttributeSpec("network_protocol_priority", Kind.ENUM, Access.CREATE_UPDATE),
        "enabled_sip_registration": AttributeSpec("enabled_sip_registration", Kind.PLAIN, Access.CREATE_UPDATE),
        "use_did_in_ruri": AttributeSpec("use_did_in_ruri", Kind.PLAIN, Access.CREATE_UPDATE),
        "diversion_relay_policy": AttributeSpec("diversion_relay_policy", Kind.ENUM, Access.CREATE_UPDATE),
        "diversion_inject_mode": AttributeSpec("diversion_inject_mode", Kind.ENUM, Access.CREATE_UPDATE),
        "cnam_lookup": AttributeSpec("cnam_lookup", Kind.PLAIN, Access.CREATE_UPDATE),
        "incoming_auth_username": AttributeSpec("incoming_auth_username", Kind.PLAIN, Access.READ_ONLY, nullable=True),
        "incoming_auth_password": AttributeSpec(
            "incoming_auth_password", Kind.PLAIN, Access.READ_ONLY, nullable=True, secret=True
        ),
    }

    username: str | None = Field(default=None, validation_alias=AliasPath("attributes", "username"))
    """User part of R-URI in INVITE request. You may use the "{DID}" pattern, replaced by the called DID number in E.164 format; for example "+{DID}" for +E164 format."""

    host: str | None = Field(default=None, validation_alias=AliasPath("attributes", "host"))
    """Host part of R-URI in INVITE request. Must be blank when SIP registration is enabled.

    Nullable.
    """

    port: int | None = Field(default=None, validation_alias=AliasPath("attributes", "port"))
    """Port part of R-URI in INVITE request (not mandatory). If port is null, the SRV record is resolved (or the A record if SRV is unavailable).

    Nullable.
    """

    codec_ids: list[Codec] | None = Field(default=None, validation_alias=AliasPath("attributes", "codec_ids"))
    """Codecs offered, in order of preference."""

    rx_dtmf_format_id: RxDtmfFormat | None = Field(
        default=None, validation_alias=AliasPath("attributes", "rx_dtmf_format_id")
    )
    """The method for receiving DTMF signals from the customer's equipment."""

    tx_dtmf_format_id: TxDtmfFormat | None = Field(
        default=None, validation_alias=AliasPath("attributes", "tx_dtmf_format_id")
    )
    """The method of sending DTMF signals to the customer's equipment."""

    resolve_ruri: bool | None = Field(default=None, validation_alias=AliasPath("attributes", "resolve_ruri"))
    """Replace host part of the R-URI by the resolved IP address."""

    auth_enabled: bool | None = Field(default=None, validation_alias=AliasPath("attributes", "auth_enabled"))
    """Enable authorization for the SIP server."""

    auth_user: str | None = Field(default=None, validation_alias=AliasPath("attributes", "auth_user"))
    """Optional authorization user for the SIP server."""

    auth_password: str | None = Field(default=None, validation_alias=AliasPath("attributes", "auth_password"))
    """Optional authorization password for the SIP server."""

    auth_from_user: str | None = Field(default=None, validation_alias=AliasPath("attributes", "auth_from_user"))
    """User in the From field instead of the CallerID (overrides the CallerID). Some equipment requires From to be equal to the Auth user."""

    auth_from_domain: str | None = Field(default=None, validation_alias=AliasPath("attributes", "auth_from_domain"))
    """Default From domain in SIP messages. Some equipment requires a specific From domain."""

    sst_enabled: bool | None = Field(default=None, validation_alias=AliasPath("attributes", "sst_enabled"))
    """Enable SIP Session timers customization (RFC 4028)."""

    sst_min_timer: int | None = Field(default=None, validation_alias=AliasPath("attributes", "sst_min_timer"))
    """Minimal SIP Session timer value (default 600 seconds, RFC 4028)."""

    sst_max_timer: int | None = Field(default=None, validation_alias=AliasPath("attributes", "sst_max_timer"))
    """Maximal SIP Session timer value (default 900 seconds, RFC 4028)."""

    sst_accept_501: bool | None = Field(default=None, validation_alias=AliasPath("attributes", "sst_accept_501"))
    """Do not drop the call after receiving SIP 501 response for non-critical messages."""

    sst_session_expires: int | None = Field(
        default=None, validation_alias=AliasPath("attributes", "sst_session_expires")
    )
    """Session-Expires header value; optional, in the range of sst_min_timer and sst_max_timer.

    Nullable.
    """

    sst_refresh_method_id: SstRefreshMethod | None = Field(
        default=None, validation_alias=AliasPath("attributes", "sst_refresh_method_id")
    )
    """SIP method used for session update (RFC 4028)."""

    sip_timer_b: int | None = Field(default=None, validation_alias=AliasPath("attributes", "sip_timer_b"))
    """INVITE transaction timeout (default 8000 ms, RFC 3261 17.1.1.2)."""

    dns_srv_failover_timer: int | None = Field(
        default=None, validation_alias=AliasPath("attributes", "dns_srv_failover_timer")
    )
    """INVITE transaction timeout for each gateway with DNS SRV rerouting (default 2000 ms)."""

    rtp_ping: bool | None = Field(default=None, validation_alias=AliasPath("attributes", "rtp_ping"))
    """Send an empty RTP packet (RTP PING) after the call is established; needed when both parties run Symmetric RTP / COMEDIA and wait for the other to start sending RTP."""

    rtp_timeout: int | None = Field(default=None, validation_alias=AliasPath("attributes", "rtp_timeout"))
    """Disconnect the call if RTP packets do not arrive within this time (seconds)."""

    force_symmetric_rtp: bool | None = Field(
        default=None, validation_alias=AliasPath("attributes", "force_symmetric_rtp")
    )
    """Force Symmetric RTP / COMEDIA mode."""

    symmetric_rtp_ignore_rtcp: bool | None = Field(
        default=None, validation_alias=AliasPath("attributes", "symmetric_rtp_ignore_rtcp")
    )
    """In Symmetric RTP / COMEDIA mode, do not switch the RTP session on RTCP packets; only RTP packets are considered."""

    rerouting_disconnect_code_ids: list[ReroutingDisconnectCode] | None = Field(
        default=None, validation_alias=AliasPath("attributes", "rerouting_disconnect_code_ids")
    )
    """SIP disconnect codes on which the call is rerouted to the next trunk."""

    transport_protocol_id: TransportProtocol | None = Field(
        default=None, validation_alias=AliasPath("attributes", "transport_protocol_id")
    )
    """The transport layer of SIP requests and responses (1 UDP, 2 TCP, 3 TLS)."""

    max_transfers: int | None = Field(default=None, validation_alias=AliasPath("attributes", "max_transfers"))
    """Maximum count of REFER requests."""

    max_30x_redirects: int | None = Field(default=None, validation_alias=AliasPath("attributes", "max_30x_redirects"))
    """Maximum count of 301/302 redirects."""

    media_encryption_mode: MediaEncryptionMode | None = Field(
        default=None, validation_alias=AliasPath("attributes", "media_encryption_mode")
    )
    """Media encryption mode."""

    stir_shaken_mode: StirShakenMode | None = Field(
        default=None, validation_alias=AliasPath("attributes", "stir_shaken_mode")
    )
    """STIR/SHAKEN mode."""

    allowed_rtp_ips: list[str] | None = Field(default=None, validation_alias=AliasPath("attributes", "allowed_rtp_ips"))
    """Allowed RTP IPs; 0 to 10 items, IPv4 or IPv6, single addresses or subnets.

    Nullable.
    """

    network_protocol_priority: NetworkProtocolPriority | None = Field(
        default=None, validation_alias=AliasPath("attributes", "network_protocol_priority")
    )
    """IP protocol preference for SIP signaling."""

    enabled_sip_registration: bool | None = Field(
        default=None, validation_alias=AliasPath("attributes", "enabled_sip_registration")
    )
    """Enables SIP registration support on the trunk. When enabled, host must be blank and use_did_in_ruri must be enabled."""

    use_did_in_ruri: bool | None = Field(default=None, validation_alias=AliasPath("attributes", "use_did_in_ruri"))
    """Use the DID number in the Request-URI of outgoing SIP requests. Requires enabled_sip_registration."""

    diversion_relay_policy: DiversionRelayPolicy | None = Field(
        default=None, validation_alias=AliasPath("attributes", "diversion_relay_policy")
    )
    """How an incoming Diversion header is relayed."""

    diversion_inject_mode: DiversionInjectMode | None = Field(
        default=None, validation_alias=AliasPath("attributes", "diversion_inject_mode")
    )
    """Whether a Diversion header with the DID number is added."""

    cnam_lookup: bool | None = Field(default=None, validation_alias=AliasPath("attributes", "cnam_lookup"))
    """Enable CNAM (Caller Name) lookup for incoming calls."""

    incoming_auth_username: str | None = Field(
        default=None, validation_alias=AliasPath("attributes", "incoming_auth_username")
    )
    """Username the customer's equipment registers with when SIP registration is enabled; generated by the server (not in the 2026-04-16 reference examples).

    Read-only: set by the server. Nullable.
    """

    incoming_auth_password: str | None = Field(
        default=None, validation_alias=AliasPath("attributes", "incoming_auth_password")
    )
    """Password the customer's equipment registers with when SIP registration is enabled; generated by the server (not in the 2026-04-16 reference examples).

    Read-only: set by the server. Nullable.
    """


VoiceInTrunkConfiguration = Annotated[
    Union[
        Annotated[SipConfiguration, Tag("SipConfiguration")],
        Annotated[PstnConfiguration, Tag("PstnConfiguration")],
        Annotated[UnknownNestedObject, Tag("")],
    ],
    Discriminator(
        nested_discriminator(
            {
                "sip_configurations": "SipConfiguration",
                "pstn_configurations": "PstnConfiguration",
            }
        )
    ),
]
"""The configuration of a voice in trunk, SIP or PSTN."""
