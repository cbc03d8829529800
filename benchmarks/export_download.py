"""Peak memory of ``download_export`` for a large export served by an in-process transport.

Each case runs in a fresh process and reports its peak RSS (``VmHWM``): the baseline process only
imports the SDK and builds the client; the download cases stream a ``SIZE_MB`` gzip export (made of
repeated 1 MB gzip members, generated on the fly, never held whole) to a file, without and with
decompression. Target: peak RSS below 50 MB whatever the size. ``--smoke`` uses 8 MB.
"""

from __future__ import annotations

import gzip
import os
import random
import resource
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx

MEMBER_BYTES = 1 << 20


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
    print(f"{peak_rss_kb()} {len(chunk) * count} {written}")


def peak_rss_kb() -> int:
    """This process's peak RSS. ``VmHWM`` on Linux: ``ru_maxrss`` would carry over the forking parent's."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure(mode: str, size_mb: int) -> tuple[float, int, int]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(size_mb)], capture_output=True, text=True, check=True, env=env
    )
    peak_kb, served, written = (int(v) for v in out.stdout.split())
    return peak_kb / 1024, served, written


def main() -> list[str]:
    size_mb = 8 if "--smoke" in sys.argv else 200
    lines = [f"export download ({size_mb} MB of gzip, in-process transport, fresh process each):"]
    for mode in ("baseline", "file", "decompress"):
        peak, served, written = measure(mode, size_mb)
        what = (
            "import + client only"
            if mode == "baseline"
            else f"{served / 1e6:.0f} MB in, {written / 1e6:.0f} MB written"
        )
        lines.append(f"  {mode:<10} peak RSS {peak:.1f} MB ({what}) (target < 50 MB)")
    return lines


if __name__ == "__main__":
    if "--child" in sys.argv:
        child(sys.argv[2], int(sys.argv[3]))
    else:
        print("\n".join(main()))
