"""The floor of typed decoding: msgspec Structs for the same JSON:API documents, run in the bench venv only.

``msgspec`` is never a dependency of didww_gen: it is pinned in ``benchmarks/requirements.txt``. Every
attribute of the documents is declared with its type (dates, datetimes, decimals, nested objects as
tagged unions); enum-valued attributes are plain ``str``. Each call decodes the bytes with one typed
decoder, then links the included resources to the relationships that name them, then reads the same
values as the SDKs (the checksums must agree). No HTTP: the bytes are decoded directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from benchmarks.common import Fetch, Paths, Setup, decoding

if TYPE_CHECKING:  # msgspec is only in the bench venv: its Struct, as mypy should see it in the project venv

    class Struct:
        __struct_fields__: tuple[str, ...]
        __struct_config__: Any

        def __init_subclass__(cls, **options: Any) -> None: ...

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...

else:
    Struct = msgspec.Struct


class Identifier(Struct):
    type: str
    id: str


class Relationship(Struct, kw_only=True):
    links: dict[str, str] | None = None
    data: Identifier | list[Identifier] | None = None


class Resource(Struct, kw_only=True, tag_field="type"):
    """A JSON:API resource object: its ``type`` is the tag that selects the Struct."""

    id: str
    relationships: dict[str, Relationship] | None = None
    links: dict[str, str] | None = None


class DidAttributes(Struct, kw_only=True):
    blocked: bool | None = None
    capacity_limit: int | None = None
    description: str | None = None
    terminated: bool | None = None
    awaiting_registration: bool | None = None
    number: str | None = None
    expires_at: dt.datetime | None = None
    channels_included_count: int | None = None
    created_at: dt.datetime | None = None
    pending_removal: bool | None = None
    dedicated_channels_count: int | None = None
    emergency_enabled: bool | None = None


class DidOrderItemAttributes(Struct, kw_only=True):
    qty: int | None = None
    nrc: Decimal | None = None
    mrc: Decimal | None = None
    prorated_mrc: bool | None = None
    billed_from: dt.date | None = None
    billed_to: dt.date | None = None
    setup_price: Decimal | None = None
    monthly_price: Decimal | None = None
    did_group_id: str | None = None
    sku_id: str | None = None


class DidOrderItem(Struct, tag_field="type", tag="did_order_items"):
    attributes: DidOrderItemAttributes


class OrderAttributes(Struct, kw_only=True):
    amount: Decimal | None = None
    status: str | None = None
    created_at: dt.datetime | None = None
    reference: str | None = None
    description: str | None = None
    items: list[DidOrderItem] | None = None
    callback_url: str | None = None
    callback_method: str | None = None
    external_reference_id: str | None = None


class Order(Resource, tag="orders"):
    attributes: OrderAttributes


class Did(Resource, tag="dids"):
    attributes: DidAttributes
    order: Order | None = None


class SkuAttributes(Struct, kw_only=True):
    setup_price: Decimal | None = None
    monthly_price: Decimal | None = None
    channels_included_count: int | None = None


class Sku(Resource, tag="stock_keeping_units"):
    attributes: SkuAttributes


class DidGroupAttributes(Struct, kw_only=True):
    prefix: str | None = None
    local_prefix: str | None = None
    features: list[str] | None = None
    is_metered: bool | None = None
    area_name: str | None = None
    allow_additional_channels: bool | None = None
    service_restrictions: str | None = None


class DidGroup(Resource, tag="did_groups"):
    attributes: DidGroupAttributes
    stock_keeping_units: list[Sku] | None = None


class AvailableDidAttributes(Struct, kw_only=True):
    number: str | None = None


class AvailableDid(Resource, tag="available_dids"):
    attributes: AvailableDidAttributes
    did_group: DidGroup | None = None


class SipAttributes(Struct, kw_only=True):
    username: str | None = None
    host: str | None = None
    port: int | None = None
    codec_ids: list[int] | None = None
    rx_dtmf_format_id: int | None = None
    tx_dtmf_format_id: int | None = None
    resolve_ruri: bool | None = None
    auth_enabled: bool | None = None
    auth_user: str | None = None
    auth_password: str | None = None
    auth_from_user: str | None = None
    auth_from_domain: str | None = None
    sst_enabled: bool | None = None
    sst_min_timer: int | None = None
    sst_max_timer: int | None = None
    sst_accept_501: bool | None = None
    sip_timer_b: int | None = None
    dns_srv_failover_timer: int | None = None
    rtp_ping: bool | None = None
    rtp_timeout: int | None = None
    force_symmetric_rtp: bool | None = None
    symmetric_rtp_ignore_rtcp: bool | None = None
    rerouting_disconnect_code_ids: list[int] | None = None
    sst_session_expires: int | None = None
    sst_refresh_method_id: int | None = None
    transport_protocol_id: int | None = None
    max_transfers: int | None = None
    max_30x_redirects: int | None = None
    media_encryption_mode: str | None = None
    stir_shaken_mode: str | None = None
    allowed_rtp_ips: list[str] | None = None
    network_protocol_priority: str | None = None
    enabled_sip_registration: bool | None = None
    use_did_in_ruri: bool | None = None
    diversion_relay_policy: str | None = None
    diversion_inject_mode: str | None = None
    cnam_lookup: bool | None = None


class SipConfiguration(Struct, tag_field="type", tag="sip_configurations"):
    attributes: SipAttributes


class PstnAttributes(Struct, kw_only=True):
    dst: str | None = None


class PstnConfiguration(Struct, tag_field="type", tag="pstn_configurations"):
    attributes: PstnAttributes


class VoiceInTrunkAttributes(Struct, kw_only=True):
    external_reference_id: str | None = None
    priority: int | None = None
    capacity_limit: int | None = None
    weight: int | None = None
    name: str | None = None
    cli_format: str | None = None
    cli_prefix: str | None = None
    description: str | None = None
    ringing_timeout: int | None = None
    configuration: SipConfiguration | PstnConfiguration | None = None
    created_at: dt.datetime | None = None


class VoiceInTrunk(Resource, tag="voice_in_trunks"):
    attributes: VoiceInTrunkAttributes


def _tag(resource: Any) -> str:
    tag: str = type(resource).__struct_config__.tag
    return tag


def link(primary: Iterable[Any], included: list[Any]) -> None:
    """Point each relationship that names an included resource (and is a field of its Struct) at it."""
    index = {(_tag(r), r.id): r for r in included}
    for resource in [*primary, *included]:
        fields = type(resource).__struct_fields__
        for name, relation in (resource.relationships or {}).items():
            target = relation.data
            if target is None or name not in fields:
                continue
            if isinstance(target, list):
                setattr(resource, name, [index[(t.type, t.id)] for t in target])
            else:
                setattr(resource, name, index.get((target.type, target.id)))


def page_of(data: Any, included: Any = None) -> Callable[[Paths, str], Fetch]:
    """A fetch decoding a whole document whose ``data`` is ``data`` (and ``included``, ``included``)."""
    members = [("data", data), ("meta", dict[str, Any] | None, None), ("links", dict[str, Any] | None, None)]
    if included is not None:
        members.append(("included", included | None, None))
    decoder = msgspec.json.Decoder(msgspec.defstruct("Document", members, kw_only=True))

    def fetch(paths: Paths, shape: str) -> Fetch:
        body = Path(paths[shape]).read_bytes()

        def call() -> Any:
            found = decoder.decode(body)
            if included is not None:
                link(found.data if isinstance(found.data, list) else [found.data], found.included or [])
            return found.data

        return call

    return fetch


def _for(shape: str, fetch: Callable[[Paths, str], Fetch]) -> Callable[[Paths], Fetch]:
    return lambda paths: fetch(paths, shape)


def read_dids(dids: Iterable[Did]) -> float:
    """``common.read_dids`` through the Structs' ``attributes`` (the same sums in the same order)."""
    total = 0.0
    for did in dids:
        a, order = did.attributes, did.order
        assert a.number is not None and a.created_at is not None and order is not None
        total += len(a.number) + a.created_at.year + float(order.attributes.amount or 0)
        items = order.attributes.items or []
        total += sum((i.attributes.qty or 0) + float(i.attributes.nrc or 0) for i in items)
    return total


def read_available_dids(available: Iterable[AvailableDid]) -> float:
    total = 0.0
    for item in available:
        group = item.did_group
        assert group is not None and item.attributes.number is not None and group.attributes.prefix is not None
        prices = sum(float(s.attributes.monthly_price or 0) for s in group.stock_keeping_units or [])
        total += len(item.attributes.number) + len(group.attributes.prefix) + prices
    return total


def read_trunks(trunks: Iterable[VoiceInTrunk]) -> float:
    total = 0.0
    for trunk in trunks:
        a = trunk.attributes
        assert isinstance(a.configuration, SipConfiguration) and a.name is not None and a.created_at is not None
        sip = a.configuration.attributes
        total += len(a.name) + a.created_at.year + (a.priority or 0) + (a.weight or 0)
        total += len(sip.host or "") + len(sip.codec_ids or [])
    return total


def read_did(did: Did) -> float:
    a = did.attributes
    assert a.number is not None and a.created_at is not None
    return float(len(a.number) + a.created_at.year + (a.capacity_limit or 0))


DIDS = page_of(list[Did], list[Order])
FETCHES = {
    "a": _for("a", DIDS),
    "b": _for("b", page_of(list[AvailableDid], list[DidGroup | Sku])),
    "c": _for("c", DIDS),
    "d": _for("d", page_of(list[VoiceInTrunk], list[Any])),
    "find": _for("find", page_of(Did)),
}
READS: Mapping[str, Callable[[Any], float]] = {
    "a": read_dids,
    "b": read_available_dids,
    "c": read_dids,
    "d": read_trunks,
    "find": read_did,
}
WORKLOADS: Mapping[str, Setup] = decoding(FETCHES, READS)
