"""Shared fixtures: a client on an ``httpx.MockTransport`` that records every request it is sent.

Two tiers: everything runs from a clone alone, on committed fixtures; tests marked ``reference`` read DIDWW's
published documents (``DIDWW_REFERENCE_DIR``, default ``../shared/reference``) and are skipped, with the one-line
reason, where those are missing. The tier is per version and per document: ``@pytest.mark.reference(kind,
version=...)`` (kind ``openapi`` or ``postman``; None: every document the version has; the version: the marker's,
else the test's ``version`` parameter, else the latest), one marker per document a test reads. A version runs the
tier of the documents DIDWW published for it (``spec/versions.yaml`` ``published``). ``DIDWW_REQUIRE_REFERENCE=1``
(CI) turns a missing published document into a failure, and never fails for one DIDWW did not publish.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from spec_editing import SPEC

from codegen.fixtures import example
from codegen.reference import Example, missing_reason, required_missing
from didww_gen.v2026_04_16 import DidwwClient

Reply = httpx.Response | Callable[[httpx.Request], httpx.Response]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "reference(kind=None, version=None): reads DIDWW's reference documents (the conformance tier)"
    )
    if os.environ.get("DIDWW_REQUIRE_REFERENCE") == "1":
        missing = required_missing()
        if missing:
            raise pytest.UsageError(
                "the conformance tier is required (DIDWW_REQUIRE_REFERENCE=1): " + "; ".join(missing)
            )


def reference_reason(item: pytest.Item) -> str | None:
    """Why the reference tier of ``item`` cannot run (the first of its markers' kinds and versions that cannot), or
    None; a test reading several documents has one marker per document."""
    params = getattr(item, "callspec", None)
    for marker in item.iter_markers("reference"):
        kind = marker.kwargs.get("kind", marker.args[0] if marker.args else None)
        version = marker.kwargs.get("version") or (params.params.get("version") if params is not None else None)
        reason = _missing_reason(version if isinstance(version, str) else None, kind)
        if reason:
            return reason
    return None


_missing_reason = functools.cache(missing_reason)  # asked once per version and kind, not once per test


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        reason = reference_reason(item)
        if reason:
            item.add_marker(pytest.mark.skip(reason=f"conformance tier: {reason}"))


def jsonapi(status: int, body: str | bytes | dict[str, Any]) -> httpx.Response:
    content = json.dumps(body).encode() if isinstance(body, dict) else body
    return httpx.Response(status, content=content, headers={"Content-Type": "application/vnd.api+json"})


def from_example(ex: Example) -> httpx.Response:
    return jsonapi(ex.status, ex.body.encode())


@dataclass
class Recorder:
    """Serves the queued replies in order and keeps every request."""

    replies: list[Reply] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = self.replies.pop(0)
        return reply(request) if callable(reply) else reply

    def serve(self, *replies: Reply) -> Recorder:
        self.replies.extend(replies)
        return self

    def serve_example(self, request: str, name: str | None = None) -> Recorder:
        return self.serve(from_example(example(request, name)))

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> DidwwClient:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return DidwwClient(api_key="test-key-123", http_client=http, max_retries=0)


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    """A copy of the latest version's spec to edit, under ``tmp_path/spec/<version>``."""
    target = tmp_path / "spec" / SPEC.name
    shutil.copytree(SPEC, target)
    return target
