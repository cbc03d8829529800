"""Voice in trunk groups: group trunks, change the members, route a DID to the group, clean up.

Run against the sandbox:  DIDWW_API_KEY=... python examples/trunk_groups.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/trunk_groups.py
(``DIDWW_BASE_URL`` overrides the sandbox URL.)
"""

from __future__ import annotations

import secrets

from didww_gen import DidwwClient
from didww_gen.models import Did, PstnConfiguration, SipConfiguration, VoiceInTrunk, VoiceInTrunkGroup


def main() -> None:
    suffix = secrets.token_hex(3)  # trunk and group names are unique per account

    with DidwwClient.from_env() as client:
        primary, backup, mobile = [
            client.voice_in_trunks.create(VoiceInTrunk(name=f"{name} {suffix}", priority=prio, configuration=config))
            for name, prio, config in (
                ("PBX primary", 1, SipConfiguration(host="pbx1.example.com")),
                ("PBX backup", 2, SipConfiguration(host="pbx2.example.com")),
                ("Mobile", 3, PstnConfiguration(dst="441234567890")),
            )
        ]
        print(f"Created trunks {primary.name!r}, {backup.name!r}, {mobile.name!r}")

        group = client.voice_in_trunk_groups.create(
            VoiceInTrunkGroup(name=f"Office {suffix}", capacity_limit=10, voice_in_trunks=[primary, backup])
        )
        assert group.id is not None
        group = client.voice_in_trunk_groups.find(group.id, include="voice_in_trunks")
        trunks = group.voice_in_trunks or []  # a to-many relationship: None when not included
        members = ", ".join(f"{t.name} (priority {t.priority})" for t in trunks)
        print(f"Group {group.name!r} ({len(trunks)} trunks): {members}")

        # An update sends only what changed: the new name and the new member list.
        group.name = f"Office and mobile {suffix}"
        group.voice_in_trunks = [primary, mobile]
        group = client.voice_in_trunk_groups.update(group, include="voice_in_trunks")
        print(f"Renamed to {group.name!r}; members now: {', '.join(str(t.name) for t in group.voice_in_trunks or [])}")

        dids = client.dids.list(
            filter={"terminated": False}, include=["voice_in_trunk", "voice_in_trunk_group"], page_size=1
        )
        did = next(iter(dids), None)
        if did is None:
            print("No DID on the account to route; order one first (see examples/orders.py)")
        else:
            assert did.id is not None
            previous = did.voice_in_trunk or did.voice_in_trunk_group
            # Routing to a group clears the DID's trunk on the wire (the two are exclusive).
            routed = client.dids.update(_routed(did.id, group), include="voice_in_trunk_group")
            assert routed.voice_in_trunk_group is not None
            print(f"DID {routed.number} now rings group {routed.voice_in_trunk_group.name!r}")

            # Put the DID back where it was, before the group is deleted.
            if isinstance(previous, VoiceInTrunk):
                client.dids.update(_routed(did.id, previous))
            else:
                back = Did.ref(did.id)
                back.voice_in_trunk_group = previous  # None unassigns
                client.dids.update(back)
            print(f"DID {routed.number} routed back to {previous.name if previous else 'nothing'!r}")

        client.voice_in_trunk_groups.delete(group)
        for trunk in (primary, backup, mobile):
            client.voice_in_trunks.delete(trunk)
        print(f"Deleted group {group.name!r} and its trunks")


def _routed(did_id: str, target: VoiceInTrunk | VoiceInTrunkGroup) -> Did:
    """An update of a DID's routing: ``Did.ref(id)`` with only the trunk or the group set (the other is cleared)."""
    did = Did.ref(did_id)
    if isinstance(target, VoiceInTrunk):
        did.voice_in_trunk = target
    else:
        did.voice_in_trunk_group = target
    return did


if __name__ == "__main__":
    main()
