"""What needs the bench venv: the benchmark suite's smoke run (every workload of ``make bench`` on both SDKs, at
tiny sizes) and the official SDK against the fake on loopback.

Not part of ``make test`` (it needs the bench venv, 222 MB with the official SDK, numpy and matplotlib): run by
``make bench-smoke``, which ``make bench`` and the CI (``.ci/run``) run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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


OFFICIAL_SDK_SCRIPT = """
import os
from didww.client import DidwwClient
from didww.resources.voice_in_trunk_group import VoiceInTrunkGroup

client = DidwwClient(os.environ["DIDWW_API_KEY"], base_url=os.environ["DIDWW_BASE_URL"])
print("balance", client.balance().find().data.total_balance)
print("countries", len(client.countries().list().data))
group = VoiceInTrunkGroup()
group.name = "From the official SDK"
group.capacity_limit = 3
created = client.voice_in_trunk_groups().create(group).data
created.capacity_limit = 7
print("updated", client.voice_in_trunk_groups().update(created).data.capacity_limit)
client.voice_in_trunk_groups().delete(created.id)
"""


def test_another_client_uses_the_loopback_fake(tmp_path: Path) -> None:
    """The official SDK (didww 3.2.0, in the bench venv) against the CLI's server, serving API 2026-04-16."""
    official = Path(__file__).resolve().parent.parent / "benchmarks" / ".venv" / "bin" / "python"
    if not official.exists():
        pytest.skip("the bench venv (make bench-venv) holds the official SDK")
    script = tmp_path / "official.py"
    script.write_text(OFFICIAL_SDK_SCRIPT)
    serve = [sys.executable, "-m", "didww_gen.testing", "--port", "0", "--api-version", "2026-04-16"]
    command = [*serve, "--", str(official), str(script)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("fake DIDWW API listening on")  # the banner: stderr when a command runs
    assert done.stdout.splitlines() == ["balance 60.00", "countries 9", "updated 7"]
