"""``make bench``: didww_gen side by side with the official SDK (``didww`` 3.2.0), written to ``results.md``.

``python -m benchmarks.run [--smoke] [--out DIR] [--from RESULTS_JSON]``: the workloads of issues 8 and 19,
each side in its own interpreter (this one for didww_gen, ``benchmarks/.venv`` for the official SDK and msgspec),
interleaved, medians of repetitions after a warm-up; then ``results.md``, ``results.png`` (drawn in the bench
venv) and ``results.json`` (the figures) in ``DIR`` (``benchmarks/`` by default). ``--smoke`` runs everything
with tiny sizes (a test does); ``--from`` writes the report again from a run's ``results.json``.

1. Decode each payload shape, against ``json.loads`` of the same bytes and msgspec Structs (typed, linked):
   (a) 1,000 DIDs + their orders with items, (b) 10,000 available DIDs + DID groups + SKUs, (c) 100 DIDs
   + orders, (d) 1,000 SIP voice-in trunks, and a tiny ``find`` of one DID.
2. ``find`` + ``update`` round trips against raw httpx sending the same requests.
3. Cold import against ``import httpx, pydantic`` and against ``from didww.client import DidwwClient``.
4. The one-shot script (``one_shot.py``): import, client, one ``find``, in fresh processes; and the ``didww``
   command's start-up (``cli_startup.py``): ``didww --help``, ``didww balance`` beside the SDK script.
5. Peak RSS of shapes a and b, each in a fresh process.
6. Peak RSS of a 200 MB export download (``export_download.py``).
7. Retained pages: decoding (a) while the 20 pages decoded before stay alive, against a clean heap.
Then the prototype (``benchmarks/prototypes``, a decoder without pydantic) beside didww_gen and the official
SDK on 1, 4, 5 and 7 (``python -m benchmarks.prototypes`` runs that part alone); and the rate limiter against a
server that answers 429 above 20 requests per second (``rate_limit.py``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks import cli_startup, export_download, payloads, rate_limit, report
from benchmarks.measure import (
    BENCH_PYTHON,
    OURS_PYTHON,
    ROOT,
    RUNTIME_PYTHON,
    Case,
    Worker,
    cold_imports,
    fresh,
    memory,
    same,
    timed,
)
from benchmarks.prototypes import measure as prototypes

SHAPES = ("a", "b", "c", "d", "find")
SDKS = ("didww_gen", "didww", "msgspec")
SIDES = (("didww_gen", "ours", OURS_PYTHON), ("didww", "official", BENCH_PYTHON))


@dataclass(frozen=True)
class Sizes:
    a: int
    b: int
    c: int
    d: int
    calls: int
    repeat: int
    import_repeat: int
    memory_repeat: int
    one_shot_repeat: int
    retained_batch: int
    export_mb: int

    @property
    def groups(self) -> int:
        return -(-self.b // payloads.DIDS_PER_GROUP)

    def batch(self, shape: str) -> int:
        """Runs per timed sample: enough for a sample of the small shapes to last milliseconds."""
        return {"c": max(1, self.calls // 30), "find": self.calls}.get(shape, 1)


FULL = Sizes(1000, 10_000, 100, 1000, 300, 15, 21, 3, 21, 10, 200)
SMOKE = Sizes(20, 50, 5, 20, 2, 2, 2, 1, 2, 1, 8)


def timings(sizes: Sizes, paths: dict[str, str]) -> dict[str, Any]:
    """Workloads 1 and 2: one worker per side, and one for msgspec (in the bench venv)."""
    ours, official = Worker("ours", OURS_PYTHON), Worker("official", BENCH_PYTHON)
    floor = Worker("msgspec", BENCH_PYTHON)
    try:
        found = {
            shape: timed(
                [
                    Case("didww_gen", ours, f"decode/{shape}"),
                    Case("didww", official, f"decode/{shape}"),
                    Case("json.loads", ours, f"json.loads/{shape}"),
                    Case("msgspec", floor, f"decode/{shape}"),
                ],
                paths,
                sizes.repeat,
                sizes.batch(shape),
            )
            for shape in SHAPES
        }
        cases = [Case("didww_gen", ours, "round_trip"), Case("didww", official, "round_trip")]
        found["round_trip"] = timed([*cases, Case("httpx", ours, "raw_httpx")], paths, sizes.repeat, sizes.calls)
    finally:
        for worker in (ours, official, floor):
            worker.close()
    for name, result in found.items():
        same({k: v for k, v in result["checks"].items() if k in SDKS}, name)
    return found


def retained(sizes: Sizes, paths: dict[str, str]) -> dict[str, Any]:
    """Workload 7: shape a decoded in a clean heap and with 20 earlier pages alive, each case in its own worker;
    didww_gen also with ``pause_gc=True`` and after ``gc.freeze()``."""
    workers = {(label, mode): Worker(side, python) for label, side, python in SIDES for mode in ("decode", "retained")}
    ours = next((side, python) for label, side, python in SIDES if label == "didww_gen")
    workers.update({("didww_gen", mode): Worker(*ours) for mode in ("retained_paused", "retained_frozen")})
    try:
        cases = [Case(f"{label}/{mode}", worker, f"{mode}/a") for (label, mode), worker in workers.items()]
        found = timed(cases, paths, max(2, sizes.repeat // 3), sizes.retained_batch)
    finally:
        for worker in workers.values():
            worker.close()
    same(found["checks"], "retained pages")
    return found


def one_shots(sizes: Sizes, paths: dict[str, str]) -> dict[str, Any]:
    """Workload 4: the one-shot script in fresh processes, each side; didww_gen in the runtime venv (its
    runtime dependencies only, as deployed) when ``make bench`` has made it."""
    runtime = RUNTIME_PYTHON.exists()
    sides = [(label, side, RUNTIME_PYTHON if runtime and side == "ours" else python) for label, side, python in SIDES]
    cases = [(label, [str(python), "-m", "benchmarks.one_shot", side, paths["find"]]) for label, side, python in sides]
    found = fresh(cases, sizes.one_shot_repeat)
    same(found["checks"], "the one-shot script")
    found["runtime_venv"] = runtime
    return found


def memories(sizes: Sizes, paths: dict[str, str], warm: dict[str, str]) -> dict[str, Any]:
    """Workload 5: shapes a and b, each in a fresh process; again after a first call on tiny bodies."""
    cases = []
    for key in ("a", "b"):
        for label, side, python in SIDES:
            command = [str(python), "-m", "benchmarks.worker", side, "--memory", f"decode/{key}", json.dumps(paths)]
            cases += [(f"{key}/{label}", command), (f"{key}/{label}/warm", [*command, json.dumps(warm)])]
    found = memory(cases, sizes.memory_repeat)
    for key in ("a", "b"):
        same({k: v for k, v in found["checks"].items() if k.startswith(f"{key}/")}, f"memory of {key}")
    return found


IMPORTS = [
    ("didww_gen", OURS_PYTHON, "from didww_gen import DidwwClient"),
    ("floor", OURS_PYTHON, "import httpx, pydantic"),
    ("didww", BENCH_PYTHON, "from didww.client import DidwwClient"),
]


def measure_all(sizes: Sizes, folder: Path) -> dict[str, Any]:
    paths = payloads.write(folder, {shape: getattr(sizes, shape) for shape in "abcd"})
    (folder / "warm").mkdir()
    warm = payloads.write(folder / "warm", {"a": 1, "b": payloads.DIDS_PER_GROUP, "c": 1, "d": 1})
    results: dict[str, Any] = {"sizes": {**asdict(sizes), "groups": sizes.groups, "c_batch": sizes.batch("c")}}
    results["payload_mb"] = {k: Path(p).stat().st_size / 1e6 for k, p in paths.items()}
    say("workloads 1-2: decoding every shape and round trips, interleaved")
    results.update(timings(sizes, paths))
    say("workload 3: cold imports")
    results["imports"] = cold_imports(IMPORTS, sizes.import_repeat)
    say("workload 4: the one-shot script, fresh processes")
    results["one_shot"] = one_shots(sizes, paths)
    say("workload 4b: the didww command's start-up, fresh processes")
    results["cli"] = cli_startup.run(sizes.one_shot_repeat)
    say("workload 5: memory, fresh processes")
    results["memory"] = memories(sizes, paths, warm)
    say("workload 6: export download")
    results["export"] = export_download.run(sizes.export_mb)
    say("workload 7: retained pages")
    results["retained"] = retained(sizes, paths)
    say("prototypes: a decoder without pydantic, beside didww_gen and didww 3.2.0")
    results["prototypes"] = prototypes.measure(sizes, paths)
    say("the rate limiter")
    results["rate_limit"] = rate_limit.main()
    return results


def say(text: str) -> None:
    print(f"... {text}", file=sys.stderr, flush=True)


def write(results: dict[str, Any], out: Path) -> None:
    """``results.md``, ``results.png`` and the figures themselves (``results.json``) in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
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
    if "--from" in sys.argv:  # the report again from a run's figures (results.json), nothing measured
        results = json.loads(Path(sys.argv[sys.argv.index("--from") + 1]).read_text(encoding="utf-8"))
    else:
        with tempfile.TemporaryDirectory() as folder:
            results = measure_all(SMOKE if smoke else FULL, Path(folder))
        results["smoke"] = smoke
    write(results, out)
    print(report.table(results))
    print("\n".join(results["rate_limit"]))
    print(f"\nwritten: {out / 'results.md'}, {out / 'results.png'}")


if __name__ == "__main__":
    main()
