"""The testing fake's seed: every resource the reference's response examples show, merged by type and id.

Written by ``python -m codegen derive`` (``make seed``) into each version package as
``src/didww_gen/v<date>/testing/_seed.json``, so ``python -m didww_gen.testing --seed reference`` works from an
installed package. Only 2xx examples of
types the spec knows are read; a resource shown in several examples keeps the first value of each
attribute and every relationship linkage any example reveals (linkage appears only where it was included).
The examples are then made into one coherent world by ``codegen.seed_world.cohere`` (countries unique by
ISO, every DID group placed in a country with its type and SKUs, ...).
"""

from __future__ import annotations

import json
from typing import Any

from codegen.reference import Example, collection_path, definition_examples, examples
from codegen.seed_world import cohere

SEED_PATH = "testing/_seed.json"


def _resources(example: Example) -> list[dict[str, Any]]:
    try:
        document = json.loads(example.body)
    except ValueError:
        return []
    if not isinstance(document, dict):
        return []
    data = document.get("data")
    found = data if isinstance(data, list) else [data]
    found += document.get("included") or []
    return [r for r in found if isinstance(r, dict) and isinstance(r.get("id"), str) and "type" in r]


def _merge(into: dict[str, Any], resource: dict[str, Any]) -> None:
    attributes = into.setdefault("attributes", {})
    for name, value in (resource.get("attributes") or {}).items():
        attributes.setdefault(name, value)
    linkage = into.setdefault("relationships", {})
    for name, relationship in (resource.get("relationships") or {}).items():
        if isinstance(relationship, dict) and "data" in relationship:
            linkage.setdefault(name, {"data": relationship["data"]})
    if resource.get("meta") and "meta" not in into:
        into["meta"] = resource["meta"]


def build_seed(known_types: set[str], source: str, version: str) -> str:
    """The seed document (JSON text) of every resource of ``known_types`` in the examples of API ``version``."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for example in (*examples(version), *definition_examples(version)):
        if example.status >= 300:
            continue
        for resource in _resources(example):
            if resource["type"] in known_types:
                key = (resource["type"], resource["id"])
                _merge(merged.setdefault(key, {"id": resource["id"], "type": resource["type"]}), resource)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for key in sorted(merged):
        by_type.setdefault(key[0], []).append(merged[key])
    cohere(by_type)
    document = {
        "generated": f"from {collection_path(version).name} by codegen for {source}, do not edit",
        "resources": by_type,
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
