# generated from spec/2026-04-16 by codegen, do not edit
"""Nested objects of the DIDWW API 2026-04-16: values inside attributes, and their polymorphic unions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, ClassVar, Union

from pydantic import AliasPath, Discriminator, Field, Tag

from didww_gen._model import (
    Access,
    AttributeSpec,
    Kind,
    NestedObject,
    UnknownNestedObject,
    nested_discriminator,
)
from didww_gen._rules import NOT_BLANK, Cascade, OneOf, Range, Rule
from didww_gen._types import IsoDate, StrictBool, StrictInt, UtcTimestamp
from didww_gen.v2026_04_16.enums import (
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
    "AvailableDidOrderItem",
    "CapacityOrderItem",
    "CredentialsAndIpAuthenticationMethod",
    "DidOrderItem",
    "EmergencyOrderItem",
    "ExportFilters",
    "GenericOrderItem",
    "IpOnlyAuthenticationMethod",
    "PstnConfiguration",
    "ReservationDidOrderItem",
    "SipConfiguration",
    "TwilioAuthenticationMethod",
    "OrderItem",
    "VoiceInTrunkConfiguration",
    "VoiceOutTrunkAuthenticationMethod",
    "UnknownNestedObject",
]


class AvailableDidOrderItem(NestedObject):
    """An order item for one specific available DID (sent as a did_order_items item)."""

    WIRE_TYPE: ClassVar[str | None] = "did_order_items"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "sku_id": AttributeSpec("sku_id", Kind.PLAIN, Access.CREATE_ONLY, write_only=True, required=True),
        "available_did_id": AttributeSpec(
            "available_did_id", Kind.PLAIN, Access.CREATE_ONLY, write_only=True, required=True
        ),
        "billing_cycles_count": AttributeSpec(
            "billing_cycles_count", Kind.PLAIN, Access.CREATE_ONLY, nullable=True, write_only=True
        ),
        "prorate_days_qty": AttributeSpec("prorate_days_qty", Kind.PLAIN, Access.CREATE_ONLY, write_only=True),
    }
    __rules__: ClassVar[tuple[Rule, ...]] = (
        OneOf(
            ("qty", "available_did_id", "did_reservation_id"),
            "a DID order item orders by quantity, one available DID or one reservation, exactly one of them",
            elsewhere=(("qty", "DidOrderItem"), ("did_reservation_id", "ReservationDidOrderItem")),
        ),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            sku_id: str,
            available_did_id: str,
            billing_cycles_count: int | None = ...,
            prorate_days_qty: int = ...,
        ) -> None:
            """AvailableDidOrderItem built locally, from its writable fields (the required ones without a default); read-only ones are set by the server."""
            ...

        sku_id: str
        """The id of the stock keeping unit (stock_keeping_units) to order.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server. Required: a write without it is refused before sending.
        """

        available_did_id: str
        """The id of the available DID (available_dids) to order.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server. Required: a write without it is refused before sending.
        """

        billing_cycles_count: int | None
        """The number of billing cycles the DID renews until expiration: null (default) renews forever, 0 never renews, 2 renews twice. From 0 to 999.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server. Nullable. Default: ``null``.
        """

        prorate_days_qty: int
        """Amount of service time (days); ignored unless prorate billing is enabled for the account.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server.
        """

    else:
        sku_id: str | None = Field(default=None, validation_alias=AliasPath("attributes", "sku_id"))
        available_did_id: str | None = Field(default=None, validation_alias=AliasPath("attributes", "available_did_id"))
        billing_cycles_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "billing_cycles_count")
        )
        prorate_days_qty: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "prorate_days_qty")
        )


class CapacityOrderItem(NestedObject):
    """An order item of channels for a capacity pool; returned with its prices and billing period."""

    WIRE_TYPE: ClassVar[str | None] = "capacity_order_items"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "capacity_pool_id": AttributeSpec(
            "capacity_pool_id", Kind.PLAIN, Access.CREATE_ONLY, nullable=True, required=True
        ),
        "qty": AttributeSpec("qty", Kind.PLAIN, Access.CREATE_ONLY),
        "nrc": AttributeSpec("nrc", Kind.DECIMAL, Access.READ_ONLY),
        "mrc": AttributeSpec("mrc", Kind.DECIMAL, Access.READ_ONLY),
        "prorated_mrc": AttributeSpec("prorated_mrc", Kind.PLAIN, Access.READ_ONLY),
        "billed_from": AttributeSpec("billed_from", Kind.DATE, Access.READ_ONLY, nullable=True),
        "billed_to": AttributeSpec("billed_to", Kind.DATE, Access.READ_ONLY, nullable=True),
    }
    __rules__: ClassVar[tuple[Rule, ...]] = (Range("qty", 1, None),)

    if TYPE_CHECKING:

        def __init__(self, *, capacity_pool_id: str, qty: int = ...) -> None:
            """CapacityOrderItem built locally, from its writable fields (the required ones without a default); read-only ones are set by the server."""
            ...

        capacity_pool_id: str | None
        """The id of the capacity pool (capacity_pools) the channels are added to.

        Sent on create only; it cannot be changed later. Required: a write without it is refused before sending. Nullable.
        """

        qty: int
        """The quantity of channels.

        Sent on create only; it cannot be changed later.
        """

        @property
        def nrc(self) -> Decimal:
            """One-time activation fee (non recurring cost).

            Read-only: set by the server.
            """
            ...

        @property
        def mrc(self) -> Decimal:
            """Ongoing monthly fee (monthly recurring cost).

            Read-only: set by the server.
            """
            ...

        @property
        def prorated_mrc(self) -> bool:
            """Whether the MRC is charged prorated for services acquired in the middle of the billing cycle (false: the full amount for the full billing cycle).

            Read-only: set by the server.
            """
            ...

        @property
        def billed_from(self) -> dt.date | None:
            """Billing cycle start date.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def billed_to(self) -> dt.date | None:
            """Billing cycle end date.

            Read-only: set by the server. Nullable.
            """
            ...

    else:
        capacity_pool_id: str | None = Field(default=None, validation_alias=AliasPath("attributes", "capacity_pool_id"))
        qty: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "qty"))
        nrc: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "nrc"))
        mrc: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "mrc"))
        prorated_mrc: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "prorated_mrc"))
        billed_from: IsoDate | None = Field(default=None, validation_alias=AliasPath("attributes", "billed_from"))
        billed_to: IsoDate | None = Field(default=None, validation_alias=AliasPath("attributes", "billed_to"))


class CredentialsAndIpAuthenticationMethod(NestedObject):
    """Voice out trunk authentication by server-generated SIP credentials and allowed originating IPs."""

    WIRE_TYPE: ClassVar[str | None] = "credentials_and_ip"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "allowed_sip_ips": AttributeSpec(
            "allowed_sip_ips", Kind.LIST, Access.CREATE_UPDATE, nullable=True, mutable=True, required=True
        ),
        "tech_prefix": AttributeSpec("tech_prefix", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "username": AttributeSpec("username", Kind.PLAIN, Access.READ_ONLY, nullable=True, secret=True),
        "password": AttributeSpec("password", Kind.PLAIN, Access.READ_ONLY, nullable=True, secret=True),
    }

    if TYPE_CHECKING:

        def __init__(self, *, allowed_sip_ips: list[str], tech_prefix: str | None = ...) -> None:
            """CredentialsAndIpAuthenticationMethod built locally, from its writable fields (the required ones without a default); read-only ones are set by the server."""
            ...

        allowed_sip_ips: list[str] | None
        """Allowed originating IPs; 0 to 15 items, IPv4 or IPv6, single addresses or subnets. Required for this type.

        Required: a write without it is refused before sending. Nullable.
        """

        tech_prefix: str | None
        """Technical prefix prepended to the destination number: digits and '#' only, up to 8 characters.

        Nullable.
        """

        @property
        def username(self) -> str | None:
            """Auto-generated SIP username (regenerated by voice_out_trunk_regenerate_credentials).

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def password(self) -> str | None:
            """Auto-generated SIP password (regenerated by voice_out_trunk_regenerate_credentials).

            Read-only: set by the server. Nullable.
            """
            ...

    else:
        allowed_sip_ips: list[str] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "allowed_sip_ips")
        )
        tech_prefix: str | None = Field(default=None, validation_alias=AliasPath("attributes", "tech_prefix"))
        username: str | None = Field(default=None, validation_alias=AliasPath("attributes", "username"))
        password: str | None = Field(default=None, validation_alias=AliasPath("attributes", "password"))


class DidOrderItem(NestedObject):
    """An order item of DIDs: sent with a stock keeping unit and a quantity (optionally an NPA/NXX prefix) to order numbers of a DID group; returned with its prices and billing period."""

    WIRE_TYPE: ClassVar[str | None] = "did_order_items"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "sku_id": AttributeSpec("sku_id", Kind.PLAIN, Access.CREATE_ONLY, write_only=True, required=True),
        "qty": AttributeSpec("qty", Kind.PLAIN, Access.CREATE_ONLY),
        "billing_cycles_count": AttributeSpec(
            "billing_cycles_count", Kind.PLAIN, Access.CREATE_ONLY, nullable=True, write_only=True
        ),
        "nanpa_prefix_id": AttributeSpec("nanpa_prefix_id", Kind.PLAIN, Access.CREATE_ONLY, write_only=True),
        "prorate_days_qty": AttributeSpec("prorate_days_qty", Kind.PLAIN, Access.CREATE_ONLY, write_only=True),
        "nrc": AttributeSpec("nrc", Kind.DECIMAL, Access.READ_ONLY),
        "mrc": AttributeSpec("mrc", Kind.DECIMAL, Access.READ_ONLY),
        "prorated_mrc": AttributeSpec("prorated_mrc", Kind.PLAIN, Access.READ_ONLY),
        "billed_from": AttributeSpec("billed_from", Kind.DATE, Access.READ_ONLY, nullable=True),
        "billed_to": AttributeSpec("billed_to", Kind.DATE, Access.READ_ONLY, nullable=True),
        "setup_price": AttributeSpec("setup_price", Kind.DECIMAL, Access.READ_ONLY),
        "monthly_price": AttributeSpec("monthly_price", Kind.DECIMAL, Access.READ_ONLY),
        "did_group_id": AttributeSpec("did_group_id", Kind.PLAIN, Access.READ_ONLY, nullable=True),
    }
    __rules__: ClassVar[tuple[Rule, ...]] = (
        OneOf(
            ("qty", "available_did_id", "did_reservation_id"),
            "a DID order item orders by quantity, one available DID or one reservation, exactly one of them",
            elsewhere=(
                ("available_did_id", "AvailableDidOrderItem"),
                ("did_reservation_id", "ReservationDidOrderItem"),
            ),
        ),
        Range("qty", 1, None),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            sku_id: str,
            qty: int,
            billing_cycles_count: int | None = ...,
            nanpa_prefix_id: str = ...,
            prorate_days_qty: int = ...,
        ) -> None:
            """DidOrderItem built locally, from its writable fields (the required ones without a default); read-only ones are set by the server."""
            ...

        sku_id: str
        """The id of the stock keeping unit (stock_keeping_units) to order, used with qty (or with available_did_id / did_reservation_id, see AvailableDidOrderItem and ReservationDidOrderItem).

        Sent on create only; it cannot be changed later. Write-only: never returned by the server. Required: a write without it is refused before sending.
        """

        qty: int
        """The quantity of DIDs ordered.

        Sent on create only; it cannot be changed later.
        """

        billing_cycles_count: int | None
        """The number of billing cycles the DIDs renew until expiration: null (default) renews forever, 0 never renews, 2 renews twice. From 0 to 999.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server. Nullable. Default: ``null``.
        """

        nanpa_prefix_id: str
        """The id of the NPA NXX group (nanpa_prefixes) the numbers are taken from.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server.
        """

        prorate_days_qty: int
        """Amount of service time (days); ignored unless prorate billing is enabled for the account.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server.
        """

        @property
        def nrc(self) -> Decimal:
            """One-time activation fee (non recurring cost).

            Read-only: set by the server.
            """
            ...

        @property
        def mrc(self) -> Decimal:
            """Ongoing monthly fee (monthly recurring cost).

            Read-only: set by the server.
            """
            ...

        @property
        def prorated_mrc(self) -> bool:
            """Whether the MRC is charged prorated for services acquired in the middle of the billing cycle (false: the full amount for the full billing cycle).

            Read-only: set by the server.
            """
            ...

        @property
        def billed_from(self) -> dt.date | None:
            """Billing cycle start date.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def billed_to(self) -> dt.date | None:
            """Billing cycle end date.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def setup_price(self) -> Decimal:
            """Setup price of the stock keeping unit (in the examples, not in the definition).

            Read-only: set by the server.
            """
            ...

        @property
        def monthly_price(self) -> Decimal:
            """Monthly price of the stock keeping unit (in the examples, not in the definition).

            Read-only: set by the server.
            """
            ...

        @property
        def did_group_id(self) -> str | None:
            """The id of the DID group of the ordered numbers.

            Read-only: set by the server. Nullable.
            """
            ...

    else:
        sku_id: str | None = Field(default=None, validation_alias=AliasPath("attributes", "sku_id"))
        qty: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "qty"))
        billing_cycles_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "billing_cycles_count")
        )
        nanpa_prefix_id: str | None = Field(default=None, validation_alias=AliasPath("attributes", "nanpa_prefix_id"))
        prorate_days_qty: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "prorate_days_qty")
        )
        nrc: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "nrc"))
        mrc: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "mrc"))
        prorated_mrc: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "prorated_mrc"))
        billed_from: IsoDate | None = Field(default=None, validation_alias=AliasPath("attributes", "billed_from"))
        billed_to: IsoDate | None = Field(default=None, validation_alias=AliasPath("attributes", "billed_to"))
        setup_price: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "setup_price"))
        monthly_price: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "monthly_price"))
        did_group_id: str | None = Field(default=None, validation_alias=AliasPath("attributes", "did_group_id"))


class EmergencyOrderItem(NestedObject):
    """An order item of an emergency order, for an emergency calling service."""

    WIRE_TYPE: ClassVar[str | None] = "emergency_order_items"
    __refusal__: ClassVar[str | None] = "the API only returns it, it is never sent"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "qty": AttributeSpec("qty", Kind.PLAIN, Access.READ_ONLY),
        "nrc": AttributeSpec("nrc", Kind.DECIMAL, Access.READ_ONLY),
        "mrc": AttributeSpec("mrc", Kind.DECIMAL, Access.READ_ONLY),
        "prorated_mrc": AttributeSpec("prorated_mrc", Kind.PLAIN, Access.READ_ONLY),
        "billed_from": AttributeSpec("billed_from", Kind.DATE, Access.READ_ONLY, nullable=True),
        "billed_to": AttributeSpec("billed_to", Kind.DATE, Access.READ_ONLY, nullable=True),
        "emergency_calling_service_id": AttributeSpec(
            "emergency_calling_service_id", Kind.PLAIN, Access.READ_ONLY, nullable=True
        ),
    }

    if TYPE_CHECKING:

        def __init__(self) -> None:
            """EmergencyOrderItem built locally, from its writable fields; read-only ones are set by the server."""
            ...

        @property
        def qty(self) -> int:
            """Quantity of services.

            Read-only: set by the server.
            """
            ...

        @property
        def nrc(self) -> Decimal:
            """One-time activation fee (non recurring cost).

            Read-only: set by the server.
            """
            ...

        @property
        def mrc(self) -> Decimal:
            """Ongoing monthly fee (monthly recurring cost).

            Read-only: set by the server.
            """
            ...

        @property
        def prorated_mrc(self) -> bool:
            """Whether the MRC is charged prorated for services acquired in the middle of the billing cycle (false: the full amount for the full billing cycle).

            Read-only: set by the server.
            """
            ...

        @property
        def billed_from(self) -> dt.date | None:
            """Billing cycle start date.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def billed_to(self) -> dt.date | None:
            """Billing cycle end date.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def emergency_calling_service_id(self) -> str | None:
            """The id of the associated emergency calling service (emergency_calling_services).

            Read-only: set by the server. Nullable.
            """
            ...

    else:
        qty: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "qty"))
        nrc: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "nrc"))
        mrc: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "mrc"))
        prorated_mrc: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "prorated_mrc"))
        billed_from: IsoDate | None = Field(default=None, validation_alias=AliasPath("attributes", "billed_from"))
        billed_to: IsoDate | None = Field(default=None, validation_alias=AliasPath("attributes", "billed_to"))
        emergency_calling_service_id: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "emergency_calling_service_id")
        )


class ExportFilters(NestedObject):
    """The filters of an export: the CDR timestamp range (required) and a DID number (cdr_in) or a voice out trunk id (cdr_out)."""

    WIRE_TYPE: ClassVar[str | None] = None
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "from_": AttributeSpec("from", Kind.TIMESTAMP, Access.CREATE_ONLY, always_answered=False),
        "to": AttributeSpec("to", Kind.TIMESTAMP, Access.CREATE_ONLY, always_answered=False),
        "did_number": AttributeSpec("did_number", Kind.PLAIN, Access.CREATE_ONLY, always_answered=False),
        "voice_out_trunk_id": AttributeSpec(
            "voice_out_trunk.id", Kind.PLAIN, Access.CREATE_ONLY, always_answered=False
        ),
        "year": AttributeSpec("year", Kind.PLAIN, Access.READ_ONLY, always_answered=False),
        "month": AttributeSpec("month", Kind.PLAIN, Access.READ_ONLY, always_answered=False),
    }

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            from_: UtcTimestamp = ...,
            to: UtcTimestamp = ...,
            did_number: str = ...,
            voice_out_trunk_id: str = ...,
        ) -> None:
            """ExportFilters built locally, from its writable fields; read-only ones are set by the server."""
            ...

        @property
        def from_(self) -> UtcTimestamp | None:
            """Start of the CDR timestamp range (greater than or equal), sent formatted YYYY-MM-DD HH:MM:SS (UTC).

            Sent on create only; it cannot be changed later. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @from_.setter
        def from_(self, value: UtcTimestamp) -> None: ...

        @property
        def to(self) -> UtcTimestamp | None:
            """End of the CDR timestamp range (less than), sent formatted YYYY-MM-DD HH:MM:SS (UTC).

            Sent on create only; it cannot be changed later. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @to.setter
        def to(self, value: UtcTimestamp) -> None: ...

        @property
        def did_number(self) -> str | None:
            """Filters inbound CDRs (cdr_in) by DID number.

            Sent on create only; it cannot be changed later. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @did_number.setter
        def did_number(self, value: str) -> None: ...

        @property
        def voice_out_trunk_id(self) -> str | None:
            """Filters outbound CDRs (cdr_out) by voice out trunk id.

            Sent on create only; it cannot be changed later. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @voice_out_trunk_id.setter
        def voice_out_trunk_id(self, value: str) -> None: ...

        @property
        def year(self) -> int | None:
            """Year of the CDRs of an export created before the from/to filters replaced year and month (seen only in example responses).

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @property
        def month(self) -> int | None:
            """Month of the CDRs of an export created before the from/to filters replaced year and month (seen only in example responses).

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

    else:
        from_: UtcTimestamp | None = Field(default=None, validation_alias="from")
        to: UtcTimestamp | None = Field(default=None)
        did_number: str | None = Field(default=None)
        voice_out_trunk_id: str | None = Field(default=None, validation_alias="voice_out_trunk.id")
        year: StrictInt | None = Field(default=None)
        month: StrictInt | None = Field(default=None)


class GenericOrderItem(NestedObject):
    """An order item of another kind. Not in the 2026-04-16 reference; the official SDKs decode it."""

    WIRE_TYPE: ClassVar[str | None] = "generic_order_items"
    __refusal__: ClassVar[str | None] = "the API only returns it, it is never sent"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "qty": AttributeSpec("qty", Kind.PLAIN, Access.READ_ONLY),
        "nrc": AttributeSpec("nrc", Kind.DECIMAL, Access.READ_ONLY),
        "mrc": AttributeSpec("mrc", Kind.DECIMAL, Access.READ_ONLY),
        "prorated_mrc": AttributeSpec("prorated_mrc", Kind.PLAIN, Access.READ_ONLY),
        "billed_from": AttributeSpec("billed_from", Kind.DATE, Access.READ_ONLY, nullable=True),
        "billed_to": AttributeSpec("billed_to", Kind.DATE, Access.READ_ONLY, nullable=True),
    }

    if TYPE_CHECKING:

        def __init__(self) -> None:
            """GenericOrderItem built locally, from its writable fields; read-only ones are set by the server."""
            ...

        @property
        def qty(self) -> int:
            """Quantity of services.

            Read-only: set by the server.
            """
            ...

        @property
        def nrc(self) -> Decimal:
            """One-time activation fee (non recurring cost).

            Read-only: set by the server.
            """
            ...

        @property
        def mrc(self) -> Decimal:
            """Ongoing monthly fee (monthly recurring cost).

            Read-only: set by the server.
            """
            ...

        @property
        def prorated_mrc(self) -> bool:
            """Whether the MRC is charged prorated for services acquired in the middle of the billing cycle (false: the full amount for the full billing cycle).

            Read-only: set by the server.
            """
            ...

        @property
        def billed_from(self) -> dt.date | None:
            """Billing cycle start date.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def billed_to(self) -> dt.date | None:
            """Billing cycle end date.

            Read-only: set by the server. Nullable.
            """
            ...

    else:
        qty: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "qty"))
        nrc: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "nrc"))
        mrc: Decimal | None = Field(default=None, validation_alias=AliasPath("attributes", "mrc"))
        prorated_mrc: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "prorated_mrc"))
        billed_from: IsoDate | None = Field(default=None, validation_alias=AliasPath("attributes", "billed_from"))
        billed_to: IsoDate | None = Field(default=None, validation_alias=AliasPath("attributes", "billed_to"))


class IpOnlyAuthenticationMethod(NestedObject):
    """Voice out trunk authentication by originating IP only; cannot be set on create or update (set by DIDWW), read-only once set."""

    WIRE_TYPE: ClassVar[str | None] = "ip_only"
    __refusal__: ClassVar[str | None] = (
        "only DIDWW staff configure IP-only authentication; send a CredentialsAndIpAuthenticationMethod or a TwilioAuthenticationMethod instead"
    )
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "allowed_sip_ips": AttributeSpec("allowed_sip_ips", Kind.LIST, Access.READ_ONLY, nullable=True, mutable=True),
        "tech_prefix": AttributeSpec("tech_prefix", Kind.PLAIN, Access.READ_ONLY, nullable=True),
    }

    if TYPE_CHECKING:

        def __init__(self) -> None:
            """IpOnlyAuthenticationMethod built locally, from its writable fields; read-only ones are set by the server."""
            ...

        @property
        def allowed_sip_ips(self) -> list[str] | None:
            """Allowed originating IPs; 0 to 15 items, IPv4 or IPv6, single addresses or subnets. Read-only after creation.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def tech_prefix(self) -> str | None:
            """Technical prefix prepended to the destination number: digits and '#' only, up to 8 characters.

            Read-only: set by the server. Nullable.
            """
            ...

    else:
        allowed_sip_ips: list[str] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "allowed_sip_ips")
        )
        tech_prefix: str | None = Field(default=None, validation_alias=AliasPath("attributes", "tech_prefix"))


class PstnConfiguration(NestedObject):
    """PSTN configuration of a voice in trunk (calls forwarded to a phone number)."""

    WIRE_TYPE: ClassVar[str | None] = "pstn_configurations"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "dst": AttributeSpec("dst", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
    }

    if TYPE_CHECKING:

        def __init__(self, *, dst: str | None = ...) -> None:
            """PstnConfiguration built locally, from its writable fields; read-only ones are set by the server."""
            ...

        dst: str | None
        """The phone number calls are forwarded to.

        Nullable.
        """

    else:
        dst: str | None = Field(default=None, validation_alias=AliasPath("attributes", "dst"))


class ReservationDidOrderItem(NestedObject):
    """An order item for a reserved DID (sent as a did_order_items item)."""

    WIRE_TYPE: ClassVar[str | None] = "did_order_items"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "sku_id": AttributeSpec("sku_id", Kind.PLAIN, Access.CREATE_ONLY, write_only=True, required=True),
        "did_reservation_id": AttributeSpec(
            "did_reservation_id", Kind.PLAIN, Access.CREATE_ONLY, write_only=True, required=True
        ),
        "billing_cycles_count": AttributeSpec(
            "billing_cycles_count", Kind.PLAIN, Access.CREATE_ONLY, nullable=True, write_only=True
        ),
        "prorate_days_qty": AttributeSpec("prorate_days_qty", Kind.PLAIN, Access.CREATE_ONLY, write_only=True),
    }
    __rules__: ClassVar[tuple[Rule, ...]] = (
        OneOf(
            ("qty", "available_did_id", "did_reservation_id"),
            "a DID order item orders by quantity, one available DID or one reservation, exactly one of them",
            elsewhere=(("qty", "DidOrderItem"), ("available_did_id", "AvailableDidOrderItem")),
        ),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            sku_id: str,
            did_reservation_id: str,
            billing_cycles_count: int | None = ...,
            prorate_days_qty: int = ...,
        ) -> None:
            """ReservationDidOrderItem built locally, from its writable fields (the required ones without a default); read-only ones are set by the server."""
            ...

        sku_id: str
        """The id of the stock keeping unit (stock_keeping_units) to order.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server. Required: a write without it is refused before sending.
        """

        did_reservation_id: str
        """The id of the DID reservation (did_reservations) to order.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server. Required: a write without it is refused before sending.
        """

        billing_cycles_count: int | None
        """The number of billing cycles the DID renews until expiration: null (default) renews forever, 0 never renews, 2 renews twice. From 0 to 999.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server. Nullable. Default: ``null``.
        """

        prorate_days_qty: int
        """Amount of service time (days); ignored unless prorate billing is enabled for the account.

        Sent on create only; it cannot be changed later. Write-only: never returned by the server.
        """

    else:
        sku_id: str | None = Field(default=None, validation_alias=AliasPath("attributes", "sku_id"))
        did_reservation_id: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "did_reservation_id")
        )
        billing_cycles_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "billing_cycles_count")
        )
        prorate_days_qty: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "prorate_days_qty")
        )


class SipConfiguration(NestedObject):
    """SIP configuration of a voice in trunk."""

    WIRE_TYPE: ClassVar[str | None] = "sip_configurations"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "username": AttributeSpec("username", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "host": AttributeSpec("host", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "port": AttributeSpec("port", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "codec_ids": AttributeSpec("codec_ids", Kind.LIST, Access.CREATE_UPDATE, mutable=True),
        "rx_dtmf_format_id": AttributeSpec("rx_dtmf_format_id", Kind.ENUM, Access.CREATE_UPDATE, nullable=True),
        "tx_dtmf_format_id": AttributeSpec("tx_dtmf_format_id", Kind.ENUM, Access.CREATE_UPDATE, nullable=True),
        "resolve_ruri": AttributeSpec("resolve_ruri", Kind.PLAIN, Access.CREATE_UPDATE),
        "auth_enabled": AttributeSpec("auth_enabled", Kind.PLAIN, Access.CREATE_UPDATE),
        "auth_user": AttributeSpec("auth_user", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "auth_password": AttributeSpec("auth_password", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True, secret=True),
        "auth_from_user": AttributeSpec("auth_from_user", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "auth_from_domain": AttributeSpec("auth_from_domain", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "sst_enabled": AttributeSpec("sst_enabled", Kind.PLAIN, Access.CREATE_UPDATE),
        "sst_min_timer": AttributeSpec("sst_min_timer", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "sst_max_timer": AttributeSpec("sst_max_timer", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "sst_accept_501": AttributeSpec("sst_accept_501", Kind.PLAIN, Access.CREATE_UPDATE),
        "sst_session_expires": AttributeSpec("sst_session_expires", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "sst_refresh_method_id": AttributeSpec("sst_refresh_method_id", Kind.ENUM, Access.CREATE_UPDATE),
        "sip_timer_b": AttributeSpec("sip_timer_b", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "dns_srv_failover_timer": AttributeSpec(
            "dns_srv_failover_timer", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True
        ),
        "rtp_ping": AttributeSpec("rtp_ping", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "rtp_timeout": AttributeSpec("rtp_timeout", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "force_symmetric_rtp": AttributeSpec("force_symmetric_rtp", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "symmetric_rtp_ignore_rtcp": AttributeSpec(
            "symmetric_rtp_ignore_rtcp", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True
        ),
        "rerouting_disconnect_code_ids": AttributeSpec(
            "rerouting_disconnect_code_ids", Kind.LIST, Access.CREATE_UPDATE, nullable=True, mutable=True
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
        "incoming_auth_username": AttributeSpec(
            "incoming_auth_username", Kind.PLAIN, Access.READ_ONLY, nullable=True, secret=True
        ),
        "incoming_auth_password": AttributeSpec(
            "incoming_auth_password", Kind.PLAIN, Access.READ_ONLY, nullable=True, secret=True
        ),
    }
    __rules__: ClassVar[tuple[Rule, ...]] = (
        Cascade("host", NOT_BLANK, (("enabled_sip_registration", False), ("use_did_in_ruri", False))),
        Cascade("enabled_sip_registration", True, (("host", None), ("port", None))),
        Cascade("enabled_sip_registration", False, (("use_did_in_ruri", False),)),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            username: str | None = ...,
            host: str | None = ...,
            port: int | None = ...,
            codec_ids: list[Codec] = ...,
            rx_dtmf_format_id: RxDtmfFormat | None = ...,
            tx_dtmf_format_id: TxDtmfFormat | None = ...,
            resolve_ruri: bool = ...,
            auth_enabled: bool = ...,
            auth_user: str | None = ...,
            auth_password: str | None = ...,
            auth_from_user: str | None = ...,
            auth_from_domain: str | None = ...,
            sst_enabled: bool = ...,
            sst_min_timer: int | None = ...,
            sst_max_timer: int | None = ...,
            sst_accept_501: bool = ...,
            sst_session_expires: int | None = ...,
            sst_refresh_method_id: SstRefreshMethod = ...,
            sip_timer_b: int | None = ...,
            dns_srv_failover_timer: int | None = ...,
            rtp_ping: bool | None = ...,
            rtp_timeout: int | None = ...,
            force_symmetric_rtp: bool | None = ...,
            symmetric_rtp_ignore_rtcp: bool | None = ...,
            rerouting_disconnect_code_ids: list[ReroutingDisconnectCode] | None = ...,
            transport_protocol_id: TransportProtocol = ...,
            max_transfers: int = ...,
            max_30x_redirects: int = ...,
            media_encryption_mode: MediaEncryptionMode = ...,
            stir_shaken_mode: StirShakenMode = ...,
            allowed_rtp_ips: list[str] | None = ...,
            network_protocol_priority: NetworkProtocolPriority = ...,
            enabled_sip_registration: bool = ...,
            use_did_in_ruri: bool = ...,
            diversion_relay_policy: DiversionRelayPolicy = ...,
            diversion_inject_mode: DiversionInjectMode = ...,
            cnam_lookup: bool = ...,
        ) -> None:
            """SipConfiguration built locally, from its writable fields; read-only ones are set by the server."""
            ...

        username: str | None
        """User part of R-URI in INVITE request. You may use the "{DID}" pattern, replaced by the called DID number in E.164 format; for example "+{DID}" for +E164 format.

        Nullable.
        """

        host: str | None
        """Host part of R-URI in INVITE request. Must be blank when SIP registration is enabled.

        Nullable.
        """

        port: int | None
        """Port part of R-URI in INVITE request (not mandatory). If port is null, the SRV record is resolved (or the A record if SRV is unavailable).

        Nullable.
        """

        codec_ids: list[Codec]
        """Codecs offered, in order of preference."""

        rx_dtmf_format_id: RxDtmfFormat | None
        """The method for receiving DTMF signals from the customer's equipment.

        Nullable.
        """

        tx_dtmf_format_id: TxDtmfFormat | None
        """The method of sending DTMF signals to the customer's equipment.

        Nullable.
        """

        resolve_ruri: bool
        """Replace host part of the R-URI by the resolved IP address."""

        auth_enabled: bool
        """Enable authorization for the SIP server."""

        auth_user: str | None
        """Optional authorization user for the SIP server.

        Nullable.
        """

        auth_password: str | None
        """Optional authorization password for the SIP server.

        Nullable.
        """

        auth_from_user: str | None
        """User in the From field instead of the CallerID (overrides the CallerID). Some equipment requires From to be equal to the Auth user.

        Nullable.
        """

        auth_from_domain: str | None
        """Default From domain in SIP messages. Some equipment requires a specific From domain.

        Nullable.
        """

        sst_enabled: bool
        """Enable SIP Session timers customization (RFC 4028)."""

        sst_min_timer: int | None
        """Minimal SIP Session timer value (default 600 seconds, RFC 4028).

        Nullable. Default: ``600``.
        """

        sst_max_timer: int | None
        """Maximal SIP Session timer value (default 900 seconds, RFC 4028).

        Nullable. Default: ``900``.
        """

        sst_accept_501: bool
        """Do not drop the call after receiving SIP 501 response for non-critical messages."""

        sst_session_expires: int | None
        """Session-Expires header value; optional, in the range of sst_min_timer and sst_max_timer.

        Nullable.
        """

        sst_refresh_method_id: SstRefreshMethod
        """SIP method used for session update (RFC 4028)."""

        sip_timer_b: int | None
        """INVITE transaction timeout (default 8000 ms, RFC 3261 17.1.1.2).

        Nullable. Default: ``8000``.
        """

        dns_srv_failover_timer: int | None
        """INVITE transaction timeout for each gateway with DNS SRV rerouting (default 2000 ms).

        Nullable. Default: ``2000``.
        """

        rtp_ping: bool | None
        """Send an empty RTP packet (RTP PING) after the call is established; needed when both parties run Symmetric RTP / COMEDIA and wait for the other to start sending RTP.

        Nullable.
        """

        rtp_timeout: int | None
        """Disconnect the call if RTP packets do not arrive within the specified time.

        Nullable.
        """

        force_symmetric_rtp: bool | None
        """Force Symmetric RTP / COMEDIA mode.

        Nullable.
        """

        symmetric_rtp_ignore_rtcp: bool | None
        """In Symmetric RTP / COMEDIA mode, do not switch the RTP session on RTCP packets; only RTP packets are considered.

        Nullable.
        """

        rerouting_disconnect_code_ids: list[ReroutingDisconnectCode] | None
        """SIP disconnect codes on which the call is rerouted to the next trunk.

        Nullable.
        """

        transport_protocol_id: TransportProtocol
        """The transport layer of SIP requests and responses (1 UDP, 2 TCP, 3 TLS)."""

        max_transfers: int
        """Maximum count of REFER requests."""

        max_30x_redirects: int
        """Maximum count of 301/302 redirects."""

        media_encryption_mode: MediaEncryptionMode
        """Media encryption mode."""

        stir_shaken_mode: StirShakenMode
        """STIR/SHAKEN mode."""

        allowed_rtp_ips: list[str] | None
        """Allowed RTP IPs; 0 to 10 items, IPv4 or IPv6, single addresses or subnets.

        Nullable.
        """

        network_protocol_priority: NetworkProtocolPriority
        """IP protocol preference for SIP signaling."""

        enabled_sip_registration: bool
        """Enables SIP registration support on the trunk. When enabled, host (and, per the request schemes, port) must be blank and use_did_in_ruri must be enabled."""

        use_did_in_ruri: bool
        """Use the DID number in the Request-URI of outgoing SIP requests. Requires enabled_sip_registration."""

        diversion_relay_policy: DiversionRelayPolicy
        """How an incoming Diversion header is relayed."""

        diversion_inject_mode: DiversionInjectMode
        """Whether a Diversion header with the DID number is added."""

        cnam_lookup: bool
        """Enable CNAM (Caller Name) lookup for incoming calls."""

        @property
        def incoming_auth_username(self) -> str | None:
            """Username the customer's equipment registers with when SIP registration is enabled; generated by the server (not in the 2026-04-16 reference examples).

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def incoming_auth_password(self) -> str | None:
            """Password the customer's equipment registers with when SIP registration is enabled; generated by the server (not in the 2026-04-16 reference examples).

            Read-only: set by the server. Nullable.
            """
            ...

    else:
        username: str | None = Field(default=None, validation_alias=AliasPath("attributes", "username"))
        host: str | None = Field(default=None, validation_alias=AliasPath("attributes", "host"))
        port: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "port"))
        codec_ids: list[Codec] | None = Field(default=None, validation_alias=AliasPath("attributes", "codec_ids"))
        rx_dtmf_format_id: RxDtmfFormat | None = Field(
            default=None, validation_alias=AliasPath("attributes", "rx_dtmf_format_id")
        )
        tx_dtmf_format_id: TxDtmfFormat | None = Field(
            default=None, validation_alias=AliasPath("attributes", "tx_dtmf_format_id")
        )
        resolve_ruri: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "resolve_ruri"))
        auth_enabled: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "auth_enabled"))
        auth_user: str | None = Field(default=None, validation_alias=AliasPath("attributes", "auth_user"))
        auth_password: str | None = Field(default=None, validation_alias=AliasPath("attributes", "auth_password"))
        auth_from_user: str | None = Field(default=None, validation_alias=AliasPath("attributes", "auth_from_user"))
        auth_from_domain: str | None = Field(default=None, validation_alias=AliasPath("attributes", "auth_from_domain"))
        sst_enabled: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "sst_enabled"))
        sst_min_timer: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "sst_min_timer"))
        sst_max_timer: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "sst_max_timer"))
        sst_accept_501: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "sst_accept_501")
        )
        sst_session_expires: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "sst_session_expires")
        )
        sst_refresh_method_id: SstRefreshMethod | None = Field(
            default=None, validation_alias=AliasPath("attributes", "sst_refresh_method_id")
        )
        sip_timer_b: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "sip_timer_b"))
        dns_srv_failover_timer: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "dns_srv_failover_timer")
        )
        rtp_ping: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "rtp_ping"))
        rtp_timeout: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "rtp_timeout"))
        force_symmetric_rtp: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "force_symmetric_rtp")
        )
        symmetric_rtp_ignore_rtcp: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "symmetric_rtp_ignore_rtcp")
        )
        rerouting_disconnect_code_ids: list[ReroutingDisconnectCode] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "rerouting_disconnect_code_ids")
        )
        transport_protocol_id: TransportProtocol | None = Field(
            default=None, validation_alias=AliasPath("attributes", "transport_protocol_id")
        )
        max_transfers: StrictInt | None = Field(default=None, validation_alias=AliasPath("attributes", "max_transfers"))
        max_30x_redirects: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "max_30x_redirects")
        )
        media_encryption_mode: MediaEncryptionMode | None = Field(
            default=None, validation_alias=AliasPath("attributes", "media_encryption_mode")
        )
        stir_shaken_mode: StirShakenMode | None = Field(
            default=None, validation_alias=AliasPath("attributes", "stir_shaken_mode")
        )
        allowed_rtp_ips: list[str] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "allowed_rtp_ips")
        )
        network_protocol_priority: NetworkProtocolPriority | None = Field(
            default=None, validation_alias=AliasPath("attributes", "network_protocol_priority")
        )
        enabled_sip_registration: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "enabled_sip_registration")
        )
        use_did_in_ruri: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "use_did_in_ruri")
        )
        diversion_relay_policy: DiversionRelayPolicy | None = Field(
            default=None, validation_alias=AliasPath("attributes", "diversion_relay_policy")
        )
        diversion_inject_mode: DiversionInjectMode | None = Field(
            default=None, validation_alias=AliasPath("attributes", "diversion_inject_mode")
        )
        cnam_lookup: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "cnam_lookup"))
        incoming_auth_username: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "incoming_auth_username")
        )
        incoming_auth_password: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "incoming_auth_password")
        )


class TwilioAuthenticationMethod(NestedObject):
    """Voice out trunk authentication by Twilio account."""

    WIRE_TYPE: ClassVar[str | None] = "twilio"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "twilio_account_sid": AttributeSpec(
            "twilio_account_sid", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True, required=True
        ),
    }

    if TYPE_CHECKING:

        def __init__(self, *, twilio_account_sid: str) -> None:
            """TwilioAuthenticationMethod built locally, from its writable fields (the required ones without a default); read-only ones are set by the server."""
            ...

        twilio_account_sid: str | None
        """Twilio Account SID. Required for this type.

        Required: a write without it is refused before sending. Nullable.
        """

    else:
        twilio_account_sid: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "twilio_account_sid")
        )


OrderItem = Annotated[
    Union[
        Annotated[DidOrderItem, Tag("DidOrderItem")],
        Annotated[AvailableDidOrderItem, Tag("AvailableDidOrderItem")],
        Annotated[ReservationDidOrderItem, Tag("ReservationDidOrderItem")],
        Annotated[CapacityOrderItem, Tag("CapacityOrderItem")],
        Annotated[EmergencyOrderItem, Tag("EmergencyOrderItem")],
        Annotated[GenericOrderItem, Tag("GenericOrderItem")],
        Annotated[UnknownNestedObject, Tag("")],
    ],
    Discriminator(
        nested_discriminator(
            {
                "did_order_items": "DidOrderItem",
                "capacity_order_items": "CapacityOrderItem",
                "emergency_order_items": "EmergencyOrderItem",
                "generic_order_items": "GenericOrderItem",
            }
        )
    ),
]
"""An item of an order (DIDs, specific DIDs, capacity, emergency or generic)."""


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


VoiceOutTrunkAuthenticationMethod = Annotated[
    Union[
        Annotated[CredentialsAndIpAuthenticationMethod, Tag("CredentialsAndIpAuthenticationMethod")],
        Annotated[TwilioAuthenticationMethod, Tag("TwilioAuthenticationMethod")],
        Annotated[IpOnlyAuthenticationMethod, Tag("IpOnlyAuthenticationMethod")],
        Annotated[UnknownNestedObject, Tag("")],
    ],
    Discriminator(
        nested_discriminator(
            {
                "credentials_and_ip": "CredentialsAndIpAuthenticationMethod",
                "twilio": "TwilioAuthenticationMethod",
                "ip_only": "IpOnlyAuthenticationMethod",
            }
        )
    ),
]
"""The authentication method of a voice out trunk."""
