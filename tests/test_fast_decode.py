"""The fast path of decoding (one validation pass, ``_fast_decode``) gives what the per-resource path gives.

Every document is decoded twice, once by each path, and the results compared whole: the same model classes,
field values (and their Python types), unknown and invalid attributes, relationships linked to the same objects,
fields set, ``meta`` and ``links``, and the same change tracking (an update after touching every field sends the
same body). The documents: every reference example, the fake's answers for every repository of both API
versions, the benchmark's shapes, the fuzz corpus, and the fuzz corpus with a value replaced anywhere (then
either both paths fail with the same error or both give the same models). Documents the fast path does not
take (anything unusual) are decoded by the per-resource path: the tests below pin which.
"""

from __future__ import annotations

import contextlib
import importlib
import json
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fuzz_documents import CORPUS, Case, places, replaced
from fuzz_settings import FUZZ
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from benchmarks import payloads
from codegen.__main__ import ROOT
from codegen.fixtures import examples
from codegen.versions import load, package_name
from didww_gen import _fast_decode
from didww_gen._decoding import SMALL, decode_document
from didww_gen._document import Decoded
from didww_gen._encoding import encode_resource
from didww_gen._fast_decode import decode_fast, included_types
from didww_gen._model import UNKNOWN_MEMBERS, Resource
from didww_gen._tracking import changed_fields
from didww_gen.errors import DidwwClientError, DidwwError
from didww_gen.v2026_04_16.models import MODELS as LATEST
from didww_gen.v2026_04_16.models import AvailableDid, Did, VoiceInTrunk

VERSIONS = tuple(package_name(version) for version in load(ROOT).versions)  # every registered version
BASE = "https://didww.fake/v3"


# -- the two paths, and what is compared ------------------------------------------------------------------------------
def _slow(body: bytes, model: type[Resource], many: bool, monkeypatch: pytest.MonkeyPatch) -> Decoded[Any]:
    with monkeypatch.context() as patch:
        patch.setattr(_fast_decode, "decode_fast", lambda *args: None)
        return decode_document(body, model, many=many)


def _view(value: Any, where: dict[int, int]) -> Any:
    """A value as compared: models by class and contents, linked resources by their place in the document."""
    if isinstance(value, Resource):
        if id(value) in where:
            return ("linked", where[id(value)])
        return ("reference", type(value).__name__, _contents(value, where))
    if isinstance(value, BaseModel):
        return (type(value).__name__, _contents(value, where))
    if isinstance(value, list):
        return [_view(v, where) for v in value]
    if isinstance(value, dict):
        return {k: _view(v, where) for k, v in value.items()}
    return (type(value).__name__, value)


def _contents(model: BaseModel, where: dict[int, int]) -> Any:
    return (
        {k: _view(v, where) for k, v in model.__dict__.items()},
        sorted(model.model_fields_set),
        _view(model.__pydantic_extra__, where),
        repr(getattr(model, "_clean", None)),
    )


def _document_view(doc: Decoded[Any]) -> Any:
    resources = [*(doc.data if isinstance(doc.data, list) else [doc.data]), *doc.included]
    where = {id(r): n for n, r in enumerate(resources)}
    return (
        [(type(r).__name__, _contents(r, where)) for r in resources],
        _view(doc.meta, where),
        _view(doc.links, where),
    )


def _update_bodies(doc: Decoded[Any]) -> list[Any]:
    """What an update of each resource sends after every field is read (mutable ones hand out their values)."""
    sent: list[Any] = []
    for model in [*(doc.data if isinstance(doc.data, list) else [doc.data]), *doc.included]:
        if not isinstance(model, Resource):
            continue
        for name in type(model).model_fields:
            with contextlib.suppress(DidwwError):
                getattr(model, name)
        try:
            sent.append(encode_resource(model, "update", changed_fields(model)))
        except DidwwError as exc:
            sent.append(str(exc))
    return sent


def _same(*document: Any, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both paths give the same document (body, model, many, include); True when the fast path took it."""
    body, model, many, include = document
    fast = decode_fast(body, model, many, include)
    try:
        slow = _slow(body, model, many, monkeypatch)
    except DidwwClientError:  # a document the per-resource path refuses: the fast path never takes it
        assert fast is None
        return False
    if fast is None:
        return False
    assert _document_view(fast) == _document_view(slow)
    assert _update_bodies(fast) == _update_bodies(slow)
    assert _document_view(fast) == _document_view(slow)  # after the reads: the same records of clean values
    return True


# -- the documents --------------------------------------------------------------------------------------------------
def _examples() -> Iterator[Any]:
    for example in examples():
        if example.method != "GET" or example.status != 200 or not example.body.startswith("{"):
            continue
        data = json.loads(example.body).get("data")
        first = data[0] if isinstance(data, list) and data else data
        if not isinstance(first, dict) or first.get("type") not in LATEST:
            continue
        include = parse_qs(urlsplit(example.url).query).get("include", [""])[0]
        yield pytest.param(
            example.body.encode(),
            LATEST[first["type"]],
            isinstance(data, list),
            tuple(include.split(",")) if include else (),
            id=f"{example.request} / {example.name}",
        )


def _fake_answers() -> Iterator[Any]:
    for version in VERSIONS:
        client_module = importlib.import_module(f"didww_gen.{version}")
        fake = importlib.import_module(f"didww_gen.{version}.testing").FakeDidww(random_seed=29)
        client = fake.client()
        for name, member in vars(client_module.DidwwClient).items():
            if not isinstance(member, cached_property):
                continue
            repository = getattr(client, name)
            model, path = repository._model, repository._path
            include = tuple(r for r in model.__relationships__ if _get(fake, path, (r,))[0] == 200)
            for asked in {(), include}:
                status, body = _get(fake, path, asked)
                if status != 200:
                    continue
                many = isinstance(json.loads(body)["data"], list)
                yield pytest.param(body, model, many, asked, id=f"{version} {name} include={','.join(asked)}")
                data = json.loads(body)["data"]
                if isinstance(data, list) and data:
                    status, one = _get(fake, f"{path}/{data[0]['id']}", asked)
                    if status == 200:
                        yield pytest.param(
                            one, model, False, asked, id=f"{version} {name}/id include={','.join(asked)}"
                        )


def _get(fake: Any, path: str, include: tuple[str, ...]) -> tuple[int, bytes]:
    query = f"?include={','.join(include)}" if include else ""
    status, _, body = fake.handle("GET", f"{BASE}/{path}{query}", {"Api-Key": "equivalence"}, b"")
    return status, body


SHAPES: dict[str, tuple[Callable[[], bytes], type[Resource], bool, tuple[str, ...]]] = {
    "a": (lambda: payloads.dids_with_orders(30), Did, True, ("order",)),
    "b": (lambda: payloads.available_dids(40), AvailableDid, True, ("did_group", "did_group.stock_keeping_units")),
    "d": (lambda: payloads.sip_trunks(12), VoiceInTrunk, True, ()),
    "e": (payloads.did, Did, False, ()),
}


def _all_relationships(case: Case) -> tuple[str, ...]:
    return tuple(case.model.__relationships__)


# -- the tests -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "model", "many", "include"), list(_examples()))
def test_every_reference_example_decodes_the_same_on_both_paths(
    body: bytes, model: type[Resource], many: bool, include: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    _same(body, model, many, include, monkeypatch=monkeypatch)


def test_the_fast_path_takes_most_reference_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    taken = [_same(*case.values, monkeypatch=monkeypatch) for case in _examples()]
    assert len(taken) >= 25
    assert sum(taken) >= 0.8 * len(taken), f"{sum(taken)} of {len(taken)}"


@pytest.mark.parametrize(("body", "model", "many", "include"), list(_fake_answers()))
def test_every_fake_answer_of_both_versions_decodes_the_same_on_both_paths(
    body: bytes, model: type[Resource], many: bool, include: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    _same(body, model, many, include, monkeypatch=monkeypatch)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_benchmark_shapes_take_the_fast_path_and_decode_the_same(
    shape: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body, model, many, include = SHAPES[shape]
    assert _same(body(), model, many, include, monkeypatch=monkeypatch)


@pytest.mark.parametrize("case", CORPUS, ids=repr)
def test_every_fuzz_corpus_document_decodes_the_same_on_both_paths(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    many = isinstance(case.raw["data"], list)
    assert _same(case.body, case.model, many, _all_relationships(case), monkeypatch=monkeypatch) or case.raw.get(
        "included"
    )
    _same(case.body, case.model, many, (), monkeypatch=monkeypatch)


SCALARS = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=12)
JSON = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
)


@FUZZ
@given(st.data())
def test_a_value_replaced_anywhere_gives_the_same_outcome_on_both_paths(data: st.DataObject) -> None:
    case: Case = data.draw(st.sampled_from(CORPUS))
    where = data.draw(st.sampled_from(list(places(case.raw))))
    value = data.draw(JSON | st.just(...) | st.sampled_from(["", "x", "dids", "2026-01-01", "10", 1, 1.5, True]))
    body = json.dumps(replaced(case.raw, where, value)).encode()
    many = isinstance(case.raw["data"], list)
    with pytest.MonkeyPatch.context() as monkeypatch:
        try:
            slow = _document_view(_slow(body, case.model, many, monkeypatch))
        except DidwwClientError:
            slow = None
    fast_doc = decode_fast(body, case.model, many, _all_relationships(case))
    if fast_doc is not None:
        assert slow is not None
        assert _document_view(fast_doc) == slow


def test_what_the_fast_path_leaves_to_the_per_resource_path(monkeypatch: pytest.MonkeyPatch) -> None:
    base = json.loads(payloads.dids_with_orders(2))
    include = ("order",)

    def taken(change: Any) -> bool:
        document = json.loads(json.dumps(base))
        change(document)
        body = json.dumps(document).encode()
        _same(body, Did, True, include, monkeypatch=monkeypatch)
        return decode_fast(body, Did, True, include) is not None

    assert taken(lambda d: None)
    assert not taken(lambda d: d["data"][0]["attributes"].update(brand_new=1))  # unknown attribute
    assert not taken(lambda d: d["data"][0]["relationships"].update(brand_new={"data": None}))  # unknown relationship
    assert not taken(lambda d: d["data"][0]["attributes"].update(capacity_limit="shared"))  # off-type value
    assert not taken(lambda d: d["data"][0]["attributes"].update(created_at="10"))  # not ISO 8601 text
    assert not taken(lambda d: d["data"][0].update(id=""))  # empty id
    assert not taken(lambda d: d["data"][0].update(type="orders"))  # another type
    assert not taken(lambda d: d["data"][0].update(meta={"x": 1}))  # meta where Did takes none
    assert not taken(lambda d: d["included"].append({"type": "pops", "id": "p"}))  # a type not asked for
    assert not taken(lambda d: d["included"].append({"type": "brand_new", "id": "p"}))  # an unknown type
    assert not taken(lambda d: d["included"][0]["attributes"]["items"][0]["attributes"].update(extra=1))  # nested
    assert not taken(lambda d: d["included"][0]["attributes"]["items"][0].update(type="brand_new_items"))
    assert not taken(lambda d: d["included"][0]["attributes"]["items"][0].update(attributes={**{"x": 1}}))
    assert not taken(lambda d: d["included"][0]["attributes"]["items"][0].pop("type"))
    assert taken(lambda d: d["included"][0]["attributes"]["items"][0].update(meta={"at": "top"}))  # not a member
    assert not taken(lambda d: d["meta"].update(total_records="many"))  # document meta of another type
    assert not taken(lambda d: d["data"][0]["relationships"]["order"].update(data={"type": "orders"}))  # no id
    assert taken(lambda d: d["meta"].update(extra={"kept": [1, 2]}))  # meta members the spec does not list
    assert not taken(lambda d: d["data"][0]["attributes"].update(created_at="2026-01-01T10:00:00"))  # naive: UTC
    assert taken(lambda d: d["data"][0]["attributes"].update(created_at="2026-01-01T10:00:00+02:00"))
    assert not taken(lambda d: d["data"][0]["attributes"].update(created_at="20260101"))


def test_a_trunk_configuration_with_a_member_it_does_not_know_goes_to_the_per_resource_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = json.loads(payloads.sip_trunks(2))
    document["data"][1]["attributes"]["configuration"]["attributes"]["brand_new"] = {"kept": True}
    body = json.dumps(document).encode()
    assert decode_fast(body, VoiceInTrunk, True, ()) is None
    assert not _same(body, VoiceInTrunk, True, (), monkeypatch=monkeypatch)
    trunk = decode_document(body, VoiceInTrunk, many=True).data[1]
    assert trunk.configuration.unknown_attributes == {"brand_new": {"kept": True}}
    document["data"][1]["attributes"]["configuration"]["type"] = "brand_new_configurations"
    assert decode_fast(json.dumps(document).encode(), VoiceInTrunk, True, ()) is None


@pytest.mark.parametrize("value", [1.0, True, "1", 2**70, 999, 1.5, None])
def test_an_integer_enum_value_decodes_the_same_on_both_paths(value: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    document = json.loads(payloads.sip_trunks(1))
    configuration = document["data"][0]["attributes"]["configuration"]["attributes"]
    enum_wires = [w for w, v in configuration.items() if type(v) is int and w.endswith("_format_id")]
    assert enum_wires
    configuration[enum_wires[0]] = value
    taken = _same(json.dumps(document).encode(), VoiceInTrunk, True, (), monkeypatch=monkeypatch)
    if value in (999, None) or type(value) is not int:  # an unknown value is kept as a pseudo-member on both paths
        assert taken == (value in (999, None))


def test_included_types_follow_the_include_paths() -> None:
    assert included_types(AvailableDid, ("did_group", "did_group.stock_keeping_units")) == {
        "did_groups",
        "stock_keeping_units",
    }
    assert included_types(Did, ("order", "no_such")) == {"orders"}
    assert included_types(Did, ()) == frozenset()


def test_a_known_nested_object_with_members_it_does_not_know_keeps_them_on_the_per_resource_path() -> None:
    document = json.loads(payloads.dids_with_orders(1))
    document["included"][0]["attributes"]["items"][0]["attributes"]["extra"] = 1
    doc = decode_document(json.dumps(document).encode(), Did, many=True, include=("order",))
    assert doc.included[0].items[0].__dict__[UNKNOWN_MEMBERS] == {"extra": 1}


def test_a_small_document_takes_the_fast_path_from_the_second_of_its_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[bool] = []
    real = _fast_decode.decode_fast

    def spy(*args: Any) -> Any:
        found = real(*args)
        taken.append(found is not None)
        return found

    monkeypatch.setattr(_fast_decode, "decode_fast", spy)
    monkeypatch.setattr("didww_gen._decoding._SMALL_SEEN", set())
    body = payloads.did()
    assert len(body) < SMALL
    first = decode_document(body, Did, many=False)
    second = decode_document(body, Did, many=False)
    assert taken == [True]  # the first went resource by resource, without the fast path
    assert _document_view(first) == _document_view(second)
    large = payloads.dids_with_orders(60)
    assert len(large) >= SMALL
    decode_document(large, Did, many=True, include=("order",))
    assert taken == [True, True]  # a large one from its first
