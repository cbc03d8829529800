"""The whole API (the latest version): repositories and operations, polymorphic values, order items, time zones."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from conftest import Recorder, jsonapi

from didww_gen.v2026_04_16 import API_VERSION, DidwwClient
from didww_gen.v2026_04_16.enums import AreaLevel, CallbackMethod, ExportType, OrderStatus, VoiceOutTrunkStatus
from didww_gen.v2026_04_16.models import (
    MODELS,
    Address,
    CredentialsAndIpAuthenticationMethod,
    DidOrderItem,
    DidReservationDocumentMeta,
    EmergencyOrderItem,
    EncryptedFile,
    Identity,
    IpOnlyAuthenticationMethod,
    Proof,
    ProofType,
    TwilioAuthenticationMethod,
)

# The list of operations, corrected where the reference documents disagree: proofs and
# permanent_supporting_documents have a PATCH endpoint (the OpenAPI document; the collection has none);
# encrypted_files' POST is the multipart upload (client.upload_encrypted_files), not a JSON:API create.
OPERATIONS = {
    "countries": "LF",
    "regions": "LF",
    "cities": "LF",
    "areas": "LF",
    "nanpa_prefixes": "LF",
    "pops": "L",
    "did_group_types": "LF",
    "did_groups": "LF",
    "available_dids": "LF",
    "proof_types": "LF",
    "public_keys": "L",
    "address_requirements": "LF",
    "supporting_document_templates": "LF",
    "balance": "F",
    "dids": "LFU",
    "did_history": "LF",
    "did_reservations": "LFCD",
    "voice_in_trunks": "LFCUD",
    "voice_in_trunk_groups": "LFCUD",
    "voice_out_trunks": "LFCUD",
    "voice_out_trunk_regenerate_credentials": "C",
    "capacity_pools": "LFU",
    "shared_capacity_groups": "LFCUD",
    "orders": "LFCUD",
    "exports": "LFCU",
    "identities": "LFCUD",
    "addresses": "LFCUD",
    "address_verifications": "LFCU",
    "encrypted_files": "LFD",
    "proofs": "LFCUD",
    "permanent_supporting_documents": "LFCUD",
    "address_requirement_validations": "C",
    "emergency_requirements": "LF",
    "emergency_requirement_validations": "C",
    "emergency_calling_services": "LFD",
    "emergency_verifications": "LFCU",
}
METHODS = {"L": "list", "F": "find", "C": "create", "U": "update", "D": "delete"}


@pytest.mark.parametrize("path", sorted(OPERATIONS))
def test_repository_has_exactly_the_api_operations(client: DidwwClient, path: str) -> None:
    repository = getattr(client, path)
    assert repository._path == path
    present = {letter for letter, method in METHODS.items() if hasattr(repository, method)}
    assert present == set(OPERATIONS[path])


def test_every_resource_type_has_a_model() -> None:
    include_only = {"stock_keeping_units", "qty_based_pricings"}
    assert len(MODELS) == len(OPERATIONS) + len(include_only)
    assert {"stock_keeping_units", "qty_based_pricings", "did_history", "balances"} <= set(MODELS)
    assert MODELS["voice_out_trunk_regenerate_credentials"].__name__ == "VoiceOutTrunkRegenerateCredential"


@pytest.mark.parametrize(("included", "cls"), [("identities", Identity), ("addresses", Address)])
def test_polymorphic_proof_entity(client: DidwwClient, recorder: Recorder, included: str, cls: type) -> None:
    body = {
        "data": {
            "id": "p1",
            "type": "proofs",
            "attributes": {"created_at": "2022-09-27T13:16:07.584Z", "expires_at": None},
            "relationships": {"entity": {"data": {"type": included, "id": "e1"}}},
        },
        "included": [{"id": "e1", "type": included, "attributes": {"description": "main"}}],
    }
    recorder.serve(jsonapi(200, body))
    proof = client.proofs.find("p1", include="entity")
    assert isinstance(proof.entity, cls)
    assert proof.entity is not None and proof.entity.description == "main"
    assert recorder.last.url.params["include"] == "entity"


def test_polymorphic_relationship_is_written_with_its_type(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve(jsonapi(201, {"data": {"id": "p2", "type": "proofs"}}))
    proof = Proof(entity=Address.ref("a1"), proof_type=ProofType.ref("t1"), files=[EncryptedFile.ref("f1")])
    client.proofs.create(proof)
    assert recorder.last_json()["data"]["relationships"]["entity"] == {"data": {"type": "addresses", "id": "a1"}}


def test_order_items_decode_to_their_classes(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get Order", "200 Ok").serve_example("Get Order", "200 Ok (Emergency Order)")
    order = client.orders.find("a6db3645-c2da-4327-be80-783fcacd7e42")
    assert order.status is OrderStatus.COMPLETED and order.amount == Decimal("8.0")
    (item,) = order.items or []
    assert isinstance(item, DidOrderItem)
    assert item.nrc == Decimal("4.0") and item.billed_from == dt.date(2026, 4, 9) and item.qty == 1
    emergency = client.orders.find("45d5f9ed-ecdc-47d0-93f5-b713d69b2fab")
    (item,) = emergency.items or []
    assert isinstance(item, EmergencyOrderItem) and item.emergency_calling_service_id


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("200 Ok (Credentials & IP-Based)", CredentialsAndIpAuthenticationMethod),
        ("200 Ok (IP Only)", IpOnlyAuthenticationMethod),
        ("200 Ok (Twilio)", TwilioAuthenticationMethod),
    ],
)
def test_voice_out_authentication_methods(client: DidwwClient, recorder: Recorder, name: str, cls: type) -> None:
    recorder.serve_example("Get Voice OUT Trunk", name)
    trunk = client.voice_out_trunks.find("457bf47d-446d-41cd-91c3-dfbda7bf0753")
    assert isinstance(trunk.authentication_method, cls)
    assert trunk.status is VoiceOutTrunkStatus.ACTIVE and trunk.meta is not None
    assert trunk.meta.spent_amount == Decimal("0.0")
    if isinstance(trunk.authentication_method, CredentialsAndIpAuthenticationMethod):
        assert trunk.authentication_method.password
        assert trunk.authentication_method.password not in repr(trunk)


def test_timestamps_without_offset_are_utc(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get DID reservation", "200 Ok (Simple request)")
    reservation = client.did_reservations.find("dd13cdb2-48ab-4374-94b3-56e162a659cd")
    assert reservation.created_at == dt.datetime(2018, 3, 15, 12, 14, 56, tzinfo=dt.timezone.utc)


def test_enums_of_the_new_resources() -> None:
    assert ExportType("cdr_out") is ExportType.CDR_OUT
    assert CallbackMethod.POST.value == "post" and AreaLevel("world_wide") is AreaLevel.WORLD_WIDE


def test_typed_document_meta_of_a_list(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get DID reservations")
    page = client.did_reservations.list()
    assert isinstance(page.meta, DidReservationDocumentMeta)
    assert page.meta.available_count == 9 and page.meta.total_records == 2 and page.meta.api_version == API_VERSION
