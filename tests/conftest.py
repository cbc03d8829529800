"""Shared fixtures: a client on an ``httpx.MockTransport`` that records every request it is sent.

Two tiers: everything runs from a clone alone, on committed fixtures; tests marked ``reference`` read DIDWW's
published documents (``DIDWW_REFERENCE_DIR``, default ``../shared/reference``) and are skipped, with the one-line
reason, where those are missing. ``DIDWW_REQUIRE_REFERENCE=1`` (CI) turns a missing reference into a failure.
"""

from __future__ import annotations

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
from codegen.reference import Example, missing_reason
from didww_gen import DidwwClient

Reply = httpx.Response | Callable[[httpx.Request], httpx.Response]

REFERENCE_MISSING = missing_reason()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "reference: reads DIDWW's reference documents (the conformance tier)")
    if REFERENCE_MISSING and os.environ.get("DIDWW_REQUIRE_REFERENCE") == "1":
        raise pytest.UsageError(f"the conformance tier is required (DIDWW_REQUIRE_REFERENCE=1): {REFERENCE_MISSING}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if REFERENCE_MISSING:
        skip = pytest.mark.skip(reason=f"conformance tier: {REFERENCE_MISSING}")
        for item in items:
            if item.get_closest_marker("reference"):
                item.add_marker(skip)


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
