"""The examples run: ``make demo`` (quickstart over the reference examples) prints real output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_runs_quickstart_against_reference_examples() -> None:
    done = subprocess.run([sys.executable, "examples/demo_reference.py"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Balance: 50.00 (credit 10.00, total 60.00)" in out
    assert "Created SIP trunk 'Office'" in out
    assert '"voice_in_trunk_group": {\n        "data": null' in out  # the exclusive relationship, cleared on the wire


def test_import_does_not_build_models() -> None:
    code = "import sys, didww_gen; from didww_gen import DidwwClient; print('pydantic.main' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip() == "False", done.stderr
