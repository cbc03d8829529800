"""Creates, updates and deletes of the slice: the exact body on the wire (JSON equality)."""

from __future__ import annotations

import json

import pytest
from conftest import Recorder, jsonapi

from codegen.fixtures import example
from didww_gen import DidwwClientError, UnprocessableEntityError
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.enums import CliFormat, Codec, TransportProtocol
from didww_gen.v2026_04_16.models import Did, SipConfiguration, VoiceInTrunk, VoiceInTrunkGroup


def _loaded_did(client: DidwwClient, recorder: Recorder) -> Did:
    recorder.serve_example("Get DID", "200 Ok (Simple request)")
    return client.dids.find("44957076-778a-4802-b60c-d22db0cda284")


def test_update_sends_only_what_changed(client: DidwwClient, recorder: Recorder) -> None:
    did = _loaded_did(client, recorder)
    did_id = did.id
    did.description = "office line"
    did.capacity_limit = None
    recorder.serve_example("Update DID", "200 OK (Simple resource PATCH)")
    client.dids.update(did)
    assert recorder.last.method == "PATCH" and recorder.last.url.path == f"/v3/dids/{did_id}"
    assert recorder.last.headers["Content-Type"] == "application/vnd.api+json"
    assert recorder.last_json() == {
        "data": {"type": "dids", "id": did_id, "attributes": {"capacity_limit": None, "description": "office line"}}
    }


def test_update_of_unchanged_model_sends_no_attributes(client: DidwwClient, recorder: Recorder) -> None:
    did = _loaded_did(client, recorder)
    did_id = did.id
    recorder.serve_example("Update DID", "200 OK (Simple resource PATCH)")
    client.dids.update(did)
    assert recorder.last_json() == {"data": {"type": "dids", "id": did_id}}


def test_assign_trunk_by_reference_clears_the_exclusive_group(client: DidwwClient, recorder: Recorder) -> None:
    did = Did.ref("3505b18a-3019-47bc-95d1-0f9ec7766fd5")
    did.voice_in_trunk = VoiceInTrunk.ref("c80d096a-c8cf-4449-aa6d-8bac39130fe0")
    recorder.serve_example("Update DID", "200 OK (Assign trunk)")
    result = client.dids.update(did)
    assert recorder.last_json() == {
        "data": {
            "type": "dids",
            "id": "3505b18a-3019-47bc-95d1-0f9ec7766fd5",
            "relationships": {
                "voice_in_trunk": {"data": {"type": "voice_in_trunks", "id": "c80d096a-c8cf-4449-aa6d-8bac39130fe0"}},
                "voice_in_trunk_group": {"data": None},
            },
        }
    }
    assert result.number == "437xxxxxxxxx"


def test_assigning_both_exclusive_relationships_is_refused(client: DidwwClient, recorder: Recorder) -> None:
    did = Did.ref("d1")
    did.voice_in_trunk = VoiceInTrunk.ref("t1")
    did.voice_in_trunk_group = VoiceInTrunkGroup.ref("g1")
    with pytest.raises(DidwwClientError, match="exclude each other"):
        client.dids.update(did)
    assert recorder.requests == []


def test_remove_trunk_sends_null_and_keeps_group_untouched(client: DidwwClient, recorder: Recorder) -> None:
    did = Did.ref("1e0c45b1-1fea-4552-b41b-ffa9f5eb44c5")
    did.voice_in_trunk = None
    recorder.serve_example("Update DID", "200 OK (Remove trunk)")
    client.dids.update(did)
    expected = json.loads(example("Update DID", "200 OK (Remove trunk)").request_body)
    assert recorder.last_json() == expected


def test_clearing_a_relationship_the_server_did_not_send_is_sent(client: DidwwClient, recorder: Recorder) -> None:
    """A DID loaded without include has no linkage for voice_in_trunk; assigning None still clears it."""
    did = _loaded_did(client, recorder)
    assert not did.is_loaded("voice_in_trunk")
    did.voice_in_trunk = None
    did.description = did.description  # the same value on a field the server sent: no change
    did_id = did.id
    recorder.serve_example("Update DID", "200 OK (Remove trunk)")
    client.dids.update(did)
    assert recorder.last_json() == {
        "data": {"type": "dids", "id": did_id, "relationships": {"voice_in_trunk": {"data": None}}}
    }


def test_model_passed_in_is_clean_after_success(client: DidwwClient, recorder: Recorder) -> None:
    did = _loaded_did(client, recorder)
    did.description = "changed"
    recorder.serve_example("Update DID", "200 OK (Simple resource PATCH)")
    client.dids.update(did)
    assert did.description == "string"  # the server's answer
    recorder.serve_example("Update DID", "200 OK (Simple resource PATCH)")
    client.dids.update(did)
    assert recorder.last_json() == {"data": {"type": "dids", "id": did.id}}


def test_failed_update_keeps_pending_changes(client: DidwwClient, recorder: Recorder) -> None:
    did = _loaded_did(client, recorder)
    did_id = did.id
    did.description = "retry me"
    recorder.serve(
        jsonapi(
            422,
            {
                "errors": [
                    {
                        "title": "is invalid",
                        "detail": "description - is invalid",
                        "code": "100",
                        "source": {"pointer": "/data/attributes/description"},
                        "status": "422",
                    }
                ]
            },
        )
    )
    with pytest.raises(UnprocessableEntityError) as info:
        client.dids.update(did)
    assert info.value.errors[0].source_pointer == "/data/attributes/description"
    first = recorder.last_json()
    recorder.serve_example("Update DID", "200 OK (Simple resource PATCH)")
    client.dids.update(did)
    assert (
        recorder.last_json()
        == first
        == {"data": {"type": "dids", "id": did_id, "attributes": {"description": "retry me"}}}
    )


def test_create_sip_trunk_sends_exactly_what_was_set(client: DidwwClient, recorder: Recorder) -> None:
    trunk = VoiceInTrunk(
        name="Office",
        cli_format=CliFormat.E164,
        capacity_limit=10,
        configuration=SipConfiguration(
            host="example.com",
            username="username",
            codec_ids=[Codec.PCMU, Codec.G723],
            transport_protocol_id=TransportProtocol.UDP,
            auth_password="s3cret",
        ),
    )
    recorder.serve_example("Create SIP Trunk", "201 Created (SIP)")
    created = client.voice_in_trunks.create(trunk)
    assert recorder.last.method == "POST" and recorder.last.url.path == "/v3/voice_in_trunks"
    assert recorder.last_json() == {
        "data": {
            "type": "voice_in_trunks",
            "attributes": {
                "capacity_limit": 10,
                "name": "Office",
                "cli_format": "e164",
                "configuration": {
                    "type": "sip_configurations",
                    "attributes": {
                        "username": "username",
                        "host": "example.com",
                        "codec_ids": [9, 7],
                        "auth_password": "s3cret",
                        "transport_protocol_id": 1,
                        "enabled_sip_registration": False,  # a host wins (SIP registration cascade)
                        "use_did_in_ruri": False,
                    },
                },
            },
        }
    }
    assert created.id == "f36d1d17-bd16-42b9-af42-0cfe166bf3ec"
    assert trunk.id == created.id  # the model passed in now holds the server's answer


def test_in_place_edit_of_nested_object_sends_it_whole(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get Voice IN Trunk")
    trunk = client.voice_in_trunks.find("x")
    assert isinstance(trunk.configuration, SipConfiguration) and trunk.configuration.codec_ids is not None
    trunk.configuration.codec_ids.append(Codec.PCMA)
    recorder.serve_example("Update SIP Trunk")
    client.voice_in_trunks.update(trunk)
    sent = recorder.last_json()["data"]
    assert list(sent) == ["type", "id", "attributes"] and list(sent["attributes"]) == ["configuration"]
    configuration = sent["attributes"]["configuration"]
    assert configuration["type"] == "sip_configurations"
    assert configuration["attributes"]["codec_ids"][-1] == 10
    assert "host" in configuration["attributes"]  # sent whole, not just the list


def test_trunk_group_membership_in_place(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve_example("Get Voice In Trunk Groups", "200 OK (Included Trunks)")
    group = client.voice_in_trunk_groups.list(include="voice_in_trunks").data[0]
    assert group.voice_in_trunks is not None
    group.voice_in_trunks.append(VoiceInTrunk.ref("new-trunk"))
    recorder.serve_example("Update Voice In Trunk Group")
    client.voice_in_trunk_groups.update(group)
    linkage = recorder.last_json()["data"]["relationships"]["voice_in_trunks"]["data"]
    assert linkage[-1] == {"type": "voice_in_trunks", "id": "new-trunk"} and len(linkage) == 2


def test_delete_by_id_and_by_model(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve(jsonapi(204, b""), jsonapi(204, b""))
    client.voice_in_trunks.delete("abc")
    assert recorder.last.method == "DELETE" and recorder.last.url.path == "/v3/voice_in_trunks/abc"
    client.voice_in_trunk_groups.delete(VoiceInTrunkGroup.ref("g1"))
    assert recorder.last.url.path == "/v3/voice_in_trunk_groups/g1"


def test_update_without_id_is_refused_before_sending(client: DidwwClient, recorder: Recorder) -> None:
    with pytest.raises(DidwwClientError, match="needs a VoiceInTrunk with an id"):
        client.voice_in_trunks.update(VoiceInTrunk(name="x"))
    assert recorder.requests == []


def test_read_only_values_cannot_be_set(client: DidwwClient) -> None:
    did = Did.ref("d1")
    with pytest.raises(DidwwClientError, match=r"Did\.number is read-only"):
        did.number = "123"  # type: ignore[misc]  # mypy refuses it too
    with pytest.raises(DidwwClientError, match="read-only"):
        Did(number="123")  # type: ignore[call-arg]  # mypy refuses it too
    with pytest.raises(DidwwClientError, match="has no field 'numbr'"):
        Did(numbr="123")  # type: ignore[call-arg]


def test_wrong_values_are_refused_with_sdk_errors() -> None:
    trunk = VoiceInTrunk.ref("t1")
    with pytest.raises(DidwwClientError, match=r"VoiceInTrunk\.capacity_limit"):
        trunk.capacity_limit = "lots"  # type: ignore[assignment]
    with pytest.raises(DidwwClientError, match="takes voice_in_trunks models"):
        Did.ref("d").voice_in_trunk = VoiceInTrunkGroup.ref("g")  # type: ignore[assignment]
    with pytest.raises(DidwwClientError, match="cannot be null"):
        from didww_gen._encoding import encode_resource

        bad = VoiceInTrunk.ref("t2")
        bad.name = None  # type: ignore[assignment]  # mypy refuses it too
        encode_resource(bad, "update")


def test_secret_not_in_error_text() -> None:
    with pytest.raises(DidwwClientError) as info:
        SipConfiguration(auth_password=["hunter2-secret"])  # type: ignore[arg-type]
    assert "hunter2" not in str(info.value)


def test_create_only_for_operations_the_api_has(client: DidwwClient) -> None:
    assert not hasattr(client.dids, "create") and not hasattr(client.dids, "delete")
    assert not hasattr(client.countries, "update") and not hasattr(client.balance, "list")


def test_a_relationship_given_to_the_constructor_is_checked_as_an_assignment_is() -> None:
    from didww_gen.v2026_04_16.models import Country

    with pytest.raises(DidwwClientError, match=r"Did.voice_in_trunk takes voice_in_trunks models .*got Country"):
        Did(voice_in_trunk=Country.ref("x"))  # type: ignore[arg-type]
    with pytest.raises(DidwwClientError, match="a to-many relationship: assign a list"):
        VoiceInTrunkGroup(voice_in_trunks=VoiceInTrunk.ref("x"))  # type: ignore[arg-type]
    assert Did(voice_in_trunk=VoiceInTrunk.ref("t")).voice_in_trunk == VoiceInTrunk.ref("t")
