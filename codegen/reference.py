"""DIDWW's published reference documents, located by API version in ``DIDWW_REFERENCE_DIR``.

Only the steps that need them read these files: deriving the fake's seed (``make seed``), the conformance tier
of the tests, and the spec importer. The folder defaults to ``../shared/reference`` beside the checkout and holds
``postman/didww-api3-<version>.postman_collection.json`` and ``openapi/didww-api3-<version>.openapi.json``.
A missing file is a :class:`ReferenceMissing` whose message is one line: what is missing and how to point at it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE_DIR = ROOT.parent / "shared" / "reference"
REFERENCE_ENV = "DIDWW_REFERENCE_DIR"


class ReferenceMissing(Exception):
    """A reference document is not where the settings point; the message says how to point at it."""


def reference_dir() -> Path:
    """The folder of DIDWW's reference documents: ``$DIDWW_REFERENCE_DIR``, else ``../shared/reference``."""
    configured = os.environ.get(REFERENCE_ENV)
    return Path(configured).expanduser().resolve() if configured else DEFAULT_REFERENCE_DIR


def latest_version() -> str:
    """The API version ``didww_gen`` re-exports (``spec/versions.yaml``): the default of every lookup here."""
    from codegen.versions import load

    return load(ROOT).latest


def _document(kind: str, version: str | None) -> Path:
    version = version or latest_version()
    suffix = {"postman": "postman_collection.json", "openapi": "openapi.json"}[kind]
    path = reference_dir() / kind / f"didww-api3-{version}.{suffix}"
    if not path.is_file():
        raise ReferenceMissing(
            f"DIDWW's {kind} document for API {version} is not at {path}: "
            f"set {REFERENCE_ENV} to the folder holding postman/ and openapi/ (default ../shared/reference)"
        )
    return path


def collection_path(version: str | None = None) -> Path:
    """The Postman collection of API ``version`` (raises :class:`ReferenceMissing` if it is not there)."""
    return _document("postman", version)


def openapi_path(version: str | None = None) -> Path:
    """The OpenAPI document of API ``version`` (raises :class:`ReferenceMissing` if it is not there)."""
    return _document("openapi", version)


def published(version: str | None = None) -> tuple[str, ...]:
    """The kinds of document DIDWW published for API ``version`` (``spec/versions.yaml`` ``published``)."""
    from codegen.versions import load

    registry = load(ROOT)
    return registry.published.get(version or registry.latest, ())


def missing_reason(version: str | None = None, kind: str | None = None) -> str | None:
    """Why the reference tier of ``kind`` (None: of every document DIDWW published) cannot run for ``version``
    (one line), or None when it can. A kind DIDWW never published for the version is a reason too, but never
    one CI fails for (see :func:`required_missing`)."""
    version = version or latest_version()
    kinds = published(version)
    if kind is not None and kind not in kinds:
        return f"DIDWW published no {kind} document for API {version} (spec/versions.yaml `published`)"
    if not kinds:
        return f"DIDWW published no reference document for API {version} (spec/versions.yaml `published`)"
    for each in (kind,) if kind is not None else kinds:
        try:
            _document(each, version)
        except ReferenceMissing as exc:
            return str(exc)
    return None


def required_missing() -> list[str]:
    """Every document DIDWW published for a registered version that is not in the reference folder: what CI
    (``DIDWW_REQUIRE_REFERENCE=1``) fails for. One published for no version is never required."""
    from codegen.versions import load

    registry = load(ROOT)
    reasons = [missing_reason(v, kind) for v in registry.versions for kind in registry.published.get(v, ())]
    return [reason for reason in reasons if reason is not None]


@cache
def _collection(version: str | None = None) -> dict[str, Any]:
    with collection_path(version).open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle)
    return document


@dataclass(frozen=True)
class Example:
    """One saved response of one request of the collection."""

    request: str
    name: str
    method: str
    url: str
    status: int
    body: str
    request_body: str


def _walk(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        if "item" in item:
            yield from _walk(item["item"])
        else:
            yield item


@cache
def examples(version: str | None = None) -> tuple[Example, ...]:
    """Every saved response example of the collection of API ``version``."""
    collection = _collection(version)
    found = []
    for item in _walk(collection["item"]):
        for response in item.get("response", []):
            original = response.get("originalRequest") or item["request"]
            url = original["url"]["raw"] if isinstance(original.get("url"), dict) else str(original.get("url", ""))
            found.append(
                Example(
                    request=item["name"],
                    name=response["name"],
                    method=original.get("method", item["request"]["method"]),
                    url=url,
                    status=int(response.get("code") or 200),
                    body=response.get("body") or "",
                    request_body=(original.get("body") or {}).get("raw", ""),
                )
            )
    return tuple(found)


@dataclass(frozen=True)
class RequestExample:
    """One documented request body of a create or update endpoint."""

    request: str
    method: str
    path: str
    body: dict[str, Any]
    source: str


_JSON_BLOCK = re.compile(r"```\s*json\s*\n(.*?)```", re.S)


def _request_bodies(item: dict[str, Any]) -> Iterator[tuple[str, str]]:
    request = item["request"]
    description = request.get("description") or ""
    if isinstance(description, dict):
        description = description.get("content", "")
    for number, block in enumerate(_JSON_BLOCK.findall(description), 1):
        yield f"description block {number}", block
    if (request.get("body") or {}).get("raw"):
        yield "request body", request["body"]["raw"]
    for response in item.get("response", []):
        raw = ((response.get("originalRequest") or {}).get("body") or {}).get("raw")
        if raw and int(response.get("code") or 200) < 300:
            yield f"example {response['name']!r}", raw


@cache
def request_examples(version: str | None = None) -> tuple[RequestExample, ...]:
    """Every distinct JSON:API request body documented for a POST or PATCH (descriptions and examples)."""
    collection = _collection(version)
    found: dict[tuple[str, str], RequestExample] = {}
    for item in _walk(collection["item"]):
        method = item["request"]["method"]
        if method not in ("POST", "PATCH"):
            continue
        path = _route_key(method, item["request"]["url"]["raw"])[1]
        for source, raw in _request_bodies(item):
            try:
                body = json.loads(raw)
            except ValueError:
                continue
            if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
                continue
            key = (item["name"], json.dumps(body, sort_keys=True))
            found.setdefault(key, RequestExample(item["name"], method, path, body, source))
    return tuple(found.values())


@cache
def definition_examples(version: str | None = None) -> tuple[Example, ...]:
    """The resource examples of the "Definitions" folder, each wrapped as a response document."""
    collection = _collection(version)
    definitions = next(item for item in collection["item"] if item["name"] == "Definitions")
    found = []
    for item in _walk_all(definitions["item"]):
        for number, block in enumerate(_JSON_BLOCK.findall(item.get("description") or ""), 1):
            try:
                body = json.loads(block)
            except ValueError:
                continue
            if isinstance(body, dict) and "id" in body and "type" in body:
                body = {"data": body}
            if isinstance(body, dict) and isinstance(body.get("data"), dict):
                name = f"example {number}"
                found.append(Example(f"Definitions/{item['name']}", name, "GET", "", 200, json.dumps(body), ""))
    return tuple(found)


def _walk_all(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        yield item
        yield from _walk_all(item.get("item", []))


def example(request: str, name: str | None = None, version: str | None = None) -> Example:
    """The example of ``request`` named ``name`` (or its first 2xx example) in the collection of ``version``."""
    for candidate in examples(version):
        if candidate.request == request and (name == candidate.name or (name is None and candidate.status < 300)):
            return candidate
    raise KeyError(f"no reference example {request!r} / {name!r}")


def _route_key(method: str, url: str) -> tuple[str, str, bool]:
    path = url.split("?", 1)[0].split("/v3/", 1)[-1].strip("/")
    segments = path.split("/")
    return method.upper(), segments[0], len(segments) > 1
