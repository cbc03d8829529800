"""Read the official reference collection (Postman v2.1 JSON) in ``../shared/reference/postman``.

Used by the tests (response bodies are read at test time, never copied by hand) and by ``make demo``.
"""

from __future__ import annotations

import json
import os
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
