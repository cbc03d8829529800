"""Facts from a Postman collection (v2.1) of DIDWW's API documentation: what its examples and definitions show.

A collection is an incomplete witness: an attribute no example shows may still exist, so its facts carry
``complete=False`` and a merge only adds and widens. Read are: the resource types and collection paths of
the requests; the operations their methods show; attribute types inferred from example values (refined by
the "Definitions" folder's model lines: kinds, nullability, listed enum members, relationships); what create
and update bodies send; and the query names of the requests (filters, sorts, includes). Prose stays out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from codegen.sources import postman_types as types
from codegen.sources.facts import ApiFacts, FieldFacts, NestedFacts, RelationshipFacts, ResourceFacts
from codegen.sources.postman_models import Definition, definitions

_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}")
_ENVIRONMENT = re.compile(r"#+\s*(\w+) environment:?\s*```\s*(https://\S+?)/?\s*```", re.I)
_ALLOWED_INCLUDE = re.compile(r"^([\w.]+) - \[", re.M)
_ALLOWED_SORT = re.compile(r"^\*\*([\w.]+?)_?\*\* -", re.M)
_FILTER = re.compile(r"^filter\[([\w.]+)\]$")
_JSON_BLOCK = re.compile(r"```\s*json\s*\n(.*?)```", re.S)
_NO_PAGINATION = re.compile(r"pagination\]?(?:\([^)]*\))? is disabled", re.I)
_SKIPPED_META = ("api_version", "total_records")


class PostmanError(Exception):
    """The document is not a Postman collection this importer understands."""


def read(path: Path) -> ApiFacts:
    """The facts of the Postman collection at ``path``."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PostmanError(f"{path}: cannot read the Postman collection ({exc})") from None
    if not is_collection(document):
        raise PostmanError(f"{path}: not a Postman collection (no info.schema naming getpostman.com)")
    return from_collection(document)


def is_collection(document: Any) -> bool:
    """Whether ``document`` (parsed JSON) is a Postman collection: ``info.schema`` names getpostman."""
    info = document.get("info") if isinstance(document, dict) else None
    return isinstance(info, dict) and "getpostman" in str(info.get("schema", ""))


def from_collection(document: dict[str, Any]) -> ApiFacts:
    """The facts of a parsed Postman collection."""
    reader = _Reader(definitions(document))
    for item in _requests(document.get("item") or []):
        reader.request(item)
    info = document.get("info") or {}
    version = _VERSION.search(str(info.get("name", "")))
    description = _text(info.get("description"))
    environments = {name.upper(): url for name, url in _ENVIRONMENT.findall(description)}
    return ApiFacts(
        version.group(0) if version else "",
        str(info.get("name", "")),
        environments,
        reader.resources(),
        reader.nested_facts(),
        complete=False,
        source="postman",
        answers=tuple(reader.answers),
    )


def _text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("content", "")
    return value if isinstance(value, str) else ""


def _requests(items: list[Any]) -> Iterator[dict[str, Any]]:
    """Every request of the collection, outside the Definitions folder."""
    for item in items:
        if not isinstance(item, dict) or item.get("name") == "Definitions":
            continue
        if "item" in item:
            yield from _requests(item.get("item") or [])
        elif isinstance(item.get("request"), dict):
            yield item


def _json(raw: Any) -> dict[str, Any] | None:
    try:
        value = json.loads(raw) if isinstance(raw, str) and raw.strip().startswith("{") else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


@dataclass(frozen=True)
class Route:
    """A request's method and path: the collection (first segment after ``/v3/``) and whether an id follows."""

    method: str
    collection: str
    with_id: bool
    query: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, request: Any) -> Route | None:
        if not isinstance(request, dict):
            return None
        url = request.get("url")
        raw = str(url.get("raw", "")) if isinstance(url, dict) else str(url or "")
        parts = urlsplit(raw.replace("{{host}}", "host"))
        segments = [s for s in parts.path.split("/v3/", 1)[-1].split("/") if s]
        if not segments or "/v3/" not in parts.path:
            return None
        query = tuple(parse_qsl(parts.query, keep_blank_values=True))
        return cls(str(request.get("method", "GET")).upper(), segments[0], len(segments) > 1, query)

    @property
    def operation(self) -> str:
        if self.method == "GET":
            return "find" if self.with_id else "list"
        return {"POST": "create", "PATCH": "update", "DELETE": "delete"}.get(self.method, "")


@dataclass
class _Seen:
    """What the examples show of one resource type so far."""

    attributes: dict[str, FieldFacts] = field(default_factory=dict)
    relationships: dict[str, RelationshipFacts] = field(default_factory=dict)
    meta: dict[str, FieldFacts] = field(default_factory=dict)
    document_meta: dict[str, FieldFacts] = field(default_factory=dict)
    operations: set[str] = field(default_factory=set)
    paths: set[str] = field(default_factory=set)
    single_reads: int = 0  # answers to a read without an id: one object (a singleton) or a list
    list_reads: int = 0
    paginated: bool | None = None
    filters: dict[str, None] | None = None
    sorts: dict[str, None] | None = None
    includes: dict[str, None] | None = None


class _Reader:
    def __init__(self, defined: dict[str, Definition]) -> None:
        self.defined = defined
        self.seen: dict[str, _Seen] = {}
        self.nested: dict[str, dict[str, FieldFacts]] = {}
        self.nested_sides: dict[str, set[str]] = {}
        self.samples: dict[tuple[str, str], set[str]] = {}
        self.routes: list[tuple[Route, str, dict[str, Any]]] = []  # route, the type it serves, the item
        self.answers: list[dict[str, Any]] = []  # the 2xx response example documents, in document order

    def of(self, rtype: str) -> _Seen:
        return self.seen.setdefault(rtype, _Seen())

    # -- values --------------------------------------------------------------------------------
    def fields(self, owner: str, into: dict[str, FieldFacts], values: Any, side: str) -> None:
        """Record every ``name: value`` of an attributes (or meta) object seen on ``side``."""
        if not isinstance(values, dict):
            return
        for name, value in values.items():
            seen = types.of_value(value, lambda wire, attrs: self.nested_object(wire, attrs, side))
            into[name] = types.seen_field(into.get(name), str(name), seen, side)
            if isinstance(value, str):
                samples = self.samples.setdefault((owner, str(name)), set())
                if len(samples) < 64:
                    samples.add(value)

    def nested_object(self, wire: str, attributes: dict[str, Any], side: str) -> None:
        self.nested_sides.setdefault(wire, set()).add(side)
        self.fields(wire, self.nested.setdefault(wire, {}), attributes, side)

    def resource_object(self, data: Any, side: str) -> str:
        """Record one resource object (primary, included or request data); returns its type ("" if none)."""
        if not isinstance(data, dict) or not isinstance(data.get("type"), str):
            return ""
        rtype = str(data["type"])
        seen = self.of(rtype)
        self.fields(rtype, seen.attributes, data.get("attributes"), side)
        meta = data.get("meta")
        if side == "response" and isinstance(meta, dict):
            self.fields(rtype, seen.meta, {k: v for k, v in meta.items() if k not in _SKIPPED_META}, side)
        relationships = data.get("relationships")
        for name, rel in (relationships if isinstance(relationships, dict) else {}).items():
            seen.relationships[name] = types.seen_relationship(seen.relationships.get(name), str(name), rel, side)
        return rtype

    def document(self, body: dict[str, Any], side: str) -> tuple[str, Any]:
        """Record a JSON:API document; returns its primary type and primary data."""
        data = body.get("data")
        primary = ""
        for resource in data if isinstance(data, list) else [data]:
            primary = self.resource_object(resource, side) or primary
        if side == "response":
            for resource in body.get("included") or []:
                self.resource_object(resource, side)
            meta = body.get("meta")
            if primary and isinstance(meta, dict):
                shown = {k: v for k, v in meta.items() if k not in _SKIPPED_META}
                self.fields(primary, self.of(primary).document_meta, shown, side)
        return primary, data

    # -- requests ------------------------------------------------------------------------------
    def request(self, item: dict[str, Any]) -> None:
        route = Route.of(item["request"])
        if route is None:
            return
        side = {"POST": "create", "PATCH": "update"}.get(route.method, "")
        served = ""
        for body in self.request_bodies(item, side):
            served = self.document(body, side)[0] or served
        for example in item.get("response") or []:
            if not isinstance(example, dict):
                continue
            shown = Route.of(example.get("originalRequest")) or route
            answer = _json(example.get("body"))
            if answer is not None and _status(example) < 300:
                self.answers.append(answer)
                primary, data = self.document(answer, "response")
                served = served or primary
                self.shape(route, primary, data, answer)
            self.query_values(shown, served)
        self.routes.append((route, served, item))

    def request_bodies(self, item: dict[str, Any], side: str) -> Iterator[dict[str, Any]]:
        if not side:
            return
        raws = [((item["request"].get("body") or {}).get("raw"))]
        raws += _JSON_BLOCK.findall(_text(item["request"].get("description")))
        for example in item.get("response") or []:
            original = example.get("originalRequest") if isinstance(example, dict) else None
            if isinstance(original, dict) and _status(example) < 300:
                raws.append((original.get("body") or {}).get("raw"))
        for raw in raws:
            body = _json(raw)
            if body is not None and isinstance(body.get("data"), dict):
                yield body

    def shape(self, route: Route, primary: str, data: Any, body: dict[str, Any]) -> None:
        """What a 2xx answer's shape says: a singleton, a list, and whether the list paginates."""
        if not primary or route.method != "GET" or route.with_id:
            return
        seen = self.of(primary)
        if isinstance(data, dict):
            seen.single_reads += 1
            return
        seen.list_reads += 1
        meta, links = body.get("meta") or {}, body.get("links") or {}
        if "total_records" in meta or any(k in links for k in ("first", "next", "last")):
            seen.paginated = True

    def query_values(self, route: Route, rtype: str) -> None:
        """Filter, sort and include names used in an example's URL."""
        if not rtype or route.method != "GET":
            return
        seen = self.of(rtype)
        for key, value in route.query:
            if _FILTER.match(key) and not route.with_id:
                seen.filters = _add(seen.filters, [_FILTER.match(key).group(1)])  # type: ignore[union-attr]
            elif key == "sort" and value:
                seen.sorts = _add(seen.sorts, [v.strip().lstrip("-") for v in value.split(",") if v.strip()])
            elif key == "include" and value:
                seen.includes = _add(seen.includes, [v.strip() for v in value.split(",") if v.strip()])

    def query_params(self, route: Route, rtype: str, item: dict[str, Any]) -> None:
        """The query parameters a read request documents (also the disabled ones: they list the options)."""
        seen = self.of(rtype)
        url = item["request"].get("url")
        params = url.get("query") if isinstance(url, dict) else None
        if route.operation == "list" and seen.single_reads <= seen.list_reads and seen.filters is None:
            seen.filters = {}
        for param in params if isinstance(params, list) else []:
            key, description = str(param.get("key", "")), _text(param.get("description"))
            found = _FILTER.match(key)
            if found and route.operation == "list":
                seen.filters = _add(seen.filters, [found.group(1)])
            elif key == "sort":
                seen.sorts = _add(seen.sorts, _ALLOWED_SORT.findall(description))
            elif key == "include":
                seen.includes = _add(seen.includes, _ALLOWED_INCLUDE.findall(description))
        if route.operation == "list" and _NO_PAGINATION.search(_text(item["request"].get("description"))):
            seen.paginated = False

    # -- results -------------------------------------------------------------------------------
    def served_types(self) -> dict[str, str]:
        """Collection path -> the resource type its requests and examples show."""
        found: dict[str, str] = {}
        for route, served, _ in self.routes:
            if served:
                found.setdefault(route.collection, served)
        return found

    def resources(self) -> dict[str, ResourceFacts]:
        by_path = self.served_types()
        for route, _, item in self.routes:
            rtype = by_path.get(route.collection)
            if rtype is None or not route.operation or _upload(item):
                continue  # an upload (multipart form) is not a JSON:API write
            seen = self.of(rtype)
            singleton = route.operation == "list" and seen.single_reads > seen.list_reads
            seen.operations.add("find" if singleton else route.operation)
            seen.paths.add(route.collection)
            if route.method == "GET":
                self.query_params(route, rtype, item)
        anchors = {d.anchor.replace("_", "-"): wire for wire, d in self.defined.items()}
        resource_types = set(self.seen) | {w for w, d in self.defined.items() if d.has_id}
        return {t: self.resource(t, anchors) for t in sorted(resource_types - set(self.nested))}

    def resource(self, rtype: str, anchors: dict[str, str]) -> ResourceFacts:
        seen = self.of(rtype)
        defined = self.defined.get(rtype)
        relationships = dict(seen.relationships)
        for name, (to_many, anchor) in (defined.relationships if defined else {}).items():
            relationships[name] = types.defined_relationship(
                relationships.get(name), name, to_many, anchors.get(anchor)
            )
        return ResourceFacts(
            type=rtype,
            title=defined.title if defined else types.class_name(rtype),
            path=min(seen.paths, key=len) if seen.paths else None,
            operations=frozenset(seen.operations),
            singleton=seen.single_reads > seen.list_reads,
            paginated=seen.paginated if "list" in seen.operations else None,
            attributes=self.refined(rtype, seen.attributes, defined.attributes if defined else {}),
            relationships=relationships,
            meta=self.refined(rtype, seen.meta, defined.meta if defined else {}),
            document_meta={n: types.finished(f) for n, f in seen.document_meta.items()},
            filters=tuple(seen.filters) if seen.filters is not None else None,
            sorts=tuple(seen.sorts) if seen.sorts is not None else None,
            includes=tuple(seen.includes) if seen.includes is not None else None,
        )

    def refined(self, owner: str, seen: dict[str, FieldFacts], defined: dict[str, Any]) -> dict[str, FieldFacts]:
        """The fields the examples show, refined by (and completed with) the definition's model lines."""
        found = dict(seen)
        for name, line in defined.items():
            found[name] = types.defined_field(found.get(name), name, line, self.samples.get((owner, name), set()))
        return {name: types.finished(facts) for name, facts in found.items()}

    def nested_facts(self) -> dict[str, NestedFacts]:
        found = {}
        for wire in sorted(set(self.nested) | {w for w, d in self.defined.items() if not d.has_id}):
            defined = self.defined.get(wire)
            sides = self.nested_sides.get(wire, {"response"})
            attributes = self.refined(wire, self.nested.get(wire, {}), defined.attributes if defined else {})
            found[wire] = NestedFacts(
                wire,
                defined.title if defined else types.class_name(wire),
                attributes,
                request=bool(sides & {"create", "update"}),
                response="response" in sides,
            )
        return found


def _upload(item: dict[str, Any]) -> bool:
    body = item["request"].get("body")
    return isinstance(body, dict) and body.get("mode") in ("formdata", "file")


def _status(example: dict[str, Any]) -> int:
    """An example's HTTP status (200 when it does not state a number)."""
    code = example.get("code")
    return code if isinstance(code, int) else int(code) if isinstance(code, str) and code.isdigit() else 200


def _add(names: dict[str, None] | None, more: list[str]) -> dict[str, None]:
    found = dict(names or {})
    found.update(dict.fromkeys(more))
    return found
