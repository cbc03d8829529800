"""Every create, update and delete of the API: the exact request the SDK sends (method, path, JSON body by equality).

Models are built as a user builds them (model classes, nested classes, ``Model.ref(id)`` then assignments) or
loaded first where that is the natural flow. Each write is answered with a reference example of its endpoint.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from functools import cached_property, reduce
from typing import Any, TypeVar

import pytest
from conftest import Recorder, jsonapi

import didww_gen.v2026_04_16.resources
from codegen.fixtures import example
from didww_gen._model import Resource
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.enums import (
    CallbackMethod,
    CliFormat,
    Codec,
    DefaultDstAction,
    ExportType,
    IdentityType,
    MediaEncryptionMode,
    OnCliMismatchAction,
    TransportProtocol,
    VoiceOutTrunkStatus,
)
from didww_gen.v2026_04_16.models import (
    MODELS,
    Address,
    AddressRequirement,
    AddressRequirementValidation,
    AddressVerification,
    AvailableDid,
    AvailableDidOrderItem,
    CapacityOrderItem,
    CapacityPool,
    Country,
    CredentialsAndIpAuthenticationMethod,
    Did,
    DidOrderItem,
    DidReservation,
    EmergencyCallingService,
    EmergencyRequirement,
    EmergencyRequirementValidation,
    EmergencyVerification,
    EncryptedFile,
    Export,
    ExportFilters,
    Identity,
    Order,
    PermanentSupportingDocument,
    Pop,
    Proof,
    ProofType,
    PstnConfiguration,
    ReservationDidOrderItem,
    SharedCapacityGroup,
    SipConfiguration,
    SupportingDocumentTemplate,
    TwilioAuthenticationMethod,
    VoiceInTrunk,
    VoiceInTrunkGroup,
    VoiceOutTrunk,
    VoiceOutTrunkRegenerateCredential,
)

R = TypeVar("R", bound=Resource)
Build = Callable[[], Resource]

# ids shared by several reference examples
DID_1, DID_2 = "f10d40c7-fd0b-4d63-bb9b-27810a1a8f5c", "a2b3c4d5-e6f7-8901-abcd-ef1234567890"
EMERGENCY_ADDRESS = "49f09b7f-c5bf-4c90-bac1-a8b335d2c3f0"
PROOF_ENTITY, PROOF_FILE = "27b0d641-1966-4191-a183-a763b0e964f9", "f4a3aa73-5f6a-4374-b8f1-54c1d4b463fd"
SKU = "b6d9d793-578d-42d3-bc33-73dd8155e615"
FROM, TO = dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc), dt.datetime(2026, 3, 31, 23, 59, 59, tzinfo=dt.timezone.utc)


def ref(cls: type[R], id: str, **changes: Any) -> R:
    """``Model.ref(id)`` then one assignment per field, as a user prepares an update."""
    model = cls.ref(id)
    for name, value in changes.items():
        setattr(model, name, value)
    return model


def write(client: DidwwClient, recorder: Recorder, model: Resource, reply: tuple[str, str]) -> Any:
    """Create (no id) or update (an id) ``model`` through its repository; check method and path; return the body."""
    recorder.serve_example(*reply)
    repository = getattr(client, model.TYPE)
    if not model.is_loaded("id"):  # built locally: no id until created
        expected = ("POST", f"/v3/{model.TYPE}")
        result = repository.create(model)
    else:
        expected = ("PATCH", f"/v3/{model.TYPE}/{model.id}")
        result = repository.update(model)
    assert (recorder.last.method, recorder.last.url.path, recorder.last.url.query) == (*expected, b"")
    assert recorder.last.headers["Content-Type"] == "application/vnd.api+json"
    assert isinstance(result, type(model)) and result.id
    return recorder.last_json()


# -- writes whose exact body is a reference request example ------------------------------------------------
# (build, the example that documents the request and answers it, a literal path into data, its literal value)
DOCUMENTED = [
    pytest.param(
        lambda: ref(
            Did,
            "46e129f1-deaa-44db-8915-2646de4d4c70",
            terminated=False,
            pending_removal=False,
            description="string",
            capacity_limit=1,
        ),
        ("Update DID", "200 OK (Simple resource PATCH)"),
        ("attributes", "capacity_limit"),
        1,
        id="dids-simple-patch",
    ),
    pytest.param(
        lambda: ref(
            Did,
            "a8d13b71-8f0b-4393-8992-ff5e4e7521f9",
            capacity_pool=CapacityPool.ref("1eb75a47-38b6-4ec2-8990-fe249ffd7b92"),
            dedicated_channels_count=2,
        ),
        ("Update DID", "200 OK (Assign dedicated capacity)"),
        ("attributes", "dedicated_channels_count"),
        2,
        id="dids-capacity-pool-dedicated-channels",
    ),
    pytest.param(
        lambda: ref(
            Did,
            "a8d13b71-8f0b-4393-8992-ff5e4e7521f9",
            shared_capacity_group=SharedCapacityGroup.ref("8a581244-de83-4c46-ac0a-32659279169e"),
        ),
        ("Update DID", "200 OK (Assign shared capacity)"),
        ("relationships", "shared_capacity_group", "data", "type"),
        "shared_capacity_groups",
        id="dids-shared-capacity-group",
    ),
    pytest.param(
        lambda: ref(Did, "44957076-778a-4802-b60c-d22db0cda284", emergency_calling_service=None),
        ("Update DID", "200 OK (Unassign Emergency Calling Service)"),
        ("relationships", "emergency_calling_service"),
        {"data": None},
        id="dids-clear-emergency-calling-service",
    ),
    pytest.param(
        lambda: VoiceInTrunk(
            external_reference_id="test",
            name="Office Mobile",
            capacity_limit=5,
            configuration=PstnConfiguration(dst="1xxxxxxxxx"),
        ),
        ("Create PSTN Trunk", "201 Created (PSTN)"),
        ("attributes", "configuration"),
        {"type": "pstn_configurations", "attributes": {"dst": "1xxxxxxxxx"}},
        id="voice_in_trunks-create-pstn",
    ),
    pytest.param(
        lambda: ref(
            VoiceInTrunk,
            "081ad751-d790-4e70-9c92-7c18f6b50a6d",
            name="New trunk",
            pop=Pop.ref("cb5ea690-e3a3-4781-a4f3-3bd0123284dd"),
        ),
        ("Update SIP Trunk", "200 OK (SIP with POP)"),
        ("attributes", "name"),
        "New trunk",
        id="voice_in_trunks-update-sip-name-and-pop",
    ),
    pytest.param(
        lambda: ref(
            VoiceInTrunk, "989d8259-9c4f-4449-97b7-a3480b1cffff", configuration=PstnConfiguration(dst="7xxxxxxxx")
        ),
        ("Update PSTN Trunk", "200 OK (PSTN)"),
        ("attributes", "configuration", "attributes", "dst"),
        "7xxxxxxxx",
        id="voice_in_trunks-update-pstn",
    ),
    pytest.param(
        lambda: VoiceInTrunkGroup(
            name="Main group",
            capacity_limit=100,
            voice_in_trunks=[
                VoiceInTrunk.ref("b7a9d1ce-6a89-4071-bc0d-486ee223787d"),
                VoiceInTrunk.ref("7ca415f8-8342-427a-bbfc-171b995f75d6"),
                VoiceInTrunk.ref("46aa9cac-a8dd-4a06-82db-cb0731e53ba0"),
            ],
        ),
        ("Create Voice In Trunk Group", "201 Created (Create and Assign Trunks)"),
        ("relationships", "voice_in_trunks", "data", 2, "id"),
        "46aa9cac-a8dd-4a06-82db-cb0731e53ba0",
        id="voice_in_trunk_groups-create-with-trunks",
    ),
    pytest.param(
        lambda: ref(VoiceInTrunkGroup, "43deb3aa-674a-465e-ac16-fb3084325ec7", name="Renamed group", capacity_limit=1),
        ("Update Voice In Trunk Group", "200 OK (Simple Update)"),
        ("attributes", "name"),
        "Renamed group",
        id="voice_in_trunk_groups-update-attributes",
    ),
    pytest.param(
        lambda: ref(VoiceInTrunkGroup, "e74fcf6a-bb8d-4ee0-9980-bdc24a728b9a", voice_in_trunks=[]),
        ("Update Voice In Trunk Group", "200 OK (Remove Trunks from the Group)"),
        ("relationships", "voice_in_trunks"),
        {"data": []},
        id="voice_in_trunk_groups-remove-all-trunks",
    ),
    pytest.param(
        lambda: VoiceOutTrunk(
            name="Trunk twilio",
            on_cli_mismatch_action=OnCliMismatchAction.SEND_ORIGINAL_CLI,
            authentication_method=TwilioAuthenticationMethod(twilio_account_sid="AC39347AF064AF97E1682C3B8882DAAEE6"),
        ),
        ("Create Voice OUT Trunk", "201 Created (Twilio)"),
        ("attributes", "authentication_method", "attributes", "twilio_account_sid"),
        "AC39347AF064AF97E1682C3B8882DAAEE6",
        id="voice_out_trunks-create-twilio",
    ),
    pytest.param(
        lambda: VoiceOutTrunk(
            name="Trunk with emergency DIDs",
            on_cli_mismatch_action=OnCliMismatchAction.SEND_ORIGINAL_CLI,
            emergency_enable_all=False,
            authentication_method=CredentialsAndIpAuthenticationMethod(allowed_sip_ips=["192.168.1.1"]),
            emergency_dids=[Did.ref(DID_1), Did.ref(DID_2)],
        ),
        ("Create Voice OUT Trunk", "201 Created (With Emergency DIDs)"),
        ("attributes", "emergency_enable_all"),
        False,
        id="voice_out_trunks-create-with-emergency-dids",
    ),
    pytest.param(
        lambda: ref(
            VoiceOutTrunk,
            "f1869b6a-4999-457c-98b1-376e25519096",
            emergency_enable_all=False,
            emergency_dids=[Did.ref(DID_1), Did.ref(DID_2)],
        ),
        ("Update Voice OUT Trunk", "200 OK (Assign Emergency DIDs)"),
        ("relationships", "emergency_dids", "data", 0),
        {"type": "dids", "id": DID_1},
        id="voice_out_trunks-update-emergency-dids",
    ),
    pytest.param(
        lambda: ref(
            VoiceOutTrunk,
            "1ca6c79a-5a04-44e3-856c-60f66aa93b51",
            authentication_method=TwilioAuthenticationMethod(twilio_account_sid="AC39347AF064AF97E1682C3B7772DAAEE6"),
        ),
        ("Update Voice OUT Trunk", "200 OK (credentials_and_ip → twilio)"),
        ("attributes", "authentication_method", "type"),
        "twilio",
        id="voice_out_trunks-update-authentication-method",
    ),
    pytest.param(
        lambda: VoiceOutTrunkRegenerateCredential(
            voice_out_trunk=VoiceOutTrunk.ref("457bf47d-446d-41cd-91c3-dfbda7bf0753")
        ),
        ("Voice OUT Trunk Regenerate Credentials", "201 Created"),
        ("relationships", "voice_out_trunk", "data", "id"),
        "457bf47d-446d-41cd-91c3-dfbda7bf0753",
        id="voice_out_trunk_regenerate_credentials-create",
    ),
    pytest.param(
        lambda: DidReservation(
            description="DIDWW", available_did=AvailableDid.ref("8bc37f63-acd7-4e43-a760-1a1caa6e4683")
        ),
        ("Create DID reservation", "201 Created"),
        ("attributes", "description"),
        "DIDWW",
        id="did_reservations-create",
    ),
    pytest.param(
        lambda: ref(CapacityPool, "b8db1d7c-f415-4530-a340-c774bcc1c55f", total_channels_count=8),
        ("Update Capacity Pool", "200 OK"),
        ("attributes", "total_channels_count"),
        8,
        id="capacity_pools-update-total-channels",
    ),
    pytest.param(
        lambda: SharedCapacityGroup(
            name="Sample Capacity Group",
            metered_channels_count=5,
            shared_channels_count=3,
            external_reference_id="test",
            capacity_pool=CapacityPool.ref("1e9e4362-bc5c-47f3-a2bb-c17afa66f3fa"),
        ),
        ("Create Shared Capacity Groups", "201 Created (Simple Create)"),
        ("attributes", "shared_channels_count"),
        3,
        id="shared_capacity_groups-create",
    ),
    pytest.param(
        lambda: SharedCapacityGroup(
            capacity_pool=CapacityPool.ref("1e9e4362-bc5c-47f3-a2bb-c17afa66f3fa"),
            name="Sample Capacity Group",
            shared_channels_count=3,
            metered_channels_count=5,
            dids=[Did.ref("091b6984-07f7-4eca-a42c-f1856248d646"), Did.ref("88b0e9a1-5d8e-4737-8f31-43f0b2aa2861")],
        ),
        ("Create Shared Capacity Groups", "201 Created (Create and Assign DIDs)"),
        ("relationships", "dids", "data", 1, "id"),
        "88b0e9a1-5d8e-4737-8f31-43f0b2aa2861",
        id="shared_capacity_groups-create-with-dids",
    ),
    pytest.param(
        lambda: ref(SharedCapacityGroup, "71afa2e2-8d46-4ea3-988d-aa112ed98b5e", name="Renamed group"),
        ("Update Shared Capacity Groups", "200 OK (Simple Update)"),
        ("attributes", "name"),
        "Renamed group",
        id="shared_capacity_groups-update-name",
    ),
    pytest.param(
        lambda: ref(SharedCapacityGroup, "71afa2e2-8d46-4ea3-988d-aa112ed98b5e", dids=[]),
        ("Update Shared Capacity Groups", "200 OK (Update and Remove DIDs)"),
        ("relationships", "dids"),
        {"data": []},
        id="shared_capacity_groups-update-remove-dids",
    ),
    pytest.param(
        lambda: Order(
            allow_back_ordering=True, items=[DidOrderItem(qty=15, sku_id="a78bb6d8-b05e-4e12-afe6-ad84ac979088")]
        ),
        ("Create DID order", "201 Created (allow_back_ordering = true)"),
        ("attributes", "items", 0),
        {"type": "did_order_items", "attributes": {"sku_id": "a78bb6d8-b05e-4e12-afe6-ad84ac979088", "qty": 15}},
        id="orders-create-did-items-back-ordering",
    ),
    pytest.param(
        lambda: Order(allow_back_ordering=False, items=[DidOrderItem(qty=15, sku_id=SKU)]),
        ("Create DID order", "201 Created (allow_back_ordering = false)"),
        ("attributes", "allow_back_ordering"),
        False,
        id="orders-create-no-back-ordering",
    ),
    pytest.param(
        lambda: Order(
            allow_back_ordering=False,
            external_reference_id="test",
            items=[
                AvailableDidOrderItem(
                    available_did_id="d8d2a70e-f0d5-4020-8a95-baf0a3b5ea67",
                    sku_id="87953f10-5e3f-4099-9968-d1d9aba8cfa5",
                )
            ],
        ),
        ("Create DID order", "201 Created (Available DID ID and set external_reference_id)"),
        ("attributes", "items", 0, "attributes", "available_did_id"),
        "d8d2a70e-f0d5-4020-8a95-baf0a3b5ea67",
        id="orders-create-available-did",
    ),
    pytest.param(
        lambda: Order(
            allow_back_ordering=False,
            items=[ReservationDidOrderItem(did_reservation_id="2a1d98d2-eafd-4332-80d5-5ecd36411eb3", sku_id=SKU)],
        ),
        ("Create DID order", "201 Created (DID Reservation ID)"),
        ("attributes", "items", 0, "attributes", "did_reservation_id"),
        "2a1d98d2-eafd-4332-80d5-5ecd36411eb3",
        id="orders-create-reservation",
    ),
    # "201 Created (NPA/NXX)" orders without qty, which the OpenAPI document refuses (exactly one of qty,
    # available_did_id, did_reservation_id): refused before sending (tests/test_order_item_ways.py); an NPA/NXX
    # item with its qty: "orders-create-nanpa-prefix-and-billing-cycles" below
    pytest.param(
        lambda: Order(
            allow_back_ordering=True,
            callback_url="http://10.201.10.1/test.php",
            callback_method=CallbackMethod.GET,
            items=[DidOrderItem(qty=1, sku_id="a7a7ffae-14cc-4e24-8682-6083a050fae7")],
        ),
        ("Create DID order", "201 Created (Callback example)"),
        ("attributes", "callback_method"),
        "get",
        id="orders-create-callback",
    ),
    pytest.param(
        lambda: Order(items=[CapacityOrderItem(capacity_pool_id="c5f87307-7c80-417c-9ec3-18e0241c4228", qty=1)]),
        ("Create Capacity order", "201 Created (Purchasing Capacity)"),
        ("attributes", "items", 0, "type"),
        "capacity_order_items",
        id="orders-create-capacity",
    ),
    pytest.param(
        lambda: ref(Order, "a6db3645-c2da-4327-be80-783fcacd7e42", external_reference_id="test"),
        ("Update Order", "200 OK"),
        ("attributes", "external_reference_id"),
        "test",
        id="orders-update-external-reference-id",
    ),
    pytest.param(
        lambda: Export(
            export_type=ExportType.CDR_IN,
            external_reference_id="test",
            filters=ExportFilters(from_=FROM, to=TO, did_number="123456789"),
        ),
        ("Create CDR In Export", "201 Created (CDR In Export)"),
        ("attributes", "filters", "did_number"),
        "123456789",
        id="exports-create-cdr-in",
    ),
    pytest.param(
        lambda: Export(
            callback_url="http://10.201.10.1/test.php",
            callback_method=CallbackMethod.GET,
            export_type=ExportType.CDR_IN,
            filters=ExportFilters(from_=FROM, to=TO, did_number="123456789"),
        ),
        ("Create CDR In Export", "201 Created (CDR In Export with Callback)"),
        ("attributes", "callback_url"),
        "http://10.201.10.1/test.php",
        id="exports-create-cdr-in-callback",
    ),
    pytest.param(
        lambda: Export(export_type=ExportType.CDR_OUT, filters=ExportFilters(from_=FROM, to=TO)),
        ("Create CDR Out Export", "201 Created (CDR Out Export)"),
        ("attributes", "filters"),
        {"from": "2026-03-01 00:00:00", "to": "2026-03-31 23:59:59"},
        id="exports-create-cdr-out",
    ),
    pytest.param(
        lambda: Export(
            export_type=ExportType.CDR_OUT,
            callback_url="http://10.201.10.1/test.php",
            callback_method=CallbackMethod.GET,
            filters=ExportFilters(from_=FROM, to=TO, voice_out_trunk_id="457bf47d-446d-41cd-91c3-dfbda7bf0753"),
        ),
        ("Create CDR Out Export", "201 Created (CDR Out Export with Callback)"),
        ("attributes", "filters", "voice_out_trunk.id"),
        "457bf47d-446d-41cd-91c3-dfbda7bf0753",
        id="exports-create-cdr-out-voice-out-trunk",
    ),
    pytest.param(
        lambda: ref(Export, "77ebb57f-7b01-4178-bc84-9d1a8d2ae850", external_reference_id="test"),
        ("Update Export", "200 OK"),
        ("attributes", "external_reference_id"),
        "test",
        id="exports-update-external-reference-id",
    ),
    pytest.param(
        lambda: Identity(
            first_name="string",
            last_name="string",
            phone_number="string",
            id_number="string",
            description="string",
            personal_tax_id="string",
            identity_type=IdentityType.PERSONAL,
        ),
        ("Create Personal Identity", "201 Created (Create Personal Identity)"),
        ("attributes", "identity_type"),
        "personal",
        id="identities-create-personal",
    ),
    pytest.param(
        lambda: ref(
            Identity,
            "46e129f1-deaa-44db-8915-2646de4d4c70",
            birth_date=dt.date(2000, 1, 1),
            phone_number="353-1-9015266",
            last_name="Smith",
            vat_id=None,
            id_number="0000000000",
            description="string",
            personal_tax_id="string",
        ),
        ("Update Personal Identity", "200 OK (Simple Resource Patch)"),
        ("attributes", "birth_date"),
        "2000-01-01",
        id="identities-update",
    ),
    pytest.param(
        lambda: Address(
            external_reference_id="test",
            city_name="string",
            postal_code="string",
            address="string",
            description="string",
            identity=Identity.ref("6c832a1d-b19d-471b-b416-9b5bf2b6ef9d"),
            country=Country.ref("38003e8b-cccc-41d4-b1a6-d1e6fddf2c0f"),
        ),
        ("Create Address", "201 Created"),
        ("relationships", "country", "data"),
        {"type": "countries", "id": "38003e8b-cccc-41d4-b1a6-d1e6fddf2c0f"},
        id="addresses-create",
    ),
    pytest.param(
        lambda: ref(
            Address,
            "46e129f1-deaa-44db-8915-2646de4d4c70",
            city_name="string",
            postal_code="string",
            address="string",
            description="string",
        ),
        ("Update Address", "200 OK (Simple Resource Patch)"),
        ("attributes", "postal_code"),
        "string",
        id="addresses-update",
    ),
    pytest.param(
        lambda: AddressVerification(
            external_reference_id="test",
            callback_url="http://10.201.10.1/test.php",
            callback_method=CallbackMethod.GET,
            onetime_files=[EncryptedFile.ref("96fb69e0-d5bb-4637-b740-28349f1a4274")],
            dids=[Did.ref("723ba6a6-ec10-45f5-b2ba-84be6a4e0eb2")],
            address=Address.ref("f13240d5-d3cc-4c05-a529-fb63a0027118"),
        ),
        ("Create Address Verification", "201 Created (Create Address Verification)"),
        ("relationships", "onetime_files", "data"),
        [{"type": "encrypted_files", "id": "96fb69e0-d5bb-4637-b740-28349f1a4274"}],
        id="address_verifications-create",
    ),
    pytest.param(
        lambda: AddressVerification(
            callback_url="http://10.201.10.1/test.php",
            callback_method=CallbackMethod.GET,
            service_description="string",
            onetime_files=[EncryptedFile.ref("96fb69e0-d5bb-4637-b740-28349f1a4274")],
            dids=[Did.ref("723ba6a6-ec10-45f5-b2ba-84be6a4e0eb2")],
            address=Address.ref("f13240d5-d3cc-4c05-a529-fb63a0027118"),
        ),
        ("Create Address Verification", "201 Created (Create Address Verification with Service Description)"),
        ("attributes", "service_description"),
        "string",
        id="address_verifications-create-service-description",
    ),
    pytest.param(
        lambda: ref(AddressVerification, "c8e004b0-87ec-4987-b4fb-ee89db099f0e", external_reference_id="test"),
        ("Update Address Verification", "200 OK"),
        ("attributes", "external_reference_id"),
        "test",
        id="address_verifications-update-external-reference-id",
    ),
    pytest.param(
        lambda: Proof(
            external_reference_id="test",
            files=[EncryptedFile.ref(PROOF_FILE)],
            proof_type=ProofType.ref("80253913-cd8b-4ce2-91a9-9299587ac409"),
            entity=Identity.ref(PROOF_ENTITY),
        ),
        ("Create Proof", "201 Created (Resource Creation Example: Identities)"),
        ("relationships", "entity", "data"),
        {"type": "identities", "id": PROOF_ENTITY},
        id="proofs-create-identity-entity",
    ),
    pytest.param(
        lambda: Proof(
            files=[EncryptedFile.ref(PROOF_FILE)],
            proof_type=ProofType.ref("80253913-cd8b-4ce2-91a9-9299587ac409"),
            entity=Address.ref(PROOF_ENTITY),
        ),
        ("Create Proof", "201 Created (Resource Creation Example: Addresses)"),
        ("relationships", "entity", "data"),
        {"type": "addresses", "id": PROOF_ENTITY},
        id="proofs-create-address-entity",
    ),
    pytest.param(
        lambda: PermanentSupportingDocument(
            external_reference_id="test",
            files=[EncryptedFile.ref(PROOF_FILE)],
            template=SupportingDocumentTemplate.ref("4199435f-646e-4e9d-a143-8f3b972b10c5"),
            identity=Identity.ref(PROOF_ENTITY),
        ),
        ("Create Permanent Supporting Document", "201 Created (with external_reference_id)"),
        ("relationships", "template", "data", "type"),
        "supporting_document_templates",
        id="permanent_supporting_documents-create",
    ),
    pytest.param(
        lambda: AddressRequirementValidation(
            address_requirement=AddressRequirement.ref("ID_of_requirements"),
            address=Address.ref("ID_of_Address"),
            identity=Identity.ref("ID_of_Identity"),
        ),
        ("Address Requirement Validations", "201 Created (Validation Request Success)"),
        ("relationships", "address_requirement", "data"),
        {"type": "address_requirements", "id": "ID_of_requirements"},
        id="address_requirement_validations-create",
    ),
    pytest.param(
        lambda: EmergencyRequirementValidation(
            emergency_requirement=EmergencyRequirement.ref("d210e6e4-1716-4342-b04c-7a6ef6feb171"),
            address=Address.ref(EMERGENCY_ADDRESS),
            identity=Identity.ref("f13240d5-d3cc-4c05-a529-fb63a0027118"),
        ),
        ("Emergency Requirement Validations", "201 Created (Validation Request Success)"),
        ("relationships", "identity", "data", "id"),
        "f13240d5-d3cc-4c05-a529-fb63a0027118",
        id="emergency_requirement_validations-create-identity-and-address",
    ),
    pytest.param(
        lambda: EmergencyVerification(
            callback_url="https://example.com/callbacks/emergency",
            callback_method=CallbackMethod.POST,
            external_reference_id="test",
            address=Address.ref(EMERGENCY_ADDRESS),
            dids=[Did.ref(DID_1), Did.ref(DID_2)],
        ),
        ("Create Emergency Verification (New Calling Service)", "201 Created (Create Emergency Verification)"),
        ("relationships", "dids", "data", 1),
        {"type": "dids", "id": DID_2},
        id="emergency_verifications-create-address-and-dids",
    ),
    pytest.param(
        lambda: EmergencyVerification(
            address=Address.ref(EMERGENCY_ADDRESS),
            external_reference_id="test",
            callback_url="https://example.com/callbacks/emergency",
            callback_method=CallbackMethod.POST,
            emergency_calling_service=EmergencyCallingService.ref("a1b2c3d4-e5f6-7890-abcd-ef1234567890"),
        ),
        ("Create Emergency Verification (Existing Calling Service)", "201 Created (Create Emergency Verification)"),
        ("relationships", "emergency_calling_service", "data", "type"),
        "emergency_calling_services",
        id="emergency_verifications-create-address-and-calling-service",
    ),
    pytest.param(
        lambda: ref(EmergencyVerification, "c8e004b0-87ec-4987-b4fb-ee89db099f0e", external_reference_id="test"),
        ("Update Emergency Verification", "200 OK"),
        ("attributes", "external_reference_id"),
        "test",
        id="emergency_verifications-update-external-reference-id",
    ),
]


@pytest.mark.parametrize(("build", "reply", "path", "value"), DOCUMENTED)
def test_write_sends_the_documented_request(
    client: DidwwClient, recorder: Recorder, build: Build, reply: tuple[str, str], path: tuple[Any, ...], value: Any
) -> None:
    sent = write(client, recorder, build(), reply)
    assert reduce(lambda node, key: node[key], path, sent["data"]) == value
    assert sent == json.loads(example(*reply).request_body)


# -- writes without a reference request of exactly that shape: the body written out ------------------------
LITERAL = [
    pytest.param(
        lambda: ref(Did, "d1", voice_in_trunk=VoiceInTrunk.ref("t1")),
        ("Update DID", "200 OK (Assign trunk)"),
        {
            "data": {
                "type": "dids",
                "id": "d1",
                "relationships": {
                    "voice_in_trunk": {"data": {"type": "voice_in_trunks", "id": "t1"}},
                    "voice_in_trunk_group": {"data": None},
                },
            }
        },
        id="dids-assign-trunk-clears-group",
    ),
    pytest.param(
        lambda: ref(Did, "d1", voice_in_trunk_group=VoiceInTrunkGroup.ref("g1")),
        ("Update DID", "200 OK (Assign trunk group)"),
        {
            "data": {
                "type": "dids",
                "id": "d1",
                "relationships": {
                    "voice_in_trunk_group": {"data": {"type": "voice_in_trunk_groups", "id": "g1"}},
                    "voice_in_trunk": {"data": None},
                },
            }
        },
        id="dids-assign-trunk-group-clears-trunk",
    ),
    pytest.param(
        lambda: ref(Did, "d1", terminated=True),
        ("Update DID", "200 OK (Simple resource PATCH)"),
        {"data": {"type": "dids", "id": "d1", "attributes": {"terminated": True}}},
        id="dids-terminate",
    ),
    pytest.param(
        lambda: ref(Did, "d1", billing_cycles_count=2),
        ("Update DID", "200 OK (Simple resource PATCH)"),
        {"data": {"type": "dids", "id": "d1", "attributes": {"billing_cycles_count": 2}}},
        id="dids-billing-cycles-count",
    ),
    pytest.param(
        lambda: ref(Did, "d1", billing_cycles_count=None),
        ("Update DID", "200 OK (Simple resource PATCH)"),
        {"data": {"type": "dids", "id": "d1", "attributes": {"billing_cycles_count": None}}},
        id="dids-billing-cycles-count-renew-forever",
    ),
    pytest.param(
        lambda: VoiceInTrunk(
            name="Office SIP",
            capacity_limit=18,
            cli_format=CliFormat.E164,
            cli_prefix="+1",
            configuration=SipConfiguration(
                username="{DID}",
                host="example.com",
                port=5060,
                codec_ids=[Codec.PCMU, Codec.PCMA],
                transport_protocol_id=TransportProtocol.TCP,
                enabled_sip_registration=False,
                use_did_in_ruri=False,
            ),
            pop=Pop.ref("p1"),
            voice_in_trunk_group=VoiceInTrunkGroup.ref("g1"),
        ),
        ("Create SIP Trunk", "201 Created (SIP)"),
        {
            "data": {
                "type": "voice_in_trunks",
                "attributes": {
                    "capacity_limit": 18,
                    "name": "Office SIP",
                    "cli_format": "e164",
                    "cli_prefix": "+1",
                    "configuration": {
                        "type": "sip_configurations",
                        "attributes": {
                            "username": "{DID}",
                            "host": "example.com",
                            "port": 5060,
                            "codec_ids": [9, 10],
                            "transport_protocol_id": 2,
                            "enabled_sip_registration": False,
                            "use_did_in_ruri": False,
                        },
                    },
                },
                "relationships": {
                    "pop": {"data": {"type": "pops", "id": "p1"}},
                    "voice_in_trunk_group": {"data": {"type": "voice_in_trunk_groups", "id": "g1"}},
                },
            }
        },
        id="voice_in_trunks-create-sip-with-pop-and-group",
    ),
    pytest.param(
        lambda: ref(
            VoiceInTrunk,
            "t1",
            priority=1,
            weight=2,
            ringing_timeout=30,
            configuration=SipConfiguration(username="new_username", codec_ids=[Codec.G729], auth_enabled=False),
        ),
        ("Update SIP Trunk", "200 OK (SIP)"),
        {
            "data": {
                "type": "voice_in_trunks",
                "id": "t1",
                "attributes": {
                    "priority": 1,
                    "weight": 2,
                    "ringing_timeout": 30,
                    "configuration": {
                        "type": "sip_configurations",
                        "attributes": {"username": "new_username", "codec_ids": [8], "auth_enabled": False},
                    },
                },
            }
        },
        id="voice_in_trunks-update-sip-configuration",
    ),
    pytest.param(
        lambda: ref(VoiceInTrunkGroup, "g1", voice_in_trunks=[VoiceInTrunk.ref("t1"), VoiceInTrunk.ref("t2")]),
        ("Update Voice In Trunk Group", "200 OK (Simple Update)"),
        {
            "data": {
                "type": "voice_in_trunk_groups",
                "id": "g1",
                "relationships": {
                    "voice_in_trunks": {
                        "data": [{"type": "voice_in_trunks", "id": "t1"}, {"type": "voice_in_trunks", "id": "t2"}]
                    }
                },
            }
        },
        id="voice_in_trunk_groups-replace-trunks",
    ),
    pytest.param(
        lambda: VoiceOutTrunk(
            name="Outbound",
            authentication_method=CredentialsAndIpAuthenticationMethod(
                allowed_sip_ips=["203.0.113.0/24", "2001:db8::1"], tech_prefix="77#"
            ),
        ),
        ("Create Voice OUT Trunk", "201 Created (Credentials & IP-Based)"),
        {
            "data": {
                "type": "voice_out_trunks",
                "attributes": {
                    "name": "Outbound",
                    "authentication_method": {
                        "type": "credentials_and_ip",
                        "attributes": {"allowed_sip_ips": ["203.0.113.0/24", "2001:db8::1"], "tech_prefix": "77#"},
                    },
                },
            }
        },
        id="voice_out_trunks-create-credentials-and-ip",
    ),
    pytest.param(
        lambda: ref(VoiceOutTrunk, "o1", dids=[Did.ref("d1"), Did.ref("d2")]),
        ("Update Voice OUT Trunk", "200 OK (Assign Emergency DIDs)"),
        {
            "data": {
                "type": "voice_out_trunks",
                "id": "o1",
                "relationships": {"dids": {"data": [{"type": "dids", "id": "d1"}, {"type": "dids", "id": "d2"}]}},
            }
        },
        id="voice_out_trunks-update-dids",
    ),
    pytest.param(
        # the "Voice OUT trunk" request body example of the Update Voice OUT Trunk description
        lambda: ref(
            VoiceOutTrunk,
            "457bf47d-446d-41cd-91c3-dfbda7bf0753",
            name="Outbound trunk 99",
            on_cli_mismatch_action=OnCliMismatchAction.SEND_ORIGINAL_CLI,
            capacity_limit=300,
            allow_any_did_as_cli=False,
            status=VoiceOutTrunkStatus.BLOCKED,
            threshold_amount=Decimal("1000.0"),
            default_dst_action=DefaultDstAction.ALLOW_ALL,
            dst_prefixes=["23", "45"],
            media_encryption_mode=MediaEncryptionMode.DISABLED,
            allowed_rtp_ips=["192.168.1.1"],
            force_symmetric_rtp=True,
            rtp_ping=True,
            rtp_timeout=30,
            emergency_enable_all=False,
            authentication_method=CredentialsAndIpAuthenticationMethod(
                allowed_sip_ips=["192.168.1.1"], tech_prefix=None
            ),
        ),
        ("Update Voice OUT Trunk", "200 OK (ip_only → credentials_and_ip)"),
        {
            "data": {
                "id": "457bf47d-446d-41cd-91c3-dfbda7bf0753",
                "type": "voice_out_trunks",
                "attributes": {
                    "name": "Outbound trunk 99",
                    "on_cli_mismatch_action": "send_original_cli",
                    "capacity_limit": 300,
                    "allow_any_did_as_cli": False,
                    "status": "blocked",
                    "threshold_amount": "1000.0",
                    "default_dst_action": "allow_all",
                    "dst_prefixes": ["23", "45"],
                    "media_encryption_mode": "disabled",
                    "allowed_rtp_ips": ["192.168.1.1"],
                    "force_symmetric_rtp": True,
                    "rtp_ping": True,
                    "rtp_timeout": 30,
                    "emergency_enable_all": False,
                    "authentication_method": {
                        "type": "credentials_and_ip",
                        "attributes": {"allowed_sip_ips": ["192.168.1.1"], "tech_prefix": None},
                    },
                },
            }
        },
        id="voice_out_trunks-update-all-attributes",
    ),
    pytest.param(
        lambda: Order(
            items=[
                DidOrderItem(sku_id="s1", qty=2, nanpa_prefix_id="n1", billing_cycles_count=0),
                AvailableDidOrderItem(sku_id="s2", available_did_id="a1", billing_cycles_count=None),
                ReservationDidOrderItem(sku_id="s3", did_reservation_id="r1", billing_cycles_count=3),
            ],
        ),
        ("Create DID order", "201 Created (NPA/NXX)"),
        {
            "data": {
                "type": "orders",
                "attributes": {
                    "items": [
                        {
                            "type": "did_order_items",
                            "attributes": {
                                "sku_id": "s1",
                                "qty": 2,
                                "billing_cycles_count": 0,
                                "nanpa_prefix_id": "n1",
                            },
                        },
                        {
                            "type": "did_order_items",
                            "attributes": {"sku_id": "s2", "available_did_id": "a1", "billing_cycles_count": None},
                        },
                        {
                            "type": "did_order_items",
                            "attributes": {"sku_id": "s3", "did_reservation_id": "r1", "billing_cycles_count": 3},
                        },
                    ]
                },
            }
        },
        id="orders-create-nanpa-prefix-and-billing-cycles",
    ),
    pytest.param(
        lambda: Identity(
            identity_type=IdentityType.BUSINESS,
            first_name="Jane",
            last_name="Doe",
            phone_number="4420000000",
            id_number="AB123",
            birth_date=dt.date(1980, 2, 29),
            company_name="Acme Ltd",
            company_reg_number="12345",
            vat_id="GB123",
            description="HQ",
            personal_tax_id="T1",
            contact_email="jane@example.com",
            country=Country.ref("c1"),
            birth_country=Country.ref("c2"),
        ),
        ("Create Business Identity", "201 Created (Create Business Identity)"),
        {
            "data": {
                "type": "identities",
                "attributes": {
                    "first_name": "Jane",
                    "last_name": "Doe",
                    "phone_number": "4420000000",
                    "id_number": "AB123",
                    "birth_date": "1980-02-29",
                    "company_name": "Acme Ltd",
                    "company_reg_number": "12345",
                    "vat_id": "GB123",
                    "description": "HQ",
                    "personal_tax_id": "T1",
                    "contact_email": "jane@example.com",
                    "identity_type": "business",
                },
                "relationships": {
                    "country": {"data": {"type": "countries", "id": "c1"}},
                    "birth_country": {"data": {"type": "countries", "id": "c2"}},
                },
            }
        },
        id="identities-create-business",
    ),
    pytest.param(
        # the reference's "without Callback" example sends "attributes": {}; the SDK leaves the empty member out
        lambda: EmergencyVerification(address=Address.ref("a1"), dids=[Did.ref("d1")]),
        (
            "Create Emergency Verification (New Calling Service)",
            "201 Created (Create Emergency Verification without Callback)",
        ),
        {
            "data": {
                "type": "emergency_verifications",
                "relationships": {
                    "address": {"data": {"type": "addresses", "id": "a1"}},
                    "dids": {"data": [{"type": "dids", "id": "d1"}]},
                },
            }
        },
        id="emergency_verifications-create-without-callback",
    ),
]


@pytest.mark.parametrize(("build", "reply", "body"), LITERAL)
def test_write_sends_exactly(
    client: DidwwClient, recorder: Recorder, build: Build, reply: tuple[str, str], body: dict[str, Any]
) -> None:
    assert write(client, recorder, build(), reply) == body


VALIDATIONS: dict[str, tuple[type[Resource], type[Resource], str]] = {
    "address": (AddressRequirementValidation, AddressRequirement, "Address Requirement Validations"),
    "emergency": (EmergencyRequirementValidation, EmergencyRequirement, "Emergency Requirement Validations"),
}
ENTITIES: dict[str, type[Resource]] = {"address": Address, "identity": Identity}


@pytest.mark.parametrize("entity", sorted(ENTITIES))
@pytest.mark.parametrize("kind", sorted(VALIDATIONS))
def test_requirement_validation_of_one_entity(client: DidwwClient, recorder: Recorder, kind: str, entity: str) -> None:
    """An address, or an identity, alone is validated against a requirement (the other is optional)."""
    validation, requirement, request = VALIDATIONS[kind]
    related = ENTITIES[entity].ref("e1")
    values: dict[str, Any] = {f"{kind}_requirement": requirement.ref("q1"), entity: related}
    model = validation(**values)
    relationships = {
        f"{kind}_requirement": {"data": {"type": requirement.TYPE, "id": "q1"}},
        entity: {"data": {"type": related.TYPE, "id": "e1"}},
    }
    reply = (request, "201 Created (Validation Request Success)")
    assert write(client, recorder, model, reply) == {"data": {"type": model.TYPE, "relationships": relationships}}


# -- updates of loaded models: only what changed is sent ---------------------------------------------------
LOADED = [
    pytest.param(("Get Order", "200 Ok"), "external_reference_id", "ext-1", ("Update Order", "200 OK"), id="orders"),
    pytest.param(("Get Export", "200 OK"), "external_reference_id", "ext-1", ("Update Export", "200 OK"), id="exports"),
    pytest.param(
        ("Get Address Verification", "200 Ok (Approved Verification)"),
        "external_reference_id",
        "ext-1",
        ("Update Address Verification", "200 OK"),
        id="address_verifications",
    ),
    pytest.param(
        ("Get Emergency Verification", "200 Ok (Approved Verification)"),
        "external_reference_id",
        "ext-1",
        ("Update Emergency Verification", "200 OK"),
        id="emergency_verifications",
    ),
    pytest.param(
        ("Get Capacity Pool", "200 OK (Simple request)"),
        "total_channels_count",
        7,
        ("Update Capacity Pool", "200 OK"),
        id="capacity_pools",
    ),
    pytest.param(
        ("Get Shared Capacity Group", "200 OK (Simple request)"),
        "metered_channels_count",
        9,
        ("Update Shared Capacity Groups", "200 OK (Simple Update)"),
        id="shared_capacity_groups",
    ),
    pytest.param(
        ("Get Identity", "200 Ok (Simple request)"),
        "contact_email",
        "new@example.com",
        ("Update Personal Identity", "200 OK (Simple Resource Patch)"),
        id="identities",
    ),
    pytest.param(
        ("Get Address", "200 Ok (Simple request)"),
        "description",
        "back office",
        ("Update Address", "200 OK (Simple Resource Patch)"),
        id="addresses",
    ),
    pytest.param(
        ("Get Voice OUT Trunk", "200 Ok (Twilio)"),
        "capacity_limit",
        None,
        ("Update Voice OUT Trunk", "200 OK (credentials_and_ip → twilio)"),
        id="voice_out_trunks",
    ),
    pytest.param(
        ("Get DID", "200 Ok (Simple request)"),
        "billing_cycles_count",
        0,
        ("Update DID", "200 OK (Simple resource PATCH)"),
        id="dids",
    ),
]


@pytest.mark.parametrize(("loaded", "field", "value", "reply"), LOADED)
def test_loaded_model_update_sends_only_the_change(
    client: DidwwClient, recorder: Recorder, loaded: tuple[str, str], field: str, value: Any, reply: tuple[str, str]
) -> None:
    recorder.serve_example(*loaded)
    type_ = json.loads(example(*loaded).body)["data"]["type"]
    model = getattr(client, type_).find("x")
    assert model.__dict__[field] != value  # the loaded value, or None where the example leaves the field out
    setattr(model, field, value)
    expected = {"data": {"type": type_, "id": model.id, "attributes": {field: value}}}
    assert write(client, recorder, model, reply) == expected


@pytest.mark.parametrize(
    ("loaded", "field", "added", "reply", "before"),
    [
        pytest.param(
            ("Get Voice In Trunk Group", "200 OK (Included Trunks)"),
            "voice_in_trunks",
            VoiceInTrunk.ref("t-new"),
            ("Update Voice In Trunk Group", "200 OK (Simple Update)"),
            ["2893e15b-6fde-468d-8b12-ec3c3a31b4ae"],
            id="voice_in_trunk_groups",
        ),
        pytest.param(
            ("Get Shared Capacity Group", "200 OK (Include DIDs)"),
            "dids",
            Did.ref("d-new"),
            ("Update Shared Capacity Groups", "200 OK (Simple Update)"),
            ["44957076-778a-4802-b60c-d22db0cda284"],
            id="shared_capacity_groups",
        ),
    ],
)
def test_in_place_append_to_loaded_to_many(
    client: DidwwClient,
    recorder: Recorder,
    loaded: tuple[str, str],
    field: str,
    added: Resource,
    reply: tuple[str, str],
    before: list[str],
) -> None:
    recorder.serve_example(*loaded)
    type_ = json.loads(example(*loaded).body)["data"]["type"]
    model = getattr(client, type_).find("x")
    members = getattr(model, field)
    assert [m.id for m in members] == before
    members.append(added)
    linkage = [{"type": added.TYPE, "id": id} for id in [*before, added.id]]
    expected = {"data": {"type": type_, "id": model.id, "relationships": {field: {"data": linkage}}}}
    assert write(client, recorder, model, reply) == expected


def test_in_place_edit_of_loaded_credentials_method_leaves_the_generated_credentials_out(
    client: DidwwClient, recorder: Recorder
) -> None:
    recorder.serve_example("Get Voice OUT Trunk", "200 Ok (Credentials & IP-Based)")
    trunk = client.voice_out_trunks.find("e14f2f3f-95f1-49ff-b217-84715952a42a")
    method = trunk.authentication_method
    assert isinstance(method, CredentialsAndIpAuthenticationMethod) and method.allowed_sip_ips is not None
    assert method.username and method.password
    method.allowed_sip_ips.append("10.0.0.1")
    body = write(client, recorder, trunk, ("Update Voice OUT Trunk", "200 OK (ip_only → credentials_and_ip)"))
    assert body == {
        "data": {
            "type": "voice_out_trunks",
            "id": "e14f2f3f-95f1-49ff-b217-84715952a42a",
            "attributes": {
                "authentication_method": {
                    "type": "credentials_and_ip",
                    "attributes": {"allowed_sip_ips": ["192.168.1.1/32", "10.0.0.1"], "tech_prefix": None},
                }
            },
        }
    }


# -- deletes -----------------------------------------------------------------------------------------------
def _deletable() -> list[str]:
    """The client's repositories that have ``delete``, found from the client class (no request sent)."""
    found = []
    for name, attribute in vars(DidwwClient).items():
        if isinstance(attribute, cached_property):
            repository = getattr(didww_gen.v2026_04_16.resources, attribute.func.__annotations__["return"])
            if hasattr(repository, "delete"):
                found.append(name)
    return sorted(found)


DELETABLE = _deletable()


def test_the_deletable_repositories_are_the_api_deletes() -> None:
    assert DELETABLE == [
        "addresses",
        "did_reservations",
        "emergency_calling_services",
        "encrypted_files",
        "identities",
        "orders",
        "permanent_supporting_documents",
        "proofs",
        "shared_capacity_groups",
        "voice_in_trunk_groups",
        "voice_in_trunks",
        "voice_out_trunks",
    ]


@pytest.mark.parametrize("name", DELETABLE)
def test_delete_by_id_and_by_reference(client: DidwwClient, recorder: Recorder, name: str) -> None:
    repository = getattr(client, name)
    recorder.serve(jsonapi(204, b""), jsonapi(204, b""))
    assert repository.delete("id-1") is None
    assert repository.delete(MODELS[name].ref("id-2")) is None
    sent = [(r.method, r.url.path, r.url.query, r.content) for r in recorder.requests]
    assert sent == [("DELETE", f"/v3/{name}/id-1", b"", b""), ("DELETE", f"/v3/{name}/id-2", b"", b"")]
