"""Every example of the reference collection goes through the SDK (data-driven; see conformance.py)."""

from __future__ import annotations

from collections import Counter

import conformance
import pytest

from codegen.reference import Example, RequestExample, request_examples

RESPONSES = conformance.response_examples()
REQUESTS = request_examples()


@pytest.mark.parametrize("ex", RESPONSES, ids=[f"{e.request}/{e.name}" for e in RESPONSES])
def test_response_example_decodes_into_typed_fields(ex: Example) -> None:
    report = conformance.ResponseReport()
    conformance.check_response(ex, report)
    assert report.unknown == []
    assert report.resources > 0


@pytest.mark.parametrize("ex", REQUESTS, ids=[f"{e.request}/{e.source}" for e in REQUESTS])
def test_request_example_is_reproduced(ex: RequestExample) -> None:
    assert conformance.check_request(ex, conformance.Tolerated()) == []


def test_the_collection_is_covered() -> None:
    """The examples reach every resource type and every write endpoint of the spec."""
    from didww_gen import resources
    from didww_gen.models import MODELS

    report = conformance.ResponseReport()
    for ex in RESPONSES:
        conformance.check_response(ex, report)
    assert set(MODELS) - report.types == set()
    written = {e.path for e in REQUESTS}
    repositories = [getattr(resources, name) for name in resources.__all__]
    writable = {r._path for r in repositories if hasattr(r, "create") or hasattr(r, "update")}
    writable -= {"encrypted_files"}  # its create is the multipart upload, not a JSON:API document
    assert len(RESPONSES) > 150 and len(REQUESTS) > 80
    assert writable - written == set()


def test_a_wrong_body_is_reported() -> None:
    """The comparison itself can fail: a changed value and a missing key are both problems."""
    tolerated = conformance.Tolerated()
    problems: list[str] = []
    conformance.compare({"a": 1, "b": {"c": "x"}}, {"a": 2, "b": {}}, "", tolerated, problems)
    assert problems == [".a: example 1, sent 2", ".b.c: in the example, not sent"]
    conformance.compare({"a": "true"}, {"a": True}, "", tolerated, problems)
    assert tolerated.kinds == Counter({"value written in another JSON type than documented": 1})
    assert tolerated.details == Counter({"a: example 'true', sent True": 1})
