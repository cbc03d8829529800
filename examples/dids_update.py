"""Updating a DID: attributes, routing to a trunk or a trunk group, terminating and restoring.

``update()`` sends only what changed since the DID was loaded; this script prints each PATCH body so you
can see it (an httpx event hook on the client's own ``httpx.Client``). Routing is exclusive: assigning
``voice_in_trunk`` also sends ``voice_in_trunk_group: null``, and the reverse. The script creates a
trunk and a trunk group for the demo, puts the DID back as it found it, and deletes what it created.

Run against the sandbox:  DIDWW_API_KEY=... python examples/dids_update.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/dids_update.py
(``DIDWW_BASE_URL`` overrides the sandbox URL. This changes a DID of the account it runs against.)
"""

from __future__ import annotations

import json
import secrets

import httpx

from didww_gen import DidwwClient
from didww_gen.models import Did, SipConfiguration, VoiceInTrunk, VoiceInTrunkGroup
from didww_gen.resources import DidsInclude

# included on every read and write, so routing() can show them
ROUTING: list[DidsInclude] = ["voice_in_trunk", "voice_in_trunk_group"]


def print_patch(request: httpx.Request) -> None:
    """httpx request hook: show the body of every PATCH."""
    if request.method == "PATCH":
        body = json.loads(request.content)["data"]
        sent = {key: body[key] for key in ("attributes", "relationships") if key in body}
        print(f"    PATCH {request.url.path}: {json.dumps(sent)}")


def routing(did: Did) -> str:
    if did.voice_in_trunk is not None:
        return f"trunk {did.voice_in_trunk.id}"
    if did.voice_in_trunk_group is not None:
        return f"trunk group {did.voice_in_trunk_group.id}"
    return "nothing"


def main() -> None:
    http = httpx.Client(timeout=30.0, event_hooks={"request": [print_patch]})
    with http, DidwwClient.from_env(http_client=http) as client:
        found = client.dids.list(filter={"terminated": False}, sort="number", page_size=1).data
        if not found:
            raise SystemExit("the account has no active DID to update")
        did = client.dids.find(found[0], include=ROUTING)
        original = (did.description, did.capacity_limit, did.billing_cycles_count)
        print(
            f"DID {did.number}: description={did.description!r}, capacity_limit={did.capacity_limit}, "
            f"billing_cycles_count={did.billing_cycles_count}, routed to {routing(did)}"
        )

        # 1. attributes: only the changed ones are sent
        did.description = "Support line"
        did.capacity_limit = (did.capacity_limit or 1) + 1
        did.billing_cycles_count = 3
        did = client.dids.update(did, include=ROUTING)
        print(f"  updated: {did.description!r}, capacity {did.capacity_limit}, renews {did.billing_cycles_count}x")

        # 2. route to a voice-in trunk (the trunk group is cleared on the wire)
        suffix = secrets.token_hex(3)
        trunk = client.voice_in_trunks.create(
            VoiceInTrunk(name=f"example trunk {suffix}", configuration=SipConfiguration(host="sip.example.com"))
        )
        assert trunk.id is not None
        did.voice_in_trunk = VoiceInTrunk.ref(trunk.id)
        did = client.dids.update(did, include=ROUTING)
        print(f"  routed to {routing(did)} ({trunk.name})")

        # 3. route to a trunk group holding that trunk (the trunk is cleared on the wire)
        group = client.voice_in_trunk_groups.create(
            VoiceInTrunkGroup(name=f"example group {suffix}", capacity_limit=10, voice_in_trunks=[trunk])
        )
        assert group.id is not None
        did.voice_in_trunk_group = VoiceInTrunkGroup.ref(group.id)
        did = client.dids.update(did, include=ROUTING)
        print(f"  routed to {routing(did)} ({group.name})")

        # 4. terminate (cancel at the end of the billing cycle), then restore
        did.terminated = True
        did = client.dids.update(did, include=ROUTING)
        print(f"  terminated={did.terminated}, still routed to {routing(did)}")
        did.terminated = False
        did = client.dids.update(did, include=ROUTING)
        print(f"  restored: terminated={did.terminated}")

        # put the DID back as it was, and delete the trunk group and the trunk
        did.description, did.capacity_limit, did.billing_cycles_count = original
        did.voice_in_trunk_group = None
        did = client.dids.update(did, include=ROUTING)
        client.voice_in_trunk_groups.delete(group)
        client.voice_in_trunks.delete(trunk)
        print(f"Cleaned up: DID back to {did.description!r} / {did.capacity_limit}, trunk and group deleted")


if __name__ == "__main__":
    main()
