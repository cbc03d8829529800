"""The benchmark suite's smoke run: every workload of ``make bench`` on both SDKs, at tiny sizes.

Not part of ``make test`` (it needs the bench venv, 222 MB with the official SDK, numpy and matplotlib): run by
``make bench-smoke``, which ``make bench`` and the CI (``.ci/run``) run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_suite_smoke_run(tmp_path: Path) -> None:
    """Every workload of `make bench` still runs on both SDKs (tiny sizes; the figures come from `make bench`).

    The official SDK's side runs in the bench venv (benchmarks/.venv): `make bench-smoke` (run by `make bench`
    and by `.ci/run` beside `make test`) creates it; `make test` does not need it.
    """
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--smoke", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    results = (tmp_path / "results.md").read_text()
    shapes = tuple(f"1. decode ({shape})" for shape in "abcde")
    for workload in (*shapes, "2. `find`", "3. cold", "4. one-shot", "5. peak RSS", "6. download", "7. decode (a)"):
        assert f"| {workload}" in results, workload
    assert results.count("| msgspec (typed, linked): ") == 5 and results.count("| `json.loads`: ") == 5
    assert "didww 3.2.0: " in results and "smoke run" in results
    assert (tmp_path / "results.png").read_bytes().startswith(b"\x89PNG")
    limited = [line for line in done.stdout.splitlines() if "rate_limit=20" in line]
    assert len(limited) == 2 and all(", 0 answered 429" in line for line in limited)
