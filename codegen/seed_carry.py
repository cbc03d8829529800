"""The fake's seed of a version DIDWW published as an OpenAPI document only: the previous version's seed carried
across the spec diff, and the document's own examples.

A Postman collection shows whole resources; an OpenAPI document shows one example per property at most. So the
seed of such a version starts from the previous version's (a coherent world already, see ``seed_world``) and:

1. resources renamed (``changes.yaml``) change type, and every linkage to them follows; removed ones go;
2. attributes and relationships renamed (declared in ``changes.yaml``, else inferred by the diff: a removal and
   an addition with the same facts) are carried under their new name; those the version lacks are dropped;
3. a value that no longer fits its attribute's type (an enum member removed, a type changed) is converted when
   that is lossless (a number to a string), else replaced by the attribute's default, the document's example, or
   a plain value of the type, else dropped;
4. an attribute required on create that a record lacks is filled the same way;
5. a new resource gets one record, built from the document's examples (and defaults) of its attributes.

Ids made here are UUID 5 of their content, so ``make seed`` writes the same file every time.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Mapping
from typing import Any

from codegen import diff, ir
from codegen.seed_world import NAMESPACE

Record = dict[str, Any]
ByType = dict[str, list[Record]]
Examples = Mapping[str, Mapping[str, Any]]  # resource type -> attribute -> the document's example
_UNSET = object()


def openapi_examples(
    document: Mapping[str, Any], keys: tuple[str, ...] = ("example", "default")
) -> dict[str, dict[str, Any]]:
    """The example (or default) of each attribute of each resource schema of an OpenAPI document, by type
    (``keys``: the schema keys to read, the first found wins)."""
    found: dict[str, dict[str, Any]] = {}
    for schema in (document.get("components") or {}).get("schemas", {}).values():
        properties = schema.get("properties") if isinstance(schema, dict) else None
        kind = (properties or {}).get("type", {}) if isinstance(properties, dict) else {}
        members = kind.get("enum") if isinstance(kind, dict) else None
        attributes = (properties or {}).get("attributes", {}) if isinstance(properties, dict) else {}
        if not (isinstance(members, list) and len(members) == 1 and isinstance(attributes, dict)):
            continue
        for name, attribute in (attributes.get("properties") or {}).items():
            if isinstance(attribute, dict):
                for key in keys:
                    if key in attribute:
                        found.setdefault(str(members[0]), {}).setdefault(name, attribute[key])
                        break
    return found


def carry(previous: ByType, old: ir.Api, new: ir.Api, renames: diff.Renames, examples: Examples) -> ByType:
    """``previous`` (the seed of ``old``, by type) as a seed of ``new``: the rules of this module's docstring."""
    _removed, added, pairs = diff.paired(old, new, renames.resources)  # removed types: not carried
    types = {before.type: after.type for before, after in pairs}
    carried: ByType = {}
    for before, after in pairs:
        fields = _field_renames(before, after, renames)
        records = [_carried(r, after, fields, types, new, examples) for r in previous.get(before.type, [])]
        if records:
            carried[after.type] = records
    for resource in added:
        if resource.operations or resource.attributes:
            carried[resource.type] = [_example_record(resource, new, examples)]
    for records in carried.values():
        records.sort(key=lambda r: r["id"])
    return dict(sorted(carried.items()))


def _field_renames(before: ir.Resource, after: ir.Resource, renames: diff.Renames) -> dict[str, dict[str, str]]:
    """Per area (attribute, relationship): old name -> new name, declared else inferred by the diff."""
    found: dict[str, dict[str, str]] = {"attribute": {}, "relationship": {}}
    for area in found:
        declared = renames.fields.get((before.type, area))
        if declared:
            found[area].update(declared)
    for change in diff.resource_changes(before, after, None):
        if change.kind == "renamed" and change.area in found:
            old_name = change.subject.rsplit(".", 1)[-1]
            matched = re.match(r"to (\w+)", change.detail)
            if matched and old_name not in found[change.area]:
                found[change.area][old_name] = matched.group(1)
    return found


def _carried(
    record: Record,
    resource: ir.Resource,
    fields: dict[str, dict[str, str]],
    types: Mapping[str, str],
    api: ir.Api,
    examples: Examples,
) -> Record:
    attributes = {fields["attribute"].get(n, n): v for n, v in (record.get("attributes") or {}).items()}
    kept: Record = {}
    for attribute in resource.attributes:
        value = attributes.get(attribute.name, _UNSET)
        if value is not _UNSET and not _fits(value, attribute.type, attribute.nullable, api):
            value = _converted(value, attribute, api, examples.get(resource.type, {}))
        if value is _UNSET and attribute.required:
            value = _filled(attribute, api, examples.get(resource.type, {}))
        if value is not _UNSET:
            kept[attribute.name] = value
    names = {r.name for r in resource.relationships}
    relationships: Record = {}
    for name, relationship in (record.get("relationships") or {}).items():
        name = fields["relationship"].get(name, name)
        if name in names and isinstance(relationship, dict):
            relationships[name] = {"data": _linkage(relationship.get("data"), types)}
    carried: Record = {"id": record["id"], "type": resource.type, "attributes": kept, "relationships": relationships}
    if "meta" in record:
        carried["meta"] = record["meta"]
    return carried


def _linkage(data: Any, types: Mapping[str, str]) -> Any:
    def moved(ref: Any) -> Any:
        if isinstance(ref, dict) and ref.get("type") in types:
            return {**ref, "type": types[ref["type"]]}
        return None

    if isinstance(data, list):
        return [m for m in map(moved, data) if m is not None]
    return moved(data) if data is not None else None


def _example_record(resource: ir.Resource, api: ir.Api, examples: Examples) -> Record:
    own = examples.get(resource.type, {})
    attributes: Record = {}
    for attribute in resource.attributes:
        if attribute.write_only:
            continue
        value = _filled(attribute, api, own)
        if value is _UNSET and attribute.nullable:
            value = None
        if value is not _UNSET:
            attributes[attribute.name] = value
    made = str(uuid.uuid5(NAMESPACE, f"{resource.type} from the document's examples"))
    return {"id": made, "type": resource.type, "attributes": attributes, "relationships": {}}


def _converted(value: Any, attribute: ir.Attribute, api: ir.Api, examples: Mapping[str, Any]) -> Any:
    if attribute.type.kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    filled = _filled(attribute, api, examples)
    if filled is _UNSET and attribute.nullable:
        return None
    return filled


def _filled(attribute: ir.Attribute, api: ir.Api, examples: Mapping[str, Any]) -> Any:
    """The attribute's default, else the document's example, else a plain value of its type (or unset)."""
    candidates = [*attribute.default, *([examples[attribute.name]] if attribute.name in examples else [])]
    for candidate in candidates:
        if _fits(candidate, attribute.type, attribute.nullable, api):
            return candidate
    return _plain(attribute.type, api)


def _plain(type_: ir.TypeRef, api: ir.Api) -> Any:
    if type_.kind == "enum":
        members = next((e.members for e in api.enums if e.name == type_.name), ())
        return members[0].value if members else _UNSET
    if type_.kind == "list":
        return []
    declared = type_.declared
    return copy.deepcopy(declared.placeholder[0]) if declared is not None and declared.placeholder else _UNSET


def _fits(value: Any, type_: ir.TypeRef, nullable: bool, api: ir.Api) -> bool:
    if value is None:
        return nullable
    if type_.kind == "enum":
        return any(m.value == value for e in api.enums if e.name == type_.name for m in e.members)
    if type_.kind == "list":
        item = type_.item
        return isinstance(value, list) and (item is None or all(_fits(v, item, False, api) for v in value))
    if type_.kind == "nested":
        return isinstance(value, dict)
    declared = type_.declared
    return declared.shaped(value) if declared is not None else True
