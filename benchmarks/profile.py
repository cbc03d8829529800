"""Where didww_gen's decoding time goes: ``python -m benchmarks.profile [SHAPE ...] [--top N]``.

For each shape (default a, b and d, at ``make bench``'s sizes) the call and the reads run under
``cProfile``; every function's own time is put in a part of the pipeline by where it is defined
(pydantic, the streaming reader, the change-tracking snapshot, linking, ...) and a C function's by the
parts that call it (pydantic-core's validators count as validation wherever they are called from).
Then, without the profiler, the share of the garbage collector (``gc.callbacks``). The profiler slows
Python code more than C code, so read the parts as a guide, not as figures.
"""

from __future__ import annotations

import cProfile
import gc
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import payloads
from benchmarks.common import READS
from benchmarks.side_ours import FETCHES

SIZES = {"a": 1000, "b": 10_000, "c": 100, "d": 1000}
RUNS = {"a": 5, "b": 2, "c": 20, "d": 5}
Func = tuple[str, int, str]
LINKING = ("_link", "_link_one", "_resolve", "_Place", "__call__", "_bad_linkage")
CHECKS = ("_too_deep", "_check_depth", "_check_identity", "<genexpr>")
PARTS: tuple[tuple[str, Callable[[str, str], bool]], ...] = (  # (part, test on file and function), first match wins
    ("pydantic validation", lambda f, n: "pydantic" in f or "validate_python" in n or "validate_json" in n),
    ("streaming reader (JSON scanning)", lambda f, n: f.endswith("_json_stream.py") or "scanner" in n),
    ("change-tracking snapshot", lambda f, n: f.endswith("_tracking.py")),
    ("linking", lambda f, n: f.endswith("_decoding.py") and n in LINKING),
    ("hostile-input checks (depth, identity)", lambda f, n: f.endswith("_decoding.py") and n in CHECKS),
    ("decoding, the rest", lambda f, n: f.endswith(("_decoding.py", "_page.py", "_repository.py"))),
    ("models' runtime hooks", lambda f, n: f.endswith("_model.py")),
    ("the request (httpx, client)", lambda f, n: "httpx" in f or "didww_gen" in f),
    ("the benchmark's reads", lambda f, n: "benchmarks" in f),
)


def part(func: Func) -> str | None:
    """The part of ``func`` by where it is defined; ``None`` for a C function not named in ``PARTS``."""
    file, _, name = func
    for label, test in PARTS:
        if test(file, name):
            return label
    return None if file == "~" else "other"


def parts(stats: dict[Func, Any]) -> dict[str, float]:
    """Own time per part; a C function's own time split among its callers' parts by what each call cost."""
    found: dict[str, float] = defaultdict(float)
    for func, (_, _, own, _, callers) in stats.items():
        label = part(func)
        if label is not None or not callers:
            found[label or "other"] += own
            continue
        spent = sum(c[2] for c in callers.values()) or 1.0
        for caller, timing in callers.items():
            found[part(caller) or "other"] += own * timing[2] / spent
    return found


def gc_share(call: Callable[[], Any], runs: int) -> float:
    """The garbage collector's share of ``runs`` calls, measured without the profiler."""
    spent, started = [0.0], [0.0]

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            spent[0] += time.perf_counter() - started[0]

    gc.callbacks.append(watch)
    try:
        began = time.perf_counter()
        for _ in range(runs):
            call()
        return spent[0] / (time.perf_counter() - began)
    finally:
        gc.callbacks.remove(watch)


def profile(shape: str, paths: dict[str, str], top: int) -> list[str]:
    fetch, read = FETCHES[shape](paths), READS[shape]

    def call() -> float:
        return read(fetch())

    call()
    profiler = cProfile.Profile()
    profiler.runcall(lambda: [call() for _ in range(RUNS[shape])])
    stats: dict[Func, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    found = parts(stats)
    total = sum(found.values())
    lines = [f"shape {shape} ({SIZES[shape]:,} primary resources, {RUNS[shape]} calls under cProfile):"]
    lines += [f"  {share / total:6.1%}  {label}" for label, share in sorted(found.items(), key=lambda kv: -kv[1])]
    lines.append(f"  garbage collector, without the profiler: {gc_share(call, RUNS[shape]):.1%} of the call")
    lines.append("  most own time:")
    ranked = sorted(stats.items(), key=lambda kv: -kv[1][2])[:top]
    lines += [f"    {s[2] / total:6.1%}  {Path(f[0]).name}:{f[1]} {f[2]}" for f, s in ranked]
    return lines


def main() -> None:
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 8
    shapes = [a for a in sys.argv[1:] if a in SIZES] or ["a", "b", "d"]
    with tempfile.TemporaryDirectory() as folder:
        paths = payloads.write(Path(folder), SIZES)
        for shape in shapes:
            print("\n".join(profile(shape, paths, top)), flush=True)


if __name__ == "__main__":
    main()
