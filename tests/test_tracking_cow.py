"""Copy-on-write change tracking: a decoded model records nothing until a field is assigned or handed out."""

from __future__ import annotations

from conftest import Recorder, jsonapi

from didww_gen._model import LOADED
from didww_gen._tracking import changed_fields
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.enums import Codec
from didww_gen.v2026_04_16.models import SipConfiguration, VoiceInTrunk


def _trunk(client: DidwwClient, recorder: Recorder) -> VoiceInTrunk:
    recorder.serve_example("Get Voice IN Trunk")
    return client.voice_in_trunks.find("x")


def _configuration(trunk: VoiceInTrunk) -> SipConfiguration:
    configuration = trunk.configuration
    assert isinstance(configuration, SipConfiguration) and configuration.codec_ids is not None
    return configuration


def test_decoded_model_records_nothing(client: DidwwClient, recorder: Recorder) -> None:
    trunk = _trunk(client, recorder)
    assert getattr(trunk, "_clean") is LOADED  # noqa: B009
    assert changed_fields(trunk) == []


def test_reading_a_mutable_field_is_not_a_change(client: DidwwClient, recorder: Recorder) -> None:
    trunk = _trunk(client, recorder)
    _configuration(trunk)
    assert getattr(trunk, "_clean") is not LOADED  # noqa: B009  # its clean value was recorded on the way out
    assert changed_fields(trunk) == []


def test_edit_through_a_kept_reference_is_seen(client: DidwwClient, recorder: Recorder) -> None:
    trunk = _trunk(client, recorder)
    configuration = _configuration(trunk)
    trunk.name = "renamed"
    assert configuration.codec_ids is not None
    configuration.codec_ids.append(Codec.PCMA)
    assert changed_fields(trunk) == ["name", "configuration"]


def test_assigning_the_same_value_back_is_no_change(client: DidwwClient, recorder: Recorder) -> None:
    trunk = _trunk(client, recorder)
    name = trunk.name
    trunk.name = "other"
    trunk.name = name
    assert changed_fields(trunk) == []


def test_edit_through_a_shallow_copy_is_seen_on_the_original(client: DidwwClient, recorder: Recorder) -> None:
    trunk = _trunk(client, recorder)
    copy = trunk.model_copy()
    codecs = _configuration(copy).codec_ids
    assert codecs is not None
    codecs.append(Codec.PCMA)
    assert changed_fields(trunk) == ["configuration"]


def test_edit_through_iteration_is_seen(client: DidwwClient, recorder: Recorder) -> None:
    trunk = _trunk(client, recorder)
    configuration = dict(trunk)["configuration"]
    assert isinstance(configuration, SipConfiguration)
    configuration.host = "changed.example.com"
    assert changed_fields(trunk) == ["configuration"]


def test_edit_after_a_write_through_an_earlier_reference_is_seen(client: DidwwClient, recorder: Recorder) -> None:
    trunk = _trunk(client, recorder)
    configuration = _configuration(trunk)
    trunk.name = "renamed"
    recorder.serve(jsonapi(204, b""))
    client.voice_in_trunks.update(trunk)
    assert changed_fields(trunk) == []
    configuration.host = "changed.example.com"
    assert changed_fields(trunk) == ["configuration"]
