"""Buy a DID in a country, create a SIP trunk, route the DID to it, then move it to a trunk group.

A first integration as mypy --strict sees it: ids of loaded models are ``str`` and what the API always
answers is typed without ``None``, so no ``assert x is not None`` is needed; only what the API may answer
with null (a relationship, a nullable value) takes a check. ``DIDWW_COUNTRY`` picks the country (ISO code,
default ``GB``). At the end the DID is released (terminated) and the trunk and the group are deleted.

Run against the sandbox:  DIDWW_API_KEY=... python examples/buy_and_route.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/buy_and_route.py
(``DIDWW_BASE_URL`` overrides the sandbox URL. This buys a real DID on the account it runs against.)
"""

from __future__ import annotations

import os
import secrets

from didww_gen import DidwwClient
from didww_gen.models import (
    Country,
    Did,
    DidGroup,
    DidOrderItem,
    Order,
    SipConfiguration,
    VoiceInTrunk,
    VoiceInTrunkGroup,
)


def country_of(client: DidwwClient, iso: str) -> Country:
    found = client.countries.list(filter={"iso": iso}).data
    if not found:
        raise SystemExit(f"no country with ISO code {iso!r}")
    return found[0]


def group_with_sku(client: DidwwClient, country: Country) -> DidGroup:
    """A DID group of the country that takes incoming calls and has a stock keeping unit to order."""
    groups = client.did_groups.list(
        filter={"country.id": country.id, "features": "voice_in"}, include="stock_keeping_units"
    )
    for group in groups:
        if group.stock_keeping_units:  # a to-many relationship: a list (included here)
            return group
    raise SystemExit(f"no DID group with a stock keeping unit in {country.name}")


def buy(client: DidwwClient, group: DidGroup) -> Did:
    sku = group.stock_keeping_units[0]
    order = client.orders.create(Order(items=[DidOrderItem(sku_id=sku.id, qty=1)]))
    print(f"Order {order.reference}: {order.status}, amount {order.amount} (setup {sku.setup_price})")
    bought = client.dids.list(filter={"order.id": order.id}).data
    if not bought:
        raise SystemExit(f"order {order.reference} has delivered no DID yet ({order.status}); run again later")
    return bought[0]


def route(client: DidwwClient, did: Did, target: VoiceInTrunk | VoiceInTrunkGroup) -> Did:
    """Route the DID to a trunk or a trunk group: the other one is cleared on the wire (they are exclusive)."""
    update = Did.ref(did.id)
    if isinstance(target, VoiceInTrunk):
        update.voice_in_trunk = target
    else:
        update.voice_in_trunk_group = target
    return client.dids.update(update, include=["voice_in_trunk", "voice_in_trunk_group"])


def main() -> None:
    suffix = secrets.token_hex(3)  # trunk and group names are unique per account
    with DidwwClient.from_env() as client:
        country = country_of(client, os.environ.get("DIDWW_COUNTRY", "GB"))
        group = group_with_sku(client, country)
        did = buy(client, group)
        print(f"Bought {did.number} in {country.name} ({group.area_name}), created {did.created_at:%Y-%m-%d}")

        trunk = client.voice_in_trunks.create(
            VoiceInTrunk(name=f"Office {suffix}", configuration=SipConfiguration(host="sip.example.com", port=5060))
        )
        did = route(client, did, trunk)
        routed_to = did.voice_in_trunk.name if did.voice_in_trunk else "nothing"
        print(f"DID {did.number} rings trunk {routed_to!r} (id {trunk.id})")

        trunk_group = client.voice_in_trunk_groups.create(
            VoiceInTrunkGroup(name=f"Office group {suffix}", capacity_limit=10, voice_in_trunks=[trunk])
        )
        did = route(client, did, trunk_group)
        moved_to = did.voice_in_trunk_group.name if did.voice_in_trunk_group else "nothing"
        print(f"DID {did.number} now rings group {moved_to!r}; its trunk is cleared: {did.voice_in_trunk is None}")

        release = Did.ref(did.id)
        release.voice_in_trunk_group = None
        release.terminated = True  # removed from service at the end of the billing cycle
        client.dids.update(release)
        client.voice_in_trunk_groups.delete(trunk_group)
        client.voice_in_trunks.delete(trunk)
        print(f"Released {did.number}; deleted the group and the trunk")


if __name__ == "__main__":
    main()
