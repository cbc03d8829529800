"""The reference examples the unit tests and benchmarks use, derived once and committed beside the tests.

``tests/fixtures/reference_examples.json`` lists the wanted examples (``wanted``: request name and example
name, or null for a request's first 2xx example) and holds each one as the reference documents it.
``python -m codegen derive`` (``make seed``) refreshes it from the reference; everything else reads the
committed file, so a clone without ``../shared`` runs the unit tests. To use a new example in a test, add its
names to ``wanted`` and run ``make seed``.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

from codegen import reference
from codegen.reference import Example

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "reference_examples.json"
VERSION = "2026-04-16"
"""The API version whose Postman collection the fixture is derived from: the one the unit tests name."""

Wanted = tuple[str, "str | None"]


def _read() -> dict[str, Any]:
    with FIXTURE.open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle)
    return document


@cache
def _examples() -> tuple[Example, ...]:
    return tuple(Example(**entry) for entry in _read()["examples"])


def example(request: str, name: str | None = None) -> Example:
    """The committed example of ``request`` named ``name`` (or its first 2xx example)."""
    for candidate in _examples():
        if candidate.request == request and (name == candidate.name or (name is None and candidate.status < 300)):
            return candidate
    raise KeyError(f"no committed example {request!r} / {name!r}: add it to 'wanted' in {FIXTURE.name}, run make seed")


def examples() -> tuple[Example, ...]:
    """Every committed example, in the reference's order."""
    return _examples()


def wanted() -> list[Wanted]:
    """The examples the committed fixture is asked to hold."""
    return [(request, name) for request, name in _read()["wanted"]]


def build_fixture(wanted: list[Wanted], version: str) -> str:
    """The fixture's text: ``wanted`` and every example it names, from the reference collection of ``version``."""
    chosen = {reference.example(request, name, version) for request, name in wanted}
    ordered = [asdict(ex) for ex in reference.examples(version) if ex in chosen]
    document = {
        "generated": f"from {reference.collection_path(version).name} by `make seed`, do not edit (except 'wanted')",
        "wanted": sorted([list(pair) for pair in set(wanted)], key=lambda pair: (pair[0], pair[1] or "")),
        "examples": ordered,
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
