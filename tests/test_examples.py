"""The examples run: every script in ``examples/`` against the fake API on loopback, as ``make demo`` does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_does_not_build_models() -> None:
    code = "import sys, didww_gen; from didww_gen import DidwwClient; print('pydantic.main' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip() == "False", done.stderr


EXAMPLES = sorted(p.name for p in (ROOT / "examples").glob("*.py") if not p.name.startswith("_"))


@pytest.fixture(scope="module")
def example_runs() -> dict[str, subprocess.CompletedProcess[str]]:
    """Every example, each through ``python -m didww_gen.testing --port 0 -- python examples/NAME``, run
    two at a time (each gets its own fake)."""
    results: dict[str, subprocess.CompletedProcess[str]] = {}
    pending = list(EXAMPLES)
    while pending:
        batch, pending = pending[:2], pending[2:]
        started = {
            name: subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "didww_gen.testing",
                    "--port",
                    "0",
                    "--random-seed",
                    "7",
                    "--",
                    sys.executable,
                    f"examples/{name}",
                ],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for name in batch
        }
        for name, process in started.items():
            out, err = process.communicate(timeout=120)
            results[name] = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    return results


def test_there_is_an_example_per_area() -> None:
    assert len(EXAMPLES) >= 15, EXAMPLES


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_runs_against_the_fake(name: str, example_runs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    done = example_runs[name]
    assert done.returncode == 0, f"{name} failed:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    assert done.stderr.startswith("fake DIDWW API listening on http://127.0.0.1:")
    assert len(done.stdout.splitlines()) > 2, done.stdout  # the script printed what it did


def test_quickstart_prints_the_patch_body(example_runs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    out = example_runs["quickstart.py"].stdout
    assert "Balance: 50.00 (credit 10.00)" in out
    assert "Order " in out and ": completed, amount " in out
    body = json.loads(out.split("PATCH body sent:", 1)[1])
    relationships = body["data"]["relationships"]
    assert relationships["voice_in_trunk"]["data"]["type"] == "voice_in_trunks"
    assert relationships["voice_in_trunk_group"] == {"data": None}  # the exclusive relationship, cleared
    assert "attributes" not in body["data"]  # only what changed
