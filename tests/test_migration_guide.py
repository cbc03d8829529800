"""``python -m codegen changes FROM TO``: the migration guide generated from the semantic diff of two spec versions.

A scratch pair of versions (copies of spec/2026-04-16, the newer one edited) stands for a real upgrade; renames
and notes are declared in the newer version's ``changes.yaml``.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest
from guide_snippets import blocks, halves, type_check
from spec_editing import SPEC, edit
from synthetic_version import NEXT_VERSION, make_next_document

from codegen import importer, migration
from codegen.__main__ import main
from codegen.errors import SpecError
from codegen.reference import openapi_path
from codegen.sources import openapi
from codegen.stale_defaults import drop_stale

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


def test_retyped_members_show_both_sides_reading_writing_and_filtering(guide: str) -> None:
    dids = section(guide, "`dids` (`Did`)")
    before = "value: int | None = did.capacity_limit\ndid.capacity_limit = value  # update"
    after = "value: str | None = did.capacity_limit\ndid.capacity_limit = value  # update"
    assert "`did.capacity_limit`: `int | None` → `str | None` (follow it when reading, updating)" in dids
    assert block(before, after) in dids
    filtering = 'wanted: bool = ...\nclient.dids.list(filter={"blocked": wanted})'
    assert block(f"value: bool = did.blocked\n{filtering}", f"value: bool | None = did.blocked\n{filtering}") in dids
    assert "- **retyped**: `did.blocked`: `bool` → `bool | None` (follow it when reading, filtering)" in dids


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
    before = "value: datetime = did_reservation.expires_at\nwanted: datetime = ...\n"
    before += 'client.did_reservations.list(filter={"expires_at": wanted})'
    after = "value: datetime | None = did_reservation.expire_at\nwanted: str = ...\n"
    after += 'client.did_reservations.list(filter={"expire_at": wanted})'
    assert block(before, after) in reservations
    before = 'value: datetime = ...\nclient.did_reservations.list(filter={"expires_at": value})'
    after = 'value: str = ...\nclient.did_reservations.list(filter={"expire_at": value})'
    assert block(before, after) in reservations
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


def test_every_python_block_of_the_guide_is_valid_python(guide: str) -> None:
    found = blocks(guide)
    assert len(found) > 15
    for block in found:
        ast.parse(block.code)  # a SyntaxError names the line
        assert [half.version for half in halves(block)] == [OLD, NEW]


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


def test_an_undeclared_rename_is_probably_renamed_until_declared_or_rejected(
    spec_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new, root = newer(spec_copy, None), spec_copy.parent.parent
    edit(new / "resources" / "regions.yaml", "  name: {type: string,", "  title: {type: string,")
    edit(
        new / "resources" / "regions.yaml", "  name: {type: string, array: true", "  title: {type: string, array: true"
    )
    edit(new / "resources" / "regions.yaml", "sorts: [name, iso]", "sorts: [title, iso]")
    assert main(["changes", OLD, NEW, "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "possible renames not declared in spec/2026-05-01/changes.yaml" in out and "Region.name: to title" in out
    guide = (root / "docs" / "changes" / f"{OLD}..{NEW}.md").read_text()
    assert '**3 change(s) below say "probably renamed"**' in guide
    regions = section(guide, "`regions` (`Region`)")
    assert "- **renamed**: `region.name` probably renamed to `region.title` (a guess: " in regions  # alike: all three
    assert "- **renamed**: filter `name` probably renamed to `title` (a guess: " in regions
    assert "- **renamed**: sort `name` probably renamed to `title` (a guess: " in regions
    assert block('client.regions.list(sort="name")', 'client.regions.list(sort="title")') in regions
    assert "removed" not in regions and "added" not in regions

    (new / "changes.yaml").write_text(f'from: "{OLD}"\nrenamed:\n  attributes: {{regions.name: title}}\n')
    assert main(["changes", OLD, NEW, "--root", str(root)]) == 0
    assert "possible renames" not in capsys.readouterr().out
    declared = section((root / "docs" / "changes" / f"{OLD}..{NEW}.md").read_text(), "`regions` (`Region`)")
    assert "probably" not in declared and "- **renamed**: sort `name` renamed to `title`" in declared

    (new / "changes.yaml").write_text(f'from: "{OLD}"\nnot_renamed:\n  attributes: {{regions.name: title}}\n')
    assert main(["changes", OLD, NEW, "--root", str(root)]) == 0
    assert "possible renames" not in capsys.readouterr().out
    rejected = section((root / "docs" / "changes" / f"{OLD}..{NEW}.md").read_text(), "`regions` (`Region`)")
    assert "renamed" not in rejected
    assert "- **removed**: `region.name` removed" in rejected and "- **added**: `region.title` added (str" in rejected
    assert "- **removed**: filter `name` removed" in rejected  # not a broken backtick
    before = 'value: str | Sequence[str] = ...\nclient.regions.list(filter={"name": value})'
    assert block(before, "# filter name: gone in 2026-05-01") in rejected
    assert "- **removed**: sort `name` removed" in rejected


def test_write_rule_changes_are_named(spec_copy: Path) -> None:
    new, root = newer(spec_copy, None), spec_copy.parent.parent
    edit(new / "resources" / "dids.yaml", "    exclusive_with: [voice_in_trunk_group]\n", "")
    edit(new / "resources" / "dids.yaml", "    exclusive_with: [voice_in_trunk]\n", "")
    validations = new / "resources" / "address_requirement_validations.yaml"
    edit(validations, "  - at_least_one: [identity, address]", "  - one_of: [identity, address]")
    cascade = "        sends: {enabled_sip_registration: false, use_did_in_ruri: false}\n"
    edit(new / "nested.yaml", cascade, "        sends: {enabled_sip_registration: false}\n")
    guide = migration.render(migration.build(root, OLD, NEW))
    dids = section(guide, "`dids` (`Did`)")
    assert (
        "- **removed**: write rule removed on `client.dids`: `voice_in_trunk` and `voice_in_trunk_group` are"
        " exclusive: a write sends at most one of them (the SDK no longer checks it; the server may)"
    ) in dids
    validation = section(guide, "`address_requirement_validations` (`AddressRequirementValidation`)")
    assert (
        "- **added**: write rule added on `client.address_requirement_validations`: a create sends exactly one of"
        " `identity` / `address`"
    ) in validation
    sip = section(guide, "nested `SipConfiguration`")
    assert "- **added**: write rule added on `SipConfiguration`: changing `host` to set also sends" in sip
    assert "| write rules | 2 | 3 |" in guide


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
        (
            'from: "2026-04-16"\nnot_renamed:\n  attributes: {dids.number: phone}\n',
            "spec/2026-05-01/changes.yaml:3: not_renamed.attributes.dids.number: dids still has the attribute"
            " 'number' in 2026-05-01: it was not removed",
        ),
        (
            'from: "2026-04-16"\nrenamed:\n  attributes: {pops.name: title}\n'
            "not_renamed:\n  attributes: {pops.name: title}\n",
            "changes.yaml:5: not_renamed.attributes.pops.name: is declared renamed too: keep one",
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


# -- the guide of a synthetic next version (every kind of change a release brings) ------------------------------
@pytest.fixture(scope="module")
def next_guide(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The guide from the latest spec to one imported from the synthetic next version of its OpenAPI document."""
    root = tmp_path_factory.mktemp("next")
    older, new = root / "spec" / OLD, root / "spec" / NEXT_VERSION
    shutil.copytree(SPEC, older)
    shutil.copytree(SPEC, new)
    edit(new / "api.yaml", f'version: "{OLD}"', f'version: "{NEXT_VERSION}"')
    (new / "changes.yaml").unlink()
    document = root / "next.openapi.json"
    document.write_text(json.dumps(make_next_document(json.loads(openapi_path(OLD).read_text()))))
    importer.write(new, importer.import_facts(new, openapi.read(document)))
    assert drop_stale(new, f"spec/{NEXT_VERSION}")  # as new-version does: the retyped priority's default 1
    return migration.render(migration.build(root, OLD, NEXT_VERSION))


@pytest.mark.reference("openapi", version=OLD)
def test_the_next_version_guide_names_each_kind_of_change(next_guide: str) -> None:
    reservations = section(next_guide, "`did_reservations` (`DidReservation`)")  # renamed: all three guessed alike
    attribute = "`did_reservation.description` probably renamed to `did_reservation.note`"
    for renamed in (
        attribute,
        "filter `description` probably renamed to `note`",
        "sort `description` probably renamed to `note`",
    ):
        assert f"- **renamed**: {renamed} (a guess: " in reservations
    assert "resource added: `client.did_labels` (`DidLabel`)" in next_guide  # a new resource...
    dids = section(next_guide, "`dids` (`Did`)")
    assert "- **added**: `did.did_label` added (DidLabel | None, read-only)" in dids  # ...related from dids
    action = section(next_guide, "enum `DidHistoryAction`")
    assert "`DidHistoryAction.PORTED_IN` added (value 'ported_in')" in action
    removed = f"# DidHistoryAction.RESTORED: gone in {NEXT_VERSION}"
    assert "DidHistoryAction.RESTORED\n" in action and removed in action
    groups = section(next_guide, "`shared_capacity_groups` (`SharedCapacityGroup`)")
    assert "`shared_capacity_group.metered_channels_count`: now required on create (a write rule: " in groups
    assert "- **removed**: operation `delete` removed" in reservations
    gone = f"# client.did_reservations.delete: gone in {NEXT_VERSION}"
    assert block('client.did_reservations.delete("id")', gone).replace(NEW, NEXT_VERSION) in reservations
    union = section(next_guide, "nested `VoiceInTrunkConfiguration`")
    assert "union member `WebrtcConfiguration` added" in union and "narrow with `isinstance`" in union
    assert "UnknownNestedObject" in union and "isinstance(voice_in_trunk.configuration, WebrtcConfiguration)" in union
    trunks = section(next_guide, "`voice_in_trunks` (`VoiceInTrunk`)")
    assert "`voice_in_trunk.priority`: `int` → `str` (follow it when reading, constructing, updating)" in trunks
    assert "`voice_in_trunk.priority`: default 1 → (none)" in trunks  # the stale default, dropped
    assert (
        "`did.billing_cycles_count`: `int | None` → `str | None` (follow it when reading, updating, filtering)" in dids
    )
    assert "did.billing_cycles_count = value  # update" in dids and 'filter={"billing_cycles_count": wanted}' in dids
    assert "  wanted: int | Sequence[int] = ...\n" in dids and "  wanted: str | Sequence[str] = ...\n" in dids
    for code in blocks(next_guide):
        ast.parse(code.code)


@pytest.mark.reference("openapi", version=OLD)
def test_the_next_version_guide_type_checks_against_the_package_that_exists(next_guide: str, tmp_path: Path) -> None:
    """Its halves for the latest version type-check against its package (the new one is not generated here)."""
    named = [("next guide", half) for block in blocks(next_guide) for half in halves(block) if half.version == OLD]
    assert len(named) > 5
    assert type_check(named, tmp_path) == []
