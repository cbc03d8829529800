"""A synthetic next version of DIDWW's OpenAPI document, built from the 2026-04-16 one by script (never by hand).

:func:`make_next_document` copies a document (never changes it), gives it a new version and applies the named
:data:`CHANGES`, one of each kind every real DIDWW release brings:

1. ``rename``: an attribute renamed with its filter and sort (``did_reservations.description`` -> ``note``);
2. ``new_resource``: a new resource with a relationship from ``dids`` (``did_labels``, ``Did.did_label``);
3. ``enum_members``: an enum member added and one removed (``DidHistory.action``: ``+ported_in``, ``-restored``);
4. ``required_on_create``: a member newly required on create (``shared_capacity_groups.metered_channels_count``);
5. ``remove_operation``: an operation removed (``DELETE /did_reservations/{id}``);
6. ``trunk_variant``: a new trunk configuration variant (``webrtc_configurations`` beside SIP and PSTN);
7. ``type_change``: attributes' types changed, integer -> string: ``voice_in_trunks.priority`` (the spec's
   default ``1`` no longer fits it) and ``dids.billing_cycles_count`` (its filter follows it).

The rehearsals of "adding an API version" (new-version, generate, the fake, the migration guide, the importer)
run on it instead of a hand-edited spec; :data:`GUIDE_WORDS` names, per change, the words its guide must show.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

NEXT_VERSION = "2026-10-01"
"""The version the synthetic document describes (after every real one)."""

Document = dict[str, Any]


def load(path: Path) -> Document:
    document: Document = json.loads(path.read_text(encoding="utf-8"))
    return document


def write(document: Document, path: Path) -> Path:
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


def _schemas(document: Document) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


def _attributes(document: Document, schema: str) -> dict[str, Any]:
    found: dict[str, Any] = _schemas(document)[schema]["properties"]["attributes"]
    return found


def _request_attributes(document: Document, schema: str) -> dict[str, Any]:
    found: dict[str, Any] = _schemas(document)[schema]["properties"]["data"]["properties"]["attributes"]
    return found


def _renamed_key(mapping: dict[str, Any], old: str, new: str) -> None:
    items = [(new if key == old else key, value) for key, value in mapping.items()]
    mapping.clear()
    mapping.update(items)


def rename_attribute(document: Document) -> None:
    """``did_reservations.description`` becomes ``note``: the attribute (read and created), its filter and sort."""
    for attributes in (
        _attributes(document, "DidReservation"),
        _request_attributes(document, "DidReservationCreateRequest"),
    ):
        _renamed_key(attributes["properties"], "description", "note")
        if "description" in attributes.get("required", []):
            attributes["required"] = ["note" if r == "description" else r for r in attributes["required"]]
    parameters = document["components"]["parameters"]
    _renamed_key(parameters["DidReservationFilter"]["schema"]["properties"], "description", "note")
    sort = parameters["DidReservationSort"]
    sort["description"] = sort["description"].replace("`description`", "`note`")


def _as_did_label(value: Any) -> Any:
    """``value`` (a part of ``areas``) relabelled as the same part of ``did_labels``."""
    text = json.dumps(value).replace("areas", "did_labels").replace("Area", "DidLabel")
    return json.loads(text.replace("regulatory area", "label").replace("Greater London", "Premium"))


def add_resource(document: Document) -> None:
    """``did_labels`` (list and find, a name), made as ``areas`` is without its link to a country, and a to-one
    relationship ``did_label`` from dids."""
    schemas, parameters, paths = _schemas(document), document["components"]["parameters"], document["paths"]
    for name in ("Area", "AreaDocument", "AreaCollectionDocument"):
        schemas[name.replace("Area", "DidLabel")] = _as_did_label(schemas[name])
    label = schemas["DidLabel"]
    label["description"] = "A label the account gives its DIDs."
    label["properties"]["relationships"] = {"type": "object", "properties": {}}
    label["required"] = [r for r in label["required"] if r != "relationships"]
    for name in ("AreaFilter", "AreaSort", "AreaFields"):
        parameters[name.replace("Area", "DidLabel")] = _as_did_label(parameters[name])
    for path in ("/areas", "/areas/{id}"):
        operations = _as_did_label(paths[path])
        for operation in operations.values():
            if isinstance(operation, dict) and "parameters" in operation:
                operation["parameters"] = [p for p in operation["parameters"] if p.get("name") != "include"]
        paths[path.replace("areas", "did_labels")] = operations
    did = schemas["Did"]["properties"]["relationships"]["properties"]
    did["did_label"] = {"$ref": "#/components/schemas/RelationshipToOne"}


def change_enum_members(document: Document) -> None:
    """A DID history entry's ``action`` loses ``restored`` and gains ``ported_in``."""
    action = _attributes(document, "DidHistory")["properties"]["action"]
    action["enum"] = [m for m in action["enum"] if m != "restored"] + ["ported_in"]


def require_on_create(document: Document) -> None:
    """A shared capacity group's ``metered_channels_count`` is newly required on create."""
    attributes = _request_attributes(document, "SharedCapacityGroupCreateRequest")
    attributes["required"] = [*attributes.get("required", []), "metered_channels_count"]


def remove_operation(document: Document) -> None:
    """DID reservations can no longer be deleted."""
    del document["paths"]["/did_reservations/{id}"]["delete"]


WEBRTC = {
    "title": "WebrtcConfiguration",
    "type": "object",
    "description": "Delivery to a browser over WebRTC.",
    "required": ["type", "attributes"],
    "properties": {
        "type": {"type": "string", "enum": ["webrtc_configurations"]},
        "attributes": {
            "type": "object",
            "properties": {
                "endpoint": {
                    "type": "string",
                    "description": "The WebRTC endpoint calls are sent to.",
                    "example": "wss://rtc.example.com",
                }
            },
        },
    },
}


def add_trunk_configuration(document: Document) -> None:
    """A third voice IN trunk configuration, ``webrtc_configurations``, wherever the trunk's configuration is."""
    configurations = [_attributes(document, "VoiceInTrunk")["properties"]["configuration"]]
    for request in ("VoiceInTrunkCreateRequest", "VoiceInTrunkUpdateRequest"):
        configurations.append(_request_attributes(document, request)["properties"]["configuration"])
    for configuration in configurations:
        configuration["anyOf"].append(copy.deepcopy(WEBRTC))


def change_type(document: Document) -> None:
    """A voice IN trunk's ``priority`` and a DID's ``billing_cycles_count`` become strings (they were integers)."""
    for attributes in (
        _attributes(document, "VoiceInTrunk"),
        _request_attributes(document, "VoiceInTrunkCreateRequest"),
        _request_attributes(document, "VoiceInTrunkUpdateRequest"),
    ):
        attributes["properties"]["priority"] = {
            "type": "string",
            "description": "Routing priority within a trunk group, as a label (`primary`, `backup`).",
        }
    for attributes in (_attributes(document, "Did"), _request_attributes(document, "DidUpdateRequest")):
        count = attributes["properties"]["billing_cycles_count"]
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

GUIDE_WORDS: dict[str, tuple[str, ...]] = {
    "rename": ("did_reservations", "description", "note"),
    "new_resource": ("did_labels", "did_label"),
    "enum_members": ("ported_in", "restored"),
    "required_on_create": ("metered_channels_count",),
    "remove_operation": ("did_reservations", "delete"),
    "trunk_variant": ("WebrtcConfiguration",),
    "type_change": ("priority", "billing_cycles_count"),
}
"""Per change of :data:`CHANGES`, the words the migration guide must show for it."""


def make_next_document(base: Document, changes: set[str] | None = None, version: str = NEXT_VERSION) -> Document:
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
