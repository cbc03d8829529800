"""mypy --strict proves the types users rely on, and rejects misuse."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRELUDE = "from didww_gen import DidwwClient\nfrom didww_gen.models import Did\nclient: DidwwClient\ndid: Did\n"


def _mypy(path: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"), str(path)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def test_correct_usage_type_checks() -> None:
    done = _mypy(ROOT / "tests" / "typing" / "usage_ok.py")
    assert done.returncode == 0, done.stdout + done.stderr


MISUSE = {
    "no create on countries": ("client.countries.create(did)", '"CountriesRepository" has no attribute "create"'),
    "misspelled field": ("print(did.numbr)", '"Did" has no attribute "numbr"'),
    "no update on proofs (the reference has no PATCH)": (
        "client.proofs.update(did)",
        '"ProofsRepository" has no attribute "update"',
    ),
    "document meta of another resource": (
        "print(client.dids.list().meta.available_count)",
        '"PageMeta" has no attribute "available_count"',
    ),
    "wrong include name": ('client.dids.find("x", include="voice_in_trunks")', 'Argument "include"'),
    "wrong filter name": ('client.dids.list(filter={"numbr": "1"})', 'expected "DidsFilter | None"'),
    "wrong sort name": ('client.dids.list(sort="-nmber")', 'Argument "sort"'),
    "wrong relationship type": ("did.voice_in_trunk = did", "Incompatible types in assignment"),
    "unknown constructor field": ('Did(numbr="1")', 'Unexpected keyword argument "numbr" for "Did"'),
    "wrong constructor type": (
        'Did(capacity_limit="many")',
        'Argument "capacity_limit" to "Did" has incompatible type',
    ),
}


@pytest.mark.parametrize("case", sorted(MISUSE))
def test_misuse_is_a_mypy_error(case: str, tmp_path: Path) -> None:
    line, expected = MISUSE[case]
    path = tmp_path / "misuse.py"
    path.write_text(PRELUDE + line + "\n")
    done = _mypy(path)
    assert done.returncode == 1, done.stdout
    assert expected in done.stdout, done.stdout
