"""Generation is deterministic from anywhere: any working directory, and right after adding a resource.

Each test works on a copy of the generator, the spec and the package, so the checkout is never touched.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from spec_editing import SPEC, repository_copy, run_codegen

from codegen.versions import package_name


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of what generation reads and writes."""
    return repository_copy(tmp_path / "repo")


def _codegen(repo: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_codegen(repo, *args, cwd=cwd)


def _package_texts(repo: Path) -> dict[str, str]:
    root = repo / "src" / "didww_gen"
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.py"))}


def test_generating_from_another_directory_changes_nothing(repo: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    before = _package_texts(repo)
    done = _codegen(repo, cwd=elsewhere)
    assert done.returncode == 0, done.stderr
    assert _package_texts(repo) == before
    assert _codegen(repo, "--check", cwd=Path("/")).returncode == 0


def test_first_generation_after_adding_a_resource_is_fresh(repo: Path, tmp_path: Path) -> None:
    resources = repo / "spec" / SPEC.name / "resources"
    text = (resources / "pops.yaml").read_text(encoding="utf-8")
    added = text.replace("type: pops", "type: widgets").replace("class: Pop", "class: Widget")
    (resources / "widgets.yaml").write_text(added, encoding="utf-8")
    done = _codegen(repo, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (repo / "src" / "didww_gen" / package_name(SPEC.name) / "models" / "widget.py").is_file()
    check = _codegen(repo, "--check", cwd=repo)
    assert check.returncode == 0, check.stderr
    assert "generated code is fresh" in check.stdout


def test_the_formats_kinds_come_from_the_kinds_table_and_a_kind_it_lacks_is_named(repo: Path, tmp_path: Path) -> None:
    """A scalar type added to spec/spec.schema.json by hand is not a kind: the one run writes the format's list
    of kinds from the kinds table (didww_gen._kinds) and regenerates the loader's models before loading, so the
    spec using it is a spec error naming the file and where a kind is added, not a KeyError. (A kind added the
    way README "Adding a kind" says, in one run: tests/test_throwaway_kind.py.)"""
    schema = repo / "spec" / "spec.schema.json"
    text = schema.read_text(encoding="utf-8")
    schema.write_text(text.replace('"enum": ["string", "integer",', '"enum": ["string", "uuid", "integer",', 1))
    assert schema.read_text(encoding="utf-8") != text
    pops = repo / "spec" / SPEC.name / "resources" / "pops.yaml"
    pops.write_text(pops.read_text(encoding="utf-8").replace("name: {type: string", "name: {type: uuid", 1))
    done = _codegen(repo, cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert "pops.yaml" in done.stderr and "unknown type 'uuid'" in done.stderr
    assert "src/didww_gen/_kinds/" in done.stderr
    assert schema.read_text(encoding="utf-8") == text  # the list of kinds written back from the table
    assert "uuid" not in (repo / "codegen" / "_spec_model.py").read_text(encoding="utf-8")
