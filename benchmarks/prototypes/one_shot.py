"""The prototype's one-shot script: ``python -m benchmarks.prototypes.one_shot FIND_BODY``, one fresh process a run.

What ``benchmarks/one_shot.py`` measures for the SDKs, for a first call that does not import pydantic: import
httpx and the prototype, build its client over the in-process transport, ``find`` one DID (decoded by the plain
decoder) and read it. Prints the same JSON line (import + client, first call, script, CPU, resident memory the
first call adds, second call, checksum).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import peak_rss_kb, read_did, rss_kb


def run(body: bytes) -> dict[str, Any]:
    did_id = json.loads(body)["data"]["id"]
    started, cpu = time.perf_counter(), time.process_time()
    from benchmarks.prototypes.models import Did
    from benchmarks.side_prototype import client

    api = client(body)
    ready, rss, peak = time.perf_counter(), rss_kb(), peak_rss_kb()
    check = read_did(api.find(Did, did_id))
    done, cpu_done, rss_after, peak_after = time.perf_counter(), time.process_time(), rss_kb(), peak_rss_kb()
    api.find(Did, did_id)
    if "pydantic" in sys.modules:
        raise RuntimeError("the prototype's first call imported pydantic")
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


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]).read_bytes())))
