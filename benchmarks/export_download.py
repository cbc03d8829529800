"""Workload 6: peak memory of ``download_export`` for a large export served by an in-process transport.

Each case runs in a fresh process and reports its peak RSS (``VmHWM``): the baseline process only
imports the SDK and builds the client; the download cases stream a ``SIZE_MB`` gzip export (made of
repeated 1 MB gzip members, generated on the fly, never held whole) to a file, without and with
decompression. Target: peak RSS below 50 MB whatever the size. ``--smoke`` uses 8 MB.
"""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import peak_rss_kb

MEMBER_BYTES = 1 << 20
ROOT = Path(__file__).resolve().parent.parent
MODES = ("baseline", "file", "decompress")


def member() -> bytes:
    """One gzip member of about 1 MB, of CSV rows that do not compress much."""
    rng = random.Random(7)
    rows = []
    size = 0
    while size < MEMBER_BYTES * 2:
        row = f"2026-03-01 {rng.randrange(24):02d}:{rng.randrange(60):02d}:00,{rng.getrandbits(64):x},{rng.random()}\n"
        rows.append(row)
        size += len(row)
    return _fit("".join(rows))


def _fit(text: str) -> bytes:
    """Compress a prefix of ``text`` to just under MEMBER_BYTES of gzip."""
    data = text.encode()
    low, high = 0, len(data)
    while high - low > 4096:
        mid = (low + high) // 2
        if len(gzip.compress(data[:mid], compresslevel=1)) <= MEMBER_BYTES:
            low = mid
        else:
            high = mid
    return gzip.compress(data[:low], compresslevel=1)


class Export(httpx.SyncByteStream):
    def __init__(self, chunk: bytes, count: int) -> None:
        self.chunk, self.count = chunk, count

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.count):
            yield self.chunk


def child(mode: str, size_mb: int) -> None:
    from didww_gen import DidwwClient

    chunk = member()
    count = max(1, size_mb * (1 << 20) // len(chunk))

    def serve(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "application/gzip", "Content-Length": str(len(chunk) * count)}
        return httpx.Response(200, stream=Export(chunk, count), headers=headers)

    client = DidwwClient(api_key="bench", http_client=httpx.Client(transport=httpx.MockTransport(serve)))
    written = 0
    if mode != "baseline":
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "cdr.csv"
            url = "https://api.didww.com/v3/exports/bench.csv.gz"
            written = client.download_export(url, target, decompress=mode == "decompress")
    print(json.dumps({"peak_mb": peak_rss_kb() / 1024, "served": len(chunk) * count, "written": written}))


def measure(mode: str, size_mb: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.export_download", "--child", mode, str(size_mb)]
    found: dict[str, Any] = json.loads(
        subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    )
    return found


def run(size_mb: int) -> dict[str, dict[str, Any]]:
    """Peak RSS (MB), bytes served and bytes written of each mode, each in a fresh process."""
    return {mode: measure(mode, size_mb) for mode in MODES}


def lines(size_mb: int, results: dict[str, dict[str, Any]]) -> list[str]:
    found = [f"export download ({size_mb} MB of gzip, in-process transport, fresh process each):"]
    for mode, r in results.items():
        what = (
            "import + client only"
            if mode == "baseline"
            else f"{r['served'] / 1e6:.0f} MB in, {r['written'] / 1e6:.0f} MB written"
        )
        found.append(f"  {mode:<10} peak RSS {r['peak_mb']:.1f} MB ({what}) (target < 50 MB)")
    return found


if __name__ == "__main__":
    if "--child" in sys.argv:
        child(sys.argv[2], int(sys.argv[3]))
    else:
        size = 8 if "--smoke" in sys.argv else 200
        print("\n".join(lines(size, run(size))))
