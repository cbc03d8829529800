"""DID history: what happened to the account's numbers in the last 90 days.

Lists the records newest first, filters them by DID number, by action and by date, and fetches one
record by id (a ``billing_cycles_count_changed`` record carries the old and new values in its meta).

Run against the sandbox:  DIDWW_API_KEY=... python examples/did_history.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/did_history.py
(``DIDWW_BASE_URL`` overrides the sandbox URL.)
"""

from __future__ import annotations

import datetime as dt

from didww_gen import DidwwClient
from didww_gen.enums import DidHistoryAction
from didww_gen.models import DidHistory


def line(record: DidHistory) -> str:
    change = f" ({record.meta.from_} -> {record.meta.to})" if record.meta and record.meta.to is not None else ""
    return f"{record.created_at:%Y-%m-%d %H:%M}  {record.did_number:<14} {record.action} via {record.method}{change}"


def main() -> None:
    with DidwwClient.from_env() as client:
        history = client.did_history.list(sort="-created_at", page_size=10)
        print(f"DID history, newest first ({history.meta.total_records} records):")
        for record in history.data:
            print("  " + line(record))
        if not history.data:
            return

        number = history.data[0].did_number
        assert number is not None
        of_number = client.did_history.list(filter={"did_number": number}, sort="-created_at")
        print(f"\nHistory of {number}: {', '.join(str(r.action) for r in of_number.data)}")

        assigned = client.did_history.list(filter={"action": DidHistoryAction.ASSIGNED}, sort="-created_at")
        print(f"Numbers assigned: {', '.join(r.did_number or '?' for r in assigned.data[:10]) or '-'}")

        since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)
        recent = client.did_history.list(filter={"created_at_gteq": since})
        print(f"Records since {since:%Y-%m-%d}: {len(recent.data)}")

        changed = client.did_history.list(filter={"action": DidHistoryAction.BILLING_CYCLES_COUNT_CHANGED})
        record = client.did_history.find((changed.data or history.data)[0])
        print(f"\nfind({record.id!r}):\n  {line(record)}")


if __name__ == "__main__":
    main()
