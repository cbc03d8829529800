"""Helpers shared by both sides of the suite: standard library only, so the bench venv can import them."""

from __future__ import annotations

import resource
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def peak_rss_kb() -> int:
    """This process's peak RSS. ``VmHWM`` on Linux: ``ru_maxrss`` would carry over the forking parent's."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def read_dids(dids: Iterable[Any]) -> float:
    """Workload 1's reads, the same attribute names on both SDKs: a checksum both sides must agree on."""
    return float(sum(len(did.number) + did.created_at.year + float(did.order.amount) for did in dids))


def read_available_dids(available: Iterable[Any]) -> float:
    """Workload 2's reads: the number, its DID group's prefix and the group's SKU prices."""
    total = 0.0
    for item in available:
        group = item.did_group
        total += len(item.number) + len(group.prefix) + sum(float(s.monthly_price) for s in group.stock_keeping_units)
    return total
