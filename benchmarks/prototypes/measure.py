"""The prototype measured side by side with didww_gen and didww 3.2.0, in one run.

Each side in its own interpreter, as in ``make bench`` (``benchmarks/measure.py``): didww_gen and the
prototype in the project venv, the official SDK in the bench venv; interleaved repetitions, medians.

- Decode (a) to (d) and the tiny ``find`` (e): the whole call through each client over the same
  in-process transport, then the shared reads (``benchmarks/common.py``: every side must read the same
  checksum); ``json.loads`` of the same bytes as the floor.
- The one-shot script in fresh processes: didww_gen and the prototype in the runtime venv (httpx and
  pydantic only; the prototype's script fails if its first call imports pydantic), the official SDK in
  the bench venv.
- Retained pages: (a) decoded while the 20 pages decoded before are alive, against a clean heap, each case
  in a worker of its own, for didww_gen and the prototype.
- Memory of (a) and (b) as workload 5 measures it (``benchmarks/worker.py --memory``, each a fresh process):
  the peak RSS above the baseline of the first call, for the three sides; the prototype's also after a
  first small call (what its data costs), and ``json.loads`` of the body alone (the tree it decodes from).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import tempfile
from pathlib import Path
from typing import Any, Protocol

from benchmarks import payloads
from benchmarks.measure import BENCH_PYTHON, OURS_PYTHON, RUNTIME_PYTHON, Case, Worker, fresh, memory, same, timed

SHAPES = ("a", "b", "c", "d", "find")
MEMORY_SHAPES = ("a", "b")
MEMORY_SIDES = (  # label, worker side, interpreter, workload prefix, with a first small call
    ("didww_gen", "ours", OURS_PYTHON, "decode", False),
    ("didww", "official", BENCH_PYTHON, "decode", False),
    ("prototype", "prototype", OURS_PYTHON, "decode", False),
    ("prototype/warm", "prototype", OURS_PYTHON, "decode", True),
    ("json.loads", "ours", OURS_PYTHON, "json.loads", False),
)
SDKS = ("didww_gen", "didww", "prototype")
COMMAND = "python -m benchmarks.prototypes"


class Sizes(Protocol):
    """What the measurement takes from ``benchmarks.run.Sizes``."""

    @property
    def repeat(self) -> int: ...

    @property
    def one_shot_repeat(self) -> int: ...

    @property
    def retained_batch(self) -> int: ...

    @property
    def memory_repeat(self) -> int: ...

    def batch(self, shape: str) -> int: ...


def decoding(sizes: Sizes, paths: dict[str, str]) -> dict[str, Any]:
    """Every shape, the three sides and ``json.loads``, interleaved (each side's worker kept for the run)."""
    ours, official, plain = (
        Worker("ours", OURS_PYTHON),
        Worker("official", BENCH_PYTHON),
        Worker("prototype", OURS_PYTHON),
    )
    try:
        found = {}
        for shape in SHAPES:
            cases = [
                Case("didww_gen", ours, f"decode/{shape}"),
                Case("didww", official, f"decode/{shape}"),
                Case("prototype", plain, f"decode/{shape}"),
                Case("json.loads", ours, f"json.loads/{shape}"),
            ]
            if shape == "find":  # the prototype's decode of the body alone, without the request
                cases.append(Case("prototype/decode_only", plain, "decode_only/find"))
            found[shape] = timed(cases, paths, _repeat(sizes), sizes.batch(shape))
    finally:
        for worker in (ours, official, plain):
            worker.close()
    for shape, result in found.items():
        same({k: v for k, v in result["checks"].items() if k in SDKS}, f"prototype run, shape {shape}")
    return found


def one_shots(sizes: Sizes, paths: dict[str, str]) -> dict[str, Any]:
    """The one-shot script in fresh processes: didww_gen, the prototype, the official SDK."""
    runtime = RUNTIME_PYTHON if RUNTIME_PYTHON.exists() else OURS_PYTHON
    find = paths["find"]
    cases = [
        ("didww_gen", [str(runtime), "-m", "benchmarks.one_shot", "ours", find]),
        ("prototype", [str(runtime), "-m", "benchmarks.prototypes.one_shot", find]),
        ("didww", [str(BENCH_PYTHON), "-m", "benchmarks.one_shot", "official", find]),
    ]
    found = fresh(cases, sizes.one_shot_repeat)
    same(found["checks"], "prototype run, the one-shot script")
    return found


def retained(sizes: Sizes, paths: dict[str, str]) -> dict[str, Any]:
    """Shape (a) with 20 earlier pages alive and in a clean heap, didww_gen and the prototype (also with the
    collector paused during its decodes)."""
    sides = (("didww_gen", "ours"), ("prototype", "prototype"))
    workers = {(label, mode): Worker(side, OURS_PYTHON) for label, side in sides for mode in ("decode", "retained")}
    workers[("prototype", "retained_paused")] = Worker("prototype", OURS_PYTHON)
    try:
        cases = [Case(f"{label}/{mode}", worker, f"{mode}/a") for (label, mode), worker in workers.items()]
        found = timed(cases, paths, _repeat(sizes), sizes.retained_batch)
    finally:
        for worker in workers.values():
            worker.close()
    same(found["checks"], "prototype run, retained pages")
    return found


def memories(sizes: Sizes, paths: dict[str, str]) -> dict[str, Any]:
    """Peak RSS above the baseline of decoding (a) and (b) as the first call of a fresh process, as workload 5
    measures it (``benchmarks/worker.py --memory``): didww_gen, the official SDK, the prototype (also after a
    first call on a tiny body), and ``json.loads`` of the same bytes."""
    with tempfile.TemporaryDirectory() as folder:
        warm = json.dumps(payloads.write(Path(folder), {"a": 1, "b": payloads.DIDS_PER_GROUP, "c": 1, "d": 1}))
        cases = []
        for shape in MEMORY_SHAPES:
            for label, side, python, prefix, first_small in MEMORY_SIDES:
                command = [str(python), "-m", "benchmarks.worker", side, "--memory", f"{prefix}/{shape}"]
                command += [json.dumps(paths), *([warm] if first_small else [])]
                cases.append((f"{shape}/{label}", command))
        found = memory(cases, sizes.memory_repeat)
    for shape in MEMORY_SHAPES:
        checks = {k: v for k, v in found["checks"].items() if k.startswith(f"{shape}/") and "json.loads" not in k}
        same(checks, f"prototype run, memory of {shape}")
    return found


def _tracked(make: Any) -> int:
    """How many GC-tracked objects ``make()`` leaves alive (what it returns holds them)."""
    gc.collect()
    before = {id(o) for o in gc.get_objects()}
    kept = make()
    gc.collect()
    found = sum(1 for o in gc.get_objects() if id(o) not in before) - 1  # the ``before`` set itself
    del kept
    return found


def tracked(paths: dict[str, str]) -> dict[str, float]:
    """GC-tracked objects per resource of (a): in ``json.loads``' tree, and in the prototype's decoded page."""
    from benchmarks.prototypes.decode import decode
    from benchmarks.prototypes.models import Did

    body = Path(paths["a"]).read_bytes()
    decode(body, Did, True)  # first use: the classes' fillers are made
    resources = 2 * len(json.loads(body)["data"])  # each DID and its order
    tree, models = _tracked(lambda: json.loads(body)), _tracked(lambda: decode(body, Did, True).data)
    return {"tree": tree / resources, "models": models / resources}


def _repeat(sizes: Sizes) -> int:
    """Fewer repetitions than the main run's decodes (it stays within two minutes), at least 3."""
    return max(3, sizes.repeat * 3 // 5)


def measure(sizes: Sizes, paths: dict[str, str]) -> dict[str, Any]:
    """The prototype's figures: ``decode``, ``one_shot``, ``retained``, ``memory``, ``tracked``, and the date."""
    return {
        "date": dt.date.today().isoformat(),
        "decode": decoding(sizes, paths),
        "one_shot": one_shots(sizes, paths),
        "retained": retained(sizes, paths),
        "memory": memories(sizes, paths),
        "tracked": tracked(paths),
    }
