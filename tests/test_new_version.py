"""``make new-version``: a new version's package is generated beside the old ones, which stay byte for byte."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from spec_editing import VERSION, repository_copy, run_codegen

from codegen.__main__ import ROOT
from codegen.versions import load, package_name

NEW = "2099-01-01"
LATEST = load(ROOT).latest  # what didww_gen re-exports, which adding a version leaves as it is


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of what generation reads and writes, with the fake's seeds (a new version's is carried from them)."""
    return repository_copy(tmp_path / "repo", seeds=True)


def _codegen(repo: Path, *args: str, reference: Path) -> subprocess.CompletedProcess[str]:
    return run_codegen(repo, *args, cwd=repo, DIDWW_REFERENCE_DIR=str(reference))


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _packages(repo: Path) -> dict[str, dict[str, str]]:
    root = repo / "src" / "didww_gen"
    return {p.name: _digests(p) for p in sorted(root.glob("v*_*_*")) if p.is_dir()}


def test_a_new_version_is_generated_beside_the_old_packages_which_stay_untouched(repo: Path, tmp_path: Path) -> None:
    before = _packages(repo)
    done = _codegen(repo, "new-version", VERSION, NEW, reference=tmp_path / "no-reference")
    assert done.returncode == 0, done.stdout + done.stderr
    assert _packages(repo).items() >= before.items()  # every old package byte for byte
    new_package = repo / "src" / "didww_gen" / package_name(NEW)
    assert (new_package / "client.py").is_file() and (new_package / "models" / "did.py").is_file()
    registry = (repo / "spec" / "versions.yaml").read_text()
    assert f"'{NEW}'" in registry and f"latest: '{LATEST}'" in registry  # adding is not promoting
    assert f'version: "{NEW}"' in (repo / "spec" / NEW / "api.yaml").read_text()
    latest_models = (repo / "src" / "didww_gen" / "models" / "__init__.py").read_text()
    assert f"from didww_gen.{package_name(LATEST)}.models import" in latest_models
    assert f"make promote VERSION={NEW}" in done.stdout
    assert (repo / "docs" / "changes" / f"{VERSION}..{NEW}.md").is_file()
    assert "a human must still decide" in done.stdout and "no document for this version" in done.stdout
    # the old packages are byte for byte as they were (above): the new version's output is what may be stale
    check = _codegen(repo, "--check", "--spec", f"spec/{NEW}", reference=tmp_path)
    assert check.returncode == 0, check.stderr
    again = _codegen(repo, "new-version", VERSION, NEW, reference=tmp_path)
    assert again.returncode == 2 and f"spec/{NEW}:1: already exists" in again.stderr


def test_a_bad_date_or_document_is_refused_before_anything_is_written(repo: Path, tmp_path: Path) -> None:
    before = _digests(repo / "spec")
    done = _codegen(repo, "new-version", VERSION, "2099-1-1", reference=tmp_path)
    assert done.returncode == 2 and "'2099-1-1' is not an API version date" in done.stderr
    not_a_document = tmp_path / "notes.json"
    not_a_document.write_text('{"hello": "world"}', encoding="utf-8")
    done = _codegen(repo, "new-version", VERSION, NEW, "--source", str(not_a_document), reference=tmp_path)
    assert done.returncode == 2 and "notes.json" in done.stderr and "Traceback" not in done.stderr
    done = _codegen(repo, "new-version", "1999-01-01", NEW, reference=tmp_path)
    assert done.returncode == 2 and "FROM 1999-01-01 is not registered" in done.stderr
    assert "nothing was written" in done.stderr
    assert _digests(repo / "spec") == before
