"""A synthetic next version of DIDWW's OpenAPI document, built from the 2026-04-16 one by script (never by hand).

``seven_changes`` applies the kinds of change every real DIDWW release brings, one of each:

1. an attribute renamed with its filter and sort (``did_reservations.description`` -> ``note``);
2. a new resource with a relationship from ``dids`` (``did_labels``, ``Did.did_label``);
3. an enum member added and one removed (``DidHistory.action``: ``+ported_in``, ``-restored``);
4. a member newly required on create (``shared_capacity_groups.metered_channels_count``);
5. an operation removed (``DELETE /did_reservations/{id}``);
6. a new trunk configuration variant (``webrtc_configurations`` beside SIP and PSTN);
7. an attribute's type changed (``voice_in_trunks.priority``: integer -> string; the spec's default ``1``
   no longer fits it).

``CHANGES`` names, per change, the words the migration guide must show for it.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

Document = dict[str, Any]

CHANGES: dict[str, tuple[str, ...]] = {
    "renamed attribute, filter and sort": ("did_reservations", "description", "note"),
    "new resource with a relationship from dids": ("did_labels", "did_label"),
    "enum member added and removed": ("ported_in", "restored"),
    "member newly required on create": ("metered_channels_count",),
    "operation removed": ("did_reservations", "delete"),
    "new trunk configuration variant": ("WebrtcConfiguration",),
    "attribute type changed": ("priority",),
}


def load(path: Path) -> Document:
    document: Document = json.loads(path.read_text(encoding="utf-8"))
    return document


def write(document: Document, path: Path) -> Path:
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


def no_change(document: Document) -> Document:
    """The same API: only the document's own version moves (what DIDWW publishes for a date-only release)."""
    return copy.deepcopy(document)


def seven_changes(document: Document) -> Document:
    """``document`` with one change of each kind of this module's docstring."""
    changed = copy.deepcopy(document)
    for change in (_rename, _new_resource, _enum_members, _newly_required, _remove_operation, _variant, _retype):
        change(changed)
    return changed


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


def _rename(document: Document) -> None:
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


def _new_resource(document: Document) -> None:
    """``did_labels``, made as ``areas`` is (list and find, a name), without its link to a country."""
    schemas, parameters, paths = _schemas(document), document["components"]["parameters"], document["paths"]

    def relabelled(value: Any) -> Any:
        text = json.dumps(value).replace("areas", "did_labels").replace("Area", "DidLabel")
        return json.loads(text.replace("regulatory area", "label").replace("Greater London", "Premium"))

    for name in ("Area", "AreaDocument", "AreaCollectionDocument"):
        schemas[name.replace("Area", "DidLabel")] = relabelled(schemas[name])
    label = schemas["DidLabel"]
    label["description"] = "A label the account gives its DIDs."
    label["properties"]["relationships"] = {"type": "object", "properties": {}}
    label["required"] = [r for r in label["required"] if r != "relationships"]
    for name in ("AreaFilter", "AreaSort", "AreaFields"):
        parameters[name.replace("Area", "DidLabel")] = relabelled(parameters[name])
    for path in ("/areas", "/areas/{id}"):
        operations = relabelled(paths[path])
        for operation in operations.values():
            if isinstance(operation, dict) and "parameters" in operation:
                operation["parameters"] = [p for p in operation["parameters"] if p.get("name") != "include"]
        paths[path.replace("areas", "did_labels")] = operations
    did = schemas["Did"]["properties"]["relationships"]["properties"]
    did["did_label"] = {"$ref": "#/components/schemas/RelationshipToOne"}


def _enum_members(document: Document) -> None:
    action = _attributes(document, "DidHistory")["properties"]["action"]
    action["enum"] = [m for m in action["enum"] if m != "restored"] + ["ported_in"]


def _newly_required(document: Document) -> None:
    attributes = _request_attributes(document, "SharedCapacityGroupCreateRequest")
    attributes["required"] = [*attributes.get("required", []), "metered_channels_count"]


def _remove_operation(document: Document) -> None:
    del document["paths"]["/did_reservations/{id}"]["delete"]


def _variant(document: Document) -> None:
    variant = {
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
    for configuration in _configurations(document):
        configuration["anyOf"].append(copy.deepcopy(variant))


def _configurations(document: Document) -> list[dict[str, Any]]:
    found = [_attributes(document, "VoiceInTrunk")["properties"]["configuration"]]
    for request in ("VoiceInTrunkCreateRequest", "VoiceInTrunkUpdateRequest"):
        found.append(_request_attributes(document, request)["properties"]["configuration"])
    return found


def _retype(document: Document) -> None:
    for attributes in (
        _attributes(document, "VoiceInTrunk"),
        _request_attributes(document, "VoiceInTrunkCreateRequest"),
        _request_attributes(document, "VoiceInTrunkUpdateRequest"),
    ):
        attributes["properties"]["priority"] = {
            "type": "string",
            "description": "Routing priority within a trunk group, as a label (`primary`, `backup`).",
        }
