"""The Postman-collection spec source: facts from examples and definitions, and a merge that only adds and widens.

The collections here are small hand-made snippets in the v2.1 format, so these tests run from a clone alone.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from spec_editing import SPEC

from codegen import diff, importer
from codegen.__main__ import main
from codegen.sources import SourceError, read_source
from codegen.sources.facts import ApiFacts, TypeFacts
from codegen.sources.postman import read

SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
HOST = "https://{{host}}/v3"

WIDGET_MODEL = """<h1 id="widget-object"></h1>

#### Model

> `{`
> > **id** (*string*)
> > **type** (*string*): **widgets**
> > **attributes** (*object*) `{`
> > > **color** (*string*): ***RED***, ***DarkBlue***
> > > The colour.
> > > **price** (*string*)
> > > The price, a decimal number in a string.
> > > **codes** (*array\\[integer\\], NOT nullable*)
> > > [Codes](#codes)
> > > **hidden** (*boolean, nullable*)
> > > Only the definition shows it.
> > `}`
> > **relationships** (*object*) `{`
> > > **owner** (*object*): ***to-one***
> > > relationship to [Owner Object](#owner-object)
> > `}`
> `}`

#### Example

``` json
{"id": "1", "type": "widgets", "attributes": {"not_a_model_line": 1}}
```
"""
OWNER_MODEL = (
    '<h1 id="owner-object"></h1>\n\n#### Model\n\n> > **id** (*string*)\n> > **type** (*string*): **owners**\n'
)
CODES = '<h1 id="codes"></h1>\n\n| ID | Name |\n| --- | --- |\n| 1 | one |\n| 2 | two |\n'


def _example(code: int, body: dict[str, Any] | None, url: str, method: str, sent: Any = None) -> dict[str, Any]:
    original: dict[str, Any] = {"method": method, "url": {"raw": url}}
    if sent is not None:
        original["body"] = {"mode": "raw", "raw": json.dumps(sent)}
    return {"name": f"{code}", "code": code, "originalRequest": original, "body": json.dumps(body) if body else ""}


def _item(name: str, method: str, url: str, *examples: dict[str, Any], **request: Any) -> dict[str, Any]:
    return {"name": name, "request": {"method": method, "url": {"raw": url, **request}}, "response": list(examples)}


def _collection(*items: dict[str, Any], definitions: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    info = {
        "name": "Widgets API 2030-01-01",
        "schema": SCHEMA,
        "description": "##### Sandbox environment:\n\n```\nhttps://sandbox.example/v3/\n\n```\n",
    }
    return {
        "info": info,
        "item": [{"name": "Things", "item": list(items)}, {"name": "Definitions", "item": list(definitions)}],
    }


def _widget(**attributes: Any) -> dict[str, Any]:
    owner = {"data": {"type": "owners", "id": "o1"}, "links": {}}
    return {"id": "w1", "type": "widgets", "attributes": attributes, "relationships": {"owner": owner}}


def _widgets() -> dict[str, Any]:
    shown = _widget(
        name="a",
        count=3,
        active=True,
        ratio=1.5,
        made_on="2020-01-02",
        seen_at="2020-01-02T03:04:05.000Z",
        color="red",
        price="1.50",
        codes=[1, 2],
        gear={"type": "gears", "attributes": {"teeth": 12}},
        extra={"a": 1},
        note=None,
    )
    listing = {"data": [shown], "meta": {"total_records": 1}, "links": {"first": "x", "last": "x"}}
    query = [
        {"key": "filter[name]", "disabled": True},
        {"key": "sort", "description": "Sorting.\n\n**name** - The `name` field.\n***", "disabled": True},
        {"key": "include", "description": "**Allowed values:**\n\nowner - [Owner Object](#owner-object)"},
    ]
    created: dict[str, Any] = {
        "data": {"type": "widgets", "attributes": {"name": "b", "color": "red"}, "relationships": {}}
    }
    created["data"]["relationships"]["owner"] = {"data": {"type": "owners", "id": "o1"}}
    updated = {"data": {"type": "widgets", "id": "w1", "attributes": {"name": "c"}}}
    return _collection(
        _item("List", "GET", f"{HOST}/widgets", _example(200, listing, f"{HOST}/widgets", "GET"), query=query),
        _item("Find", "GET", f"{HOST}/widgets/:id", _example(200, {"data": shown}, f"{HOST}/widgets/w1", "GET")),
        _item("Create", "POST", f"{HOST}/widgets", _example(201, {"data": shown}, f"{HOST}/widgets", "POST", created)),
        _item(
            "Update",
            "PATCH",
            f"{HOST}/widgets/:id",
            _example(200, {"data": shown}, f"{HOST}/widgets/w1", "PATCH", updated),
        ),
        _item("Delete", "DELETE", f"{HOST}/widgets/:id", _example(204, None, f"{HOST}/widgets/w1", "DELETE")),
        _item(
            "Balance",
            "GET",
            f"{HOST}/balance",
            _example(
                200, {"data": {"id": "b", "type": "balances", "attributes": {"total": "1.0"}}}, f"{HOST}/balance", "GET"
            ),
        ),
        definitions=(
            {"name": "Widget Object", "description": WIDGET_MODEL},
            {"name": "Owner Object", "description": OWNER_MODEL},
            {"name": "Codes", "description": CODES},
        ),
    )


@pytest.fixture
def widgets(tmp_path: Path) -> ApiFacts:
    path = tmp_path / "widgets.postman_collection.json"
    path.write_text(json.dumps(_widgets()))
    return read(path)


# -- facts from examples and definitions --------------------------------------------------------------


def test_types_are_inferred_from_example_values_and_refined_by_definitions(widgets: ApiFacts) -> None:
    attrs = widgets.resources["widgets"].attributes
    kinds = {name: (facts.type.kind, facts.nullable) for name, facts in attrs.items()}
    assert kinds == {
        "name": ("string", False),
        "count": ("integer", False),
        "active": ("boolean", False),
        "ratio": ("decimal", False),
        "made_on": ("date", False),
        "seen_at": ("datetime", False),
        "color": ("string", False),
        "price": ("decimal", False),  # "decimal" in the definition's prose
        "codes": ("list", False),
        "gear": ("nested", False),
        "extra": ("object", False),
        "note": ("string", True),  # only null seen: nullable, most general kind
        "hidden": ("boolean", True),  # only the definition shows it
    }
    # listed RED, DarkBlue; the examples send "red": every member is spelled as the wire does
    assert attrs["color"].type.enum == ("red", "dark_blue")
    assert attrs["codes"].type.item == TypeFacts("integer", (1, 2))  # the linked table's ids
    assert attrs["gear"].type.variants == ("gears",)
    assert widgets.nested["gears"].attributes["teeth"].type.kind == "integer"
    assert "not_a_model_line" not in attrs  # the definition's JSON example is not read as its model


def test_operations_access_relationships_and_query_names(widgets: ApiFacts) -> None:
    widget = widgets.resources["widgets"]
    assert (widget.path, sorted(widget.operations), widget.singleton, widget.paginated) == (
        "widgets",
        ["create", "delete", "find", "list", "update"],
        False,
        True,
    )
    access = {name: facts.access for name, facts in widget.attributes.items() if facts.access != "read-only"}
    assert access == {"name": "create-update", "color": "create-only"}
    owner = widget.relationships["owner"]
    assert (owner.to_many, owner.targets, owner.access) == (False, ("owners",), "create-only")
    assert (widget.filters, widget.sorts, widget.includes) == (("name",), ("name",), ("owner",))
    balance = widgets.resources["balances"]
    assert (balance.singleton, sorted(balance.operations), balance.path) == (True, ["find"], "balance")
    assert "owners" in widgets.resources  # a definition with an id is a resource, even without requests
    assert (widgets.version, widgets.complete, widgets.environments) == (
        "2030-01-01",
        False,
        {"SANDBOX": "https://sandbox.example/v3"},
    )


def test_a_contradicted_listing_is_left_silent(tmp_path: Path) -> None:
    collection = _widgets()
    listing = collection["item"][0]["item"][0]["response"][0]
    body = json.loads(listing["body"])
    body["data"][0]["attributes"]["color"] = "green"  # not a listed member
    listing["body"] = json.dumps(body)
    path = tmp_path / "c.json"
    path.write_text(json.dumps(collection))
    assert read(path).resources["widgets"].attributes["color"].type.enum == ()


# -- the kind of a document ----------------------------------------------------------------------------


def test_read_source_tells_the_kinds_apart(tmp_path: Path, widgets: ApiFacts) -> None:
    postman = tmp_path / "c.json"
    postman.write_text(json.dumps(_widgets()))
    openapi = tmp_path / "o.json"
    openapi.write_text(json.dumps({"openapi": "3.0.3", "info": {"version": "2030-01-01"}, "paths": {}}))
    assert read_source(postman) == widgets
    facts = read_source(openapi)
    assert (facts.version, facts.complete) == ("2030-01-01", True)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"info": {"schema": "https://example.com/other"}, "item": []}', "not a spec source this importer knows"),
        ("[1, 2]", "not a spec source this importer knows"),
        ("{not json", "cannot read it as a JSON document"),
        ('{"swagger": "2.0"}', "not an OpenAPI 3 document"),
    ],
)
def test_an_unknown_document_is_a_clear_error(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "doc.json"
    path.write_text(content)
    with pytest.raises(SourceError, match=expected) as info:
        read_source(path)
    assert str(path) in str(info.value)


def test_hostile_shapes_give_facts_not_exceptions(tmp_path: Path) -> None:
    collection = _collection(
        {"name": "odd", "request": {"method": "GET", "url": 7}, "response": ["x", {"code": "abc", "body": "{"}]},
        {"name": "odd2", "request": {"method": "POST", "url": {"raw": f"{HOST}/w"}, "body": {"raw": "[1]"}}},
        definitions=({"name": "Broken Object", "description": {"content": "> > **type** (*string*)"}},),
    )
    path = tmp_path / "c.json"
    path.write_text(json.dumps(collection))
    assert read_source(path).resources == {}


# -- merging an incomplete witness -------------------------------------------------------------------


def _trunks(tmp_path: Path) -> Path:
    """A collection showing voice_in_trunks barely: one attribute, an IAX2 configuration, no pagination."""
    trunk: dict[str, Any] = {"id": "t1", "type": "voice_in_trunks", "attributes": {"name": "a", "configuration": None}}
    trunk["attributes"]["configuration"] = {"type": "iax2_configurations", "attributes": {"host": "h"}}
    sent = {"data": {"type": "voice_in_trunks", "attributes": {"description": "x"}}}
    collection = _collection(
        _item(
            "List", "GET", f"{HOST}/voice_in_trunks", _example(200, {"data": [trunk]}, f"{HOST}/voice_in_trunks", "GET")
        ),
        _item(
            "Create",
            "POST",
            f"{HOST}/voice_in_trunks",
            _example(201, {"data": trunk}, f"{HOST}/voice_in_trunks", "POST", sent),
        ),
    )
    path = tmp_path / "trunks.postman_collection.json"
    path.write_text(json.dumps(collection))
    return path


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "spec" / SPEC.name
    shutil.copytree(SPEC, folder)
    return folder


def test_silence_deletes_nothing_and_narrows_nothing(tmp_path: Path, spec_copy: Path) -> None:
    before = {r.type: r for r in diff.load(spec_copy).resources}["voice_in_trunks"]
    importer.write(spec_copy, importer.import_facts(spec_copy, read(_trunks(tmp_path))))
    after = {r.type: r for r in diff.load(spec_copy).resources}["voice_in_trunks"]
    assert [a.name for a in after.attributes] == [a.name for a in before.attributes]
    assert [(r.name, r.access, r.to_many, r.targets) for r in after.relationships] == [
        (r.name, r.access, r.to_many, r.targets) for r in before.relationships
    ]
    assert (after.operations, after.filters, after.sorts, after.includes, after.paginated) == (
        before.operations,
        before.filters,
        before.sorts,
        before.includes,
        before.paginated,
    )
    old = {a.name: (a.access, a.required, a.write_only, a.type) for a in before.attributes}
    assert {a.name: (a.access, a.required, a.write_only, a.type) for a in after.attributes} == old


def test_a_complete_source_would_remove_what_it_does_not_show(tmp_path: Path, spec_copy: Path) -> None:
    facts = replace(read(_trunks(tmp_path)), complete=True)  # the switch is what keeps the unseen items
    changed = importer.import_facts(spec_copy, facts).changed["resources/voice_in_trunks.yaml"]
    trunk = YAML(typ="safe").load(changed)
    assert set(trunk["attributes"]) == {"name", "configuration", "description"}
    assert "relationships" not in trunk and trunk["operations"] == ["list", "create"]


def test_a_union_gains_the_wire_types_the_examples_show(tmp_path: Path, spec_copy: Path) -> None:
    imported = importer.import_facts(spec_copy, read(_trunks(tmp_path)))
    importer.write(spec_copy, imported)
    api = diff.load(spec_copy)
    union = next(u for u in api.unions if u.name == "VoiceInTrunkConfiguration")
    assert [m.wire_type for m in union.members] == ["sip_configurations", "pstn_configurations", "iax2_configurations"]
    assert "nested.yaml objects.Iax2Configuration" in imported.notes.placeholders


def test_a_second_import_changes_nothing(tmp_path: Path, spec_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    collection = _trunks(tmp_path)
    assert main(["import", str(collection), "--spec", str(spec_copy)]) == 0
    first = {p: p.read_text() for p in spec_copy.rglob("*.yaml")}
    capsys.readouterr()
    assert main(["import", str(collection), "--spec", str(spec_copy)]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert {p: p.read_text() for p in spec_copy.rglob("*.yaml")} == first


def test_the_import_command_dry_run_writes_nothing(
    tmp_path: Path, spec_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: p.read_text() for p in spec_copy.rglob("*.yaml")}
    assert main(["import", str(_trunks(tmp_path)), "--spec", str(spec_copy), "--dry-run"]) == 0
    assert "would change" in capsys.readouterr().out
    assert {p: p.read_text() for p in spec_copy.rglob("*.yaml")} == before
    unknown = tmp_path / "unknown.json"
    unknown.write_text("{}")
    assert main(["import", str(unknown), "--spec", str(spec_copy)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "not a spec source this importer knows" in err
