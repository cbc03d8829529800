"""Every line of Python in the migration guides (``docs/changes/*.md``) is valid Python, and each version's half
of each block type-checks under mypy --strict against that version's package (one run for them all).

The guide is followed blind: a line that does not parse, or names a field its version does not have, is a bug
of the generator. The guides the tests generate are checked by :mod:`tests.test_migration_guide` the same way.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from guide_snippets import as_module, blocks, halves

ROOT = Path(__file__).resolve().parent.parent
GUIDES = sorted((ROOT / "docs" / "changes").glob("*.md"))
MYPY_LINE = re.compile(r"^(?P<path>[^:]+\.py):(?P<line>\d+): error: (?P<message>.*)$")


def test_there_are_guides_with_python() -> None:
    assert GUIDES and all(blocks(path.read_text(encoding="utf-8")) for path in GUIDES)


def test_every_python_block_of_every_guide_parses() -> None:
    problems = []
    for path in GUIDES:
        for block in blocks(path.read_text(encoding="utf-8")):
            try:
                ast.parse(block.code)
            except SyntaxError as exc:
                problems.append(f"{path.name}:{block.line + (exc.lineno or 1) - 1}: {exc.msg}")
    assert problems == []


def test_each_version_half_of_every_block_type_checks(tmp_path: Path) -> None:
    where: dict[str, tuple[str, int, int]] = {}
    for path in GUIDES:
        for block in blocks(path.read_text(encoding="utf-8")):
            for half in halves(block):
                module = as_module(half)
                assert module is not None, f"{path.name}:{half.line}: a name the checker cannot type"
                file = tmp_path / f"half_{len(where)}.py"
                file.write_text(module[0], encoding="utf-8")
                where[file.name] = (path.name, half.line, module[1])
    assert len(where) > 50
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml")]
    command += ["--cache-dir", str(ROOT / ".mypy_cache" / "guide-snippets"), *sorted(map(str, tmp_path.glob("*.py")))]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    problems = []
    for line in done.stdout.splitlines():
        found = MYPY_LINE.match(line)
        if found:
            guide, first, offset = where[Path(found["path"]).name]
            problems.append(f"{guide}:{first} (line {int(found['line']) - offset} of the half): {found['message']}")
    assert done.returncode in (0, 1), done.stdout + done.stderr
    assert problems == []
