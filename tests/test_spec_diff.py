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


def _rename_region_name(spec: Path) -> Path:
    """``regions.name`` renamed ``title`` in ``spec``: the attribute, its filter and its sort; the regions file."""
    regions = spec / "resources" / "regions.yaml"
    _edit(regions, "  name: {type: string,", "  title: {type: string,")
    _edit(regions, "  name: {type: string, array: true", "  title: {type: string, array: true")
    _edit(regions, "sorts: [name, iso]", "sorts: [title, iso]")
    return regions


def _found(old: Path, new: Path, renames: diff.Renames | None = None) -> set[tuple[str, str, str]]:
    """(area, subject, kind) of each change from ``old`` to ``new``."""
    return {(c.area, c.subject, c.kind) for c in diff.changes(diff.load(old), diff.load(new), renames)}


def test_identical_specs_have_no_changes(specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", *map(str, specs)]) == 0
    assert capsys.readouterr().out.startswith("no semantic changes")


def test_each_kind_of_change_is_reported(specs: tuple[Path, Path]) -> None:
    old, new = specs
    _rename_region_name(new)
    _edit(
        new / "resources" / "dids.yaml",
        "  blocked:\n    type: boolean\n",
        "  blocked:\n    type: boolean\n    nullable: true\n",
    )
    _edit(new / "resources" / "dids.yaml", "operations: [list, find, update]", "operations: [list, find]")
    _edit(new / "enums.yaml", "    - {name: PCMA, value: 10}\n", "")
    found = {(c.area, c.subject, c.kind, c.detail) for c in diff.changes(diff.load(old), diff.load(new))}
    assert ("attribute", "Region.name", "renamed", "to title (same type and access)") in found
    alike = "to title (renamed with its attribute, same type and access)"  # the filter and sort of its name
    assert ("filter", "Region.name", "renamed", alike) in found and ("sort", "Region name", "renamed", alike) in found
    assert all(c.guessed for c in diff.changes(diff.load(old), diff.load(new)) if c.kind == "renamed")
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


def test_a_filter_and_sort_follow_their_attribute_not_their_own_type(specs: tuple[Path, Path]) -> None:
    """Two string filters swap places: only the one named like the renamed attribute is guessed renamed."""
    old, new = specs
    regions = _rename_region_name(new)
    _edit(regions, "  iso: {type: string, array: true}", "  code: {type: string, array: true, virtual: true}")
    found = _found(old, new)
    assert {("filter", "Region.name", "renamed"), ("sort", "Region name", "renamed")} <= found
    assert {("filter", "Region.iso", "removed"), ("filter", "Region.code", "added")} <= found


def test_a_rejected_guess_is_a_removal_and_an_addition(specs: tuple[Path, Path]) -> None:
    old, new = specs
    _rename_region_name(new)
    found = _found(old, new, diff.Renames(rejected={("regions", "attribute"): {"name": "title"}}))
    assert not any(kind == "renamed" for _, _, kind in found)
    assert {("attribute", "Region.name", "removed"), ("attribute", "Region.title", "added")} <= found
    assert {("filter", "Region.name", "removed"), ("sort", "Region name", "removed")} <= found


def test_a_write_rule_change_is_reported(specs: tuple[Path, Path]) -> None:
    old, new = specs
    dids = new / "resources" / "dids.yaml"
    _edit(dids, "    exclusive_with: [voice_in_trunk_group]\n", "")
    _edit(dids, "    exclusive_with: [voice_in_trunk]\n", "")
    trunks = new / "resources" / "address_requirement_validations.yaml"
    _edit(trunks, "  - at_least_one: [identity, address]", "  - one_of: [identity, address]")
    found = {(c.area, c.subject, c.kind, c.detail) for c in diff.changes(diff.load(old), diff.load(new))}
    exclusive = "`voice_in_trunk` and `voice_in_trunk_group` are exclusive: a write sends at most one of them"
    assert ("rule", "Did", "removed", exclusive) in found
    because = "the validation checks an identity, an address, or both"
    assert (
        "rule",
        "AddressRequirementValidation",
        "added",
        f"a create sends exactly one of `identity` / `address`: {because}",
    ) in found
    assert (
        "rule",
        "AddressRequirementValidation",
        "removed",
        f"a create sends at least one of `identity` / `address`: {because}",
    ) in found
