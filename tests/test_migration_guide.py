"""``python -m codegen changes FROM TO``: the migration guide generated from the semantic diff of two spec versions.

A scratch pair of versions (copies of spec/2026-04-16, the newer one edited) stands for a real upgrade; renames
and notes are declared in the newer version's ``changes.yaml``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from spec_editing import SPEC, edit

from codegen import migration
from codegen.__main__ import main
from codegen.errors import SpecError

OLD, NEW = "2026-04-16", "2026-05-01"

CHANGES = """\
from: "2026-04-16"
renamed:
  resources: {npa_prefixes: nanpa_prefixes}
  attributes: {did_reservations.expires_at: expire_at}
notes:
  did_reservations: "Reservations say when they end as `expire_at` now."
"""


def newer(older: Path, changes: str | None = CHANGES) -> Path:
    """A copy of ``older`` as version NEW beside it, with ``changes`` as its changes.yaml."""
    folder = older.parent / NEW
    shutil.copytree(older, folder)
    edit(folder / "api.yaml", f'version: "{OLD}"', f'version: "{NEW}"')
    (folder / "changes.yaml").unlink(missing_ok=True)  # the copy's own changes describe another step
    if changes is not None:
        (folder / "changes.yaml").write_text(changes)
    return folder


def rename_nanpa_prefixes_in(older: Path) -> None:
    """The older version calls nanpa_prefixes npa_prefixes (NpaPrefix): a resource the newer one renamed."""
    (older / "resources" / "nanpa_prefixes.yaml").rename(older / "resources" / "npa_prefixes.yaml")
    edit(older / "resources" / "npa_prefixes.yaml", "type: nanpa_prefixes", "type: npa_prefixes")
    edit(older / "resources" / "npa_prefixes.yaml", "class: NanpaPrefix", "class: NpaPrefix")
    edit(older / "resources" / "available_dids.yaml", "target: nanpa_prefixes", "target: npa_prefixes")


def drop_sort_aliases(resource: Path) -> None:
    """Remove a resource file's ``sort_aliases`` (written last in it)."""
    edit(resource, "sort_aliases:" + resource.read_text().split("sort_aliases:")[1], "")


def upgrade(new: Path) -> None:
    """Every kind of change the guide shows, made to the newer version."""
    reservations, dids = new / "resources" / "did_reservations.yaml", new / "resources" / "dids.yaml"
    edit(reservations, "  expires_at: {type: datetime", "  expire_at: {type: datetime, nullable: true")
    edit(reservations, "sorts: [created_at, description, expires_at]", "sorts: [created_at, expire_at]")
    edit(reservations, "access: create-only, nullable: true,", "access: create-only, nullable: true, required: true,")
    edit(dids, "  capacity_limit:\n    type: integer\n", "  capacity_limit:\n    type: string\n")
    edit(dids, "  blocked:\n    type: boolean\n", "  blocked:\n    type: boolean\n    nullable: true\n")
    edit(
        dids,
        "    access: update-only\n    evidence: {openapi: required, postman: in 16 of 16 examples}\n"
        "    answered: always\n    description: Custom DID",
        "    evidence: {openapi: required, postman: in 16 of 16 examples}\n"
        "    answered: always\n    description: Custom DID",
    )
    edit(dids, "  - voice_in_trunk.pop\n", "")
    edit(new / "enums.yaml", "    - {name: PCMA, value: 10}\n", "    - {name: NEWCODEC, value: 99}\n")
    edit(new / "enums.yaml", "    - {name: AREA, value: area}", "    - {name: AREA, value: Area}")
    (new / "resources" / "pops.yaml").unlink()
    trunks = new / "resources" / "voice_in_trunks.yaml"
    edit(
        trunks,
        "  pop: {cardinality: to-one, target: pops, access: create-update",
        "  x_pop: {cardinality: to-one, target: regions, access: create-update",
    )
    edit(trunks, "includes: [voice_in_trunk_group, pop]", "includes: [voice_in_trunk_group]")


@pytest.fixture(scope="module")
def guide(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The guide of one scratch upgrade with every kind of change (built once: loading two specs takes a while)."""
    root = tmp_path_factory.mktemp("guide")
    older = root / "spec" / OLD
    shutil.copytree(SPEC, older)
    drop_sort_aliases(older / "resources" / "did_reservations.yaml")  # its expire_at alias: the newer one's sort
    new = newer(older)
    rename_nanpa_prefixes_in(older)
    upgrade(new)
    filters = "  description: {type: string, array: true}\n"  # a filter renamed with its attribute, and retyped
    edit(older / "resources" / "did_reservations.yaml", filters, filters + "  expires_at: {type: datetime}\n")
    edit(new / "resources" / "did_reservations.yaml", filters, filters + "  expire_at: {type: string}\n")
    return migration.render(migration.build(root, OLD, NEW))


def block(before: str, after: str) -> str:
    """The before/after Python block of one change, as the guide indents it under its bullet."""
    lines = ["```python", f"# {OLD}", *before.splitlines(), f"# {NEW}", *after.splitlines(), "```"]
    return "\n".join(f"  {line}" for line in lines)


def section(guide: str, title: str) -> str:
    """The text of one ``### title`` section."""
    match = re.search(rf"^### {re.escape(title)}\n(.*?)(?=^##)", guide + "\n## end", re.S | re.M)
    assert match is not None, title
    return match.group(1)


def test_the_guide_starts_with_a_header_and_how_to_switch_packages(guide: str) -> None:
    assert guide.splitlines()[0] == f"<!-- generated from spec/{OLD} and spec/{NEW} by codegen, do not edit -->"
    assert "from didww_gen.v2026_04_16 import DidwwClient\n" in guide
    assert "from didww_gen.v2026_05_01 import DidwwClient\nfrom didww_gen.v2026_05_01.models import Did\n" in guide
    assert "from didww_gen import DidwwClient  # the same class: didww_gen re-exports 2026-05-01" in guide


def test_the_summary_counts_each_kind_of_change(guide: str) -> None:
    rows = {line.split("|")[1].strip(): line.split("|")[2:-1] for line in guide.splitlines() if line.startswith("| ")}
    counts = {label: [cell.strip() for cell in cells] for label, cells in rows.items()}
    header = counts.pop("changed")
    assert header == ["added", "removed", "renamed", "retyped", "access", "other", "your code"]
    assert counts["resources"] == ["", "1", "1", "", "", "", "2"]  # pops removed, npa_prefixes renamed
    assert counts["attributes"] == ["", "", "1", "3", "2", "", "6"]
    assert counts["enum members"] == ["1", "1", "", "1", "", "", "2"]
    assert counts["sorts"] == ["", "1", "1", "", "", "", "2"]
    assert counts["relationships"][:3] == ["1", "1", ""]  # x_pop added, pop removed (no rename declared)


def test_a_declared_rename_is_one_entry_with_the_new_python_name(guide: str) -> None:
    reservations = section(guide, "`did_reservations` (`DidReservation`)")
    assert "Reservations say when they end as `expire_at` now." in reservations  # the note from changes.yaml
    assert "- **renamed**: `did_reservation.expires_at` renamed to `did_reservation.expire_at`" in reservations
    assert block("did_reservation.expires_at", "did_reservation.expire_at") in reservations
    assert "`did_reservation.expires_at` removed" not in reservations
    assert "`did_reservation.expire_at` added" not in reservations


def test_a_renamed_resource_shows_the_new_import_and_repository(guide: str) -> None:
    renamed = section(guide, "`nanpa_prefixes` (`NanpaPrefix`)")
    before = "from didww_gen.v2026_04_16.models import NpaPrefix\nclient.npa_prefixes.list()"
    after = "from didww_gen.v2026_05_01.models import NanpaPrefix\nclient.nanpa_prefixes.list()"
    assert block(before, after) in renamed
    assert "### `npa_prefixes`" not in guide and "resource added" not in guide  # one rename, not a pair
    available = section(guide, "`available_dids` (`AvailableDid`)")
    assert "`available_did.nanpa_prefix` retargeted: `NpaPrefix | None` → `NanpaPrefix | None`" in available
    assert (
        block(
            "value: NpaPrefix | None = available_did.nanpa_prefix",
            "value: NanpaPrefix | None = available_did.nanpa_prefix",
        )
        in available
    )


def test_a_newly_required_member_shows_in_the_constructor(guide: str) -> None:
    reservations = section(guide, "`did_reservations` (`DidReservation`)")
    assert "- **access**: `did_reservation.description`: now required on create" in reservations
    before = 'client.did_reservations.create(DidReservation(available_did=AvailableDid.ref("id")))'
    after = 'client.did_reservations.create(DidReservation(description=..., available_did=AvailableDid.ref("id")))'
    assert block(before, after) in reservations


def test_retyped_members_show_both_annotations(guide: str) -> None:
    dids = section(guide, "`dids` (`Did`)")
    assert block("value: int | None = did.capacity_limit", "value: str | None = did.capacity_limit") in dids
    assert block("value: bool = did.blocked", "value: bool | None = did.blocked") in dids
    assert "- **retyped**: `did.blocked`: `bool` → `bool | None`" in dids


def test_a_member_that_became_read_only_shows_the_assignment_that_goes(guide: str) -> None:
    dids = section(guide, "`dids` (`Did`)")
    assert "`did.description`: access update-only → read-only" in dids
    after = "# did.description is read-only in 2026-05-01: an update cannot change it"
    assert block("did.description = ...", after) in dids


def test_removals_show_the_code_that_goes(guide: str) -> None:
    pops = section(guide, "`pops` (`Pop`)")
    before = "from didww_gen.v2026_04_16.models import Pop\nclient.pops.list()"
    assert block(before, "# client.pops: gone in 2026-05-01") in pops
    trunks = section(guide, "`voice_in_trunks` (`VoiceInTrunk`)")
    assert block("voice_in_trunk.pop", "# voice_in_trunk.pop: gone in 2026-05-01") in trunks
    assert block('client.voice_in_trunks.list(include="pop")', "# include pop: gone in 2026-05-01") in trunks
    assert "- **added**: `voice_in_trunk.x_pop` added (Region | None, create-update)" in trunks
    assert block('client.did_reservations.list(sort="description")', "# sort description: gone in 2026-05-01") in guide


def test_a_declared_rename_carries_the_sort_and_filter_of_its_name_and_its_other_changes(guide: str) -> None:
    reservations = section(guide, "`did_reservations` (`DidReservation`)")
    before, after = 'client.did_reservations.list(sort="expires_at")', 'client.did_reservations.list(sort="expire_at")'
    assert (
        "- **renamed**: sort `expires_at` renamed to `expire_at`" in reservations
        and block(before, after) in reservations
    )
    assert "- **retyped**: `did_reservation.expire_at`: `datetime` → `datetime | None`" in reservations
    before, after = "value: datetime = did_reservation.expires_at", "value: datetime | None = did_reservation.expire_at"
    assert block(before, after) in reservations
    before = 'client.did_reservations.list(filter={"expires_at": value})'
    assert block(before, 'client.did_reservations.list(filter={"expire_at": value})') in reservations
    assert "- **retyped**: filter `expire_at`: `datetime` → `str`" in reservations


def test_enum_member_changes_have_their_own_section_linked_from_the_resources(guide: str) -> None:
    codec = section(guide, "enum `Codec`")
    assert "- **added**: `Codec.NEWCODEC` added (value 99)" in codec
    assert block("Codec.PCMA", "# Codec.PCMA: gone in 2026-05-01") in codec
    level = section(guide, "enum `AreaLevel`")  # a new value under the same name: one change, not two
    assert "- **retyped**: `AreaLevel.AREA`: value 'area' → 'Area' (the member keeps its name" in level
    assert (
        block("area_level == 'area'", "area_level == 'Area'  # or area_level == AreaLevel.AREA, in both versions")
        in level
    )
    assert "removed" not in level
    trunks = section(guide, "`voice_in_trunks` (`VoiceInTrunk`)")  # Codec: inside its configuration
    assert "- Its fields use changed enums: [`Codec`](#enum-codec)." in trunks


def test_resources_are_sorted_and_unchanged_ones_left_out(guide: str) -> None:
    titles = re.findall(r"^### `([a-z_]+)`", guide, re.M)
    assert titles == sorted(titles)
    assert "countries" not in titles and {"dids", "pops", "nanpa_prefixes"} <= set(titles)


def test_the_guide_is_deterministic(spec_copy: Path) -> None:
    newer(spec_copy, None)
    root = spec_copy.parent.parent
    first = migration.render(migration.build(root, OLD, NEW))
    assert first == migration.render(migration.build(root, OLD, NEW))
    assert "No resource changed." in first and not re.search(r"\d{2}:\d{2}", first)


def test_check_fails_when_stale_and_passes_when_fresh(spec_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new, root = newer(spec_copy), str(spec_copy.parent.parent)
    edit(new / "resources" / "did_reservations.yaml", "  expires_at: {type: datetime", "  expire_at: {type: datetime")
    edit(new / "resources" / "did_reservations.yaml", "description, expires_at]", "description]")
    drop_sort_aliases(new / "resources" / "did_reservations.yaml")  # expire_at aliased expires_at
    (new / "changes.yaml").write_text(
        f'from: "{OLD}"\nrenamed:\n  attributes: {{did_reservations.expires_at: expire_at}}\n'
    )
    assert main(["changes", OLD, NEW, "--root", root, "--check"]) == 1
    assert "docs/changes/2026-04-16..2026-05-01.md is missing" in capsys.readouterr().err
    assert main(["changes", OLD, NEW, "--root", root]) == 0
    assert capsys.readouterr().out == "wrote docs/changes/2026-04-16..2026-05-01.md\n"
    assert main(["changes", OLD, NEW, "--root", root, "--check"]) == 0
    assert "is fresh" in capsys.readouterr().out
    edit(
        new / "resources" / "dids.yaml",
        "  capacity_limit:\n    type: integer\n",
        "  capacity_limit:\n    type: string\n",
    )
    assert main(["changes", OLD, NEW, "--root", root, "--check"]) == 1
    err = capsys.readouterr().err
    assert "+  value: str | None = did.capacity_limit" in err and "is stale: run `python -m codegen changes" in err


def test_an_undeclared_rename_is_a_removal_and_an_addition_with_a_hint(
    spec_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = newer(spec_copy, None)
    edit(new / "resources" / "pops.yaml", "  name: {type: string,", "  title: {type: string,")
    assert main(["changes", OLD, NEW, "--root", str(spec_copy.parent.parent)]) == 0
    out = capsys.readouterr().out
    assert "possible renames not declared in spec/2026-05-01/changes.yaml" in out and "Pop.name: to title" in out
    guide = (spec_copy.parent.parent / "docs" / "changes" / f"{OLD}..{NEW}.md").read_text()
    assert "- **removed**: `pop.name` removed" in guide and "- **added**: `pop.title` added (str, read-only)" in guide


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            'from: "2026-04-16"\nrenamed:\n  attributes: {dids.number: phone}\n',
            "spec/2026-05-01/changes.yaml:3: renamed.attributes.dids.number: dids still has the attribute 'number'"
            " in 2026-05-01: it was not removed",
        ),
        (
            'from: "2026-04-16"\nrenamed:\n  attributes: {pops.name: titel}\n',
            "spec/2026-05-01/changes.yaml:3: renamed.attributes.pops.name: pops has no attribute 'titel' in"
            " 2026-05-01: it was not added (did you mean 'title'?)",
        ),
        (
            'from: "2026-04-16"\nrenamed:\n  resources: {pop: points}\n',
            "spec/2026-05-01/changes.yaml:3: renamed.resources.pop: 'pop' is not a resource in 2026-04-16",
        ),
        ("from: 2026-01-01\n", "changes.yaml:1: from: says 2026-01-01 but the guide is from 2026-04-16"),
        (
            'from: "2026-04-16"\nrenamed:\n  attributs: {}\n',
            "changes.yaml:3: renamed.attributs: unknown key 'attributs'",
        ),
        (
            'from: "2026-04-16"\nnotes:\n  dis: hello\n',
            "changes.yaml:3: notes.dis: names no resource of either version",
        ),
    ],
)
def test_a_bad_decision_is_a_clear_error(
    spec_copy: Path, capsys: pytest.CaptureFixture[str], changes: str, expected: str
) -> None:
    new = newer(spec_copy, changes)
    edit(new / "resources" / "pops.yaml", "  name: {type: string,", "  title: {type: string,")
    assert main(["changes", OLD, NEW, "--root", str(spec_copy.parent.parent)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("spec error:\n") and expected in err
    assert not (spec_copy.parent.parent / "docs").exists()


def test_an_unknown_version_is_a_clear_error(spec_copy: Path) -> None:
    with pytest.raises(SpecError, match=r"'2026-13-99' is not a version with a spec folder"):
        migration.check_or_write(spec_copy.parent.parent, OLD, "2026-13-99", check=True)
