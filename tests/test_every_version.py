"""What holds for every API version in ``spec/versions.yaml``, a newly added one included with no test written.

Each test is parametrized over the registry: the version's own package (``didww_gen.v<date>``), its models, its
client and its fake (``didww_gen.v<date>.testing.FakeDidww``, seeded from its reference or carried seed).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from functools import cache, cached_property
from types import ModuleType
from typing import Any

import httpx
import pytest

from codegen.__main__ import ROOT
from codegen.versions import load, package_name
from didww_gen._decoding import decode_document
from didww_gen._encoding import encode_resource
from didww_gen._model import Resource
from didww_gen.errors import DidwwClientError

VERSIONS = load(ROOT).versions


def package(version: str, module: str = "") -> ModuleType:
    return importlib.import_module(f"didww_gen.{package_name(version)}{module}")


@cache
def fake(version: str) -> Any:
    """The version's fake on its reference (or carried) seed, one per version for the reads of this module."""
    return package(version, ".testing").FakeDidww(random_seed=7)


def raw(version: str) -> httpx.Client:
    headers = {"Api-Key": "key", "Content-Type": "application/vnd.api+json"}
    return httpx.Client(transport=fake(version).transport(), base_url="https://fake.test/v3/", headers=headers)


def readable(version: str) -> Iterator[tuple[str, str, bool]]:
    """(type, path, singleton) of every collection of the version's fake that lists or finds."""
    for type, collection in sorted(fake(version).schema.collections.items()):
        if {"list", "find"} & collection.operations:
            yield type, collection.path, "list" not in collection.operations


def served(version: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every resource the version's fake serves at first (its seed), as the wire has it: (type, resource)."""
    with raw(version) as http:
        for type, path, singleton in readable(version):
            body = http.get(path).json()
            for resource in [body["data"]] if singleton else body["data"]:
                yield type, resource


@pytest.mark.parametrize("version", VERSIONS)
def test_every_read_of_every_repository_through_the_versions_fake(version: str) -> None:
    """``list`` and ``find`` of every repository of the version's client, on its own fake: typed results of the
    version's own models, each found again by its id."""
    models = package(version, ".models").MODELS
    client = fake(version).client()
    seen = 0
    for type, path, singleton in readable(version):
        repository = repositories(client)[path]
        operations = fake(version).schema.collections[type].operations
        found = [repository.find()] if singleton else repository.list().data if "list" in operations else []
        assert all(isinstance(item, models[type]) for item in found), type
        if found and "find" in operations and not singleton:
            assert repository.find(found[0].id).id == found[0].id
        seen += len(found)
    assert seen > 0


def repositories(client: Any) -> dict[str, Any]:
    """The client's repositories by the path they serve (``balance`` serves ``balance``, ``dids`` ``dids``)."""
    found = {}
    for name in dir(type(client)):
        if not name.startswith("_") and isinstance(getattr(type(client), name), (property, cached_property)):
            repository = getattr(client, name)
            if isinstance(getattr(repository, "_path", None), str):
                found[repository._path] = repository
    return found


@pytest.mark.parametrize("version", VERSIONS)
def test_the_fake_serves_only_what_the_versions_spec_declares(version: str) -> None:
    """Conformance of the fake to its version: every attribute and relationship it sends is one the version's
    model declares, under the type the collection serves."""
    models = package(version, ".models").MODELS
    for type, resource in served(version):
        model = models[type]
        wires = {spec.wire for spec in model.__attributes__.values()}
        assert resource["type"] == type and isinstance(resource["id"], str)
        assert set(resource.get("attributes", {})) - wires == set(), type
        assert set(resource.get("relationships", {})) - set(model.__relationships__) == set(), type


@pytest.mark.parametrize("version", VERSIONS)
def test_every_served_resource_decodes_and_its_writable_values_encode_back(version: str) -> None:
    """Decode -> encode -> decode -> encode sends the same document for every writable value the fake serves
    (what a user reads and writes back), and gives back the same value where the value has no read-only part
    (a nested object's server-generated members are not sent)."""
    models = package(version, ".models").MODELS
    checked = 0
    for type, resource in served(version):
        model = models[type]
        decoded = _decoded(model, resource)
        for name, spec in model.__attributes__.items():
            if spec.access.value == "read-only" or spec.write_only or name not in decoded.model_fields_set:
                continue
            try:
                document = encode_resource(decoded, "update", [name])
            except DidwwClientError:
                continue  # a write rule refuses this value alone (checked in test_write_rules and below)
            again = _decoded(model, {"id": resource["id"], "type": type, **document["data"]})
            assert encode_resource(again, "update", [name]) == document, f"{type}.{name}"
            if spec.kind.name in ("PLAIN", "DECIMAL", "DATE", "DATETIME", "ENUM", "LIST"):  # no read-only parts
                assert getattr(again, name) == getattr(decoded, name), f"{type}.{name}"
            checked += 1
    assert checked > 0


def _decoded(model: type[Resource], resource: dict[str, Any]) -> Any:
    body = json.dumps({"data": {"relationships": {}, **resource}}).encode()
    return decode_document(body, model, many=False).data


@pytest.mark.parametrize("version", VERSIONS)
def test_write_rules_refuse_an_empty_create_with_the_sdks_own_error(version: str) -> None:
    """Every model's create rules, for every version: an empty model is refused before sending, naming what
    is required, or encoded; never a raw exception."""
    for type, model in sorted(package(version, ".models").MODELS.items()):
        fields = {**model.__attributes__, **model.__relationships__}
        required = [n for n, spec in fields.items() if spec.required]
        try:
            document = encode_resource(model(), "create")
        except DidwwClientError as refused:  # what is required, or a rule's "at least one of"
            assert any(f"{model.__name__}.{name}" in str(refused) for name in fields), (type, str(refused))
        else:
            assert not required and document["data"]["type"] == type


@pytest.mark.parametrize("version", VERSIONS)
def test_the_versions_fake_refuses_an_empty_create_as_the_api_does(version: str) -> None:
    """The fake checks writes against its version's spec: a create missing what the version requires is a 422
    (an API error through the client, never a raw exception)."""
    with raw(version) as http:
        for type, collection in sorted(fake(version).schema.collections.items()):
            required = [n for n, a in collection.attributes.items() if a.required]
            if "create" not in collection.operations or not required:
                continue
            answer = http.post(collection.path, json={"data": {"type": type, "attributes": {}}})
            assert answer.status_code == 422, (type, answer.text)
            assert any(
                e["source"]["pointer"] == f"/data/attributes/{required[0]}" for e in answer.json()["errors"]
            ) or any(required[0] in e["detail"] for e in answer.json()["errors"])
