"""``make bench``: didww_gen side by side with the official SDK (``didww`` 3.2.0), written to ``results.md``.

``python -m benchmarks.run [--smoke] [--out DIR]``: the workloads of issue 8, each side in its own
interpreter (this one for didww_gen, ``benchmarks/.venv`` for the official SDK), interleaved, medians
of repetitions after a warm-up; then ``results.md`` and ``results.png`` (drawn in the bench venv) in
``DIR`` (``benchmarks/`` by default). ``--smoke`` runs everything with tiny sizes (a test does).

1. Decode 1,000 DIDs each with its own included order; read number, created_at, order.amount.
2. Decode 10,000 available DIDs with their DID groups and SKUs included.
3. ``find`` + ``update`` round trips against raw httpx sending the same requests.
4. Cold import against ``import httpx, pydantic`` and against ``from didww.client import DidwwClient``.
5. Peak RSS of workloads 1 and 2, each in a fresh process.
6. Peak RSS of a 200 MB export download (``export_download.py``).
And the rate limiter against a server that answers 429 above 20 requests per second (``rate_limit.py``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks import export_download, payloads, rate_limit, report
from benchmarks.measure import BENCH_PYTHON, OURS_PYTHON, ROOT, Case, Worker, cold_imports, memory, same, timed


@dataclass(frozen=True)
class Sizes:
    dids: int
    available: int
    calls: int
    repeat: int
    import_repeat: int
    memory_repeat: int
    export_mb: int

    @property
    def groups(self) -> int:
        return -(-self.available // payloads.DIDS_PER_GROUP)


FULL = Sizes(dids=1000, available=10_000, calls=300, repeat=15, import_repeat=21, memory_repeat=3, export_mb=200)
SMOKE = Sizes(dids=20, available=50, calls=2, repeat=2, import_repeat=2, memory_repeat=1, export_mb=8)


def timings(sizes: Sizes, paths: dict[str, str]) -> dict[str, Any]:
    """Workloads 1 to 3, in one worker per side."""
    ours, official = Worker("ours", OURS_PYTHON), Worker("official", BENCH_PYTHON)
    try:
        found = {
            "decode_dids": timed(_cases(ours, official, "decode_dids", json_loads="json.loads"), paths, sizes.repeat),
            "decode_available_dids": timed(_cases(ours, official, "decode_available_dids"), paths, sizes.repeat),
            "round_trip": timed(
                _cases(ours, official, "round_trip", raw_httpx="httpx"), paths, sizes.repeat, sizes.calls
            ),
        }
    finally:
        ours.close()
        official.close()
    for name, result in found.items():
        same({k: v for k, v in result["checks"].items() if k in ("didww_gen", "didww")}, name)
    return found


def _cases(ours: Worker, official: Worker, workload: str, **floors: str) -> list[Case]:
    """didww_gen, the official SDK, then any floor (a workload of our worker) named ``{workload: label}``."""
    floor_cases = [Case(label, ours, name) for name, label in floors.items()]
    return [Case("didww_gen", ours, workload), Case("didww", official, workload), *floor_cases]


SIDES = (("didww_gen", "ours", OURS_PYTHON), ("didww", "official", BENCH_PYTHON))


def memories(sizes: Sizes, paths: dict[str, str], warm: dict[str, str]) -> dict[str, Any]:
    """Workload 5: workloads 1 and 2, each in a fresh process; again after a first call on tiny bodies."""
    cases = []
    for key in ("dids", "available_dids"):
        for label, side, python in SIDES:
            command = [str(python), "-m", "benchmarks.worker", side, "--memory", f"decode_{key}", json.dumps(paths)]
            cases += [(f"{key}/{label}", command), (f"{key}/{label}/warm", [*command, json.dumps(warm)])]
    found = memory(cases, sizes.memory_repeat)
    for key in ("dids", "available_dids"):
        same({k: v for k, v in found["checks"].items() if k.startswith(f"{key}/")}, f"memory of {key}")
    return found


IMPORTS = [
    ("didww_gen", OURS_PYTHON, "from didww_gen import DidwwClient"),
    ("floor", OURS_PYTHON, "import httpx, pydantic"),
    ("didww", BENCH_PYTHON, "from didww.client import DidwwClient"),
]


def measure_all(sizes: Sizes, folder: Path) -> dict[str, Any]:
    paths = payloads.write(folder, sizes.dids, sizes.available)
    (folder / "warm").mkdir()
    warm = payloads.write(folder / "warm", 1, payloads.DIDS_PER_GROUP)
    results: dict[str, Any] = {"sizes": {**asdict(sizes), "groups": sizes.groups}}
    results["payload_mb"] = {k: Path(p).stat().st_size / 1e6 for k, p in paths.items()}
    say("workloads 1-3: decoding and round trips, interleaved")
    results.update(timings(sizes, paths))
    say("workload 4: cold imports")
    results["imports"] = cold_imports(IMPORTS, sizes.import_repeat)
    say("workload 5: memory, fresh processes")
    results["memory"] = memories(sizes, paths, warm)
    say("workload 6: export download")
    results["export"] = export_download.run(sizes.export_mb)
    say("the rate limiter")
    results["rate_limit"] = rate_limit.main()
    return results


def say(text: str) -> None:
    print(f"... {text}", file=sys.stderr, flush=True)


def write(results: dict[str, Any], out: Path) -> None:
    """``results.md`` and ``results.png`` in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    chart = out / "results.png"
    panels = json.dumps(report.panels(results))
    command = [str(BENCH_PYTHON), "-m", "benchmarks.chart", str(chart)]
    subprocess.run(command, input=panels, text=True, check=True, cwd=ROOT)
    (out / "results.md").write_text(report.document(results, chart.name), encoding="utf-8")


def main() -> None:
    smoke = "--smoke" in sys.argv
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else ROOT / "benchmarks"
    if not BENCH_PYTHON.exists():
        sys.exit(f"{BENCH_PYTHON} is missing: `make bench-venv` creates the bench venv")
    with tempfile.TemporaryDirectory() as folder:
        results = measure_all(SMOKE if smoke else FULL, Path(folder))
    results["smoke"] = smoke
    write(results, out)
    print(report.table(results))
    print("\n".join(results["rate_limit"]))
    print(f"\nwritten: {out / 'results.md'}, {out / 'results.png'}")


if __name__ == "__main__":
    main()
