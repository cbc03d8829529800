"""``python -m codegen import-openapi``: facts merged into the YAML spec, the spec's own choices kept."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from spec_editing import SPEC, VERSION
from synthetic_version import make_next_document

from codegen import diff, importer
from codegen.__main__ import main
from codegen.errors import SpecError
from codegen.import_decisions import DECISIONS_FILE
from codegen.merge import PLACEHOLDER
from codegen.reference import openapi_path
from codegen.sources import openapi


def _resource(name: str, rtype: str, attributes: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string", "enum": [rtype]},
            "attributes": {"type": "object", "properties": attributes, **({"required": required} if required else {})},
        },
    }


def _document() -> dict[str, Any]:
    """A small OpenAPI document: one list/find/create resource with a string enum and a date."""
    answer = {"content": {"application/vnd.api+json": {"schema": {"$ref": "#/components/schemas/WidgetDocument"}}}}
    listing = {"content": {"application/vnd.api+json": {"schema": {"$ref": "#/components/schemas/WidgetList"}}}}
    attributes = {
        "name": {"type": "string"},
        "color": {"type": "string", "enum": ["red", "blue"], "nullable": True},
        "made_on": {"type": "string", "format": "date"},
    }
    create = {"type": "object", "properties": {"name": {"type": "string"}, "color": {"type": "string"}}}
    create["required"] = ["name"]
    request = {"properties": {"data": {"properties": {"type": {"enum": ["widgets"]}, "attributes": create}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Widgets", "version": "2030-01-01"},
        "servers": [{"url": "https://sandbox.example/v3", "description": "Sandbox"}],
        "paths": {
            "/widgets": {
                "get": {
                    "parameters": [
                        {"name": "page[number]", "in": "query"},
                        {"name": "filter", "in": "query", "schema": {"properties": {"name": {"type": "string"}}}},
                        {"name": "sort", "in": "query", "description": "Allowed: `name`, `made_on`."},
                    ],
                    "responses": {"200": listing},
                },
                "post": {
                    "requestBody": {
                        "content": {
                            "application/vnd.api+json": {"schema": {"$ref": "#/components/schemas/WidgetCreateRequest"}}
                        }
                    },
                    "responses": {"201": answer},
                },
            },
            "/widgets/{id}": {"get": {"responses": {"200": answer}}},
        },
        "components": {
            "schemas": {
                "Widget": _resource("Widget", "widgets", attributes, ["name", "color", "made_on"]),
                "WidgetDocument": {"properties": {"data": {"$ref": "#/components/schemas/Widget"}}},
                "WidgetList": {
                    "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}}
                },
                "WidgetCreateRequest": request,
            }
        },
    }


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "widgets.openapi.json"
    path.write_text(json.dumps(_document()))
    return path


def _run(*argv: str) -> int:
    return main(["import-openapi", *argv])


def test_an_empty_folder_is_drafted_whole(document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "spec" / "2030-01-01"
    assert _run(str(document), "--spec", str(folder)) == 0
    api = diff.load(folder)
    (widget,) = api.resources
    assert (widget.class_name, sorted(widget.operations), widget.sorts) == (
        "Widget",
        ["create", "find", "list"],
        ("name", "made_on"),
    )
    facts = {a.name: (a.type.kind, a.type.name, a.nullable, a.access, a.required) for a in widget.attributes}
    assert facts == {
        "name": ("string", "", False, "create-only", True),
        "color": ("enum", "WidgetColor", True, "create-only", False),
        "made_on": ("date", "", False, "read-only", False),
    }
    assert [m.value for m in api.enums[0].members] == ["red", "blue"]
    assert widget.description == PLACEHOLDER
    assert "new items with a placeholder description" in capsys.readouterr().out


def test_a_second_run_changes_nothing(document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "spec" / "2030-01-01"
    _run(str(document), "--spec", str(folder))
    before = {p: p.read_text() for p in folder.rglob("*.yaml")}
    capsys.readouterr()
    assert _run(str(document), "--spec", str(folder)) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert {p: p.read_text() for p in folder.rglob("*.yaml")} == before


def test_the_merge_keeps_the_spec_own_choices(document: Path, tmp_path: Path) -> None:
    folder = tmp_path / "spec" / "2030-01-01"
    _run(str(document), "--spec", str(folder))
    path = folder / "resources" / "widgets.yaml"
    text = path.read_text()
    text = text.replace("class: Widget", "class: Gadget  # our own name").replace(PLACEHOLDER, "A widget.")
    text = text.replace("made_on:\n    type: date\n", "made_on:\n    type: string\n    secret: true\n")
    extra = "  legacy: {type: string, origin: postman}\n  stale: {type: string}\n"
    path.write_text(text.replace("attributes:\n", "attributes:\n" + extra, 1))
    _run(str(document), "--spec", str(folder))
    merged = path.read_text()
    assert "class: Gadget  # our own name" in merged and "A widget." in merged  # names, comments, prose kept
    assert "legacy" in merged and "stale" not in merged  # kept from Postman; removed as not in the document
    (widget,) = diff.load(folder).resources
    made_on = next(a for a in widget.attributes if a.name == "made_on")
    assert (made_on.type.kind, made_on.secret) == ("date", True)  # the fact corrected, secret: kept


def test_an_unreadable_document_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"swagger": "2.0"}')
    assert _run(str(bad), "--spec", str(tmp_path / "spec" / "x")) == 2
    assert capsys.readouterr().err.strip().endswith("not an OpenAPI 3 document (no 'openapi: 3.x' field)")


def test_a_missing_reference_document_exits_2_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIDWW_REFERENCE_DIR", str(tmp_path / "nowhere"))
    assert _run("--spec", str(SPEC)) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "set DIDWW_REFERENCE_DIR" in err


@pytest.mark.reference("openapi", version=VERSION)
def test_the_spec_agrees_with_the_openapi_document(tmp_path: Path) -> None:
    """The import, run in memory on the committed spec, changes nothing: every fact agrees."""
    copy = tmp_path / "spec" / SPEC.name
    shutil.copytree(SPEC, copy)
    imported = importer.import_facts(copy, openapi.read(openapi_path(SPEC.name)))
    assert sorted(imported.changed) == [], "run `make import-openapi` and review the diff"
    assert imported.notes.placeholders == []


# -- touching only what changed, and notices decided once ---------------------------------------------------------
def _changed_lines(before: Path, after: Path) -> dict[str, list[str]]:
    """Per file (relative to the folder), the lines removed (``-``) and added (``+``), as a line diff shows them."""
    found: dict[str, list[str]] = {}
    names = {p.relative_to(before).as_posix() for p in before.rglob("*.yaml")}
    names |= {p.relative_to(after).as_posix() for p in after.rglob("*.yaml")}
    for name in sorted(names):
        old = (before / name).read_text().splitlines() if (before / name).is_file() else []
        new = (after / name).read_text().splitlines() if (after / name).is_file() else []
        lines = [line for line in difflib.unified_diff(old, new, lineterm="", n=0) if line[:1] in "+-"]
        lines = [line for line in lines if not line.startswith(("---", "+++"))]
        if lines:
            found[name] = lines
    return found


def test_a_changed_file_keeps_the_wrapping_of_its_unchanged_lines(document: Path, tmp_path: Path) -> None:
    folder = tmp_path / "spec" / "2030-01-01"
    _run(str(document), "--spec", str(folder))
    enums = folder / "enums.yaml"
    long = "A colour " + "and more words " * 9 + "than fit in 120 columns."  # kept on one line by hand
    wrapped = "A member description\n        wrapped by hand at a short width."
    text = enums.read_text().replace(PLACEHOLDER, long, 1)
    text = text.replace("{name: RED, value: red}", f"{{name: RED, value: red, description: {wrapped}}}")
    enums.write_text(text)
    before = tmp_path / "before"
    shutil.copytree(folder, before)
    widened = _document()
    widened["components"]["schemas"]["Widget"]["properties"]["attributes"]["properties"]["color"]["enum"].append(
        "green"
    )
    document.write_text(json.dumps(widened))
    assert _run(str(document), "--spec", str(folder)) == 0
    assert _changed_lines(before, folder) == {
        "enums.yaml": [
            "+    - {name: GREEN, value: green, description: 'TODO: describe (new in the imported document)'}"
        ]
    }
    assert long in enums.read_text() and wrapped in enums.read_text()


@pytest.fixture
def reference_copy(tmp_path: Path) -> Path:
    """A copy of the latest spec with its recorded import decisions, and the reference document of its version."""
    copy = tmp_path / "spec" / SPEC.name
    shutil.copytree(SPEC, copy)
    return copy


@pytest.mark.reference("openapi", version=VERSION)
def test_importing_the_reference_document_twice_leaves_the_spec_byte_identical(
    reference_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = openapi_path(SPEC.name)
    for _ in range(2):
        assert _run(str(document), "--spec", str(reference_copy)) == 0
        assert _changed_lines(SPEC, reference_copy) == {}
    out = capsys.readouterr().out
    assert "nothing changed" in out and "once decided, record them" not in out  # every notice decided before
    decided = [line for line in (SPEC / "import-decisions.yaml").read_text().splitlines() if line.startswith("  - ")]
    assert f"{len(decided)} notice(s) decided before" in out


@pytest.mark.reference("openapi", version=VERSION)
def test_a_new_document_changes_only_the_lines_of_its_changes(reference_copy: Path, tmp_path: Path) -> None:
    next_document = tmp_path / "next.openapi.json"
    base = json.loads(openapi_path(SPEC.name).read_text())
    next_document.write_text(json.dumps(make_next_document(base)))
    facts = openapi.read(next_document)
    importer.write(reference_copy, importer.import_facts(reference_copy, facts))
    changed = _changed_lines(SPEC, reference_copy)
    assert changed["enums.yaml"] == [
        "-    - {name: RESTORED, value: restored}",
        "+    - {name: PORTED_IN, value: ported_in, description: 'TODO: describe (new in the imported document)'}",
    ]
    assert changed["resources/did_reservations.yaml"][:2] == [
        "-operations: [list, find, create, delete]",
        "+operations: [list, find, create]",
    ]
    renamed_filter_and_sort = [  # the importer does not guess renames: a new attribute, filter and sort
        "-  description: {type: string, array: true}",
        "-sorts: [created_at, description, expires_at]",
        "+  note: {type: string, array: true}",
        "+sorts: [created_at, expires_at, note]",
    ]
    assert changed["resources/did_reservations.yaml"][-4:] == renamed_filter_and_sort
    assert changed["resources/shared_capacity_groups.yaml"] == ["+    required: true"]
    assert changed["resources/voice_in_trunks.yaml"] == ["-    type: integer", "+    type: string"]
    assert changed["resources/dids.yaml"][:2] == ["-    type: integer", "+    type: string"]
    retyped_filter = [
        "-  billing_cycles_count: {type: integer, array: true}",
        "+  billing_cycles_count: {type: string, array: true}",
    ]
    assert changed["resources/dids.yaml"][-2:] == retyped_filter  # the filter of a retyped attribute follows it
    assert set(changed) == {
        "enums.yaml",
        "nested.yaml",
        "resources/did_labels.yaml",
        "resources/did_reservations.yaml",
        "resources/dids.yaml",
        "resources/shared_capacity_groups.yaml",
        "resources/voice_in_trunks.yaml",
    }
    assert (
        sum(len(lines) for name, lines in changed.items() if name != "resources/did_labels.yaml") == 38
    )  # each a changed fact, the evidence of the new members' answers included
    settled = {p: p.read_bytes() for p in reference_copy.rglob("*.yaml")}
    assert importer.import_facts(reference_copy, facts).changed == {}  # the same document again: a no-op
    assert _run(str(next_document), "--spec", str(reference_copy)) == 0
    assert {p: p.read_bytes() for p in reference_copy.rglob("*.yaml")} == settled


@pytest.mark.reference("openapi", version=VERSION)
def test_a_recorded_decision_is_not_asked_again(reference_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (reference_copy / DECISIONS_FILE).unlink()
    document = str(openapi_path(SPEC.name))
    assert _run(document, "--spec", str(reference_copy)) == 0
    first = capsys.readouterr().out
    kept = "kept although the document leaves them out"
    assert "resources/capacity_pools.yaml.attributes.nrc" in first and kept in first
    assert "resources/emergency_calling_services.yaml.relationships.address" in first
    assert "--record" in first
    assert _run(document, "--spec", str(reference_copy), "--record") == 0
    decided = [line for line in (SPEC / DECISIONS_FILE).read_text().splitlines() if line.startswith("  - ")]
    assert f"recorded {len(decided)} notice(s) as decided" in capsys.readouterr().out
    assert [line for line in (reference_copy / DECISIONS_FILE).read_text().splitlines() if line.startswith("  - ")] == (
        decided
    )
    assert _run(document, "--spec", str(reference_copy)) == 0
    again = capsys.readouterr().out
    assert kept not in again and "nrc" not in again
    assert f"{len(decided)} notice(s) decided before" in again


def test_a_broken_decisions_file_is_a_clear_error(document: Path, tmp_path: Path) -> None:
    folder = tmp_path / "spec" / "2030-01-01"
    _run(str(document), "--spec", str(folder))
    (folder / DECISIONS_FILE).write_text("kept: {a: b}\n")
    with pytest.raises(SpecError, match=r"import-decisions\.yaml.*not a list of decided notices"):
        importer.import_facts(folder, openapi.read(document))
