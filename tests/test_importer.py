"""``python -m codegen import-openapi``: facts merged into the YAML spec, the spec's own choices kept."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from spec_editing import SPEC

from codegen import diff, importer
from codegen.__main__ import main
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


@pytest.mark.reference("openapi", version="2026-04-16")
def test_the_spec_agrees_with_the_openapi_document(tmp_path: Path) -> None:
    """The import, run in memory on the committed spec, changes nothing: every fact agrees."""
    copy = tmp_path / "spec" / SPEC.name
    shutil.copytree(SPEC, copy)
    imported = importer.import_facts(copy, openapi.read(openapi_path(SPEC.name)))
    assert sorted(imported.changed) == [], "run `make import-openapi` and review the diff"
    assert imported.notes.placeholders == []
