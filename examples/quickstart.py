"""Quickstart: balance, coverage, a SIP trunk, and routing a DID to it.

Run against the sandbox:  DIDWW_API_KEY=... python examples/quickstart.py
(``DIDWW_BASE_URL`` overrides the sandbox URL, e.g. a local fake API.)
"""

from __future__ import annotations

import json
import os

import httpx

from didww_gen import DidwwClient
from didww_gen.enums import Codec, TransportProtocol
from didww_gen.models import SipConfiguration, VoiceInTrunk


def run(client: DidwwClient, sent: list[httpx.Request] | None = None) -> None:
    balance = client.balance.find()
    print(f"Balance: {balance.balance} (credit {balance.credit}, total {balance.total_balance})")

    countries = client.countries.list(sort="name")
    print("Countries:", ", ".join(f"{c.name} (+{c.prefix})" for c in countries.data[:5]))

    groups = client.did_groups.list(include="stock_keeping_units", filter={"features": ["voice_in"]}, page_size=5)
    for group in groups.data[:3]:
        prices = ", ".join(f"{s.monthly_price}/month" for s in group.stock_keeping_units or [])
        print(f"DID group {group.prefix} {group.area_name}: {prices or 'no SKUs included'}")

    trunk = client.voice_in_trunks.create(
        VoiceInTrunk(
            name="Office",
            configuration=SipConfiguration(
                host="sip.example.com",
                port=5060,
                codec_ids=[Codec.PCMU, Codec.PCMA],
                transport_protocol_id=TransportProtocol.UDP,
            ),
        )
    )
    print(f"Created SIP trunk {trunk.name!r} ({trunk.id}); configuration: {type(trunk.configuration).__name__}")

    did = client.dids.list(page_size=1).data[0]
    assert trunk.id is not None
    did.voice_in_trunk = VoiceInTrunk.ref(trunk.id)
    did = client.dids.update(did)
    print(f"Routed DID {did.number} to the trunk")
    if sent:
        patch = next(r for r in reversed(sent) if r.method == "PATCH")
        print("PATCH body sent:", json.dumps(json.loads(patch.content), indent=2))


def main() -> None:
    api_key = os.environ.get("DIDWW_API_KEY")
    if not api_key:
        raise SystemExit("set DIDWW_API_KEY (and optionally DIDWW_BASE_URL)")
    with DidwwClient(api_key=api_key, base_url=os.environ.get("DIDWW_BASE_URL")) as client:
        run(client)


if __name__ == "__main__":
    main()
