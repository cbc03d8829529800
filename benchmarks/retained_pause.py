"""Workload 7 in one process: ``python -m benchmarks.retained_pause [--rounds N]``.

Shape (a) decoded and read while the 20 pages decoded before stay alive, and on a clean heap, through a client
built as usual and one built with ``pause_gc=True``; interleaved rounds, medians of CPU time per decode, ratios
to the usual client's clean heap. With ``PYTHONPATH`` set to another checkout's ``src`` (and the checkout itself,
for ``benchmarks``), it measures that checkout's didww_gen the same way: an A/B of two versions in like processes.
"""

from __future__ import annotations

import collections
import gc
import sys
import time
from collections.abc import Callable
from typing import Any

from benchmarks import payloads
from benchmarks.common import READS
from benchmarks.side_ours import client, serving

PAGES = 20


def _decoder(body: bytes, pause_gc: bool) -> Callable[[], Any]:
    api = client(serving(body), pause_gc=pause_gc)
    return lambda: api.dids.list(include=["order"]).data


def per_decode_ms(decode: Callable[[], Any], pages: int, times: int = 10) -> float:
    kept: collections.deque[Any] = collections.deque(maxlen=max(pages, 1))
    for _ in range(pages):
        kept.append(decode())
        READS["a"](kept[-1])
    started = time.process_time()
    for _ in range(times):
        page = decode()
        READS["a"](page)
        if pages:
            kept.append(page)
    spent = (time.process_time() - started) / times * 1000
    kept.clear()
    gc.collect()
    return spent


def main() -> None:
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 7
    body = payloads.dids_with_orders(1000)
    decoders = {"as usual": _decoder(body, False), "pause_gc=True": _decoder(body, True)}
    samples: dict[tuple[str, int], list[float]] = {(name, p): [] for name in decoders for p in (PAGES, 0)}
    for _ in range(rounds):
        for (name, pages), found in samples.items():
            found.append(per_decode_ms(decoders[name], pages))
    median = {key: sorted(found)[rounds // 2] for key, found in samples.items()}
    clean = median["as usual", 0]
    for name in decoders:
        alive = median[name, PAGES]
        print(f"{name}: {PAGES} pages alive {alive:.1f} ms, clean heap {median[name, 0]:.1f} ms, {alive / clean:.2f}x")


if __name__ == "__main__":
    main()
