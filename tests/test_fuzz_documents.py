"""The malformed-documents fuzz suite: hostile bodies through every repository's ``list`` and ``find``.

Valid documents (answered by the fake, ``fuzz_documents.CORPUS``) are broken in every way the audit of issue 15
tried: invalid JSON, truncation, non-UTF-8, wrong shapes, wrong JSON types per field, deep nesting, unknown
types, include cycles, a gzip label on plain bytes. Whatever comes back, only ``didww_gen`` errors may escape
(reading, ``repr`` and dumping every decoded model included) and nothing may hang; valid input round-trips.

``make test`` runs the ``ci`` hypothesis profile (few examples, derandomized); ``make fuzz`` (``DIDWW_FUZZ=1``)
runs thousands per test and prints the counts (``fuzz_documents.summary``).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fuzz_documents import CORPUS, STATS, Case, cycles, linkage, places, replaced, run, summary
from fuzz_settings import FUZZ, PROFILE
from hypothesis import given
from hypothesis import strategies as st

from didww_gen._decoding import decode_document
from didww_gen._model import Kind, Resource
from didww_gen._offtype import type_name
from didww_gen.errors import DidwwClientError
from didww_gen.v2026_04_16.models import MODELS

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=24)
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
CASES = st.sampled_from(CORPUS)


class _Summary:
    """A pytest plugin printing the counts in the terminal summary (under ``make fuzz``)."""

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        terminalreporter.write_line(f"{summary()} (hypothesis profile {PROFILE!r})")


@pytest.fixture(scope="module", autouse=True)
def _report(request: pytest.FixtureRequest) -> Iterator[None]:
    """The counts: printed at the end of the session under ``make fuzz``, written to ``DIDWW_FUZZ_REPORT``."""
    if PROFILE == "fuzz" and not request.config.pluginmanager.has_plugin("didww-fuzz-summary"):
        request.config.pluginmanager.register(_Summary(), "didww-fuzz-summary")
    yield
    target = os.environ.get("DIDWW_FUZZ_REPORT")
    if target:
        Path(target).write_text(json.dumps({**STATS, "profile": PROFILE}, indent=2) + "\n")


def _primary(raw: dict[str, Any]) -> dict[str, Any]:
    data = raw["data"]
    first: dict[str, Any] = data[0] if isinstance(data, list) else data
    return first


DEEP = "\u0000deep\u0000"  # where ``_dumps`` writes the nesting (json.dumps itself would recurse that deep)


def _dumps(document: Any, depth: int = 0) -> bytes:
    """``document`` as JSON; ``depth`` levels of arrays and objects where it holds ``DEEP``."""
    text = json.dumps(document)
    nesting = '[{"k": ' * (depth // 2) + "1" + "}]" * (depth // 2)
    return text.replace(json.dumps(DEEP), nesting).encode()


# -- valid input round-trips -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("case", CORPUS, ids=repr)
def test_every_repository_reads_its_valid_documents(case: Case) -> None:
    raw = case.raw
    expected = [(r["type"], r["id"]) for r in (raw["data"] if isinstance(raw["data"], list) else [raw["data"]])]

    def same_resources(models: list[Any]) -> None:
        assert [(m.TYPE, m.id) for m in models[: len(expected)]] == expected
        assert all(m.invalid_attributes is None for m in models if isinstance(m, Resource))

    assert run(case, case.body, check=same_resources) == "ok"


def test_the_corpus_covers_every_read_operation() -> None:
    assert len(CORPUS) >= 60
    assert {c.operation for c in CORPUS} == {"list", "find", "find()"}


def _valid_value(kind: Kind, annotation: Any) -> st.SearchStrategy[tuple[Any, Any]] | None:
    """JSON values the field takes, each with the Python value it decodes to (None: not drawn for this field)."""
    name = type_name(annotation)
    if kind is Kind.DATETIME:
        moments = st.datetimes(min_value=dt.datetime(1971, 1, 1), timezones=st.just(dt.timezone.utc))
        return moments.map(lambda d: (d.isoformat(), d))
    if kind is Kind.DATE:
        return st.dates().map(lambda d: (d.isoformat(), d))
    if kind is Kind.DECIMAL:
        return st.decimals(allow_nan=False, allow_infinity=False, places=4).map(lambda d: (str(d), d))
    plain: dict[str, st.SearchStrategy[Any]] = {
        "str": st.text(max_size=40),
        "int": st.integers(-(2**53), 2**53),
        "bool": st.booleans(),
    }
    if kind is Kind.PLAIN and name in plain:
        return plain[name].map(lambda v: (v, v))
    return None


@FUZZ
@given(st.data())
def test_valid_values_round_trip_through_every_repository(data: st.DataObject) -> None:
    case = data.draw(CASES)
    raw = case.raw
    attributes = _primary(raw).setdefault("attributes", {})
    expected = {}
    for name, spec in case.model.__attributes__.items():
        strategy = _valid_value(spec.kind, case.model.model_fields[name].annotation)
        if strategy is not None and data.draw(st.booleans()):
            attributes[spec.wire], expected[name] = data.draw(strategy)

    def read_back(models: list[Any]) -> None:
        assert {name: getattr(models[0], name) for name in expected} == expected
        assert models[0].invalid_attributes is None

    body = json.dumps(raw, ensure_ascii=data.draw(st.booleans()), indent=data.draw(st.sampled_from([None, 1])))
    assert run(case, body.encode(), check=read_back) == "ok"


# -- wrong JSON types, wrong shapes, unknown types ---------------------------------------------------------------------
@FUZZ
@given(st.data())
def test_any_value_replaced_anywhere(data: st.DataObject) -> None:
    case = data.draw(CASES)
    raw = case.raw
    where = data.draw(st.sampled_from(list(places(raw))))
    value = data.draw(JSON | st.just(...) | st.sampled_from(sorted(MODELS)) | st.text(max_size=12))
    run(case, _dumps(replaced(raw, where, value)))


@FUZZ
@given(st.data())
def test_one_attribute_of_another_json_type_keeps_the_page(data: st.DataObject) -> None:
    """Item 8: the resource decodes, the raw value is kept, reading the field raises ``DidwwClientError``."""
    case = data.draw(CASES)
    raw = case.raw
    attributes = _primary(raw).get("attributes") or {}
    names = {spec.wire: name for name, spec in case.model.__attributes__.items() if spec.wire in attributes}
    if not names:
        return
    wire = data.draw(st.sampled_from(sorted(names)))
    value = data.draw(JSON)
    attributes[wire] = value

    def kept(models: list[Any]) -> None:
        primary = models[0]
        if primary.invalid_attributes:  # the value was not one the field takes
            assert primary.invalid_attributes == {wire: value}
            with pytest.raises(DidwwClientError, match=names[wire]):
                getattr(primary, names[wire])

    assert run(case, _dumps(raw), check=kept) == "ok"


@FUZZ
@given(st.data())
def test_unknown_types_everywhere(data: st.DataObject) -> None:
    case = data.draw(CASES)
    raw = case.raw
    types = [w for w in places(raw) if w[-1] == "type"]
    if not types:
        return
    for where in data.draw(st.lists(st.sampled_from(types), min_size=1, max_size=4)):
        raw = replaced(raw, where, data.draw(st.text(min_size=1, max_size=12) | st.sampled_from(sorted(MODELS))))
    run(case, _dumps(raw))


@FUZZ
@given(st.data())
def test_arbitrary_json_bodies(data: st.DataObject) -> None:
    case = data.draw(CASES)
    body = data.draw(JSON | st.fixed_dictionaries({"data": JSON}, optional={"included": JSON, "meta": JSON}))
    run(case, _dumps(body))


# -- deep nesting and cycles -------------------------------------------------------------------------------------------
@FUZZ
@given(st.data())
def test_deep_nesting_anywhere(data: st.DataObject) -> None:
    case = data.draw(CASES)
    raw = case.raw
    where = data.draw(st.sampled_from(list(places(raw))))
    depth = data.draw(st.integers(20, 5000))
    run(case, _dumps(replaced(raw, where, DEEP), depth))


@pytest.mark.parametrize(("a", "forth", "b", "back"), cycles(), ids=lambda v: str(v))
def test_include_cycles_link_both_ways(a: str, forth: str, b: str, back: str) -> None:
    model_a, model_b = MODELS[a], MODELS[b]
    relationship_a, relationship_b = model_a.__relationships__[forth], model_b.__relationships__[back]
    document = {
        "data": {"type": a, "id": "a1", "relationships": {forth: linkage(b, "b1", relationship_a.to_many)}},
        "included": [{"type": b, "id": "b1", "relationships": {back: linkage(a, "a1", relationship_b.to_many)}}],
    }
    decoded = decode_document(_dumps(document), model_a, many=False).data
    other = getattr(decoded, forth)
    other = other[0] if relationship_a.to_many else other
    again = getattr(other, back)
    assert (again[0] if relationship_b.to_many else again) is decoded
    assert repr(decoded) and decoded.model_dump_json()


# -- bytes -----------------------------------------------------------------------------------------------------------
@FUZZ
@given(st.data())
def test_broken_bytes(data: st.DataObject) -> None:
    case = data.draw(CASES)
    body = case.body
    at = data.draw(st.integers(0, len(body)))
    broken = data.draw(
        st.sampled_from(
            [
                body[:at],  # truncated
                body[:at] + data.draw(st.binary(min_size=1, max_size=8)) + body[at:],  # bytes inserted
                body[:at] + b"\xff\xfe" + body[at:],  # not UTF-8
                body[:at] + "\u00e9".encode("latin-1") + body[at:],  # another encoding
                b"\xef\xbb\xbf" + body,  # a byte order mark
                body.replace(b'"', b"'"),  # not JSON
                data.draw(st.binary(max_size=64)),
            ]
        )
    )
    run(case, broken)


@FUZZ
@given(st.data())
def test_content_encoding_that_does_not_match(data: st.DataObject) -> None:
    case = data.draw(CASES)
    encoding = data.draw(st.sampled_from(["gzip", "deflate", "br", "identity", "x-unknown"]))
    body = data.draw(st.sampled_from([case.body, gzip.compress(case.body)[: data.draw(st.integers(0, 40))]]))
    run(case, body, {"Content-Encoding": encoding})


def test_a_body_of_the_right_encoding_decodes() -> None:
    case = CORPUS[0]
    assert run(case, gzip.compress(case.body), {"Content-Encoding": "gzip"}) == "ok"


# -- every attribute of every resource type ---------------------------------------------------------------------------
def _off_type(kind: Kind) -> Any:
    """A JSON value no field of that kind takes: an object for scalars and lists, a number for nested objects."""
    return 7 if kind in (Kind.NESTED, Kind.OBJECT) else {"unexpected": True}


@pytest.mark.parametrize("kind", sorted(MODELS))
def test_every_attribute_of_another_json_type_keeps_its_resource(kind: str) -> None:
    model = MODELS[kind]
    for name, spec in model.__attributes__.items():
        value = _off_type(spec.kind)
        document = {"data": [{"type": kind, "id": "x", "attributes": {spec.wire: value}}]}
        (decoded,) = decode_document(_dumps(document), model, many=True, window=7 if len(name) % 2 else None).data
        assert decoded.invalid_attributes == {spec.wire: value}
        with pytest.raises(DidwwClientError, match=f"{model.__name__}.{name}"):
            getattr(decoded, name)
        assert repr(decoded) and decoded.model_dump() is not None
