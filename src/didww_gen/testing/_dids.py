"""The DIDs an order delivers, and the history the fake keeps of them (in versions that have ``did_history``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from didww_gen.testing import _domain
from didww_gen.testing._checks import Write
from didww_gen.testing._store import Record

if TYPE_CHECKING:
    from didww_gen.testing._fake import FakeDidww


def new_did(fake: FakeDidww, number: str, group: Record | None, billing_cycles_count: Any) -> Record:
    """A DID of ``number`` in ``group``, as an order delivers it (stored by the caller)."""
    did = fake._new_record(fake.schema.collections["dids"], Write({}, {}))  # the package's own helper
    values = {
        "number": number,
        "blocked": False,
        "awaiting_registration": False,
        "terminated": False,
        "pending_removal": False,
        "emergency_enabled": False,
        "channels_included_count": 0,
        "dedicated_channels_count": 0,
        "billing_cycles_count": billing_cycles_count,
        "expires_at": _domain.timestamp(fake.now() + dt.timedelta(days=30)),
    }
    did["attributes"].update(fake.schema.known("dids", values))
    if group is not None:
        fake.store.link(did, "did_group", {"type": "did_groups", "id": group["id"]})
    return did


def record_history(fake: FakeDidww, did: Record, action: str) -> None:
    """Record ``action`` on the DID in its history (in versions that have ``did_history``)."""
    if not fake.schema.has("did_history"):
        return
    attributes = {"did_number": did["attributes"]["number"], "action": action, "method": "api3"}
    attributes["created_at"] = _domain.timestamp(fake.now())
    attributes = fake.schema.known("did_history", attributes)
    fake.store.put({"id": _domain.new_id(fake.rng), "type": "did_history", "attributes": attributes})
