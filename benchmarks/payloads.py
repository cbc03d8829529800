"""Response bodies synthesized from the reference examples, with unique ids, written once per run.

Every body is built from a documented example (``codegen.reference``): only ids, numbers and
amounts change, so both SDKs decode the same realistic documents.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from codegen.fixtures import example

DIDS_INCLUDE = "order"
AVAILABLE_INCLUDE = "did_group,did_group.stock_keeping_units"
DIDS_PER_GROUP = 10


def _resource(request: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(example(request, name).body)["data"]
    return data


def _document(data: list[Any], included: list[Any]) -> bytes:
    meta = {"total_records": len(data), "api_version": "2026-04-16"}
    return json.dumps({"data": data, "included": included, "meta": meta}).encode()


def dids_with_orders(count: int) -> bytes:
    """Shapes a and c: ``count`` DIDs, each with its own order (and the order's items) in ``included``."""
    did = _resource("Get DID", "200 Ok (Simple request)")
    order = _resource("Get Order", "200 Ok")
    data, included = [], []
    for n in range(count):
        item, bought = copy.deepcopy(did), copy.deepcopy(order)
        item["id"], bought["id"] = f"did-{n:06d}", f"order-{n:06d}"
        item["attributes"]["number"] = f"4420{n:08d}"
        item["relationships"]["order"]["data"] = {"type": "orders", "id": bought["id"]}
        bought["attributes"]["amount"] = f"{n % 97}.5"
        data.append(item)
        included.append(bought)
    return _document(data, included)


def available_dids(count: int) -> bytes:
    """Shape b: ``count`` available DIDs, one DID group per ten, each group with its two SKUs."""
    doc = json.loads(example("Get Available DIDs", "200 Ok (Include did_group and did_group.stock_keeping_units)").body)
    number = doc["data"][0]
    group = next(i for i in doc["included"] if i["type"] == "did_groups")
    skus = [i for i in doc["included"] if i["type"] == "stock_keeping_units"]
    data, included = [], []
    for g in range(-(-count // DIDS_PER_GROUP)):
        included.extend(_group(group, skus, g))
    for n in range(count):
        item = copy.deepcopy(number)
        item["id"], item["attributes"]["number"] = f"available-{n:06d}", f"1217{n:08d}"
        item["relationships"]["did_group"]["data"] = {"type": "did_groups", "id": f"group-{n // DIDS_PER_GROUP:06d}"}
        data.append(item)
    return _document(data, included)


def _group(group: dict[str, Any], skus: list[dict[str, Any]], g: int) -> list[dict[str, Any]]:
    """DID group number ``g`` and its SKUs (prices vary with ``g``)."""
    made = copy.deepcopy(group)
    made["id"] = f"group-{g:06d}"
    units = []
    for k, sku in enumerate(skus):
        unit = copy.deepcopy(sku)
        unit["id"] = f"sku-{g:06d}-{k}"
        unit["attributes"]["monthly_price"] = f"{(g % 50) / 100 + k:.2f}"
        units.append(unit)
    made["relationships"]["stock_keeping_units"]["data"] = [{"type": u["type"], "id": u["id"]} for u in units]
    return [made, *units]


def sip_trunks(count: int) -> bytes:
    """Shape d: ``count`` SIP voice-in trunks, each with its whole SIP configuration (no includes)."""
    trunk = _resource("Get Voice IN Trunk", "200 Ok (SIP Trunk)")
    data = []
    for n in range(count):
        item = copy.deepcopy(trunk)
        item["id"], item["attributes"]["name"] = f"trunk-{n:06d}", f"Office {n}"
        item["attributes"]["priority"], item["attributes"]["weight"] = n % 7, n % 11
        item["attributes"]["configuration"]["attributes"]["host"] = f"sip{n}.example.com"
        data.append(item)
    return _document(data, [])


def did() -> bytes:
    """The tiny ``find`` (and workload 2): the body the in-process server answers ``GET`` and ``PATCH /dids/{id}``
    with."""
    return example("Get DID", "200 Ok (Simple request)").body.encode()


def write(folder: Path, sizes: dict[str, int]) -> dict[str, str]:
    """Write every body into ``folder`` (``sizes``: the count of primary resources of shapes a to d); the workers
    read them by name: the shape's letter, ``find`` and ``did``."""
    bodies = {
        "a": dids_with_orders(sizes["a"]),
        "b": available_dids(sizes["b"]),
        "c": dids_with_orders(sizes["c"]),
        "d": sip_trunks(sizes["d"]),
        "find": did(),
        "did": did(),
    }
    paths = {}
    for name, body in bodies.items():
        path = folder / f"{name}.json"
        path.write_bytes(body)
        paths[name] = str(path)
    return paths
