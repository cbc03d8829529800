"""Every example of each version's reference collection goes through that version's package (see conformance.py)."""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable

import conformance
import pytest

from codegen import derive
from codegen.__main__ import ROOT
from codegen.reference import Example, RequestExample, missing_reason, request_examples
from codegen.versions import load, package_name

VERSIONS = load(ROOT).versions
PUBLISHED = load(ROOT).published
# the conformance tier: read from DIDWW's reference documents, skipped (with the reason) where they are missing
AVAILABLE = {v: missing_reason(v, "postman") is None for v in VERSIONS}
RESPONSES = [(v, e) for v in VERSIONS if AVAILABLE[v] for e in conformance.response_examples(v)]
REQUESTS = [(v, e) for v in VERSIONS if AVAILABLE[v] for e in request_examples(v)]
# without the reference a parametrized test still shows once, skipped with the reason (not "empty parameter set")
PLACEHOLDER = [pytest.param(None, None, id="reference-missing")]


@pytest.mark.reference("postman")
@pytest.mark.parametrize(
    ("version", "ex"), [pytest.param(v, e, id=f"{v}/{e.request}/{e.name}") for v, e in RESPONSES] or PLACEHOLDER
)
def test_response_example_decodes_into_typed_fields(version: str, ex: Example) -> None:
    report = conformance.ResponseReport()
    conformance.check_response(ex, report, version)
    assert report.unknown == []
    assert report.resources > 0 or report.malformed


@pytest.mark.reference("postman")
@pytest.mark.parametrize(
    ("version", "ex"), [pytest.param(v, e, id=f"{v}/{e.request}/{e.source}") for v, e in REQUESTS] or PLACEHOLDER
)
def test_request_example_is_reproduced(version: str, ex: RequestExample) -> None:
    assert conformance.check_request(ex, conformance.Tolerated(), version) == []


@pytest.mark.reference("postman")
@pytest.mark.parametrize("version", VERSIONS)
def test_the_collection_is_covered(version: str) -> None:
    """The examples reach every resource type and every write endpoint of the version's spec."""
    resources = importlib.import_module(f"didww_gen.{package_name(version)}.resources")
    report = conformance.ResponseReport()
    responses = [e for v, e in RESPONSES if v == version]
    for ex in responses:
        conformance.check_response(ex, report, version)
    assert set(conformance.models_of(version)) - report.types == set()
    requests = [e for v, e in REQUESTS if v == version]
    written = {e.path for e in requests}
    repositories = [getattr(resources, n) for n in resources.__all__ if hasattr(getattr(resources, n), "_path")]
    writable = {r._path for r in repositories if hasattr(r, "create") or hasattr(r, "update")}
    writable -= {"encrypted_files"}  # its create is the multipart upload, not a JSON:API document
    assert len(responses) > 150 and len(requests) > 60
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


def _every_published_document(test: Callable[[], None]) -> Callable[[], None]:
    """``test`` marked as reading every document DIDWW published, of every version."""
    for version in VERSIONS:
        for kind in PUBLISHED.get(version, ()):
            test = pytest.mark.reference(kind, version=version)(test)
    return test


@_every_published_document
def test_the_derived_seed_and_example_fixture_are_fresh() -> None:
    """The committed files derived from the reference (``make seed``: every version's) match what it derives today."""
    assert derive.stale(derive.every_derived_file(None)) == []
