"""The write rules of issue 4, each asserted on the exact body sent (JSON equality) or refused before sending."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import Recorder, jsonapi

from codegen.fixtures import example
from didww_gen import DidwwClientError, UnprocessableEntityError
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.enums import CallbackMethod, IdentityType
from didww_gen.v2026_04_16.models import (
    Address,
    AddressRequirement,
    AddressRequirementValidation,
    AvailableDidOrderItem,
    CapacityOrderItem,
    CredentialsAndIpAuthenticationMethod,
    Did,
    DidOrderItem,
    EmergencyCallingService,
    EmergencyOrderItem,
    EmergencyRequirement,
    EmergencyRequirementValidation,
    EmergencyVerification,
    IpOnlyAuthenticationMethod,
    Order,
    ReservationDidOrderItem,
    SipConfiguration,
    TwilioAuthenticationMethod,
    VoiceInTrunk,
    VoiceInTrunkGroup,
    VoiceOutTrunk,
)

SIP_TRUNK = "df78e081-b7d1-4769-80ce-f349af4f612e"


def sent_data(recorder: Recorder) -> dict[str, Any]:
    data: dict[str, Any] = recorder.last_json()["data"]
    return data


def sent_configuration(recorder: Recorder) -> dict[str, Any]:
    configuration: dict[str, Any] = sent_data(recorder)["attributes"]["configuration"]
    return configuration


def loaded_sip_trunk(client: DidwwClient, recorder: Recorder, **changes: Any) -> VoiceInTrunk:
    """The reference SIP trunk (host example.com, SIP registration off), with ``changes`` to its configuration."""
    body = json.loads(example("Get Voice IN Trunk", "200 Ok (SIP Trunk)").body)
    body["data"]["attributes"]["configuration"]["attributes"].update(changes)
    recorder.serve(jsonapi(200, body))
    return client.voice_in_trunks.find(SIP_TRUNK)


def sip_configuration(trunk: VoiceInTrunk) -> SipConfiguration:
    assert isinstance(trunk.configuration, SipConfiguration)
    return trunk.configuration


def update_trunk(client: DidwwClient, recorder: Recorder, trunk: VoiceInTrunk) -> dict[str, Any]:
    recorder.serve_example("Update SIP Trunk", "200 OK (SIP)")
    client.voice_in_trunks.update(trunk)
    attributes: dict[str, Any] = sent_configuration(recorder)["attributes"]
    return attributes


# -- rule 7: SIP registration cascade ------------------------------------------------------------


def test_enabling_sip_registration_sends_host_and_port_null(client: DidwwClient, recorder: Recorder) -> None:
    trunk = loaded_sip_trunk(client, recorder, port=5060)
    sip_configuration(trunk).enabled_sip_registration = True
    sent = update_trunk(client, recorder, trunk)
    assert sent["enabled_sip_registration"] is True
    assert sent["host"] is None and sent["port"] is None
    assert sent["username"] == "username"  # the configuration is sent whole


def test_setting_a_host_turns_sip_registration_off(client: DidwwClient, recorder: Recorder) -> None:
    trunk = loaded_sip_trunk(client, recorder, host=None, enabled_sip_registration=True, use_did_in_ruri=True)
    sip_configuration(trunk).host = "pbx.example.com"
    sent = update_trunk(client, recorder, trunk)
    assert (sent["host"], sent["enabled_sip_registration"], sent["use_did_in_ruri"]) == (
        "pbx.example.com",
        False,
        False,
    )


def test_disabling_sip_registration_turns_use_did_in_ruri_off(client: DidwwClient, recorder: Recorder) -> None:
    trunk = loaded_sip_trunk(client, recorder, host=None, enabled_sip_registration=True, use_did_in_ruri=True)
    sip_configuration(trunk).enabled_sip_registration = False
    sent = update_trunk(client, recorder, trunk)
    assert (sent["enabled_sip_registration"], sent["use_did_in_ruri"], sent["host"]) == (False, False, None)


def test_registration_with_use_did_in_ruri_is_kept(client: DidwwClient, recorder: Recorder) -> None:
    trunk = loaded_sip_trunk(client, recorder)
    configuration = sip_configuration(trunk)
    configuration.use_did_in_ruri = True
    configuration.enabled_sip_registration = True
    sent = update_trunk(client, recorder, trunk)
    assert (sent["enabled_sip_registration"], sent["use_did_in_ruri"], sent["host"]) == (True, True, None)


def _create_body(client: DidwwClient, recorder: Recorder, configuration: SipConfiguration) -> dict[str, Any]:
    recorder.serve_example("Create SIP Trunk", "201 Created (SIP)")
    client.voice_in_trunks.create(VoiceInTrunk(name="Office", configuration=configuration))
    return sent_configuration(recorder)


def test_cascade_does_not_depend_on_the_order_fields_were_set(client: DidwwClient, recorder: Recorder) -> None:
    host_first = SipConfiguration(username="u")
    host_first.host = "pbx.example.com"
    host_first.enabled_sip_registration = True
    registration_first = SipConfiguration(username="u")
    registration_first.enabled_sip_registration = True
    registration_first.host = "pbx.example.com"
    both = SipConfiguration(username="u", enabled_sip_registration=True, host="pbx.example.com")
    bodies = [_create_body(client, recorder, c) for c in (host_first, registration_first, both)]
    expected = {
        "type": "sip_configurations",
        "attributes": {
            "username": "u",
            "host": "pbx.example.com",
            "enabled_sip_registration": False,  # a host the write sets wins
            "use_did_in_ruri": False,
        },
    }
    assert bodies == [expected, expected, expected]


def test_new_registering_configuration(client: DidwwClient, recorder: Recorder) -> None:
    body = _create_body(client, recorder, SipConfiguration(username="u", enabled_sip_registration=True))
    expected = {"username": "u", "host": None, "port": None, "enabled_sip_registration": True}
    assert body == {"type": "sip_configurations", "attributes": expected}


def test_unchanged_configuration_is_not_sent(client: DidwwClient, recorder: Recorder) -> None:
    trunk = loaded_sip_trunk(client, recorder)
    trunk.name = "renamed"
    recorder.serve_example("Update SIP Trunk", "200 OK (SIP)")
    client.voice_in_trunks.update(trunk)
    assert sent_data(recorder) == {"type": "voice_in_trunks", "id": SIP_TRUNK, "attributes": {"name": "renamed"}}


# -- rule 5: nested objects sent whole, server-generated secrets never ---------------------------


def test_server_generated_sip_credentials_are_never_sent(client: DidwwClient, recorder: Recorder) -> None:
    trunk = loaded_sip_trunk(client, recorder, incoming_auth_username="gen-user", incoming_auth_password="gen-pass")
    assert sip_configuration(trunk).incoming_auth_password == "gen-pass"
    sip_configuration(trunk).codec_ids = []
    sent = update_trunk(client, recorder, trunk)
    assert sent["codec_ids"] == [] and "incoming_auth_username" not in sent and "incoming_auth_password" not in sent


def _loaded_out_trunk(client: DidwwClient, recorder: Recorder, name: str, **changes: Any) -> VoiceOutTrunk:
    body = json.loads(example("Get Voice OUT Trunk", name).body)
    body["data"]["attributes"].update(changes)
    recorder.serve(jsonapi(200, body))
    return client.voice_out_trunks.find(body["data"]["id"])


def test_changed_auth_method_is_sent_whole_without_credentials(client: DidwwClient, recorder: Recorder) -> None:
    trunk = _loaded_out_trunk(client, recorder, "200 Ok (Credentials & IP-Based)")
    auth = trunk.authentication_method
    assert isinstance(auth, CredentialsAndIpAuthenticationMethod) and auth.allowed_sip_ips is not None
    auth.allowed_sip_ips.append("10.0.0.0/24")
    recorder.serve_example("Update Voice OUT Trunk", "200 OK (twilio → credentials_and_ip)")
    client.voice_out_trunks.update(trunk)
    assert sent_data(recorder)["attributes"] == {
        "authentication_method": {
            "type": "credentials_and_ip",
            "attributes": {"allowed_sip_ips": ["192.168.1.1/32", "10.0.0.0/24"], "tech_prefix": None},
        }
    }


# -- rule 9: voice out trunks --------------------------------------------------------------------


def test_ip_only_authentication_cannot_be_sent(client: DidwwClient, recorder: Recorder) -> None:
    loaded = _loaded_out_trunk(client, recorder, "200 Ok (IP Only)")
    assert isinstance(loaded.authentication_method, IpOnlyAuthenticationMethod)
    for auth in (loaded.authentication_method, IpOnlyAuthenticationMethod()):
        trunk = VoiceOutTrunk(name="copy", authentication_method=auth)
        with pytest.raises(DidwwClientError, match="IpOnlyAuthenticationMethod cannot be sent: only DIDWW staff"):
            client.voice_out_trunks.create(trunk)
    assert len(recorder.requests) == 1  # the find only


def test_loaded_ip_only_trunk_can_still_be_renamed(client: DidwwClient, recorder: Recorder) -> None:
    trunk = _loaded_out_trunk(client, recorder, "200 Ok (IP Only)")
    trunk.name = "renamed"
    recorder.serve_example("Update Voice OUT Trunk", "200 OK (ip_only → twilio)")
    client.voice_out_trunks.update(trunk)
    assert sent_data(recorder)["attributes"] == {"name": "renamed"}


def test_switching_to_twilio(client: DidwwClient, recorder: Recorder) -> None:
    trunk = _loaded_out_trunk(client, recorder, "200 Ok (IP Only)")
    trunk.authentication_method = TwilioAuthenticationMethod(twilio_account_sid="AC123")
    recorder.serve_example("Update Voice OUT Trunk", "200 OK (ip_only → twilio)")
    client.voice_out_trunks.update(trunk)
    assert sent_data(recorder)["attributes"] == {
        "authentication_method": {"type": "twilio", "attributes": {"twilio_account_sid": "AC123"}}
    }


@pytest.mark.parametrize(
    "auth, missing",
    [
        (CredentialsAndIpAuthenticationMethod(tech_prefix="1"), "allowed_sip_ips"),  # type: ignore[call-arg]
        (TwilioAuthenticationMethod(), "twilio_account_sid"),  # type: ignore[call-arg]
    ],
)
def test_auth_method_without_its_required_value_is_refused(
    client: DidwwClient, recorder: Recorder, auth: Any, missing: str
) -> None:
    with pytest.raises(DidwwClientError, match=rf"{type(auth).__name__}\.{missing} is required"):
        client.voice_out_trunks.create(VoiceOutTrunk(name="t", authentication_method=auth))
    assert recorder.requests == []


def test_dids_with_allow_any_did_as_cli_are_refused(client: DidwwClient, recorder: Recorder) -> None:
    auth = TwilioAuthenticationMethod(twilio_account_sid="AC123")
    built = VoiceOutTrunk(name="t", authentication_method=auth, allow_any_did_as_cli=True, dids=[Did.ref("d1")])
    with pytest.raises(
        DidwwClientError, match=r"VoiceOutTrunk\.dids cannot be sent while .*allow_any_did_as_cli is true"
    ):
        client.voice_out_trunks.create(built)
    loaded = _loaded_out_trunk(client, recorder, "200 Ok (Credentials & IP-Based)", allow_any_did_as_cli=True)
    loaded.dids = [Did.ref("d1")]
    with pytest.raises(DidwwClientError, match="allow_any_did_as_cli"):
        client.voice_out_trunks.update(loaded)
    assert len(recorder.requests) == 1  # the find only


def test_dids_sent_when_any_did_is_turned_off_in_the_same_write(client: DidwwClient, recorder: Recorder) -> None:
    trunk = _loaded_out_trunk(client, recorder, "200 Ok (Credentials & IP-Based)", allow_any_did_as_cli=True)
    trunk.allow_any_did_as_cli = False
    trunk.dids = [Did.ref("d1")]
    trunk_id = trunk.id
    recorder.serve_example("Update Voice OUT Trunk", "200 OK (twilio → credentials_and_ip)")
    client.voice_out_trunks.update(trunk)
    assert sent_data(recorder) == {
        "type": "voice_out_trunks",
        "id": trunk_id,
        "attributes": {"allow_any_did_as_cli": False},
        "relationships": {"dids": {"data": [{"type": "dids", "id": "d1"}]}},
    }


def test_emergency_dids_with_emergency_enable_all_are_refused(client: DidwwClient, recorder: Recorder) -> None:
    trunk = VoiceOutTrunk.ref("t1")
    trunk.emergency_enable_all = True
    trunk.emergency_dids = [Did.ref("d1")]
    with pytest.raises(DidwwClientError, match=r"emergency_dids cannot be sent while .*emergency_enable_all is true"):
        client.voice_out_trunks.update(trunk)
    trunk.emergency_dids = []  # an empty list is no DIDs: allowed
    recorder.serve_example("Update Voice OUT Trunk", "200 OK (Assign Emergency DIDs)")
    client.voice_out_trunks.update(trunk)
    assert sent_data(recorder)["relationships"] == {"emergency_dids": {"data": []}}


# -- rule 8: orders ------------------------------------------------------------------------------


def _order_items(client: DidwwClient, recorder: Recorder, order: Order) -> Any:
    recorder.serve_example("Create DID order", "201 Created (allow_back_ordering = true)")
    client.orders.create(order)
    return sent_data(recorder)["attributes"]


def test_order_of_each_item_kind(client: DidwwClient, recorder: Recorder) -> None:
    order = Order(
        allow_back_ordering=True,
        callback_url="https://example.com/orders",
        callback_method=CallbackMethod.POST,
        items=[
            DidOrderItem(sku_id="sku1", qty=2, nanpa_prefix_id="npa1", billing_cycles_count=0),
            AvailableDidOrderItem(sku_id="sku2", available_did_id="ad1"),
            ReservationDidOrderItem(sku_id="sku3", did_reservation_id="r1", billing_cycles_count=None),
            CapacityOrderItem(capacity_pool_id="cp1", qty=5),
        ],
    )
    assert _order_items(client, recorder, order) == {
        "allow_back_ordering": True,
        "callback_url": "https://example.com/orders",
        "callback_method": "post",
        "items": [
            {
                "type": "did_order_items",
                "attributes": {"sku_id": "sku1", "qty": 2, "billing_cycles_count": 0, "nanpa_prefix_id": "npa1"},
            },
            {"type": "did_order_items", "attributes": {"sku_id": "sku2", "available_did_id": "ad1"}},
            {
                "type": "did_order_items",
                "attributes": {"sku_id": "sku3", "did_reservation_id": "r1", "billing_cycles_count": None},
            },
            {"type": "capacity_order_items", "attributes": {"capacity_pool_id": "cp1", "qty": 5}},
        ],
    }


@pytest.mark.parametrize(
    "build, message",
    [
        (lambda: DidOrderItem(sku_id="s", qty=1, available_did_id="a"), "use AvailableDidOrderItem, which has it"),  # type: ignore[call-arg]
        (lambda: DidOrderItem(sku_id="s", did_reservation_id="r"), "use ReservationDidOrderItem, which has it"),  # type: ignore[call-arg]
        (lambda: AvailableDidOrderItem(sku_id="s", available_did_id="a", qty=2), "use DidOrderItem"),  # type: ignore[call-arg]
        (lambda: ReservationDidOrderItem(sku_id="s", did_reservation_id="r", qty=2), "use DidOrderItem"),  # type: ignore[call-arg]
    ],
)
def test_a_did_item_takes_one_of_qty_available_did_or_reservation(build: Any, message: str) -> None:
    with pytest.raises(DidwwClientError, match=message):
        build()


@pytest.mark.parametrize(
    "item, missing",
    [
        (DidOrderItem(qty=1), r"DidOrderItem\.sku_id is required"),  # type: ignore[call-arg]
        (AvailableDidOrderItem(sku_id="s"), r"AvailableDidOrderItem\.available_did_id is required"),  # type: ignore[call-arg]
        (ReservationDidOrderItem(did_reservation_id="r"), r"ReservationDidOrderItem\.sku_id is required"),  # type: ignore[call-arg]
        (CapacityOrderItem(qty=1), r"CapacityOrderItem\.capacity_pool_id is required"),  # type: ignore[call-arg]
        (EmergencyOrderItem(), "EmergencyOrderItem cannot be sent: the API only returns it"),
    ],
)
def test_incomplete_or_response_only_items_are_refused(
    client: DidwwClient, recorder: Recorder, item: Any, missing: str
) -> None:
    with pytest.raises(DidwwClientError, match=missing):
        client.orders.create(Order(items=[item]))
    assert recorder.requests == []


def test_order_item_values_cannot_change_after_create(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get Order", "200 Ok")
    order = client.orders.find("o1")
    order.external_reference_id = "ext-1"
    recorder.serve_example("Update Order", "200 OK")
    client.orders.update(order)
    assert sent_data(recorder) == {"type": "orders", "id": order.id, "attributes": {"external_reference_id": "ext-1"}}
    order.items = [DidOrderItem(sku_id="s", qty=1)]
    with pytest.raises(DidwwClientError, match=r"Order\.items can only be sent when creating"):
        client.orders.update(order)


# -- rule 4: create-only and write-only values ---------------------------------------------------


def test_create_only_value_is_not_sent_on_update_and_refused_if_changed(
    client: DidwwClient, recorder: Recorder
) -> None:
    recorder.serve_example("Get Identity", "200 Ok (Simple request)")
    identity = client.identities.find("i1")
    assert identity.identity_type is not None
    identity.description = "main"
    recorder.serve_example("Update Personal Identity", "200 OK (Simple Resource Patch)")
    client.identities.update(identity)
    assert sent_data(recorder)["attributes"] == {"description": "main"}
    identity.identity_type = IdentityType.BUSINESS
    with pytest.raises(DidwwClientError, match=r"Identity\.identity_type can only be sent when creating"):
        client.identities.update(identity)


def test_write_only_value_is_sent_on_create_and_not_expected_back(client: DidwwClient, recorder: Recorder) -> None:
    order = Order(allow_back_ordering=False, items=[DidOrderItem(sku_id="s", qty=1)])
    created_body = json.loads(example("Create DID order", "201 Created (allow_back_ordering = false)").body)
    assert "allow_back_ordering" not in created_body["data"]["attributes"]
    recorder.serve(jsonapi(201, created_body))
    created = client.orders.create(order)
    assert sent_data(recorder)["attributes"]["allow_back_ordering"] is False
    assert not created.is_loaded("allow_back_ordering") and not order.is_loaded("allow_back_ordering")
    order.external_reference_id = "x"
    recorder.serve_example("Update Order", "200 OK")
    client.orders.update(order)
    assert sent_data(recorder)["attributes"] == {"external_reference_id": "x"}


# -- rules 2, 3 and 6: what a user set, included resources, exclusive relationships --------------


def test_none_sends_null_to_one_and_empty_to_many(client: DidwwClient, recorder: Recorder) -> None:
    trunk = VoiceOutTrunk.ref("t1")
    trunk.capacity_limit = None
    trunk.dids = None
    trunk.emergency_dids = []
    recorder.serve_example("Update Voice OUT Trunk", "200 OK (Assign Emergency DIDs)")
    client.voice_out_trunks.update(trunk)
    assert sent_data(recorder) == {
        "type": "voice_out_trunks",
        "id": "t1",
        "attributes": {"capacity_limit": None},
        "relationships": {"dids": {"data": []}, "emergency_dids": {"data": []}},
    }
    did = Did.ref("d1")
    did.capacity_pool = None
    recorder.serve_example("Update DID", "200 OK (Simple resource PATCH)")
    client.dids.update(did)
    assert sent_data(recorder)["relationships"] == {"capacity_pool": {"data": None}}


def test_built_model_sends_no_defaults(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Create Voice In Trunk Group", "201 Created (Simple create)")
    client.voice_in_trunk_groups.create(VoiceInTrunkGroup(name="g"))
    assert sent_data(recorder) == {"type": "voice_in_trunk_groups", "attributes": {"name": "g"}}


def test_included_resource_is_loaded_clean(client: DidwwClient, recorder: Recorder) -> None:
    body = json.loads(example("Get DID", "200 Ok (Simple request)").body)
    trunk = json.loads(example("Get Voice IN Trunk", "200 Ok (SIP Trunk)").body)["data"]
    body["data"]["relationships"]["voice_in_trunk"]["data"] = {"type": "voice_in_trunks", "id": trunk["id"]}
    body["included"] = [trunk]
    recorder.serve(jsonapi(200, body))
    did = client.dids.find(body["data"]["id"], include=["voice_in_trunk"])
    assert isinstance(did.voice_in_trunk, VoiceInTrunk) and did.voice_in_trunk.name is not None
    did.voice_in_trunk.name = "renamed"
    recorder.serve_example("Update SIP Trunk", "200 OK (SIP)")
    client.voice_in_trunks.update(did.voice_in_trunk)
    assert sent_data(recorder) == {"type": "voice_in_trunks", "id": trunk["id"], "attributes": {"name": "renamed"}}


def test_assigning_a_group_clears_the_trunk(client: DidwwClient, recorder: Recorder) -> None:
    did = Did.ref("d1")
    did.voice_in_trunk_group = VoiceInTrunkGroup.ref("g1")
    recorder.serve_example("Update DID", "200 OK (Assign trunk group)")
    client.dids.update(did)
    assert sent_data(recorder)["relationships"] == {
        "voice_in_trunk_group": {"data": {"type": "voice_in_trunk_groups", "id": "g1"}},
        "voice_in_trunk": {"data": None},
    }


# -- rule 10: emergency verifications and requirement validations --------------------------------


def test_emergency_verification_takes_dids_or_a_service(client: DidwwClient, recorder: Recorder) -> None:
    both = EmergencyVerification(
        address=Address.ref("a1"), dids=[Did.ref("d1")], emergency_calling_service=EmergencyCallingService.ref("s1")
    )
    with pytest.raises(DidwwClientError, match="exclude each other"):
        client.emergency_verifications.create(both)
    with pytest.raises(DidwwClientError, match="needs exactly one of"):
        client.emergency_verifications.create(EmergencyVerification(address=Address.ref("a1")))
    with pytest.raises(DidwwClientError, match=r"EmergencyVerification\.address is required when creating"):
        client.emergency_verifications.create(EmergencyVerification(dids=[Did.ref("d1")]))
    assert recorder.requests == []
    recorder.serve_example(
        "Create Emergency Verification (Existing Calling Service)", "201 Created (Create Emergency Verification)"
    )
    client.emergency_verifications.create(
        EmergencyVerification(address=Address.ref("a1"), emergency_calling_service=EmergencyCallingService.ref("s1"))
    )
    assert sent_data(recorder) == {
        "type": "emergency_verifications",
        "relationships": {
            "address": {"data": {"type": "addresses", "id": "a1"}},
            "emergency_calling_service": {"data": {"type": "emergency_calling_services", "id": "s1"}},
        },
    }


def test_requirement_validations_need_an_identity_or_an_address(client: DidwwClient, recorder: Recorder) -> None:
    with pytest.raises(DidwwClientError, match="needs at least one of"):
        client.address_requirement_validations.create(
            AddressRequirementValidation(address_requirement=AddressRequirement.ref("r1"))
        )
    with pytest.raises(DidwwClientError, match=r"emergency_requirement is required"):
        client.emergency_requirement_validations.create(EmergencyRequirementValidation(address=Address.ref("a1")))
    assert recorder.requests == []
    recorder.serve_example("Emergency Requirement Validations", "201 Created (Validation Request Success)")
    client.emergency_requirement_validations.create(
        EmergencyRequirementValidation(emergency_requirement=EmergencyRequirement.ref("r1"), address=Address.ref("a1"))
    )
    assert sent_data(recorder) == {
        "type": "emergency_requirement_validations",
        "relationships": {
            "emergency_requirement": {"data": {"type": "emergency_requirements", "id": "r1"}},
            "address": {"data": {"type": "addresses", "id": "a1"}},
        },
    }


# -- rule 11: after a write ----------------------------------------------------------------------


def test_returned_and_passed_models_are_clean_after_success(client: DidwwClient, recorder: Recorder) -> None:
    trunk = loaded_sip_trunk(client, recorder)
    trunk.name = "renamed"
    recorder.serve_example("Update SIP Trunk", "200 OK (SIP)")
    returned = client.voice_in_trunks.update(trunk)
    for model in (returned, trunk):
        recorder.serve_example("Update SIP Trunk", "200 OK (SIP)")
        client.voice_in_trunks.update(model)
        assert sent_data(recorder) == {"type": "voice_in_trunks", "id": returned.id}


def test_cascade_leaves_the_model_alone_so_a_retry_sends_the_same(client: DidwwClient, recorder: Recorder) -> None:
    trunk = loaded_sip_trunk(client, recorder)
    sip_configuration(trunk).enabled_sip_registration = True
    error = {
        "errors": [{"title": "is invalid", "detail": "configuration - is invalid", "code": "100", "status": "422"}]
    }
    recorder.serve(jsonapi(422, error))
    with pytest.raises(UnprocessableEntityError):
        client.voice_in_trunks.update(trunk)
    first = recorder.last_json()
    assert sip_configuration(trunk).host == "example.com"  # the cascade changed what was sent, not the model
    assert update_trunk(client, recorder, trunk) == first["data"]["attributes"]["configuration"]["attributes"]
