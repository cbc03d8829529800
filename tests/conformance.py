"""Conformance of the generated SDK with the reference collection, data-driven from its examples.

- Responses: every 2xx JSON:API example decodes, and every attribute of every resource in it lands in a
  typed field (what survives only as an unknown is listed with the reason).
- Requests: every documented create/update body is rebuilt as a user would (model classes, nested
  classes, ``Model.ref``), sent through the client on a MockTransport, and compared with the example.
  A difference is tolerated only where the reference contradicts itself, and each is counted by kind.

Every registered API version runs against the collection of its own version, through its own package.
``python tests/conformance.py [VERSION ...]`` prints the report used in the changelog and closing notes.
"""

from __future__ import annotations

import functools
import importlib
import json
import typing
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from codegen.reference import Example, RequestExample, definition_examples, examples, request_examples
from codegen.versions import package_name
from didww_gen._decoding import decode_document
from didww_gen._model import AttributeSpec, Kind, NestedObject, Resource, UnknownNestedObject, UnknownResource
from didww_gen._rules import Cascade
from didww_gen.errors import DidwwClientError


@functools.cache
def package(version: str) -> Any:
    """The generated package of an API version (``didww_gen.v2026_04_16``)."""
    return importlib.import_module(f"didww_gen.{package_name(version)}")


def models_of(version: str) -> Any:
    """Every JSON:API type of the version to its model class."""
    return package(version).models.MODELS


# -- responses ----------------------------------------------------------------------------------


def response_examples(version: str) -> list[Example]:
    """2xx examples whose body is a JSON:API document with primary data, and the definitions' examples."""
    found = []
    for ex in (*examples(version), *definition_examples(version)):
        if ex.status >= 300 or not ex.body.strip().startswith("{"):
            continue
        if "data" in json.loads(ex.body):
            found.append(ex)
    return found


@dataclass
class ResponseReport:
    resources: int = 0
    attributes: int = 0
    nested_attributes: int = 0
    types: set[str] = field(default_factory=set)
    unknown: list[str] = field(default_factory=list)
    malformed: list[str] = field(default_factory=list)  # reference defects, refused as they should be


def _primary_model(raw: dict[str, Any], models: Any) -> type[Resource]:
    data = raw["data"]
    first = data[0] if isinstance(data, list) and data else data
    kind = str(first.get("type")) if isinstance(first, dict) else ""
    if kind not in models:
        raise AssertionError(f"primary data of type {kind!r} is not in the spec")
    model: type[Resource] = models[kind]
    return model


def _check_nested(value: Any, where: str, report: ResponseReport) -> None:
    if isinstance(value, list):
        for item in value:
            _check_nested(item, where, report)
        return
    if isinstance(value, UnknownNestedObject):
        report.unknown.append(f"{where}: nested type {value.type!r} is not in the spec")
    elif isinstance(value, NestedObject):
        report.nested_attributes += len(value.model_fields_set)
        for name in value.model_extra or {}:
            report.unknown.append(f"{where}.{name}: attribute not in {type(value).__name__}")
        for name, spec in value.__attributes__.items():
            _check_nested(value.__dict__.get(name), f"{where}.{spec.wire}", report)


MALFORMED = {
    (
        "2022-05-10",
        "Create Voice In Trunk Group",
        "201 Created (Create and Assign Trunk + Include Trunks in Response)",
    ): ("each element of included is wrapped in another {data: ...}"),
}
"""Reference examples that are not JSON:API documents: the SDK must refuse them (counted, with the reason)."""


def check_response(ex: Example, report: ResponseReport, version: str) -> None:
    """Decode one example with the version's models and account for every attribute of every resource in it."""
    raw = json.loads(ex.body)
    many = isinstance(raw["data"], list)
    model = _primary_model(raw, models_of(version))
    defect = MALFORMED.get((version, ex.request, ex.name))
    if defect is not None:
        try:
            decode_document(ex.body.encode(), model, many=many)
        except DidwwClientError:
            report.malformed.append(f"{ex.request} / {ex.name}: {defect}")
            return
        raise AssertionError(f"{ex.request} / {ex.name} is malformed ({defect}) but was decoded")
    decoded = decode_document(ex.body.encode(), model, many=many)
    for name in decoded.meta.model_extra or {}:
        report.unknown.append(f"{ex.request}: document meta {name!r} is not in the spec")
    items = (decoded.data if many else [decoded.data]) + list(decoded.included)
    for item in items:
        if item is None:
            continue
        if isinstance(item, UnknownResource):
            report.unknown.append(f"{ex.request}: resource type {item.type!r} is not in the spec")
            continue
        report.resources += 1
        report.types.add(item.TYPE)
        for name in item.unknown_attributes or {}:
            report.unknown.append(f"{item.TYPE}.{name}: attribute not in the spec")
        for name in item.invalid_attributes or {}:
            report.unknown.append(f"{item.TYPE}.{name}: value of another JSON type than the spec's")
        for name, spec in item.__attributes__.items():
            if name in item.model_fields_set:
                report.attributes += 1
                _check_nested(item.__dict__[name], f"{item.TYPE}.{spec.wire}", report)
        meta = getattr(item, "meta", None)
        for name in (meta.model_extra or {}) if meta is not None else ():
            report.unknown.append(f"{item.TYPE}.meta.{name}: meta field not in the spec")


# -- requests -----------------------------------------------------------------------------------


def _nested_classes(annotation: Any) -> list[type[NestedObject]]:
    """Every nested object class a field annotation admits (through unions, lists and Annotated)."""
    if isinstance(annotation, type):
        is_nested = issubclass(annotation, NestedObject) and annotation is not UnknownNestedObject
        return [annotation] if is_nested else []
    return [c for arg in typing.get_args(annotation) for c in _nested_classes(arg)]


def _field_by_wire(cls: type[Resource] | type[NestedObject], wire: str) -> tuple[str, AttributeSpec]:
    for name, spec in cls.__attributes__.items():
        if spec.wire == wire:
            return name, spec
    raise AssertionError(f"{cls.__name__} has no attribute {wire!r} (the example sends it)")


def _build_nested(candidates: list[type[NestedObject]], raw: dict[str, Any]) -> NestedObject:
    wire_type = raw.get("type")
    values = raw.get("attributes", {}) if wire_type is not None else raw
    fitting = [
        c
        for c in candidates
        if wire_type == c.WIRE_TYPE
        and {s.wire for s in c.__attributes__.values() if s.access.value != "read-only"} >= set(values)
    ]
    assert fitting, f"no nested class of {[c.__name__ for c in candidates]} takes {wire_type!r} with {sorted(values)}"
    cls = min(fitting, key=lambda c: len(c.__attributes__))
    return cls(**_user_values(cls, values))


def _typed(cls: type[Resource] | type[NestedObject], name: str, value: Any) -> Any:
    """The Python value a user writes for an example's scalar in another JSON type ("true" for a boolean, "1"
    for an integer: models take exactly their types, the comparison tolerates the contradiction)."""
    kinds = set(typing.get_args(cls.model_fields[name].annotation)) | {cls.model_fields[name].annotation}
    wants = {t for k in kinds for t in (typing.get_args(k)[:1] if typing.get_origin(k) is typing.Annotated else [k])}
    if isinstance(value, str) and bool in wants and value in ("true", "false"):
        return value == "true"
    if isinstance(value, str) and int in wants and value.isdigit():
        return int(value)
    return value


def _user_value(cls: type[Resource] | type[NestedObject], name: str, value: Any) -> Any:
    candidates = _nested_classes(cls.model_fields[name].annotation)
    if not candidates or value is None:
        return _typed(cls, name, value)
    if isinstance(value, list):
        return [_build_nested(candidates, v) for v in value]
    return _build_nested(candidates, value)


def _user_values(cls: type[Resource] | type[NestedObject], attributes: dict[str, Any]) -> dict[str, Any]:
    values = {}
    for wire, value in attributes.items():
        name, _ = _field_by_wire(cls, wire)
        values[name] = _user_value(cls, name, value)
    return values


def _ref(linkage: Any, models: Any) -> Any:
    if linkage is None:
        return None
    if isinstance(linkage, list):
        return [_ref(item, models) for item in linkage]
    return models[linkage["type"]].ref(linkage["id"])


def build_model(data: dict[str, Any], models: Any) -> Resource:
    """The model a user would build for a request's ``data``: typed values, nested classes, references."""
    cls = models[data["type"]]
    values = _user_values(cls, data.get("attributes", {}))
    for name, rel in data.get("relationships", {}).items():
        assert name in cls.__relationships__, f"{cls.__name__} has no relationship {name!r} (the example sends it)"
        values[name] = _ref(rel["data"], models)
    if "id" in data:
        values["id"] = data["id"]
    model: Resource = cls(**values)
    return model


PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000001"


def send(ex: RequestExample, version: str) -> dict[str, Any]:
    """Build the example's model, send it through a client on a MockTransport; the body that went out."""
    sent: list[httpx.Request] = []
    data = ex.body["data"]

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        reply = {"data": {"type": data["type"], "id": data.get("id", PLACEHOLDER_ID)}}
        return httpx.Response(201 if ex.method == "POST" else 200, json=reply)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = package(version).DidwwClient(api_key="k", http_client=http, max_retries=0)
    repository = getattr(client, ex.path)
    if ex.method == "PATCH" and "id" not in data:
        data = {"id": PLACEHOLDER_ID, **data}  # the URL names the resource; a user sets the model's id
    model = build_model(data, models_of(version))
    if ex.method == "POST":
        repository.create(model)
    else:
        repository.update(model)
    (request,) = sent
    assert request.method == ex.method
    body: dict[str, Any] = json.loads(request.content)
    return body


@dataclass
class Tolerated:
    """Differences allowed where the reference contradicts itself: counted by kind, with the fields."""

    kinds: Counter[str] = field(default_factory=Counter)
    details: Counter[str] = field(default_factory=Counter)

    def add(self, kind: str, detail: str = "") -> None:
        self.kinds[kind] += 1
        if detail:
            self.details[detail] += 1


def _same_number(expected: Any, sent: Any) -> bool:
    try:
        return Decimal(str(expected)) == Decimal(str(sent))
    except InvalidOperation:
        return False


def _scalar_contradiction(expected: Any, sent: Any) -> bool:
    """The example writes a value in another JSON type than the documented one ("true" for true, 1 for "1")."""
    if isinstance(expected, str) and isinstance(sent, bool):
        return expected == json.dumps(sent)
    if (
        isinstance(expected, (str, int, float))
        and isinstance(sent, (str, int, float))
        and type(expected) is not type(sent)
    ):
        return _same_number(expected, sent)
    return False


@functools.cache
def cascade_sends(version: str) -> frozenset[tuple[str, str]]:
    """(field, JSON value) pairs that some cascade write rule of the version's spec adds to what a user set."""
    nested = [c for c in NestedObject.__subclasses__() if c.__module__.startswith(package(version).__name__)]
    classes = [*models_of(version).values(), *nested]
    return frozenset(
        (name, json.dumps(value))
        for cls in classes
        for rule in cls.__rules__
        if isinstance(rule, Cascade)
        for name, value in rule.sends
    )


def compare(
    expected: Any,
    sent: Any,
    where: str,
    tolerated: Tolerated,
    problems: list[str],
    cascades: frozenset[Any] = frozenset(),
) -> None:
    """JSON equality, except the documented contradictions of the reference (counted in ``tolerated``)."""
    if isinstance(expected, dict) and isinstance(sent, dict):
        for key in sorted(set(expected) | set(sent)):
            if key not in sent:
                if key == "attributes" and expected[key] == {}:
                    tolerated.add("empty attributes object not sent")
                else:
                    problems.append(f"{where}.{key}: in the example, not sent")
            elif key not in expected:
                if where.endswith("relationships") and sent[key] == {"data": None}:
                    tolerated.add("exclusive relationship cleared (issue 4 rule 6)", key)
                elif (key, json.dumps(sent[key])) in cascades:
                    tolerated.add("value added by a write-rule cascade (issue 4 rule 7)", key)
                elif where == ".data" and key == "id" and sent[key] == PLACEHOLDER_ID:
                    tolerated.add("PATCH example without the resource id")
                else:
                    problems.append(f"{where}.{key}: sent, not in the example")
            else:
                compare(expected[key], sent[key], f"{where}.{key}", tolerated, problems, cascades)
    elif isinstance(expected, list) and isinstance(sent, list) and len(expected) == len(sent):
        for i, (e, s) in enumerate(zip(expected, sent, strict=True)):
            compare(e, s, f"{where}[{i}]", tolerated, problems, cascades)
    elif expected != sent or type(expected) is not type(sent):
        if _scalar_contradiction(expected, sent):
            detail = f"{where.rsplit('.', 1)[-1]}: example {expected!r}, sent {sent!r}"
            tolerated.add("value written in another JSON type than documented", detail)
        else:
            problems.append(f"{where}: example {expected!r}, sent {sent!r}")


def _date_placeholders(data: dict[str, Any], models: Any) -> list[str]:
    """Attributes an example fills with the word "string" where the API takes a date."""
    cls = models[data["type"]]
    dates = {s.wire for s in cls.__attributes__.values() if s.kind in (Kind.DATE, Kind.DATETIME)}
    return [k for k, v in data.get("attributes", {}).items() if k in dates and v == "string"]


def _missing_required(ex: RequestExample, models: Any) -> list[str]:
    """What a documented create leaves out although the API requires it (a description's fragment)."""
    if ex.method != "POST":
        return []
    data = ex.body["data"]
    cls = models[data["type"]]
    specs = {**{s.wire: s for s in cls.__attributes__.values()}, **cls.__relationships__}
    sent = {**data.get("attributes", {}), **data.get("relationships", {})}
    return [name for name, spec in specs.items() if spec.required and name not in sent]


NO_WAY_TO_ORDER = (
    "orders a did_order_items item with sku_id and nanpa_prefix_id but no qty, available_did_id or "
    "did_reservation_id, while the same document makes qty required and the OpenAPI document takes exactly one"
)
CONTRADICTED = {
    ("2022-05-10", "Update Voice OUT Trunk", "example '200 OK (Setting DIDs)'"): (
        "sends dids with allow_any_did_as_cli true, which the same document says cannot be done"
    ),
    ("2022-05-10", "Create DID order", "example '201 Created (NPA/NXX)'"): NO_WAY_TO_ORDER,
    ("2026-04-16", "Create DID order", "example '201 Created (NPA/NXX)'"): NO_WAY_TO_ORDER,
}
"""Request examples that break a rule their own document states: the SDK must refuse them before sending."""


def check_request(ex: RequestExample, tolerated: Tolerated, version: str) -> list[str]:
    problems: list[str] = []
    contradiction = CONTRADICTED.get((version, ex.request, ex.source))
    if contradiction is not None:
        try:
            send(ex, version)
        except DidwwClientError:
            tolerated.add("an example breaking its document's own rule, refused before sending", contradiction)
            return []
        return [f"sent although it {contradiction}"]
    missing = _missing_required(ex, models_of(version))
    if missing:
        try:
            send(ex, version)
        except DidwwClientError:
            tolerated.add("a fragment without what the create requires, refused before sending", ", ".join(missing))
            return []
        return [f"a create without {', '.join(missing)} was sent instead of refused"]
    placeholders = _date_placeholders(ex.body["data"], models_of(version))
    if placeholders:
        try:
            send(ex, version)
        except DidwwClientError:
            tolerated.add("placeholder 'string' for a date, refused before sending", ", ".join(placeholders))
            return []
        return ["a placeholder 'string' for a date was sent instead of refused"]
    compare(ex.body, send(ex, version), "", tolerated, problems, cascade_sends(version))
    return problems


def report(version: str) -> str:
    responses = ResponseReport()
    for ex in response_examples(version):
        try:
            check_response(ex, responses, version)
        except Exception as exc:
            responses.unknown.append(f"{ex.request} / {ex.name}: FAILED to decode: {exc}")
    tolerated = Tolerated()
    failures = {}
    for request in request_examples(version):
        name = f"{request.request} ({request.source})"
        try:
            failures[name] = check_request(request, tolerated, version)
        except Exception as exc:
            failures[name] = [f"{type(exc).__name__}: {exc}"]
    failed = {k: v for k, v in failures.items() if v}
    lines = [
        f"API {version}",
        f"response examples decoded: {len(response_examples(version))}",
        f"resources decoded: {responses.resources}",
        f"attributes in typed fields: {responses.attributes} (+ {responses.nested_attributes} nested)",
        f"attributes only kept as unknowns: {len(responses.unknown)}",
        *(f"  - {u}" for u in responses.unknown),
        f"malformed reference examples, refused as they should be: {len(responses.malformed)}",
        *(f"  - {m}" for m in responses.malformed),
        f"request examples reproduced: {len(failures) - len(failed)} of {len(failures)}",
        *(f"  tolerated: {n} x {kind}" for kind, n in tolerated.kinds.most_common()),
        "  where:",
        *(f"    {n} x {detail}" for detail, n in sorted(tolerated.details.items())),
        *(f"  FAILED {name}: {'; '.join(p)}" for name, p in failed.items()),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    import sys
    from pathlib import Path

    from codegen.reference import missing_reason
    from codegen.versions import load

    chosen = sys.argv[1:] or list(load(Path(__file__).resolve().parent.parent).versions)
    for version in chosen:
        reason = missing_reason(version)
        if reason:
            print(f"conformance: {reason}", file=sys.stderr)
            raise SystemExit(2)
        print(report(version), end="\n\n")
