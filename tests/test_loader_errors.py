"""The spec loader's reports: every problem of a run at once, one line each, ``file:line`` and "did you mean"."""

from __future__ import annotations

from pathlib import Path

import pytest
from spec_editing import VERSION
from spec_editing import edit as _edit
from spec_editing import problems as _problems

from codegen import loader


def test_every_problem_of_every_stage_is_reported_at_once(spec_copy: Path) -> None:
    key = _edit(spec_copy / "resources" / "dids.yaml", "  blocked:\n", "  blocked:\n    nullabel: true\n")
    enum = _edit(spec_copy / "nested.yaml", "type: {enum: TransportProtocol}", "type: {enum: TransportProtocl}")
    problems = _problems(spec_copy)  # a schema problem in one file, a model problem in another
    assert problems == [
        f"spec/{VERSION}/nested.yaml:{enum}: objects.SipConfiguration.attributes.transport_protocol_id.type: "
        "unknown enum 'TransportProtocl' (did you mean 'TransportProtocol'?): declare it in enums.yaml",
        f"spec/{VERSION}/resources/dids.yaml:{key + 1}: attributes.blocked.nullabel: unknown key 'nullabel' "
        "(did you mean 'nullable'?)",
    ]


def test_a_mistyped_scalar_type_is_one_line_with_a_suggestion(spec_copy: Path) -> None:
    line = _edit(spec_copy / "resources" / "pops.yaml", "name: {type: string,", "name: {type: strng,")
    assert _problems(spec_copy) == [
        f"spec/{VERSION}/resources/pops.yaml:{line}: attributes.name.type: unknown type 'strng' (did you mean "
        "'string'?): use string, integer, boolean, decimal, date, datetime, timestamp, object, {enum: Name}, "
        "{nested: Name} or {list: <type>}"
    ]


def test_a_type_that_does_not_match_the_file_name(spec_copy: Path) -> None:
    _edit(spec_copy / "resources" / "pops.yaml", "type: pops", "type: popz")
    (problem,) = [p for p in _problems(spec_copy) if "file name" in p]
    assert problem == (
        f"spec/{VERSION}/resources/pops.yaml:2: type: type 'popz' does not match the file name: "
        "rename the file to popz.yaml or fix the type"
    )


def test_filter_and_sort_names_are_checked_against_the_fields(spec_copy: Path) -> None:
    path = spec_copy / "resources" / "orders.yaml"
    filt = _edit(
        path,
        "  reference: {type: string, array: true, description: Filters by order reference.}",
        "  referense: {type: string, array: true}",
    )
    sort = _edit(path, "sorts: [status, amount,", "sorts: [statuss, amount,")
    assert _problems(spec_copy) == [
        f"spec/{VERSION}/resources/orders.yaml:{filt}: filters.referense: filter 'referense' names no attribute or "
        "relationship (did you mean 'reference'?); mark a server-side one virtual: true",
        f"spec/{VERSION}/resources/orders.yaml:{sort}: sorts.0: sort 'statuss' names no attribute or relationship "
        "(did you mean 'status'?)",
    ]


def test_a_virtual_filter_is_not_checked(spec_copy: Path) -> None:
    _edit(
        spec_copy / "resources" / "orders.yaml",
        "  reference: {type: string, array: true,",
        "  reference_like: {type: string, virtual: true,",
    )
    loader.load(spec_copy, spec_copy.parent.parent)  # no error


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("default: soon", "default 'soon' is not a value of the attribute's type (integer)"),
        ("default: true", "default True is not a value of the attribute's type (integer)"),
    ],
)
def test_defaults_are_checked_against_the_attribute_type(spec_copy: Path, new: str, message: str) -> None:
    line = _edit(spec_copy / "nested.yaml", "default: 600", new)
    assert _problems(spec_copy) == [
        f"spec/{VERSION}/nested.yaml:{line}: objects.SipConfiguration.attributes.sst_min_timer.default: {message}"
    ]


def test_a_null_default_needs_a_nullable_attribute(spec_copy: Path) -> None:
    line = _edit(spec_copy / "resources" / "orders.yaml", "    default: true\n", "    default: null\n")
    assert _problems(spec_copy) == [
        f"spec/{VERSION}/resources/orders.yaml:{line}: attributes.allow_back_ordering.default: "
        "default null needs nullable: true"
    ]


def test_an_enum_default_must_be_a_member(spec_copy: Path) -> None:
    path = spec_copy / "resources" / "orders.yaml"
    _edit(
        path,
        "    type: {enum: CallbackMethod}\n    nullable: true\n",
        "    type: {enum: CallbackMethod}\n    nullable: true\n    default: put\n",
    )
    (problem,) = _problems(spec_copy)
    assert problem.endswith(
        "attributes.callback_method.default: "
        "default 'put' is not a value of the attribute's type (enum: CallbackMethod)"
    )


def test_the_command_lines_table_columns_name_fields_of_the_resource(spec_copy: Path) -> None:
    line = _edit(
        spec_copy / "resources" / "dids.yaml",
        "  columns: [number, description, terminated, expires_at]",
        "  columns: [number, descripton, terminated, expires_at]",
    )
    assert _problems(spec_copy) == [
        f"spec/{VERSION}/resources/dids.yaml:{line}: cli.columns.1: column 'descripton' is not a field of this "
        "resource (did you mean 'description'?)"
    ]
