"""The one-shot script: ``python -m benchmarks.one_shot ours|official FIND_BODY``, one fresh process per run.

What a cron job, a CLI or a serverless function does once: import the SDK, build a client (over an
in-process transport answering with ``FIND_BODY``), ``find`` one DID and read it. Prints one JSON line:
the seconds of import + client, of the first ``find`` and of the whole script (and its CPU seconds); the
resident memory the first call added (``VmRSS`` after minus before: what it loads and builds on first use,
the document being tiny) and its peak increment; then the seconds of a second ``find`` (what is paid once).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import peak_rss_kb, read_did, rss_kb


def connect(side: str, body: bytes) -> Any:
    """Import the SDK and build its client (the imports are part of what is timed)."""
    if side == "ours":
        from benchmarks.side_ours import client, serving

        return client(serving(body))
    from benchmarks.side_official import client as official_client

    return official_client(body)


def find(side: str, api: Any, did_id: str) -> Any:
    return api.dids.find(did_id) if side == "ours" else api.dids().find(did_id).data


def timed(connect: Callable[[], Callable[[], Any]]) -> dict[str, Any]:
    """The script's figures: ``connect()`` imports the SDK, builds its client and returns its ``find`` of the DID,
    which is called twice (the first call, then a second one)."""
    started, cpu = time.perf_counter(), time.process_time()
    find_did = connect()
    ready, rss, peak = time.perf_counter(), rss_kb(), peak_rss_kb()
    check = read_did(find_did())
    done, cpu_done, rss_after, peak_after = time.perf_counter(), time.process_time(), rss_kb(), peak_rss_kb()
    find_did()
    return {
        "import_client": ready - started,
        "first_call": done - ready,
        "script": done - started,
        "script_cpu": cpu_done - cpu,
        "first_call_kb": rss_after - rss,
        "first_call_peak_kb": peak_after - peak,
        "second_call": time.perf_counter() - done,
        "check": check,
    }


def run(side: str, body: bytes) -> dict[str, Any]:
    did_id = json.loads(body)["data"]["id"]

    def connected() -> Callable[[], Any]:
        api = connect(side, body)
        return lambda: find(side, api, did_id)

    return timed(connected)


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1], Path(sys.argv[2]).read_bytes())))
