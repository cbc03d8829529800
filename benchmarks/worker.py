"""One side of the suite in its own interpreter: ``python -m benchmarks.worker ours|official``.

Served mode (the timings): reads one JSON command per line on stdin and answers one JSON line.
``{"op": "setup", "workload": w, "paths": {...}}`` prepares the workload and runs it once (the
warm-up), answering its checksum; ``{"op": "time", "workload": w, "batch": n}`` runs it ``n`` times
and answers the mean seconds per run: CPU seconds of this process (``time.process_time``), which the other
work of a shared machine disturbs far less than wall time (every workload is one thread, with no I/O).

Memory mode: ``python -m benchmarks.worker SIDE --memory WORKLOAD PATHS_JSON [WARM_PATHS_JSON]``
prepares the workload (imports, client, response bytes), records the peak RSS so far (the baseline),
runs it once, and prints both peaks. With ``WARM_PATHS_JSON``, the workload first runs once on those
(small) bodies, so that the baseline includes what the first call loads and builds.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any

from benchmarks.common import peak_rss_kb

Setup = Callable[[dict[str, str]], Callable[[], Any]]


def workloads(side: str) -> Mapping[str, Setup]:
    found: Mapping[str, Setup] = importlib.import_module(f"benchmarks.side_{side}").WORKLOADS
    return found


def answer(ready: dict[str, Callable[[], Any]], known: Mapping[str, Setup], command: dict[str, Any]) -> Any:
    name = command["workload"]
    if command["op"] == "setup":
        ready[name] = known[name](command["paths"])
        return {"check": ready[name]()}
    run, batch = ready[name], command["batch"]
    started = time.process_time()
    for _ in range(batch):
        run()
    return {"seconds": (time.process_time() - started) / batch}


def serve(side: str) -> None:
    known, ready = workloads(side), dict[str, Callable[[], Any]]()
    for line in sys.stdin:
        print(json.dumps(answer(ready, known, json.loads(line))), flush=True)


def memory(side: str, name: str, paths: str, warm: str | None) -> None:
    known = workloads(side)
    if warm is not None:
        known[name](json.loads(warm))()
    run = known[name](json.loads(paths))
    baseline = peak_rss_kb()
    check = run()
    print(json.dumps({"baseline_kb": baseline, "peak_kb": peak_rss_kb(), "check": check}))


if __name__ == "__main__":
    if "--memory" in sys.argv:
        memory(sys.argv[1], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else None)
    else:
        serve(sys.argv[1])
