"""Performance figures (the full side-by-side suite with the official SDK is a later issue).

``make bench`` runs this; ``--smoke`` runs every part with tiny sizes (a test does, to keep them working).

1. Decode 1,000 DIDs each with an included voice in trunk (synthesized from the reference example,
   unique ids), reading number, created_at and the trunk's name: against ``json.loads`` of the same bytes.
2. Cold import ``from didww_gen import DidwwClient`` against the floor ``import httpx, pydantic``.
3. The rate limiter against a transport answering 429 above 20 requests per second (rate_limit.py).
4. Peak RSS of a 200 MB export download, with and without decompression (export_download.py).

Medians of interleaved repetitions after a warm-up; ratios are measured in the same run.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import export_download  # noqa: E402
import rate_limit  # noqa: E402

from codegen.reference import example  # noqa: E402


def payload(count: int) -> bytes:
    did = json.loads(example("Get DID", "200 Ok (Simple request)").body)["data"]
    trunk = json.loads(example("Get Voice IN Trunk").body)["data"]
    data, included = [], []
    for n in range(count):
        item = json.loads(json.dumps(did))
        item["id"] = f"did-{n:06d}"
        item["attributes"]["number"] = f"4420{n:08d}"
        item["relationships"]["voice_in_trunk"]["data"] = {"type": "voice_in_trunks", "id": f"trunk-{n:06d}"}
        data.append(item)
        other = json.loads(json.dumps(trunk))
        other["id"] = f"trunk-{n:06d}"
        included.append(other)
    return json.dumps({"data": data, "included": included, "meta": {"total_records": count}}).encode()


def decode_ours(body: bytes) -> int:
    from didww_gen._decoding import decode_document
    from didww_gen.models import Did

    doc = decode_document(body, Did, many=True)
    total = 0
    for did in doc.data:
        trunk = did.voice_in_trunk
        total += (
            len(did.number or "")
            + (did.created_at.year if did.created_at else 0)
            + len(trunk.name or "" if trunk else "")
        )
    return total


def decode_floor(body: bytes) -> int:
    return len(json.loads(body)["data"])


def interleaved(cases: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for fn in cases.values():
        fn()  # warm-up
    for _ in range(repeat):
        for name, fn in cases.items():
            start = time.perf_counter()
            fn()
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


def cold_import(code: str) -> Callable[[], object]:
    return lambda: subprocess.run([sys.executable, "-c", code], check=True)


def main(size: int = 1000, repeat: int = 15) -> None:
    if "--smoke" in sys.argv:
        size, repeat = 20, 2
    body = payload(size)
    decode = interleaved({"didww_gen": lambda: decode_ours(body), "json.loads": lambda: decode_floor(body)}, repeat)
    imports = interleaved(
        {"didww_gen": cold_import("from didww_gen import DidwwClient"), "floor": cold_import("import httpx, pydantic")},
        max(3, repeat // 2),
    )
    print(f"decode {size} DIDs + {size} included trunks ({len(body) / 1e6:.1f} MB):")
    print(
        f"  didww_gen {decode['didww_gen'] * 1e3:.1f} ms, json.loads {decode['json.loads'] * 1e3:.1f} ms, "
        f"ratio {decode['didww_gen'] / decode['json.loads']:.2f}x (target <= 3x)"
    )
    print("cold import (fresh process):")
    print(
        f"  didww_gen {imports['didww_gen'] * 1e3:.0f} ms, floor {imports['floor'] * 1e3:.0f} ms, "
        f"ratio {imports['didww_gen'] / imports['floor']:.2f}x (target <= 1.15x)"
    )
    print("\n".join(rate_limit.main()), flush=True)
    print("\n".join(export_download.main()), flush=True)


if __name__ == "__main__":
    main()
