"""The typing corpus (``tests/typing/``) under mypy --strict (with and without the pydantic plugin) and pyright strict.

``ok_*.py`` and ``usage_ok.py`` must type-check clean; in ``err_*.py`` every line marked ``# E: <fragment>``
must be an error (mypy's message contains the fragment; pyright reports an error on that line) and no
other line may be one. One run per checker over the whole corpus.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "typing"
MARK = re.compile(r"#\s*E:\s*(.+?)\s*$")
MYPY_LINE = re.compile(r"^(?P<path>[^:]+\.py):(?P<line>\d+): error: (?P<message>.*)$")
Found = dict[tuple[str, int], list[str]]


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.py"))


def expected_errors() -> dict[tuple[str, int], str]:
    """``(file name, line)`` of every marked line, with the fragment mypy's message must contain."""
    marks = {}
    for path in corpus_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found = MARK.search(line)
            if found:
                marks[(path.name, number)] = found.group(1)
    return marks


def _mypy(config: Path, cache_name: str) -> Found:
    cache_dir = ROOT / ".mypy_cache" / cache_name  # one per config, so the two runs stay warm
    command = [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(cache_dir)]
    done = subprocess.run([*command, *map(str, corpus_files())], capture_output=True, text=True, cwd=ROOT)
    if done.returncode not in (0, 1):
        pytest.fail(f"mypy crashed:\n{done.stdout}{done.stderr}")
    errors: Found = {}
    for line in done.stdout.splitlines():
        found = MYPY_LINE.match(line)
        if found:
            key = (Path(found["path"]).name, int(found["line"]))
            errors.setdefault(key, []).append(found["message"])
    return errors


def _pyright() -> Found:
    binary = shutil.which("pyright", path=str(Path(sys.executable).parent)) or shutil.which("pyright")
    if binary is None:
        pytest.fail("pyright is not installed: pip install -e '.[dev]' (it is pinned in the dev extras)")
    config = CORPUS / "pyrightconfig.json"
    command = [binary, "-p", str(config), "--pythonpath", sys.executable, "--outputjson", str(CORPUS)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    try:
        report = json.loads(done.stdout)
    except ValueError:
        pytest.fail(f"pyright did not answer JSON (exit {done.returncode}):\n{done.stdout}{done.stderr}")
    errors: Found = {}
    for item in report["generalDiagnostics"]:
        if item["severity"] == "error":
            key = (Path(item["file"]).name, item["range"]["start"]["line"] + 1)
            errors.setdefault(key, []).append(item["message"])
    return errors


@cache
def run(checker: str) -> Found:
    if checker == "pyright strict":
        return _pyright()
    if checker == "mypy --strict, pydantic plugin":
        return _mypy(ROOT / "pyproject.toml", "corpus-plugin")
    return _mypy(CORPUS / "mypy_without_plugin.ini", "corpus-no-plugin")


CHECKERS = ["mypy --strict, pydantic plugin", "mypy --strict, no plugin", "pyright strict"]


@pytest.mark.parametrize("checker", CHECKERS)
def test_clean_lines_type_check(checker: str) -> None:
    """No error outside the marked lines: the ``ok_*`` files and the unmarked lines of ``err_*`` pass."""
    expected = expected_errors()
    unexpected = {f"{name}:{line}": msgs for (name, line), msgs in run(checker).items() if (name, line) not in expected}
    assert unexpected == {}


@pytest.mark.parametrize("checker", CHECKERS)
def test_marked_lines_are_errors(checker: str) -> None:
    """Every marked line is an error; under mypy, one whose message names what the mark says."""
    found = run(checker)
    missing = {}
    for (name, line), fragment in expected_errors().items():
        messages = found.get((name, line), [])
        named = any(fragment in m for m in messages) if checker.startswith("mypy") else bool(messages)
        if not named:
            missing[f"{name}:{line}"] = (fragment, messages)
    assert missing == {}


def test_the_corpus_covers_every_item() -> None:
    """Each item of issue 16 has a clean file and a file of marked errors."""
    names = {p.name for p in corpus_files()}
    for topic in ("exact_types", "refusals", "queries"):
        assert {f"ok_{topic}.py", f"err_{topic}.py"} <= names
    marks = expected_errors()
    assert all(name.startswith("err_") for name, _ in marks)
    assert len(marks) >= 40
