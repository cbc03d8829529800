"""Helpers shared by both sides of the suite: standard library only, so the bench venv can import them."""

from __future__ import annotations

import gc
import resource
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

Paths = dict[str, str]
Fetch = Callable[[], Any]
Setup = Callable[[Paths], Callable[[], Any]]
RETAINED_PAGES = 20


def peak_rss_kb() -> int:
    """This process's peak RSS. ``VmHWM`` on Linux: ``ru_maxrss`` would carry over the forking parent's."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def rss_kb() -> int:
    """This process's resident memory now (``VmRSS``), or its peak where ``/proc`` is missing."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return peak_rss_kb()


def read_dids(dids: Iterable[Any]) -> float:
    """The reads of shapes a and c, the same attribute names on both SDKs: a checksum both sides must agree on.

    The number, the creation year, the order's amount and each of its items' quantity and setup price.
    """
    total = 0.0
    for did in dids:
        order = did.order
        total += len(did.number) + did.created_at.year + float(order.amount)
        total += sum(item.qty + float(item.nrc) for item in order.items)
    return total


def read_trunks(trunks: Iterable[Any]) -> float:
    """The reads of shape d: name, creation year, priority, weight, and the SIP configuration's host and codecs."""
    total = 0.0
    for trunk in trunks:
        sip = trunk.configuration
        total += len(trunk.name) + trunk.created_at.year + trunk.priority + trunk.weight
        total += len(sip.host) + len(sip.codec_ids)
    return total


def read_did(did: Any) -> float:
    """The reads of the tiny ``find``: one DID's number, creation year and capacity limit."""
    return float(len(did.number) + did.created_at.year + did.capacity_limit)


def read_available_dids(available: Iterable[Any]) -> float:
    """Workload 2's reads: the number, its DID group's prefix and the group's SKU prices."""
    total = 0.0
    for item in available:
        group = item.did_group
        total += len(item.number) + len(group.prefix) + sum(float(s.monthly_price) for s in group.stock_keeping_units)
    return total


READS: Mapping[str, Callable[[Any], float]] = {
    "a": read_dids,
    "b": read_available_dids,
    "c": read_dids,
    "d": read_trunks,
    "find": read_did,
}


def decoding(
    fetches: Mapping[str, Callable[[Paths], Fetch]], reads: Mapping[str, Callable[[Any], float]] = READS
) -> dict[str, Setup]:
    """Each shape's workloads from a side's fetches (``shape -> paths -> call -> decoded data``) and reads.

    ``decode/SHAPE``: the call and the reads. ``retained/SHAPE``: the same while the last
    ``RETAINED_PAGES`` decoded pages stay alive (filled at setup), as an application that keeps pages does.
    """
    found: dict[str, Setup] = {}
    for shape, fetch in fetches.items():
        found[f"decode/{shape}"] = _reading(fetch, reads[shape])
        found[f"retained/{shape}"] = _retaining(fetch, reads[shape])
        found[f"retained_frozen/{shape}"] = _retaining(fetch, reads[shape], freeze=True)
    return found


def retaining(fetch: Callable[[Paths], Fetch], read: Callable[[Any], float]) -> Setup:
    """``retained/SHAPE`` for another fetch (e.g. a client built with other options)."""
    return _retaining(fetch, read)


def _reading(fetch: Callable[[Paths], Fetch], read: Callable[[Any], float]) -> Setup:
    def setup(paths: Paths) -> Callable[[], float]:
        call = fetch(paths)
        return lambda: read(call())

    return setup


def _retaining(fetch: Callable[[Paths], Fetch], read: Callable[[Any], float], freeze: bool = False) -> Setup:
    """``freeze``: ``gc.freeze()`` once the pages are filled (what an application that retains pages may do)."""

    def setup(paths: Paths) -> Callable[[], float]:
        call = fetch(paths)
        kept = deque((call() for _ in range(RETAINED_PAGES)), maxlen=RETAINED_PAGES)
        if freeze:
            gc.freeze()

        def step() -> float:
            page = call()
            kept.append(page)
            return read(page)

        return step

    return setup
