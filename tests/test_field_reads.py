"""Issue 25: what the SDK promises is what a user gets. Every promised field of every resource the fake serves,
and of resources created with only their required members, reads without raising; a value typed without None
never reads as None; a value the API does not always answer reads as None, and ``is_loaded()`` tells."""

from __future__ import annotations

from pathlib import Path

import pytest
from field_reads import Reads, create_minimal, served, version_packages
from ruamel.yaml import YAML

from codegen.evidence import verdict
from codegen.versions import load
from didww_gen.v2026_04_16.models import Export, ExportFilters, PstnConfiguration, SipConfiguration, VoiceInTrunk
from didww_gen.v2026_04_16.testing import FakeDidww

ROOT = Path(__file__).parent.parent
VERSIONS = load(ROOT).versions
# the creates every version must take with only their required members (others need more of the world)
MUST_CREATE = {
    "addresses",
    "did_reservations",
    "exports",
    "identities",
    "orders",
    "shared_capacity_groups",
    "voice_in_trunk_groups",
    "voice_in_trunks",
    "voice_out_trunks",
}


@pytest.mark.parametrize("version", VERSIONS)
def test_every_field_of_every_served_resource_reads(version: str) -> None:
    _, fake_class = version_packages(version)
    fake = fake_class()
    reads = Reads()
    for model in served(fake, fake.client()):
        reads.read(model)
    assert reads.count > 1000
    assert not reads.raised, reads.messages
    assert not reads.untyped_none


@pytest.mark.parametrize("version", VERSIONS)
def test_every_field_of_a_minimal_create_reads(version: str) -> None:
    _, fake_class = version_packages(version)
    fake = fake_class()
    client = fake.client()
    reads, created = Reads(), set()
    for rtype, collection in fake.schema.collections.items():
        if "create" not in collection.operations or "find" not in collection.operations:
            continue
        made, why = create_minimal(fake, rtype)
        assert made is not None or rtype not in MUST_CREATE, why
        if made is not None:
            reads.read(getattr(client, collection.path).find(made))
            created.add(rtype)
    assert created >= MUST_CREATE
    assert not reads.raised, reads.messages
    assert not reads.untyped_none


def test_a_sip_trunk_created_with_only_its_host_answers_every_configuration_member() -> None:
    client = FakeDidww().client()
    made = VoiceInTrunk(name="Only host", configuration=SipConfiguration(host="sip.example.com"))
    trunk = client.voice_in_trunks.find(client.voice_in_trunks.create(made).id)
    configuration = trunk.configuration
    assert isinstance(configuration, SipConfiguration)
    assert configuration.codec_ids and configuration.transport_protocol_id is not None
    assert configuration.media_encryption_mode is not None and configuration.stir_shaken_mode is not None
    assert all(configuration.is_loaded(name) for name in SipConfiguration.__attributes__)
    pstn = VoiceInTrunk(name="Only dst", configuration=PstnConfiguration(dst="442037691880"))
    reads = Reads()
    reads.read(client.voice_in_trunks.find(client.voice_in_trunks.create(pstn).id))
    assert reads.count > 10 and not reads.raised and not reads.untyped_none


def test_a_value_not_always_answered_reads_as_none_and_is_loaded_tells_absent_from_set() -> None:
    filters = ExportFilters.model_validate({"year": 2021, "month": 3})
    assert filters.from_ is None and filters.did_number is None  # absent from the answer: None
    assert filters.is_loaded("year") and not filters.is_loaded("from_")
    export = Export.model_validate({"type": "exports", "id": "e1", "attributes": {"filters": {"year": 2021}}})
    assert export.filters is not None and export.filters.month is None


@pytest.mark.parametrize(
    ("evidence", "answered"),
    [
        ({"openapi": "required"}, "always"),
        ({"openapi": "required", "postman": "in 2 of 6 examples"}, "always"),  # the schema decides
        ({"openapi": "not required", "postman": "in 6 of 6 examples"}, "sometimes"),
        ({"postman": "in 6 of 6 examples"}, "always"),
        ({"openapi": "in 3 of 3 examples", "postman": "in 5 of 6 examples"}, "sometimes"),
        ({"postman": "in 0 of 0 examples"}, "sometimes"),
        ({}, "sometimes"),
    ],
)
def test_the_rule_of_always_answered(evidence: dict[str, str], answered: str) -> None:
    assert verdict(evidence) == answered


@pytest.mark.parametrize("version", VERSIONS)
def test_every_returned_attribute_of_the_spec_carries_its_verdict(version: str) -> None:
    folder = ROOT / "spec" / version
    yaml = YAML(typ="safe")
    objects = yaml.load(folder / "nested.yaml")["objects"]
    owners = [yaml.load(f).get("attributes") or {} for f in sorted(folder.glob("resources/*.yaml"))]
    owners += [o.get("attributes") or {} for o in objects.values() if o.get("direction") != "request"]
    for attributes in owners:
        for name, attribute in attributes.items():
            if not attribute.get("write_only"):
                assert attribute.get("answered") == verdict(attribute.get("evidence") or {}), name
