"""Resource objects and documents as the API renders them: links on every relationship, linkage
``data`` only where it was included, write-only attributes never returned, ``meta.api_version`` always."""

from __future__ import annotations

from typing import Any

from didww_gen.testing._domain import counted_meta
from didww_gen.testing._spec import FakeSchema
from didww_gen.testing._store import Record


def resource_object(schema: FakeSchema, record: Record, base: str, linkage: set[str]) -> dict[str, Any]:
    """The record as sent in ``schema``'s version: ``linkage`` names the relationships whose ``data`` is shown."""
    collection = schema.collections[record["type"]]
    own = f"{base}/{collection.path}/{record['id']}"
    hidden = schema.write_only[record["type"]]
    found: dict[str, Any] = {
        "id": record["id"],
        "type": record["type"],
        "attributes": {k: v for k, v in record["attributes"].items() if k not in hidden},
    }
    relationships: dict[str, Any] = {}
    for name, rel in collection.relationships.items():
        relationships[name] = {"links": {"self": f"{own}/relationships/{name}", "related": f"{own}/{name}"}}
        if name in linkage:
            empty: Any = [] if rel.to_many else None
            data = record["relationships"].get(name, {}).get("data")
            relationships[name]["data"] = empty if data is None else data
    if relationships:
        found["relationships"] = relationships
    meta = {**record.get("meta", {}), **counted_meta(record)}
    if meta:
        found["meta"] = meta
    return found
