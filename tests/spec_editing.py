"""Editing a copy of the spec in a test, and collecting what the loader says of it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import ir, loader
from codegen.__main__ import ROOT
from codegen.errors import SpecError

VERSION = "2026-04-16"
"""The API version the spec-editing tests edit a copy of: named, as every version-specific test names its version
(adding or promoting a version changes nothing here)."""
SPEC = ROOT / "spec" / VERSION


GENERATION_INPUTS = ("codegen", "spec", "src", "docs", "pyproject.toml")
"""What generation reads and writes: a copy of these is a repository to generate in."""


def repository_copy(target: Path, *, seeds: bool = False) -> Path:
    """A copy of what generation reads and writes at ``target``, without caches (``seeds``: with the fake's
    derived seeds, which a new version's seed is carried from)."""
    for name in GENERATION_INPUTS:
        source = ROOT / name
        if source.is_dir():
            ignored = shutil.ignore_patterns("__pycache__", "*.pyc", *(() if seeds else ("_seed.json",)))
            shutil.copytree(source, target / name, ignore=ignored)
        else:
            shutil.copy2(source, target / name)
    return target


def run_codegen(repo: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m codegen ARGS`` on the generator of a repository copy, from ``cwd``, with ``env`` added."""
    variables = {**os.environ, "PYTHONPATH": str(repo), **env}
    command = [sys.executable, "-m", "codegen", *args]
    return subprocess.run(command, cwd=cwd, env=variables, capture_output=True, text=True, timeout=600)


def edit(path: Path, old: str, new: str) -> int:
    """Replace ``old`` with ``new`` once; returns the 1-based line of the change."""
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))
    return text[: text.index(old)].count("\n") + 1


def problems(folder: Path) -> list[str]:
    """Every problem the loader and the intermediate model report for the spec in ``folder``."""
    with pytest.raises(SpecError) as info:
        ir.build(loader.load(folder, folder.parent.parent))
    return [str(p) for p in info.value.problems]
