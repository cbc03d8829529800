"""Quickstart: balance, coverage, a SIP trunk, ordering a DID and routing it to the trunk.

Against the sandbox:   DIDWW_API_KEY=... python examples/quickstart.py
Against the fake API:  python -m didww_gen.testing --port 0 -- python examples/quickstart.py   (or: make demo)
``DIDWW_BASE_URL`` overrides the sandbox URL.
"""

from __future__ import annotations

import json
import secrets

import httpx

from didww_gen import DidwwClient
from didww_gen.enums import Codec, Feature, TransportProtocol
from didww_gen.models import DidOrderItem, Order, SipConfiguration, StockKeepingUnit, VoiceInTrunk


def cheapest_sku(client: DidwwClient) -> StockKeepingUnit:
    """The cheapest SKU of the voice DID groups, found through ``include``."""
    groups = client.did_groups.list(include="stock_keeping_units", filter={"features": [Feature.VOICE_IN]})
    for group in groups.data[:3]:
        prices = ", ".join(f"{s.monthly_price}/month" for s in group.stock_keeping_units or [])
        print(f"  DID group +{group.prefix} {group.area_name}: {prices or 'no SKUs'}")
    skus = [sku for group in groups.data for sku in group.stock_keeping_units or []]
    if not skus:
        raise SystemExit("no DID group with SKUs found")
    return min(skus, key=lambda sku: sku.monthly_price or 0)


def run(client: DidwwClient, sent: list[httpx.Request]) -> None:
    balance = client.balance.find()
    print(f"Balance: {balance.balance} (credit {balance.credit})")

    countries = client.countries.list(sort="name")
    print("Countries:", ", ".join(f"{c.name} (+{c.prefix})" for c in countries.data[:5]), "...")

    print("DID groups with their SKUs:")
    sku = cheapest_sku(client)

    sip = SipConfiguration(host="sip.example.com", port=5060, codec_ids=[Codec.PCMU, Codec.PCMA])
    sip.transport_protocol_id = TransportProtocol.UDP
    trunk = client.voice_in_trunks.create(VoiceInTrunk(name=f"Office {secrets.token_hex(3)}", configuration=sip))
    print(f"Created SIP trunk {trunk.name!r} ({trunk.id})")

    assert sku.id is not None and trunk.id is not None
    order = client.orders.create(Order(items=[DidOrderItem(sku_id=sku.id, qty=1)]))
    print(f"Order {order.reference}: {order.status}, amount {order.amount}")
    did = client.dids.list(filter={"order.id": order.id or ""}).data[0]

    did.voice_in_trunk = VoiceInTrunk.ref(trunk.id)
    did = client.dids.update(did)
    print(f"Routed DID {did.number} to the trunk; balance now {client.balance.find().balance}")
    patch = next(r for r in reversed(sent) if r.method == "PATCH")
    print("PATCH body sent:", json.dumps(json.loads(patch.content), indent=2))


def main() -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with http, DidwwClient.from_env(http_client=http) as client:
        run(client, sent)


if __name__ == "__main__":
    main()
