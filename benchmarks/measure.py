"""How the suite measures: long-lived workers for timings, fresh processes for imports and memory.

Every comparison is interleaved: each repetition runs every case once, in alternating order, after
a warm-up run of each; the figure is the median of the repetitions.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OURS_PYTHON = Path(sys.executable)
BENCH_PYTHON = ROOT / "benchmarks" / ".venv" / "bin" / "python"
RUNTIME_PYTHON = ROOT / "benchmarks" / ".runtime" / ".venv" / "bin" / "python"
"""didww_gen with its runtime dependencies only (``make bench`` makes it): what a deployment imports. The
project venv's dev tools change what ``import httpx`` loads (``click`` and ``rich`` for its CLI)."""
_PYCACHE = tempfile.mkdtemp(prefix="didww-bench-pycache-")


def compiled() -> dict[str, str]:
    """The environment of a fresh process: bytecode cached (in a temporary prefix, out of the tree), as an
    installed package has it, even where ``PYTHONDONTWRITEBYTECODE`` is set; the first run of each case
    (a warm-up, not counted) writes it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    return env


class Worker:
    """``benchmarks/worker.py`` for one side, in that side's interpreter, kept open for the run."""

    def __init__(self, side: str, python: Path) -> None:
        command = [str(python), "-m", "benchmarks.worker", side]
        self.process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ask(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the worker stopped on {command} (its error is above)")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=60)


@dataclass(frozen=True)
class Case:
    """One measured thing: ``workload`` run by ``worker``, shown as ``label``."""

    label: str
    worker: Worker
    workload: str


def alternating(count: int, items: Sequence[Any]) -> list[list[Any]]:
    """``count`` rounds over ``items``, every other one reversed (so that no case always runs first)."""
    return [list(items) if n % 2 == 0 else list(reversed(items)) for n in range(count)]


def timed(cases: Sequence[Case], paths: dict[str, str], repeat: int, batch: int = 1) -> dict[str, Any]:
    """Median seconds per run of each case, and each case's checksum (from its warm-up run)."""
    checks = {c.label: c.worker.ask(op="setup", workload=c.workload, paths=paths)["check"] for c in cases}
    samples: dict[str, list[float]] = {c.label: [] for c in cases}
    for round_ in alternating(repeat, cases):
        for case in round_:
            samples[case.label].append(case.worker.ask(op="time", workload=case.workload, batch=batch)["seconds"])
    return {"seconds": {k: statistics.median(v) for k, v in samples.items()}, "checks": checks}


def memory(cases: Sequence[tuple[str, list[str]]], repeat: int) -> dict[str, Any]:
    """Baseline and peak RSS (MB, medians) of ``(label, worker command)``, each run in a fresh process."""
    samples: dict[str, list[tuple[float, float]]] = {label: [] for label, _ in cases}
    checks: dict[str, Any] = {}
    for round_ in alternating(repeat, cases):
        for label, command in round_:
            out = json.loads(subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout)
            samples[label].append((out["baseline_kb"] / 1024, out["peak_kb"] / 1024))
            checks[label] = out["check"]
    medians = {k: tuple(statistics.median(s[i] for s in v) for i in (0, 1)) for k, v in samples.items()}
    return {"mb": medians, "checks": checks}


def fresh(cases: Sequence[tuple[str, list[str]]], repeat: int) -> dict[str, Any]:
    """Each figure a fresh process prints (one JSON line, with a ``check``) for each ``(label, command)``, and
    the process's wall time (``process``): medians of ``repeat`` processes per case, interleaved."""
    samples: dict[str, list[dict[str, float]]] = {label: [] for label, _ in cases}
    checks: dict[str, Any] = {}
    env = compiled()
    for _, command in cases:  # warm-up: writes the bytecode
        subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    for round_ in alternating(repeat, cases):
        for label, command in round_:
            started = time.perf_counter()
            run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, env=env)
            out = json.loads(run.stdout)
            checks[label] = out.pop("check")
            samples[label].append({**out, "process": time.perf_counter() - started})
    medians = {label: {k: statistics.median(s[k] for s in found) for k in found[0]} for label, found in samples.items()}
    return {"medians": medians, "checks": checks}


def cold_imports(cases: Sequence[tuple[str, Path, str]], repeat: int) -> dict[str, dict[str, float]]:
    """Median seconds of each ``(label, python, statement)`` in a fresh process: the import alone, and the process."""
    samples: dict[str, list[tuple[float, float]]] = {c[0]: [] for c in cases}
    env = compiled()
    for _, python, statement in cases:  # warm-up: writes the bytecode
        subprocess.run([str(python), "-c", statement], cwd=ROOT, capture_output=True, check=True, env=env)
    for round_ in alternating(repeat, cases):
        for label, python, statement in round_:
            code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
            started = time.perf_counter()
            command = [str(python), "-c", code]
            out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, env=env)
            samples[label].append((float(out.stdout), time.perf_counter() - started))
    return {
        "import": {k: statistics.median(s[0] for s in v) for k, v in samples.items()},
        "process": {k: statistics.median(s[1] for s in v) for k, v in samples.items()},
    }


def same(checks: dict[str, Any], what: str) -> None:
    """Both sides must have read the same values."""
    values = {json.dumps(v) for v in checks.values()}
    if len(values) != 1:
        raise RuntimeError(f"{what}: the sides disagree on what they read: {checks}")
