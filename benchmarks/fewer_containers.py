"""What fewer containers per model would buy workload 7: ``python -m benchmarks.fewer_containers [--rounds N]``.

Workload 7 decodes shape (a) while the 20 pages decoded before stay alive; the collector's full passes over those
pages make it slower than on a clean heap. pydantic gives every model instance its own fields set (a ``set``, a
container the collector tracks). This experiment, never used by ``src/``, makes every decoded model of a page
share one set per distinct content after the decode (what a model layer without per-instance fields sets would
hold), and measures both ways in this process: GC-tracked objects per resource (read as the benchmark reads
them), the decode and reads with 20 pages alive, on a clean heap, and their ratio (medians of CPU time).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Any

from benchmarks import payloads
from benchmarks.common import READS
from benchmarks.retained_pause import PAGES, per_decode_ms
from benchmarks.side_ours import client, serving

_SHARED: dict[frozenset[str], set[str]] = {}


def _share(model: Any) -> None:
    fields = model.__pydantic_fields_set__
    shared = _SHARED.setdefault(frozenset(fields), set(fields))
    object.__setattr__(model, "__pydantic_fields_set__", shared)


def _sharing(dids: list[Any]) -> list[Any]:
    for did in dids:  # through __dict__: a read of a mutable field would record its clean value
        order = did.__dict__["order"]
        for model in (did, order, *order.__dict__["items"]):
            _share(model)
    return dids


def _decoder(share: bool) -> Callable[[], list[Any]]:
    api = client(serving(payloads.dids_with_orders(1000)))
    if share:
        return lambda: _sharing(api.dids.list(include=["order"]).data)
    return lambda: api.dids.list(include=["order"]).data


def tracked_per_resource(decode: Callable[[], list[Any]]) -> float:
    decode()
    gc.collect()
    before = len(gc.get_objects())
    page = decode()
    READS["a"](page)
    gc.collect()
    return (len(gc.get_objects()) - before) / (2 * len(page))


def main() -> None:
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 7
    decoders = {share: _decoder(share) for share in (False, True)}
    samples: dict[tuple[bool, int], list[float]] = {(share, pages): [] for share in decoders for pages in (PAGES, 0)}
    for _ in range(rounds):  # interleaved: both ways, with pages alive and on a clean heap, in every round
        for (share, pages), found in samples.items():
            found.append(per_decode_ms(decoders[share], pages))
    for share, decode in decoders.items():
        alive, clean = (sorted(samples[share, pages])[rounds // 2] for pages in (PAGES, 0))
        label = "one fields set per distinct content" if share else "as decoded (a fields set per model)"
        print(
            f"{label}: {tracked_per_resource(decode):.1f} tracked objects per resource; "
            f"{PAGES} pages alive {alive:.1f} ms, clean heap {clean:.1f} ms, {alive / clean:.2f}x"
        )


if __name__ == "__main__":
    main()
