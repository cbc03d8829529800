"""``python -m codegen diff``: semantic changes between two spec folders, read on the intermediate model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spec_editing import SPEC

from codegen import diff
from codegen.__main__ import main


@pytest.fixture
def specs(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old" / "spec" / SPEC.name, tmp_path / "new" / "spec" / SPEC.name
    shutil.copytree(SPEC, old)
    shutil.copytree(SPEC, new)
    return old, new


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def test_identical_specs_have_no_changes(specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", *map(str, specs)]) == 0
    assert capsys.readouterr().out.startswith("no semantic changes")


def test_each_kind_of_change_is_reported(specs: tuple[Path, Path]) -> None:
    old, new = specs
    regions = new / "resources" / "regions.yaml"
    _edit(regions, "  name: {type: string,", "  title: {type: string,")
    _edit(regions, "sorts: [name, iso]", "sorts: [iso]")
    _edit(regions, "  name: {type: string, array: true", "  title: {type: string, array: true")
    _edit(
        new / "resources" / "dids.yaml",
        "  blocked:\n    type: boolean\n",
        "  blocked:\n    type: boolean\n    nullable: true\n",
    )
    _edit(new / "resources" / "dids.yaml", "operations: [list, find, update]", "operations: [list, find]")
    _edit(new / "enums.yaml", "    - {name: PCMA, value: 10}\n", "")
    found = {(c.area, c.subject, c.kind, c.detail) for c in diff.changes(diff.load(old), diff.load(new))}
    assert ("attribute", "Region.name", "renamed", "to title (same type and access)") in found
    assert ("filter", "Region.name", "renamed", "to title (same type and access)") in found
    assert ("sort", "Region name", "removed", "") in found
    assert ("attribute", "Did.blocked", "changed", "nullable False -> True") in found
    assert ("operation", "Did update", "removed", "") in found
    assert ("enum", "Codec.PCMA", "removed", "value 10") in found


def test_the_rendered_diff_summarises_then_lists(specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = specs
    name = (new / "resources" / "pops.yaml").read_text().split("\n  name: ")[1].split("\n")[0]
    _edit(new / "resources" / "pops.yaml", f"  name: {name}\n", "")
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("(1 removed):")
    assert out[1].split() == ["removed", "attribute", "Pop.name"]


def test_a_broken_spec_is_a_spec_error(specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = specs
    _edit(new / "resources" / "pops.yaml", "type: pops", "type: popz")
    assert main(["diff", str(old), str(new)]) == 2
    assert "does not match the file name" in capsys.readouterr().err
