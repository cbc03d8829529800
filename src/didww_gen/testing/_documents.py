"""Resource objects and documents as the API renders them: links on every relationship, linkage
``data`` only where it was included, write-only attributes never returned, ``meta.api_version`` always."""

from __future__ import annotations

from typing import Any

from didww_gen.testing._domain import counted_meta
from didww_gen.testing._schema import COLLECTIONS
from didww_gen.testing._store import Record


def resource_object(record: Record, base: str, linkage: set[str]) -> dict[str, Any]:
    """The record as sent: ``linkage`` names the relationships whose ``data`` is shown."""
    collection = COLLECTIONS[record["type"]]
    own = f"{base}/{collection.path}/{record['id']}"
    hidden = {name for name, attr in collection.attributes.items() if attr.write_only}
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
