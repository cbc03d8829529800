"""Facts from DIDWW's OpenAPI 3.0 document (one per API version): types, access, operations, query names.

Only facts are read, never prose: descriptions stay out of the spec. Where the document does not say
something (relationship targets, include paths, integer enum members), the facts are left silent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from codegen.sources.facts import (
    ApiFacts,
    FieldFacts,
    NestedFacts,
    RelationshipFacts,
    ResourceFacts,
    TypeFacts,
    seen_again,
)
from didww_gen._kinds import KINDS, kind_named

Schema = dict[str, Any]
_ALLOWED = re.compile(r"Allowed:\s*(.*)")
_NAME = re.compile(r"`([^`]+)`")
_METHODS = {("get", False): "list", ("post", False): "create", ("get", True): "find", ("patch", True): "update"}


class OpenApiError(Exception):
    """The document is not an OpenAPI 3 JSON document this importer understands."""


def read(path: Path) -> ApiFacts:
    """The facts of the OpenAPI document at ``path``."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise OpenApiError(f"{path}: cannot read the OpenAPI document ({exc})") from None
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        raise OpenApiError(f"{path}: not an OpenAPI 3 document (no 'openapi: 3.x' field)")
    return _Reader(document).facts()


class _Reader:
    def __init__(self, document: Schema) -> None:
        self.document = document
        self.schemas: dict[str, Schema] = document.get("components", {}).get("schemas", {})
        self.nested: dict[str, NestedFacts] = {}

    def resolve(self, schema: Schema) -> Schema:
        seen = 0
        while "$ref" in schema and seen < 32:  # a $ref cycle stops instead of hanging
            node: Any = self.document
            for part in str(schema["$ref"]).lstrip("#/").split("/"):
                node = node.get(part, {}) if isinstance(node, dict) else {}
            schema, seen = node if isinstance(node, dict) else {}, seen + 1
        return schema

    def ref_name(self, schema: Schema) -> str:
        return str(schema.get("$ref", "")).rsplit("/", 1)[-1]

    # -- values ------------------------------------------------------------------------------
    def type_of(self, schema: Schema, side: str) -> TypeFacts:
        schema = self.resolve(schema)
        variants = schema.get("anyOf") or schema.get("oneOf")
        if variants:
            return TypeFacts("nested", variants=tuple(self.nested_object(v, side) for v in variants))
        kind = schema.get("type", "object")
        if kind == "array":
            return TypeFacts("list", item=self.type_of(schema.get("items", {}), side), min_items=schema.get("minItems"))
        if kind == "object" and schema.get("properties"):
            return TypeFacts("nested", variants=(self.nested_object(schema, side),))
        kind = _kind(kind, schema)
        members = tuple(m for m in schema.get("enum", ()) if m is not None)
        return TypeFacts(kind, members, minimum=schema.get("minimum"), maximum=schema.get("maximum"))

    def nested_object(self, schema: Schema, side: str) -> str:
        schema = self.resolve(schema)
        props = schema.get("properties", {})
        wire = (props.get("type", {}).get("enum") or [""])[0]
        attrs_schema = props.get("attributes", {}) if wire else schema
        fields = self.fields(attrs_schema, side)
        title = str(schema.get("title") or "")
        if side == "request":
            title = title.removesuffix("Request")
        key = wire or title
        old = self.nested.get(key)
        merged = dict(old.attributes) if old else {}
        for name, facts in fields.items():
            merged[name] = _merge(merged.get(name), facts)
        self.nested[key] = NestedFacts(
            wire,
            (old.title if old and old.title else title),
            merged,
            request=(old.request if old else False) or side != "response",
            response=(old.response if old else False) or side == "response",
        )
        return str(wire)

    def fields(self, schema: Schema, side: str) -> dict[str, FieldFacts]:
        schema = self.resolve(schema)
        required = set(schema.get("required", ()))
        found = {}
        for name, prop in schema.get("properties", {}).items():
            facts = FieldFacts(name, self.type_of(prop, side), nullable=bool(self.resolve(prop).get("nullable")))
            if side == "response":
                found[name] = facts
            else:
                known = "required" in schema
                found[name] = replace(
                    facts,
                    returned=False,
                    create=side == "create",
                    update=side == "update",
                    required=(name in required) if side == "create" and known else None,
                )
        return found

    # -- resources ---------------------------------------------------------------------------
    def resource_schemas(self) -> Iterator[tuple[str, Schema]]:
        for name, schema in self.schemas.items():
            props = schema.get("properties", {})
            if "id" in props and props.get("type", {}).get("enum"):
                yield name, schema

    def facts(self) -> ApiFacts:
        info = self.document.get("info", {})
        servers = {
            str(s.get("description") or f"SERVER_{i}").upper(): str(s.get("url", ""))
            for i, s in enumerate(self.document.get("servers", []))
        }
        resources = {}
        routes = self.routes()
        for name, schema in self.resource_schemas():
            resource = self.resource(name, schema, routes.get(name, {}))
            resources[resource.type] = resource
        return ApiFacts(
            str(info.get("version", "")),
            str(info.get("title", "")),
            servers,
            resources,
            self.nested,
            source="openapi",
            answers=tuple(self.answers()),
            answer_schemas=self.answer_schemas(),
        )

    # -- evidence of answers -------------------------------------------------------------------
    def answers(self) -> Iterator[Any]:
        """The 2xx response examples of every operation (``example``, ``examples.*.value``)."""
        for item in self.document.get("paths", {}).values():
            for method, operation in item.items():
                if method not in ("get", "post", "patch") or not isinstance(operation, dict):
                    continue
                for status, response in sorted(operation.get("responses", {}).items()):
                    if not str(status).startswith("2"):
                        continue
                    for content in self.resolve(response).get("content", {}).values():
                        if "example" in content:
                            yield content["example"]
                        for example in content.get("examples", {}).values():
                            value = self.resolve(example).get("value")
                            if value is not None:
                                yield value

    def answer_schemas(self) -> dict[str, Any]:
        """Each resource type's response attributes schema, $refs inlined (for its ``required`` lists)."""
        found = {}
        for _, schema in self.resource_schemas():
            props = schema["properties"]
            found[str(props["type"]["enum"][0])] = self.inline(props.get("attributes", {}), 0)
        return found

    def inline(self, schema: Any, depth: int) -> Any:
        """A schema with every $ref replaced by what it names (cut at a depth no real schema reaches)."""
        if isinstance(schema, list):
            return [self.inline(v, depth + 1) for v in schema]
        if not isinstance(schema, dict) or depth > 24:
            return schema
        return {k: self.inline(v, depth + 1) for k, v in self.resolve(schema).items()}

    def routes(self) -> dict[str, dict[str, tuple[str, Schema, Schema | None]]]:
        """Resource schema name -> operation -> (path, operation object, request schema)."""
        found: dict[str, dict[str, tuple[str, Schema, Schema | None]]] = {}
        for path, item in self.document.get("paths", {}).items():
            with_id = "{" in path
            for method, operation in item.items():
                if method not in ("get", "post", "patch", "delete"):
                    continue
                body = operation.get("requestBody", {}).get("content", {})
                if body and not any("json" in kind for kind in body):
                    continue  # an upload (multipart), not a JSON:API write
                request = next((c.get("schema") for c in body.values()), None)
                target, many = self.answer(operation, request)
                if not target:
                    continue
                op = "delete" if method == "delete" else _METHODS.get((method, with_id), "update")
                if op == "list" and not many:
                    op = "find"
                found.setdefault(target, {})[op] = (path, operation, request)
        return found

    def answer(self, operation: Schema, request: Schema | None) -> tuple[str, bool]:
        """The resource schema an operation answers with (or writes, or deletes), and whether it is a list."""
        for status, response in sorted(operation.get("responses", {}).items()):
            if not status.startswith("2"):
                continue
            for content in response.get("content", {}).values():
                data = self.resolve(content.get("schema", {})).get("properties", {}).get("data", {})
                if data.get("type") == "array":
                    return self.ref_name(data.get("items", {})), True
                if "$ref" in data:
                    return self.ref_name(data), False
        written = re.sub(r"(Create|Update)Request$", "", self.ref_name(request or {}))
        if written in self.schemas:
            return written, False
        return self.deleted(operation), False

    def deleted(self, operation: Schema) -> str:
        """A delete answers 204 without a body: its operationId names the resource."""
        op_id = str(operation.get("operationId", ""))
        name = op_id.removeprefix("delete")
        return name if op_id.startswith("delete") and name in self.schemas else ""

    def resource(
        self, name: str, schema: Schema, routes: dict[str, tuple[str, Schema, Schema | None]]
    ) -> ResourceFacts:
        props = schema["properties"]
        rtype = props["type"]["enum"][0]
        attributes = self.fields(props.get("attributes", {}), "response")
        relationships = {
            rel: RelationshipFacts(rel, self.ref_name(spec) == "RelationshipToMany")
            for rel, spec in self.resolve(props.get("relationships", {})).get("properties", {}).items()
        }
        for op in ("create", "update"):
            body = routes.get(op, ("", {}, None))[2]
            if body is not None:
                self.request(body, op, attributes, relationships)
        paths = {p for p, _, _ in routes.values()}
        collection = min(paths, key=len).strip("/").split("/")[0] if paths else None
        listing = routes.get("list", (None, {}, None))[1]
        singleton = "find" in routes and "{" not in routes["find"][0]
        return ResourceFacts(
            type=rtype,
            title=name,
            path=collection,
            operations=frozenset(routes),
            singleton=singleton,
            paginated=any(self.resolve(p).get("name") == "page[number]" for p in listing.get("parameters", [])),
            attributes=attributes,
            relationships=relationships,
            meta=self.fields(props.get("meta", {}), "response") if "meta" in props else {},
            document_meta=self.document_meta(routes),
            filters=self.query(listing, "filter") if listing else None,
            sorts=self.query(listing, "sort") if listing else None,
            includes=self.includes(routes),
        )

    def includes(self, routes: dict[str, tuple[str, Schema, Schema | None]]) -> tuple[str, ...] | None:
        """The include paths the reads accept (None when no read documents the parameter)."""
        found: dict[str, None] | None = None
        for op in ("list", "find"):
            for param in routes.get(op, ("", {}, None))[1].get("parameters", []):
                param = self.resolve(param)
                if param.get("name") == "include":
                    found = found if found is not None else {}
                    found.update(dict.fromkeys(str(v) for v in param.get("schema", {}).get("enum", ())))
        return tuple(found) if found is not None else None

    def request(
        self, body: Schema, op: str, attributes: dict[str, FieldFacts], relationships: dict[str, RelationshipFacts]
    ) -> None:
        data = self.resolve(body).get("properties", {}).get("data", {})
        for name, facts in self.fields(data.get("properties", {}).get("attributes", {}), op).items():
            attributes[name] = _merge(attributes.get(name), facts)
        rels = self.resolve(data.get("properties", {}).get("relationships", {}))
        required = set(rels.get("required", ()))
        for name, spec in rels.get("properties", {}).items():
            linkage = self.resolve(spec).get("properties", {}).get("data", {})
            old = relationships.get(name) or RelationshipFacts(name, linkage.get("type") == "array", returned=False)
            relationships[name] = replace(
                old,
                create=old.create or op == "create",
                update=old.update or op == "update",
                required=old.required or (op == "create" and name in required),
            )

    def document_meta(self, routes: dict[str, tuple[str, Schema, Schema | None]]) -> dict[str, FieldFacts]:
        found: dict[str, FieldFacts] = {}
        for _, operation, _ in routes.values():
            for response in operation.get("responses", {}).values():
                for content in response.get("content", {}).values():
                    meta = self.resolve(content.get("schema", {})).get("properties", {}).get("meta", {})
                    for name, facts in self.fields(meta, "response").items():
                        if name not in ("api_version", "total_records"):
                            found.setdefault(name, facts)
        return found

    def query(self, operation: Schema, name: str) -> tuple[str, ...]:
        for param in operation.get("parameters", []):
            param = self.resolve(param)
            if param.get("name") != name:
                continue
            if name == "filter":
                return tuple(param.get("schema", {}).get("properties", {}))
            allowed = _ALLOWED.search(str(param.get("description", "")))
            return tuple(_NAME.findall(allowed.group(1))) if allowed else ()
        return ()


def _kind(json_type: str, schema: Schema) -> str:
    """The kind a scalar schema marks: by its type and format, else by a phrase of its description (a decimal
    string has no format in the document), else by its type alone; an unknown type is kept as it is."""
    fmt = str(schema.get("format", ""))
    description = str(schema.get("description", "")).lower()
    exact = [k for k in KINDS if (json_type, fmt) in k.openapi]
    hinted = [k for k in KINDS if json_type == "string" and k.openapi_hint and k.openapi_hint in description]
    loose = [k for k in KINDS if (json_type, "*") in k.openapi]
    found = exact or hinted or loose
    return found[0].name if found else json_type


def _merge(old: FieldFacts | None, new: FieldFacts) -> FieldFacts:
    """One field seen in several places (response, create request, update request)."""
    return seen_again(old, new, _richer)


def _richer(old: TypeFacts, new: TypeFacts) -> TypeFacts:
    if old.kind == new.kind:
        return replace(
            old,
            enum=tuple(dict.fromkeys((*old.enum, *new.enum))),
            item=_richer(old.item, new.item) if old.item and new.item else old.item or new.item,
            variants=tuple(dict.fromkeys((*old.variants, *new.variants))),
            minimum=old.minimum if old.minimum is not None else new.minimum,
            maximum=old.maximum if old.maximum is not None else new.maximum,
            min_items=old.min_items if old.min_items is not None else new.min_items,
        )
    declared = kind_named(old.kind)
    return old if declared is not None and declared.openapi_precise else new
