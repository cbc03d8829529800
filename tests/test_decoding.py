"""The streaming decoder (bodies above ``CHUNK``) against the whole-body one, in windows of a few bytes.

Every 2xx example of the reference collection (the committed ones in a clone alone), in several spellings,
decodes the same through both; every broken body fails the same way. Memory is measured by ``make bench``, not here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from conformance import _primary_model, response_examples

from codegen import fixtures
from codegen.reference import Example, missing_reason
from didww_gen._decoding import decode_document
from didww_gen._document import Decoded
from didww_gen._json_stream import CHUNK
from didww_gen._model import Resource
from didww_gen.errors import DidwwClientError
from didww_gen.v2026_04_16.api_info import API_VERSION
from didww_gen.v2026_04_16.models import MODELS, Country

WINDOWS = (1, 2, 7, 64, CHUNK)  # bytes decoded at a time (CHUNK: these small bodies in one window)
TEXT = "Zürich — 東京 ☎ 📞"  # 2-, 3- and 4-byte UTF-8 sequences, which small windows cut
NUMBERS = '"n1": 1.5e3, "n22": -0.25E-2, "n333": 12345.678, "n4444": 0, "n55555": 1e+9, '  # top-level: read alone
# every example of the reference where it is present; the committed ones (tests/fixtures) in a clone alone
EXAMPLES = (
    response_examples(API_VERSION)
    if missing_reason(API_VERSION, "postman") is None
    else [ex for ex in fixtures.examples() if ex.status < 300 and ex.body.startswith("{") and '"data"' in ex.body]
)


def _non_ascii(raw: dict[str, Any]) -> str:
    """The document with ``TEXT`` in its meta and as an attribute of every resource."""
    data = raw["data"] if isinstance(raw["data"], list) else [raw["data"]]
    for resource in [*data, *raw.get("included", [])]:
        if isinstance(resource, dict):
            resource.setdefault("attributes", {})["note"] = TEXT
    raw["meta"] = {**raw.get("meta", {}), "note": TEXT}
    return json.dumps(raw, ensure_ascii=False)


SPELLINGS: dict[str, Callable[[dict[str, Any], str], str]] = {
    "as-sent": lambda raw, body: body,
    "indented": lambda raw, body: json.dumps(raw, indent=2),
    "non-ascii": lambda raw, body: _non_ascii(raw),
    "numbers": lambda raw, body: "{" + NUMBERS + json.dumps(raw)[1:-1] + ", " + NUMBERS[:-2] + "}",
}


def _related(value: Any) -> Any:
    if isinstance(value, list):
        return [_related(v) for v in value]
    if isinstance(value, Resource):
        return value.TYPE, value.id, sorted(value.model_fields_set)
    return value


def _view(model: Any) -> Any:
    """A model as comparable values; related resources by (type, id, loaded fields), so cycles are safe."""
    if not isinstance(model, Resource):
        return model if model is None else (type(model).__name__, model.model_dump(mode="json"))
    related = {name: _related(model.__dict__[name]) for name in model.__relationships__}
    dump = model.model_dump(mode="json", exclude=set(model.__relationships__))
    return type(model).__name__, dump, model.unknown_attributes, sorted(model.model_fields_set), related


def _canonical(doc: Decoded[Any]) -> Any:
    data = [_view(m) for m in doc.data] if isinstance(doc.data, list) else _view(doc.data)
    included = [_view(m) for m in doc.included]
    return data, included, doc.meta.model_dump(mode="json"), doc.links.model_dump(mode="json")


@pytest.mark.parametrize("spelling", SPELLINGS)
@pytest.mark.parametrize("ex", EXAMPLES, ids=[f"{e.request}/{e.name}" for e in EXAMPLES])
def test_streaming_decodes_like_the_whole_body(ex: Example, spelling: str) -> None:
    raw = json.loads(ex.body)
    body = SPELLINGS[spelling](raw, ex.body).encode()
    model, many = _primary_model(raw, MODELS), isinstance(raw["data"], list)
    whole = _canonical(decode_document(body, model, many=many))
    for window in WINDOWS:
        streamed = decode_document(body, model, many=many, window=window)
        assert _canonical(streamed) == whole, f"window of {window} bytes"


GOOD = json.dumps(
    {"data": [{"type": "countries", "id": "1", "attributes": {"name": TEXT}}], "meta": {"total_records": 1}},
    ensure_ascii=False,
).encode()
NOT_JSON, NOT_JSONAPI = "is not JSON:", "is not a JSON:API document"
BROKEN = {
    "empty": (b"", NOT_JSON),
    "truncated in a key": (GOOD[:5], NOT_JSON),
    "truncated in a character": (GOOD[: GOOD.index("東".encode()) + 1], NOT_JSON),
    "truncated after data": (GOOD[: GOOD.index(b', "meta"')], NOT_JSON),
    "truncated before the end": (GOOD[:-1], NOT_JSON),
    "invalid UTF-8": (GOOD.replace(b"1", b"\xff", 1), NOT_JSON),
    "a lone continuation byte": (GOOD.replace("東".encode(), b"\x9d"), NOT_JSON),
    "a byte order mark": (b"\xef\xbb\xbf" + GOOD, NOT_JSON),
    "trailing garbage": (GOOD + b" x", NOT_JSON),
    "a second document": (GOOD + b"{}", NOT_JSON),
    "a trailing comma": (GOOD.replace(b"}}], ", b"}},], "), NOT_JSON),
    "a number key": (b"{1: []}", NOT_JSON),
    "a number without its exponent": (GOOD.replace(b"1}", b"1.5e}"), NOT_JSON),
    "a top-level array": (b"[" + GOOD + b"]", NOT_JSONAPI),
    "a top-level number": (b"1.5e3", NOT_JSONAPI),
    "a top-level string": (b'"data"', NOT_JSONAPI),
    "a number as data element": (b'{"data": [1.5]}', NOT_JSONAPI),
    "a string as data element": (b'{"data": [{"type": "countries", "id": "1"}, "x"]}', NOT_JSONAPI),
    "data not an array": (b'{"data": {"type": "countries", "id": "1"}}', NOT_JSONAPI),
    "data repeated as an object": (GOOD.replace(b'"meta"', b'"data": {}, "meta"'), NOT_JSONAPI),
    "included not an array": (GOOD.replace(b'"meta"', b'"included": 7, "meta"'), NOT_JSONAPI),
    "missing data": (b'{"meta": {"total_records": 0}}', NOT_JSONAPI),
}


@pytest.mark.parametrize(("body", "kind"), BROKEN.values(), ids=BROKEN)
def test_streaming_fails_like_the_whole_body(body: bytes, kind: str) -> None:
    with pytest.raises(DidwwClientError, match=kind) as whole:
        decode_document(body, Country, many=True)
    for window in WINDOWS:
        with pytest.raises(DidwwClientError) as streamed:
            decode_document(body, Country, many=True, window=window)
        assert str(streamed.value) == str(whole.value), f"window of {window} bytes"


def test_a_document_decodes_in_any_window() -> None:
    """Sanity of the fixture above: the good body decodes, with its non-ASCII text, in every window."""
    for window in WINDOWS:
        doc = decode_document(GOOD, Country, many=True, window=window)
        assert [c.name for c in doc.data] == [TEXT]
        assert doc.meta.total_records == 1
