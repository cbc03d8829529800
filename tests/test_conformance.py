"""Every example of the reference collection goes through the SDK (data-driven; see conformance.py)."""

from __future__ import annotations

from collections import Counter

import conformance
import pytest

from codegen import derive
from codegen.reference import Example, RequestExample, missing_reason, request_examples

# the conformance tier: read from DIDWW's reference documents, skipped (with the reason) where they are missing
AVAILABLE = missing_reason() is None
RESPONSES = conformance.response_examples() if AVAILABLE else []
REQUESTS = request_examples() if AVAILABLE else ()
# without the reference a parametrized test still shows once, skipped with the reason (not "empty parameter set")
PLACEHOLDER = [pytest.param(None, id="reference-missing")]


@pytest.mark.reference
@pytest.mark.parametrize("ex", [pytest.param(e, id=f"{e.request}/{e.name}") for e in RESPONSES] or PLACEHOLDER)
def test_response_example_decodes_into_typed_fields(ex: Example) -> None:
    report = conformance.ResponseReport()
    conformance.check_response(ex, report)
    assert report.unknown == []
    assert report.resources > 0


@pytest.mark.reference
@pytest.mark.parametrize("ex", [pytest.param(e, id=f"{e.request}/{e.source}") for e in REQUESTS] or PLACEHOLDER)
def test_request_example_is_reproduced(ex: RequestExample) -> None:
    assert conformance.check_request(ex, conformance.Tolerated()) == []


@pytest.mark.reference
def test_the_collection_is_covered() -> None:
    """The examples reach every resource type and every write endpoint of the spec."""
    from didww_gen import resources
    from didww_gen.models import MODELS

    report = conformance.ResponseReport()
    for ex in RESPONSES:
        conformance.check_response(ex, report)
    assert set(MODELS) - report.types == set()
    written = {e.path for e in REQUESTS}
    repositories = [getattr(resources, n) for n in resources.__all__ if hasattr(getattr(resources, n), "_path")]
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


@pytest.mark.reference
def test_the_derived_seed_and_example_fixture_are_fresh() -> None:
    """The committed files derived from the reference (``make seed``) match what it derives today."""
    assert derive.stale(derive.every_derived_file(None)) == []
