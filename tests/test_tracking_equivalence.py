"""Copy-on-write change tracking against the eager snapshot: every pair of edits gives the same diff and body."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from codegen.fixtures import example
from didww_gen._decoding import decode_document
from didww_gen._encoding import encode_resource
from didww_gen._tracking import changed_fields, mark_clean
from didww_gen.v2026_04_16.enums import Codec
from didww_gen.v2026_04_16.models import SipConfiguration, VoiceInTrunk, VoiceInTrunkGroup

Edit = Callable[[VoiceInTrunk], None]
NEW_SIP = SipConfiguration(host="new.example.com", codec_ids=[Codec.PCMU])


def _sip(trunk: VoiceInTrunk) -> SipConfiguration:
    configuration = trunk.configuration
    assert isinstance(configuration, SipConfiguration)
    return configuration


def _read_only(trunk: VoiceInTrunk) -> None:
    _sip(trunk)  # handed out, not changed


def _append_codec(trunk: VoiceInTrunk) -> None:
    codecs = _sip(trunk).codec_ids
    assert codecs is not None
    codecs.append(Codec.PCMA)


def _rename_then_back(trunk: VoiceInTrunk) -> None:
    name = trunk.name
    trunk.name = "elsewhere"
    trunk.name = name


def _edit_through_copy(trunk: VoiceInTrunk) -> None:
    _sip(trunk.model_copy()).host = "copy.example.com"


def _edit_through_iteration(trunk: VoiceInTrunk) -> None:
    configuration = dict(trunk)["configuration"]
    assert isinstance(configuration, SipConfiguration)
    configuration.port = 5061


EDITS: dict[str, Edit] = {
    "read only": _read_only,
    "rename": lambda t: setattr(t, "name", "Renamed"),
    "rename and back": _rename_then_back,
    "clear description": lambda t: setattr(t, "description", None),
    "nested scalar in place": lambda t: setattr(_sip(t), "host", "changed.example.com"),
    "nested list in place": _append_codec,
    "nested replaced": lambda t: setattr(t, "configuration", NEW_SIP.model_copy(deep=True)),
    "nested same values": lambda t: setattr(t, "configuration", _sip(t).model_copy()),
    "through a shallow copy": _edit_through_copy,
    "through iteration": _edit_through_iteration,
}


def _pair() -> tuple[VoiceInTrunk, VoiceInTrunk]:
    """The same trunk decoded twice: copy-on-write, and with the eager snapshot taken at once."""
    body = example("Get Voice IN Trunk").body.encode()
    lazy = decode_document(body, VoiceInTrunk, many=False).data
    eager = decode_document(body, VoiceInTrunk, many=False).data
    mark_clean(eager)
    return lazy, eager


@pytest.mark.parametrize(("first", "second"), list(itertools.product(EDITS, repeat=2)))
def test_same_diff_as_the_eager_snapshot(first: str, second: str) -> None:
    lazy, eager = _pair()
    for model in (lazy, eager):
        EDITS[first](model)
        EDITS[second](model)
    assert changed_fields(lazy) == changed_fields(eager)
    assert encode_resource(lazy, "update") == encode_resource(eager, "update")


def test_to_many_in_place_and_replaced_as_the_eager_snapshot() -> None:
    body = example("Get Voice In Trunk Groups", "200 OK (Included Trunks)").body.encode()
    lazy, eager = (decode_document(body, VoiceInTrunkGroup, many=True).data[0] for _ in range(2))
    mark_clean(eager)
    for model in (lazy, eager):
        assert model.voice_in_trunks is not None
        model.voice_in_trunks.append(VoiceInTrunk.ref("new-trunk"))
    assert changed_fields(lazy) == changed_fields(eager) == ["voice_in_trunks"]
    assert encode_resource(lazy, "update") == encode_resource(eager, "update")
