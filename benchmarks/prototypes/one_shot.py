"""The prototype's one-shot script: ``python -m benchmarks.prototypes.one_shot FIND_BODY``, one fresh process a run.

What ``benchmarks/one_shot.py`` measures for the SDKs, for a first call that does not import pydantic: import
httpx and the prototype, build its client over the in-process transport, ``find`` one DID (decoded by the plain
decoder) and read it. Prints the same JSON line (import + client, first call, script, CPU, resident memory the
first call adds, second call, checksum).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.one_shot import timed


def run(body: bytes) -> dict[str, Any]:
    did_id = json.loads(body)["data"]["id"]

    def connected() -> Callable[[], Any]:
        from benchmarks.prototypes.models import Did
        from benchmarks.side_prototype import client

        api = client(body)
        return lambda: api.find(Did, did_id)

    figures = timed(connected)
    if "pydantic" in sys.modules:
        raise RuntimeError("the prototype's first call imported pydantic")
    return figures


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]).read_bytes())))
