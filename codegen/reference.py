"""Read the official reference collection (Postman v2.1 JSON) in ``../shared/reference/postman``.

Used by the tests (response bodies are read at test time, never copied by hand) and by ``make demo``.
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
DEFAULT_COLLECTION = ROOT.parent / "shared" / "reference" / "postman" / "didww-api3-2026-04-16.postman_collection.json"


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


def collection_path() -> Path:
    return Path(os.environ.get("DIDWW_REFERENCE_COLLECTION", DEFAULT_COLLECTION))


def _walk(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        if "item" in item:
            yield from _walk(item["item"])
        else:
            yield item


@cache
def examples() -> tuple[Example, ...]:
    """Every saved response example of the collection."""
    with collection_path().open(encoding="utf-8") as handle:
        collection = json.load(handle)
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
def request_examples() -> tuple[RequestExample, ...]:
    """Every distinct JSON:API request body documented for a POST or PATCH (descriptions and examples)."""
    with collection_path().open(encoding="utf-8") as handle:
        collection = json.load(handle)
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
def definition_examples() -> tuple[Example, ...]:
    """The resource examples of the "Definitions" folder, each wrapped as a response document."""
    with collection_path().open(encoding="utf-8") as handle:
        collection = json.load(handle)
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


def example(request: str, name: str | None = None) -> Example:
    """The example of ``request`` named ``name`` (or its first 2xx example)."""
    for candidate in examples():
        if candidate.request == request and (name == candidate.name or (name is None and candidate.status < 300)):
            return candidate
    raise KeyError(f"no reference example {request!r} / {name!r}")


def _route_key(method: str, url: str) -> tuple[str, str, bool]:
    path = url.split("?", 1)[0].split("/v3/", 1)[-1].strip("/")
    segments = path.split("/")
    return method.upper(), segments[0], len(segments) > 1


def reference_handler(recorded: list[Any] | None = None) -> Any:
    """An ``httpx.MockTransport`` handler answering each request with a matching reference example.

    Examples match on method, collection and whether an id is in the path; one whose query names the
    same ``include`` is preferred. ``recorded`` (if given) receives every request.
    """
    import httpx

    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        if recorded is not None:
            recorded.append(request)
        key = _route_key(request.method, str(request.url))
        include = request.url.params.get("include", "")
        candidates = [e for e in examples() if e.status < 300 and _route_key(e.method, e.url) == key]
        if not candidates:
            return httpx.Response(404, json={"errors": [{"title": "no reference example", "status": "404"}]})
        best = next((e for e in candidates if include and f"include={include}" in e.url), candidates[0])
        return httpx.Response(
            best.status, content=best.body.encode(), headers={"Content-Type": "application/vnd.api+json"}
        )

    return handle
