"""Forward-compatible round trips (issue 26): nothing the server sent in a nested object is lost on the way back.

A nested object (a trunk's ``configuration``, an order's ``items``, an export's ``filters``, a voice-out trunk's
``authentication_method``) is always sent whole, so a member this SDK version does not know must be kept and
sent back, or an upgrade of DIDWW's API would make the SDK erase it. The property, for every API version in
``spec/versions.yaml`` and every writable nested attribute the fake's reference seed holds: the server's nested
object plus random unknown members is decoded, one known field of it is changed, it is encoded (an update where
the attribute is updatable, else as a create sends it); the object sent holds every unknown member as sent and
every known member the server sent that this operation may send (read-only members are the server's to set;
a create-only member is not sent by an update). Example counts follow ``tests/fuzz_settings.py``.
"""

from __future__ import annotations

import importlib
import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
from fuzz_settings import FUZZ, PROFILE
from hypothesis import given, reject
from hypothesis import strategies as st

from codegen.versions import load as load_registry
from codegen.versions import package_name
from didww_gen._decoding import decode_document
from didww_gen._encoding import encode_resource, encode_value
from didww_gen._model import Access, Kind, NestedObject, Resource, UnknownNestedObject
from didww_gen.errors import DidwwClientError
from didww_gen.testing._fake import FAKE_BASE_URL

VERSIONS = load_registry(__import__("pathlib").Path(__file__).resolve().parents[1]).versions
TRIED: Counter[str] = Counter()


@dataclass(frozen=True)
class Case:
    """A resource object of the fake's reference seed with a writable nested attribute."""

    model: type[Resource]
    name: str
    resource: str  # its JSON, so every example starts from the server's object

    @property
    def wire(self) -> str:
        return self.model.__attributes__[self.name].wire

    @property
    def updating(self) -> bool:
        return self.model.__attributes__[self.name].access.updatable


@cache
def cases(version: str) -> list[Case]:
    package = f"didww_gen.{package_name(version)}"
    models = importlib.import_module(f"{package}.models")
    fake = importlib.import_module(f"{package}.testing").FakeDidww(seed="reference")
    found = []
    for kind, model in sorted(models.MODELS.items()):
        names = [
            n
            for n, s in model.__attributes__.items()
            if s.kind in (Kind.NESTED, Kind.LIST_NESTED) and s.access is not Access.READ_ONLY
        ]
        if not names:
            continue
        status, _, body = fake.handle("GET", f"{FAKE_BASE_URL}/{kind}", {"Api-Key": "k"}, b"")
        assert status == 200, (kind, status)
        for resource in json.loads(body)["data"]:
            for name in names:
                if resource["attributes"].get(model.__attributes__[name].wire):
                    found.append(Case(model, name, json.dumps(resource)))
    return found


member_names = st.from_regex(r"\Afuture_[a-z0-9_]{0,10}\Z")  # names no version knows
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def _members(raw: dict[str, Any]) -> dict[str, Any]:
    """The members of a nested object as sent: ``attributes`` of a typed one, the object itself otherwise."""
    inner = raw.get("attributes")
    return inner if "type" in raw and isinstance(inner, dict) else raw


def _objects(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _changeable(obj: NestedObject, operation: str) -> list[str]:
    """Fields of ``obj`` holding a plain string or integer this operation may send (the one the example changes)."""
    names = []
    for name in sorted(obj.model_fields_set):
        spec = obj.__attributes__.get(name)
        value = obj.__dict__.get(name)
        if spec is None or spec.secret or type(value) not in (str, int):
            continue
        if spec.access.updatable if operation == "update" else spec.access.creatable:
            names.append(name)
    return names


def _changed(value: Any) -> Any:
    return value + 1 if type(value) is int else value + "x"


def _expected(obj: NestedObject, sent_raw: dict[str, Any], operation: str) -> set[str]:
    """The wire names of the members the server sent that this operation sends back."""
    expected = set()
    wires = {s.wire: s for s in obj.__attributes__.values()}
    for wire in _members(sent_raw):
        spec = wires.get(wire)
        if spec is None:
            expected.add(wire)  # unknown: always sent back
        elif spec.access.updatable if operation == "update" else spec.access.creatable:
            expected.add(wire)
    return expected


@pytest.mark.parametrize("version", VERSIONS)
@FUZZ
@given(data=st.data(), unknown=st.dictionaries(member_names, json_values, min_size=1, max_size=4))
def test_decode_change_encode_keeps_every_member_the_server_sent(
    version: str, data: st.DataObject, unknown: dict[str, Any]
) -> None:
    case = data.draw(st.sampled_from(cases(version)), label="case")
    resource = json.loads(case.resource)
    server_objects = _objects(resource["attributes"][case.wire])
    for raw in server_objects:
        members = _members(raw)
        members.update({k: v for k, v in unknown.items() if k not in members and k not in ("type", "attributes")})
    model = decode_document(json.dumps({"data": resource}).encode(), case.model, many=False).data
    operation = "update" if case.updating else "create"
    decoded = _objects(getattr(model, case.name))
    index = data.draw(st.integers(0, len(decoded) - 1), label="item")
    target = decoded[index]
    if isinstance(target, UnknownNestedObject) or not _changeable(target, operation):
        TRIED["no field to change"] += 1
        reject()
    field = data.draw(st.sampled_from(_changeable(target, operation)), label="field")
    try:
        setattr(target, field, _changed(target.__dict__[field]))
        if case.updating:
            sent = encode_resource(model, "update")["data"]["attributes"][case.wire]
        else:
            sent = encode_value(getattr(model, case.name), case.model.__attributes__[case.name].kind, "create")
    except DidwwClientError:  # the change breaks a write rule: refused before sending, nothing lost either
        TRIED["refused by a write rule"] += 1
        reject()
    TRIED[f"{version} {case.model.TYPE}.{case.name}"] += 1
    for obj, raw, out in zip(decoded, server_objects, _objects(sent), strict=True):
        out_members = _members(out)
        assert _expected(obj, raw, operation) <= out_members.keys()
        for wire, value in _members(raw).items():
            if wire not in obj.__known_members__:
                assert out_members[wire] == value
    assert _members(_objects(sent)[index])[target.__attributes__[field].wire] is not None


def test_every_version_has_round_trip_cases() -> None:
    for version in VERSIONS:
        kinds = {(c.model.TYPE, c.name) for c in cases(version)}
        assert ("voice_in_trunks", "configuration") in kinds and ("orders", "items") in kinds, (version, kinds)


def summary() -> str:
    sent = sum(n for k, n in TRIED.items() if k[:1].isdigit())
    return f"round trips: {sent} decoded, changed and encoded with every member kept {dict(TRIED)}"


class _Summary:
    """Prints the counts in the terminal summary under ``make fuzz``."""

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        terminalreporter.write_line(f"{summary()} (hypothesis profile {PROFILE!r})")


@pytest.fixture(scope="module", autouse=True)
def _report(request: pytest.FixtureRequest) -> None:
    if PROFILE == "fuzz" and not request.config.pluginmanager.has_plugin("didww-fuzz-round-trips-summary"):
        request.config.pluginmanager.register(_Summary(), "didww-fuzz-round-trips-summary")
