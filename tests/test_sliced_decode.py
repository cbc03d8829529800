"""A large document is validated a slice of resources at a time (``_sliced``), and decodes as it would whole.

The equivalence tests of ``test_fast_decode`` run again with tiny slices (every list document is sliced, its cuts
guessed every few bytes), against the per-resource path: the fake's answers of both API versions, the reference
examples, the benchmark's shapes, the fuzz corpus and its mutations. Then documents made to mislead the cut guesses
(braces, brackets and whole member texts inside strings), to repeat or escape a top-level key, or laid out another
way (pretty-printed, ``included`` first). API version: 2026-04-16 (the fake's answers: every version).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from fuzz_documents import CORPUS, Case, places, replaced
from fuzz_settings import FUZZ
from hypothesis import given
from hypothesis import strategies as st
from test_fast_decode import JSON, SHAPES, _all_relationships, _document_view, _examples, _fake_answers, _same, _slow

from benchmarks import payloads
from didww_gen import _fast_decode, _sliced
from didww_gen._decoding import decode_document
from didww_gen._fast_decode import decode_fast
from didww_gen._model import Resource
from didww_gen.errors import DidwwClientError
from didww_gen.v2026_04_16.models import AvailableDid, Did, VoiceInTrunk


def _tiny(patch: pytest.MonkeyPatch) -> None:
    """Slices of a few bytes, tried on every list document."""
    patch.setattr(_sliced, "SLICE", 48)
    patch.setattr(_sliced, "SHORTEST", 12)
    patch.setattr(_sliced, "REACH", 4096)  # an end sought that far: past any one resource of the documents
    patch.setattr(_sliced, "LARGE", 0)


@pytest.fixture
def tiny(monkeypatch: pytest.MonkeyPatch) -> None:
    _tiny(monkeypatch)


@pytest.fixture
def sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every body the document validators are given (spied on, in order)."""
    seen: list[int] = []
    real = _fast_decode._validator

    class Spy:
        def __init__(self, validator: Any) -> None:
            self.validator = validator

        def validate_json(self, body: bytes) -> Any:
            seen.append(len(body))
            return self.validator.validate_json(body)

    def spied(*key: Any) -> Any:
        found = real(*key)
        return None if found is None else (Spy(found[0]), found[1])

    monkeypatch.setattr(_fast_decode, "_validator", spied)
    return seen


def _lists(cases: Iterator[Any]) -> list[Any]:
    return [case for case in cases if case.values[2]]


# -- equivalence with tiny slices -------------------------------------------------------------------------------------
@pytest.mark.usefixtures("tiny")
@pytest.mark.parametrize(("body", "model", "many", "include"), _lists(_fake_answers()) + _lists(_examples()))
def test_every_fake_answer_and_reference_example_of_a_list_decodes_the_same_in_tiny_slices(
    body: bytes, model: type[Resource], many: bool, include: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    _same(body, model, many, include, monkeypatch=monkeypatch)


@pytest.mark.parametrize("shape", ["a", "b", "d"])
def test_the_benchmark_shapes_are_sliced_and_decode_the_same(
    shape: str, monkeypatch: pytest.MonkeyPatch, tiny: None, sizes: list[int]
) -> None:
    make, model, many, include = SHAPES[shape]
    body = make()
    assert _same(body, model, many, include, monkeypatch=monkeypatch)
    assert len(sizes) > 10, "the document was validated in slices"
    assert sizes[-1] < len(body) / 4, "what is left to validate last is the rest, not the document"


@pytest.mark.parametrize("case", [c for c in CORPUS if isinstance(c.raw["data"], list)], ids=repr)
def test_every_fuzz_corpus_list_decodes_the_same_in_tiny_slices(
    case: Case, monkeypatch: pytest.MonkeyPatch, tiny: None
) -> None:
    _same(case.body, case.model, True, _all_relationships(case), monkeypatch=monkeypatch)


@FUZZ
@given(st.data())
def test_a_value_replaced_anywhere_gives_the_same_outcome_in_tiny_slices(data: st.DataObject) -> None:
    case: Case = data.draw(st.sampled_from([c for c in CORPUS if isinstance(c.raw["data"], list)]))
    where = data.draw(st.sampled_from(list(places(case.raw))))
    value = data.draw(JSON | st.sampled_from(["},{", "}, {", "]", "[", '"', "\\", '{"data":[', "}]}", "x"]))
    body = json.dumps(replaced(case.raw, where, value)).encode()
    with pytest.MonkeyPatch.context() as monkeypatch:
        try:
            slow = _document_view(_slow(body, case.model, True, monkeypatch))
        except DidwwClientError:
            slow = None
        _tiny(monkeypatch)
        fast = decode_fast(body, case.model, True, _all_relationships(case))
    if fast is not None:
        assert slow is not None
        assert _document_view(fast) == slow


# -- documents that mislead the cuts ----------------------------------------------------------------------------------
MISLEADING = [
    "},{",
    "}, {",
    '}},{"id":"did-x","type":"dids"},{',
    '}],"included":[{"type":"orders","id":"order-000000"},{',
    '}],"data":[{"type":"dids","id":"did-999999"},{',
    "{{{{",
    "]]]]",
    "}}}}",
    '\\"},{\\"',
]


@pytest.mark.parametrize("text", MISLEADING)
def test_text_inside_strings_never_moves_a_resource(
    text: str, monkeypatch: pytest.MonkeyPatch, tiny: None, sizes: list[int]
) -> None:
    document = json.loads(payloads.dids_with_orders(12))
    for n, did in enumerate(document["data"]):
        did["attributes"]["description"] = text * (n % 3)
    body = json.dumps(document, separators=(",", ":")).encode()
    assert _same(body, Did, True, ("order",), monkeypatch=monkeypatch)
    decoded = decode_fast(body, Did, True, ("order",))
    assert decoded is not None
    assert [d.description for d in decoded.data] == [text * (n % 3) for n in range(12)]
    assert [d.order.id for d in decoded.data] == [o["id"] for o in document["included"]]


@pytest.mark.parametrize(
    "layout",
    [
        {"indent": 2},
        {"indent": "\t"},
        {"separators": (", ", " : ")},
    ],
    ids=["indented", "tabs", "spaced"],
)
def test_a_document_laid_out_another_way_is_sliced_alike(
    layout: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tiny: None, sizes: list[int]
) -> None:
    body = json.dumps(json.loads(payloads.available_dids(30)), **layout).encode()
    assert _same(body, AvailableDid, True, ("did_group", "did_group.stock_keeping_units"), monkeypatch=monkeypatch)
    assert len(sizes) > 10


def test_included_before_data_and_meta_first_are_sliced_alike(
    monkeypatch: pytest.MonkeyPatch, tiny: None, sizes: list[int]
) -> None:
    document = json.loads(payloads.dids_with_orders(15))
    reordered = {"meta": document["meta"], "included": document["included"], "data": document["data"]}
    body = json.dumps(reordered).encode()
    assert _same(body, Did, True, ("order",), monkeypatch=monkeypatch)
    assert len(sizes) > 10


def test_a_top_level_key_given_twice_counts_once_as_json_reads_it(
    monkeypatch: pytest.MonkeyPatch, tiny: None, sizes: list[int]
) -> None:
    first = payloads.dids_with_orders(8)
    second = json.loads(payloads.dids_with_orders(3))
    body = first[:-1] + b', "data": ' + json.dumps(second["data"]).encode() + b"}"
    _same(body, Did, True, ("order",), monkeypatch=monkeypatch)  # the last "data" wins on both paths
    decoded = decode_document(body, Did, many=True, include=("order",))
    assert [d.id for d in decoded.data] == [d["id"] for d in second["data"]]
    assert sizes[-1] == len(body), "a repeated key ends slicing: the document is validated whole"


def test_an_escaped_key_ends_slicing(monkeypatch: pytest.MonkeyPatch, tiny: None, sizes: list[int]) -> None:
    body = payloads.sip_trunks(6).replace(b'"data"', b'"d\\u0061ta"', 1)
    assert _same(body, VoiceInTrunk, True, (), monkeypatch=monkeypatch)
    assert sizes == [len(body)]


@pytest.mark.parametrize("tail", [b" x", b"}", b",", b"]"])
def test_text_after_the_document_is_refused_as_it_is_whole(
    tail: bytes, monkeypatch: pytest.MonkeyPatch, tiny: None
) -> None:
    body = payloads.sip_trunks(6) + tail
    assert decode_fast(body, VoiceInTrunk, True, ()) is None
    with pytest.raises(DidwwClientError, match="not JSON"):
        decode_document(body, VoiceInTrunk, many=True)


def test_a_large_page_is_never_validated_whole(sizes: list[int]) -> None:
    body = payloads.available_dids(3000)
    assert len(body) > 4 * _sliced.SLICE
    decoded = decode_fast(body, AvailableDid, True, ("did_group", "did_group.stock_keeping_units"))
    assert decoded is not None and len(decoded.data) == 3000
    assert max(sizes) < 2 * _sliced.SLICE, "no validation of more than about a slice"
    assert sum(sizes) >= len(body), "every byte validated once"


def test_a_small_page_is_validated_at_once(sizes: list[int]) -> None:
    body = payloads.sip_trunks(20)
    assert len(body) <= _sliced.LARGE
    assert decode_fast(body, VoiceInTrunk, True, ()) is not None
    assert sizes == [len(body)]


def test_a_value_refused_early_in_a_large_page_ends_slicing_and_the_body_is_validated_whole(
    monkeypatch: pytest.MonkeyPatch, sizes: list[int]
) -> None:
    document = json.loads(payloads.dids_with_orders(1000))
    document["data"][100]["attributes"]["capacity_limit"] = "shared"  # kept raw by the per-resource path
    body = json.dumps(document).encode()
    assert decode_fast(body, Did, True, ("order",)) is None
    assert sizes[-1] == len(body), "what slicing left is not walked a token at a time: the body is validated whole"
    assert sum(sizes[:-1]) < 3 * _sliced.WALKED, "the slices tried before it are few"
    decoded = decode_document(body, Did, many=True, include=("order",))
    assert len(decoded.data) == 1000 and decoded.data[100].invalid_attributes == {"capacity_limit": "shared"}


class _Scans:
    """A compiled pattern whose ``finditer`` calls are recorded: (start, end) of the text each may scan."""

    def __init__(self, pattern: re.Pattern[bytes]) -> None:
        self.pattern = pattern
        self.spans: list[tuple[int, int]] = []

    def search(self, text: bytes, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[bytes] | None:
        self.spans.append((pos, min(endpos, len(text))))
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: bytes, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[bytes]]:
        self.spans.append((pos, min(endpos, len(text))))
        return self.pattern.finditer(text, pos, endpos)


def test_a_resource_longer_than_what_is_walked_has_the_body_validated_whole(
    monkeypatch: pytest.MonkeyPatch, sizes: list[int]
) -> None:
    cuts, walks = _Scans(_sliced._CUT), _Scans(_sliced._STRUCTURE)
    monkeypatch.setattr(_sliced, "_CUT", cuts)
    monkeypatch.setattr(_sliced, "_STRUCTURE", walks)
    junk = [{"n": n} for n in range(200_000)]  # nested objects: '},{' everywhere, none between resources
    did = json.loads(payloads.did())["data"]
    document = {"data": [did, {**did, "id": "other", "meta": {"junk": junk}}]}
    body = json.dumps(document).encode()
    assert len(body) > 2 * _sliced.WALKED
    assert decode_fast(body, Did, True, ()) is None  # meta where a DID takes none: the per-resource path says so
    assert sizes[-1] == len(body), "the body is validated whole"
    assert len(sizes) <= 9, "each failed cut is tried once per length, four lengths at most"
    longest = _sliced.SLICE + _sliced.REACH + 64  # a slice, the reach past it, the wrapper
    assert all(size <= longest for size in sizes[:-1]), "no slice tried is longer than where its end is sought"
    assert cuts.spans and all(end - start <= _sliced.REACH for start, end in cuts.spans), "cuts sought nearby"
    assert walks.spans and all(end - start <= _sliced.WALKED for start, end in walks.spans), "no long walk"
