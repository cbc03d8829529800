"""Every line of Python in the migration guides (``docs/changes/*.md``) is valid Python, and each version's half
of each block type-checks under mypy --strict against that version's package (one run for them all).

The guide is followed blind: a line that does not parse, or names a field its version does not have, is a bug
of the generator. The guides the tests generate are checked by :mod:`tests.test_migration_guide` the same way.
"""

from __future__ import annotations

import ast
from pathlib import Path

from guide_snippets import blocks, halves, type_check

ROOT = Path(__file__).resolve().parent.parent
GUIDES = sorted((ROOT / "docs" / "changes").glob("*.md"))


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
    named = [
        (path.name, half)
        for path in GUIDES
        for block in blocks(path.read_text(encoding="utf-8"))
        for half in halves(block)
    ]
    assert len(named) > 50
    assert type_check(named, tmp_path) == []
