"""Issue 25, item 7: facts the official DIDWW SDKs agree on, in the specs with ``origin: official-sdks``; an
import of the published documents (which leave them out) keeps them, and the generated SDK serves them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from codegen import importer
from codegen.reference import collection_path, openapi_path
from codegen.sources import read_source
from didww_gen.v2022_05_10.enums import OnCliMismatchAction
from didww_gen.v2022_05_10.models import AvailableDid, City, Identity, Region
from didww_gen.v2026_04_16.models import EmergencyCallingService
from didww_gen.v2026_04_16.testing import FakeDidww

ROOT = Path(__file__).parent.parent
FACTS = {
    "2026-04-16": [
        ("resources/emergency_calling_services.yaml", ("relationships", "address")),
        ("resources/did_reservations.yaml", ("sort_aliases", "expire_at")),
        ("resources/encrypted_files.yaml", ("sort_aliases", "expire_at")),
    ],
    "2022-05-10": [
        ("resources/available_dids.yaml", ("relationships", "nanpa_prefix")),
        ("resources/cities.yaml", ("relationships", "area")),
        ("resources/regions.yaml", ("attributes", "iso")),
        ("resources/identities.yaml", ("attributes", "contact_email")),
    ],
}


def _node(folder: Path, file: str, keys: tuple[str, ...]) -> dict[str, object]:
    node = YAML(typ="safe").load(folder / file)
    for key in keys:
        node = node[key]
    assert isinstance(node, dict)
    return node


@pytest.mark.parametrize("version", sorted(FACTS))
def test_each_fact_names_the_official_sdks_as_its_origin(version: str) -> None:
    for file, keys in FACTS[version]:
        assert _node(ROOT / "spec" / version, file, keys)["origin"] == "official-sdks", (file, keys)


@pytest.mark.parametrize(
    ("version", "document"),
    [
        pytest.param("2026-04-16", openapi_path, marks=pytest.mark.reference("openapi")),
        pytest.param("2022-05-10", collection_path, marks=pytest.mark.reference("postman")),
    ],
)
def test_an_import_keeps_the_facts_it_did_not_produce(tmp_path: Path, version: str, document: object) -> None:
    copy = tmp_path / "spec" / version
    shutil.copytree(ROOT / "spec" / version, copy)
    assert callable(document)
    imported = importer.import_facts(copy, read_source(document(version)))
    importer.write(copy, imported)
    for file, keys in FACTS[version]:
        assert _node(copy, file, keys)["origin"] == "official-sdks", (file, keys)
    members = YAML(typ="safe").load(copy / "enums.yaml")["OnCliMismatchAction"]["members"]
    if version == "2022-05-10":
        assert {"replace_cli", "randomize_cli"} <= {m["value"] for m in members}
    for file, keys in FACTS[version]:
        assert f"{file}.{'.'.join(keys)}" not in " ".join(imported.notes.dropped)


def test_the_2022_models_have_the_facts() -> None:
    assert "nanpa_prefix" in AvailableDid.__relationships__ and "area" in City.__relationships__
    assert "iso" in Region.__attributes__ and "contact_email" in Identity.__attributes__
    assert OnCliMismatchAction("replace_cli") is OnCliMismatchAction.REPLACE_CLI
    assert OnCliMismatchAction("randomize_cli") is OnCliMismatchAction.RANDOMIZE_CLI


def test_an_emergency_calling_service_includes_its_address() -> None:
    assert EmergencyCallingService.__relationships__["address"].targets == ("addresses",)
    client = FakeDidww().client()
    service = client.emergency_calling_services.list(include="address").data[0]
    assert service.is_loaded("address")


@pytest.mark.parametrize("path", ["did_reservations", "encrypted_files"])
def test_the_expire_at_sort_alias_orders_as_expires_at(path: str) -> None:
    fake = FakeDidww()
    client = fake.client()
    repository = client.did_reservations if path == "did_reservations" else client.encrypted_files
    by_alias = [r.id for r in repository.list(sort="-expire_at")]
    by_sort = [r.id for r in repository.list(sort="-expires_at")]
    assert by_alias and by_alias == by_sort  # an unknown sort would be a 400
