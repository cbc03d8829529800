"""Where a ``find`` of one DID goes (shape e): ``python -m benchmarks.find_overhead [--repeat N]``.

In one process, interleaved, medians of CPU time per call: didww_gen's ``client.dids.find(id)``; a bare
``httpx.Client`` sending the same ``GET`` over the same in-process transport, with ``response.content`` and with
``response.json()``; and ``json.loads`` of the body. What the bare ``GET`` does not do is didww_gen's: the
request's headers and query, the deadline and retry bookkeeping, logging, and the decode into a linked model.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

from benchmarks import payloads
from benchmarks.side_ours import BASE_URL, client, serving

CALLS = 500


def per_call_us(call: Callable[[], Any]) -> float:
    started = time.process_time()
    for _ in range(CALLS):
        call()
    return (time.process_time() - started) / CALLS * 1e6


def main() -> None:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 9
    body = payloads.did()
    did_id = json.loads(body)["data"]["id"]
    api = client(serving(body))
    bare = httpx.Client(transport=httpx.MockTransport(serving(body)))
    url = f"{BASE_URL}/dids/{did_id}"
    headers = {"Accept": "application/vnd.api+json", "Api-Key": "bench", "X-DIDWW-API-Version": "2026-04-16"}
    cases: dict[str, Callable[[], Any]] = {
        "didww_gen find": lambda: api.dids.find(did_id),
        "httpx GET, .content": lambda: bare.get(url, headers=headers).content,
        "httpx GET, .json()": lambda: bare.get(url, headers=headers).json(),
        "json.loads": lambda: json.loads(body),
    }
    for call in cases.values():  # warm-up: validators built, caches filled
        for _ in range(3):
            call()
    samples: dict[str, list[float]] = {label: [] for label in cases}
    for _ in range(repeat):
        for label, call in cases.items():
            samples[label].append(per_call_us(call))
    print("; ".join(f"{label} {sorted(found)[repeat // 2]:.1f} us" for label, found in samples.items()))


if __name__ == "__main__":
    main()
