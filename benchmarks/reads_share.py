"""What the reads cost in workload 1: ``python -m benchmarks.reads_share [SHAPE ...] [--repeat N]``.

Workload 1 times didww_gen's call and the reads (``common.READS``: the same code for every side). This runs, for
each shape (default a, b, c and d at ``make bench``'s sizes), interleaved in one process: ``json.loads`` of the
same bytes, the call alone, and the call with the reads; it prints the medians of CPU time and their ratios to
``json.loads``. A read goes through the field's descriptor (the check for a field the answer left out), and the
first read of a mutable field (an order's items, a trunk's configuration) records its clean value for change
tracking (copy-on-write).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

from benchmarks import payloads
from benchmarks.common import READS
from benchmarks.side_ours import client, serving

SHAPES: dict[str, tuple[Callable[[], bytes], str, list[str], int]] = {  # body, repository, include, calls per sample
    "a": (lambda: payloads.dids_with_orders(1000), "dids", ["order"], 10),
    "b": (lambda: payloads.available_dids(10_000), "available_dids", ["did_group", "did_group.stock_keeping_units"], 3),
    "c": (lambda: payloads.dids_with_orders(100), "dids", ["order"], 100),
    "d": (lambda: payloads.sip_trunks(1000), "voice_in_trunks", [], 10),
}


def cpu_ms(call: Callable[[], Any], times: int) -> float:
    started = time.process_time()
    for _ in range(times):
        call()
    return (time.process_time() - started) / times * 1000


def shape(name: str, repeat: int) -> dict[str, float]:
    """Medians (ms) of ``json.loads``, the call, and the call with the reads."""
    make, repository, include, times = SHAPES[name]
    body = make()
    listing = getattr(client(serving(body)), repository).list
    read = READS[name]
    cases: dict[str, Callable[[], Any]] = {
        "json.loads": lambda: json.loads(body),
        "call": lambda: listing(include=include).data,
        "call + reads": lambda: read(listing(include=include).data),
    }
    samples: dict[str, list[float]] = {label: [] for label in cases}
    for _ in range(repeat):
        for label, call in cases.items():
            samples[label].append(cpu_ms(call, times))
    return {label: sorted(found)[len(found) // 2] for label, found in samples.items()}


def main() -> None:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 7
    names = [a for a in sys.argv[1:] if a in SHAPES] or list(SHAPES)
    for name in names:
        found = shape(name, repeat)
        floor = found["json.loads"]
        print(f"({name}) " + "; ".join(f"{label} {ms:.2f} ms ({ms / floor:.2f}x)" for label, ms in found.items()))


if __name__ == "__main__":
    main()
