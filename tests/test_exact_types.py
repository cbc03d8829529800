"""Exact types at run time: a field that holds no value raises ``DidwwClientError`` instead of answering ``None``.

Loaded models are typed without ``None`` where the API always answers (tests/typing/ checks the types); these
tests check the other side of that promise: reading a field nobody set says which field, on which class,
and how to load it, and every value that was set (``None`` included) reads back as it is.
"""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from didww_gen._decoding import decode_document
from didww_gen.errors import DidwwClientError
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.models import Did, SipConfiguration, VoiceInTrunk
from didww_gen.v2026_04_16.testing import FakeDidww


@pytest.fixture(scope="module")
def client() -> DidwwClient:
    return FakeDidww().client()


def test_a_locally_built_model_reads_what_was_set_and_refuses_the_rest() -> None:
    did = Did(description="office", capacity_limit=None)
    assert did.description == "office" and did.capacity_limit is None  # None set explicitly is a value
    with pytest.raises(DidwwClientError, match=r"^Did\.number was never set: this Did was built locally"):
        print(did.number)
    with pytest.raises(DidwwClientError, match=r"Did\.voice_in_trunk was never set.*find\(\) or list\(\)"):
        print(did.voice_in_trunk)
    with pytest.raises(DidwwClientError, match=r"^Did\.id was never set: .*no id until it is created"):
        print(did.id)
    assert not did.is_loaded("id") and did.is_loaded("description")


def test_a_reference_has_its_id_and_says_it_is_only_a_reference() -> None:
    ref = Did.ref("d1")
    assert ref.id == "d1"
    with pytest.raises(DidwwClientError, match=r"^Did\.number is not loaded: this Did is only a reference"):
        print(ref.number)
    ref.description = None
    assert ref.description is None  # assigned: readable, and sent as null


def test_a_nested_object_refuses_an_unset_member() -> None:
    sip = SipConfiguration(host="sip.example.com")
    assert sip.host == "sip.example.com"
    with pytest.raises(DidwwClientError, match=r"^SipConfiguration\.port holds no value: the answer did not include"):
        print(sip.port)
    assert sip.is_loaded("host") and not sip.is_loaded("port")


def test_a_relationship_not_included_says_how_to_include_it(client: DidwwClient) -> None:
    did = client.dids.list(page_size=1).data[0]
    assert isinstance(did.number, str) and isinstance(did.id, str)  # always answered
    assert not did.is_loaded("voice_in_trunk")
    with pytest.raises(DidwwClientError, match=r'^Did\.voice_in_trunk was not included.*include=.*"voice_in_trunk"'):
        print(did.voice_in_trunk)
    included = client.dids.find(did.id, include="voice_in_trunk")
    assert included.is_loaded("voice_in_trunk")
    assert included.voice_in_trunk is None or isinstance(included.voice_in_trunk, VoiceInTrunk)


def test_an_attribute_absent_from_the_response_is_not_a_silent_none() -> None:
    body = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "1609", "description": None}}}
    did = decode_document(json.dumps(body).encode(), Did, many=False).data
    assert did.number == "1609" and did.description is None  # sent as null: None is the answer
    with pytest.raises(DidwwClientError, match=r"^Did\.created_at was not loaded: the answer did not include it"):
        print(did.created_at)


def test_class_access_copies_dumps_and_pickles_are_unaffected() -> None:
    assert not hasattr(Did, "number") and "number" in Did.model_fields  # fields stay pydantic fields
    did = Did.ref("d1")
    did.description = "x"
    assert copy.deepcopy(did) == did and pickle.loads(pickle.dumps(did)) == did
    assert did.model_dump()["number"] is None and "number" not in repr(did)


def test_a_subclass_keeps_the_fields_and_the_guard() -> None:
    class MyDid(Did):
        pass

    assert MyDid.model_fields.keys() == Did.model_fields.keys()
    assert MyDid.ref("d2").id == "d2"
    with pytest.raises(DidwwClientError, match=r"^MyDid\.number is not loaded"):
        print(MyDid.ref("d2").number)


def test_from_env_refuses_an_unknown_option(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIDWW_API_KEY", "k")
    with pytest.raises(DidwwClientError, match=r"^from_env\(\) has no option max_retry: it takes .*max_retries"):
        DidwwClient.from_env(max_retry=3)  # type: ignore[call-arg]  # mypy refuses it too
    with DidwwClient.from_env(max_retries=3) as configured:
        assert configured.max_retries == 3


def test_importing_a_name_the_package_lacks_fails() -> None:
    with pytest.raises(ImportError):
        from didww_gen.v2026_04_16.models import NoSuchModel  # type: ignore[attr-defined]  # noqa: F401
    from didww_gen.v2026_04_16.resources import DidsFilter, DidsInclude, DidsSort

    assert DidsFilter.__annotations__ and DidsInclude and DidsSort
