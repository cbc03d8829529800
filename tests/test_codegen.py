"""The generator: clear errors with file and line for a broken spec, and deterministic output."""

from __future__ import annotations

from pathlib import Path

import pytest
from spec_editing import SPEC, VERSION
from spec_editing import edit as _edit
from spec_editing import problems as _problems

from codegen import ir, loader, render
from codegen.__main__ import ROOT, main


def test_unknown_enum_names_file_and_line(spec_copy: Path) -> None:
    line = _edit(spec_copy / "nested.yaml", "type: {enum: TransportProtocol}", "type: {enum: TransportProtocl}")
    problems = _problems(spec_copy)
    assert problems == [
        f"spec/{VERSION}/nested.yaml:{line}: objects.SipConfiguration.attributes.transport_protocol_id.type: "
        "unknown enum 'TransportProtocl' (did you mean 'TransportProtocol'?): declare it in enums.yaml"
    ]


def test_bad_type_names_file_and_line(spec_copy: Path) -> None:
    line = _edit(spec_copy / "resources" / "dids.yaml", "expires_at: {type: datetime,", "expires_at: {type: datetme,")
    (problem,) = _problems(spec_copy)  # one line, not one per branch of the type union
    assert problem.startswith(f"spec/{VERSION}/resources/dids.yaml:{line}: attributes.expires_at.type: ")
    assert "unknown type 'datetme' (did you mean 'datetime'?): use string, integer, boolean, decimal, date" in problem


def test_duplicate_attribute_names_file_and_line(spec_copy: Path) -> None:
    path = spec_copy / "resources" / "regions.yaml"
    line = (
        _edit(
            path,
            "description: Region name.}\n",
            "description: Region name.}\n  name: {type: integer}\n",
        )
        + 1
    )
    problems = _problems(spec_copy)
    assert len(problems) == 1 and problems[0].startswith(f"spec/{VERSION}/resources/regions.yaml:{line}: invalid YAML")
    assert "duplicate key" in problems[0]


def test_attribute_clashing_with_relationship(spec_copy: Path) -> None:
    line = _edit(spec_copy / "resources" / "regions.yaml", "  name: {type: string,", "  country: {type: string,")
    problems = _problems(spec_copy)  # every problem at once: the clash, and the filter and sort left dangling
    assert (
        f"spec/{VERSION}/resources/regions.yaml:{line}: attributes.country: "
        + ("duplicate field 'country': already a relationship or a reserved name")
        in problems
    )
    assert [p.split(": ", 2)[2] for p in problems if "'name'" in p] == [
        "filter 'name' names no attribute or relationship; mark a server-side one virtual: true",
        "sort 'name' names no attribute or relationship",
    ]


def test_include_path_must_follow_relationships(spec_copy: Path) -> None:
    path = spec_copy / "resources" / "dids.yaml"
    position = path.read_text(encoding="utf-8").split("includes:\n", 1)[1].split("\n").index("  - voice_in_trunk.pop")
    line = _edit(path, "  - voice_in_trunk.pop\n", "  - voice_in_trunk.popp\n")
    assert _problems(spec_copy) == [
        f"spec/{VERSION}/resources/dids.yaml:{line}: includes.{position}: "
        "include 'voice_in_trunk.popp': voice_in_trunks has no relationship 'popp' (did you mean 'pop'?)"
    ]


def test_rendering_is_deterministic() -> None:
    api_one = ir.build(loader.load(SPEC, ROOT))
    api_two = ir.build(loader.load(SPEC, ROOT))
    first = render.format_sources(render.render(api_one, "didww_gen.v_test"), ROOT / "pyproject.toml")
    second = render.format_sources(render.render(api_two, "didww_gen.v_test"), ROOT / "pyproject.toml")
    assert first == second
    assert all(text.startswith(f"# generated from spec/{VERSION} by codegen, do not edit\n") for text in first.values())


def test_committed_output_is_fresh(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check"]) == 0
    assert "generated code is fresh" in capsys.readouterr().out


def test_check_reports_a_hand_edit_and_a_stale_file(tmp_path: Path) -> None:
    from codegen.__main__ import PACKAGE, _differences, generated
    from codegen.versions import package_name

    files = generated(None, check=True)
    models = PACKAGE / package_name(VERSION) / "models"
    shown = f"src/didww_gen/{package_name(VERSION)}/models"
    target = models / "did.py"
    edited = {**files, target: files[target].replace("class Did(Resource):", "class Did(Resource):  # hand edit")}
    problems = _differences(edited, PACKAGE)
    assert len(problems) == 1 and f"{shown}/did.py" in problems[0] and "hand edit" in problems[0]
    stale = models / "zz_stale.py"
    stale.write_text("# generated from spec/old by codegen, do not edit\n")
    try:
        assert any(f"stale generated file: {shown}/zz_stale.py" in p for p in _differences(files, PACKAGE))
    finally:
        stale.unlink()


@pytest.mark.parametrize(
    "old, new, message",
    [
        ("refuses: [dids]", "refuses: [didz]", "the rule names 'didz', which is not a field here"),
        ("  - when: allow_any_did_as_cli\n", "  - when: name\n", "is: true tests a field that is not a boolean"),
    ],
)
def test_bad_write_rule_names_file_and_line(spec_copy: Path, old: str, new: str, message: str) -> None:
    path = spec_copy / "resources" / "voice_out_trunks.yaml"
    rules_line = path.read_text(encoding="utf-8").split("\n").index("rules:") + 2
    _edit(path, old, new)
    assert _problems(spec_copy) == [f"spec/{VERSION}/resources/voice_out_trunks.yaml:{rules_line}: rules.0: {message}"]


def test_cascade_sending_null_to_a_non_nullable_field(spec_copy: Path) -> None:
    _edit(spec_copy / "nested.yaml", "sends: {host: null, port: null}", "sends: {host: null, resolve_ruri: null}")
    (problem,) = _problems(spec_copy)
    expected = "objects.SipConfiguration.rules.1: the rule sends null to 'resolve_ruri', which is not nullable"
    assert problem.endswith(expected)


def test_not_sendable_needs_a_response_only_object(spec_copy: Path) -> None:
    _edit(spec_copy / "nested.yaml", "    direction: response\n    not_sendable:", "    not_sendable:")
    (problem,) = _problems(spec_copy)
    assert problem.endswith("objects.IpOnlyAuthenticationMethod.not_sendable: not_sendable needs direction: response")


@pytest.mark.parametrize(
    "new, message",
    [
        ("[qty, available_did_id, reservation_id]", "the rule names 'reservation_id', which is not a field here"),
        ("[available_did_id, did_reservation_id]", "the rule names no field of this object"),
    ],
)
def test_a_rule_spanning_a_wire_types_objects_names_their_fields(spec_copy: Path, new: str, message: str) -> None:
    """A nested object's one_of may name fields of the other objects of its wire type (DID order items), no others."""
    path = spec_copy / "nested.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("one_of: [qty, available_did_id, did_reservation_id]", f"one_of: {new}", 1))
    (problem,) = _problems(spec_copy)
    assert problem.endswith(f"objects.DidOrderItem.rules.0: {message}")
