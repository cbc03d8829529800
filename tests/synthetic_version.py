"""A synthetic next version of DIDWW's OpenAPI document: the 2026-04-16 one with the changes a real release brings.

:func:`make_next_document` copies a document (never changes it) and applies the named :data:`CHANGES`; the
rehearsals of "adding an API version" (new-version, generate, the fake, the migration guide, the importer) run
on it instead of a hand-edited spec. Each change is described in :data:`CHANGES` and is done by one function.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

NEXT_VERSION = "2026-10-01"
"""The version the synthetic document describes (after every real one)."""

Document = dict[str, Any]

ORIGINAL_PRIORITIES = ["force_ipv4", "force_ipv6", "any", "prefer_ipv4", "prefer_ipv6"]
NEW_PRIORITIES = ["force_ipv4", "force_ipv6", "any", "prefer_ipv4", "ipv6_only"]


def _schemas(document: Document) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping of the document, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def rename_attribute(document: Document) -> None:
    """``regions.name`` becomes ``title``: the attribute, its filter and its sort."""
    attributes = _schemas(document)["Region"]["properties"]["attributes"]
    attributes["properties"] = {("title" if k == "name" else k): v for k, v in attributes["properties"].items()}
    attributes["required"] = ["title" if n == "name" else n for n in attributes.get("required", [])]
    parameters = document["components"]["parameters"]
    filters = parameters["RegionFilter"]["schema"]
    filters["properties"] = {("title" if k == "name" else k): v for k, v in filters["properties"].items()}
    sort = parameters["RegionSort"]
    sort["description"] = sort["description"].replace("`name`", "`title`")
    fields = parameters.get("RegionFields", {}).get("schema", {})
    if isinstance(fields.get("enum"), list):
        fields["enum"] = ["title" if n == "name" else n for n in fields["enum"]]


def add_resource(document: Document) -> None:
    """A new read-only resource ``did_labels`` (``DidLabel``), and a to-one relationship ``did_label`` from dids."""
    schemas = _schemas(document)
    schemas["DidLabel"] = {
        "type": "object",
        "description": "A label a customer groups DIDs by.",
        "required": ["id", "type", "attributes"],
        "properties": {
            "id": {"type": "string", "format": "uuid", "example": "0b8f6c2e-1d3a-4e5f-8a9b-7c6d5e4f3a2b"},
            "type": {"type": "string", "enum": ["did_labels"]},
            "attributes": {
                "type": "object",
                "required": ["name", "color"],
                "properties": {
                    "name": {"type": "string", "example": "Support lines"},
                    "color": {"type": "string", "nullable": True, "example": "#336699"},
                },
            },
        },
    }
    schemas["DidLabelDocument"] = {
        "type": "object",
        "required": ["data"],
        "properties": {"data": {"$ref": "#/components/schemas/DidLabel"}},
    }
    schemas["DidLabelCollectionDocument"] = {
        "type": "object",
        "required": ["data", "meta"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/DidLabel"}},
            "meta": {"$ref": "#/components/schemas/Meta"},
        },
    }
    version = {"$ref": "#/components/parameters/ApiVersion"}
    content = "application/vnd.api+json"
    document["paths"]["/did_labels"] = {
        "get": {
            "summary": "List DID labels",
            "operationId": "listDidLabels",
            "parameters": [version, {"name": "page[number]", "in": "query", "schema": {"type": "integer"}}],
            "responses": {
                "200": {
                    "description": "labels returned",
                    "content": {content: {"schema": {"$ref": "#/components/schemas/DidLabelCollectionDocument"}}},
                }
            },
        }
    }
    document["paths"]["/did_labels/{id}"] = {
        "get": {
            "summary": "Find a DID label",
            "operationId": "getDidLabel",
            "parameters": [version],
            "responses": {
                "200": {
                    "description": "label returned",
                    "content": {content: {"schema": {"$ref": "#/components/schemas/DidLabelDocument"}}},
                }
            },
        }
    }
    relationships = schemas["Did"]["properties"]["relationships"]
    relationships["properties"]["did_label"] = {"$ref": "#/components/schemas/RelationshipToOne"}
    relationships["required"] = [*relationships.get("required", []), "did_label"]


def change_enum_members(document: Document) -> None:
    """The SIP configuration's network protocol priority loses ``prefer_ipv6`` and gains ``ipv6_only``."""
    for node in _nodes(document):
        if node.get("enum") == ORIGINAL_PRIORITIES:
            node["enum"] = list(NEW_PRIORITIES)


def require_on_create(document: Document) -> None:
    """A shared capacity group's ``shared_channels_count`` is newly required on create."""
    request = _schemas(document)["SharedCapacityGroupCreateRequest"]
    attributes = request["properties"]["data"]["properties"]["attributes"]
    attributes["required"] = [*attributes.get("required", []), "shared_channels_count"]


def remove_operation(document: Document) -> None:
    """Shared capacity groups can no longer be deleted."""
    del document["paths"]["/shared_capacity_groups/{id}"]["delete"]


WEBRTC = {
    "title": "WebrtcConfiguration",
    "type": "object",
    "description": "Delivery to a WebRTC endpoint.",
    "required": ["type", "attributes"],
    "properties": {
        "type": {"type": "string", "enum": ["webrtc_configurations"]},
        "attributes": {
            "type": "object",
            "properties": {
                "endpoint": {
                    "type": "string",
                    "description": "The WebRTC endpoint calls are delivered to.",
                    "example": "wss://rtc.example.com/calls",
                }
            },
        },
    },
}


def add_trunk_configuration(document: Document) -> None:
    """A third voice IN trunk configuration, ``webrtc_configurations``, wherever the trunk's configuration is."""
    for node in _nodes(document):
        variants = node.get("anyOf")
        if not isinstance(variants, list):
            continue
        titles = [v.get("title") for v in variants if isinstance(v, dict)]
        if "SipConfiguration" in titles and "PstnConfiguration" in titles and "WebrtcConfiguration" not in titles:
            variants.append(copy.deepcopy(WEBRTC))


def change_type(document: Document) -> None:
    """A DID's ``billing_cycles_count`` becomes a string (it was an integer), read and written."""
    schemas = _schemas(document)
    for owner in (schemas["Did"]["properties"], schemas["DidUpdateRequest"]["properties"]["data"]["properties"]):
        count = owner["attributes"]["properties"]["billing_cycles_count"]
        count["type"] = "string"
        count.pop("format", None)
        if "example" in count:
            count["example"] = str(count["example"])


CHANGES: dict[str, Callable[[Document], None]] = {
    "rename": rename_attribute,
    "new_resource": add_resource,
    "enum_members": change_enum_members,
    "required_on_create": require_on_create,
    "remove_operation": remove_operation,
    "trunk_variant": add_trunk_configuration,
    "type_change": change_type,
}
"""Each kind of change by name, in the order they are applied."""


def make_next_document(
    base: dict[str, Any], changes: set[str] | None = None, version: str = NEXT_VERSION
) -> dict[str, Any]:
    """A copy of ``base`` (an OpenAPI document, e.g. 2026-04-16's) as ``version``, with ``changes`` applied (names of
    :data:`CHANGES`; None: all of them; an empty set: none, a version with no API change)."""
    wanted = set(CHANGES) if changes is None else set(changes)
    unknown = wanted - set(CHANGES)
    if unknown:
        raise ValueError(f"unknown change(s) {sorted(unknown)}: pick among {sorted(CHANGES)}")
    document = copy.deepcopy(base)
    old = str(document["info"]["version"])
    document["info"]["version"] = version
    document["info"]["description"] = str(document["info"].get("description", "")).replace(old, version)
    header = document.get("components", {}).get("parameters", {}).get("ApiVersion")
    if header is not None:
        header["description"] = str(header.get("description", "")).replace(old, version)
        header.get("schema", {})["default"] = version
    for name, change in CHANGES.items():
        if name in wanted:
            change(document)
    return document
