"""The ``pause_gc`` client option: no garbage collection while a response is decoded, off by default."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import Recorder

from didww_gen import DidwwClientError, _repository
from didww_gen._gcpause import paused
from didww_gen.v2026_04_16 import DidwwClient


@pytest.fixture
def gc_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _seen_during_decode(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    seen: list[bool] = []
    decode = _repository.decode_document  # type: ignore[attr-defined]

    def watching(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return decode(*args, **kwargs)

    monkeypatch.setattr(_repository, "decode_document", watching)
    return seen


def test_paused_restores_and_nests(gc_enabled: None) -> None:
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still runs
    assert gc.isenabled()


def test_paused_leaves_a_disabled_collector_disabled(gc_enabled: None) -> None:
    gc.disable()
    with paused():
        pass
    assert not gc.isenabled()


def test_paused_restores_after_an_error(gc_enabled: None) -> None:
    with pytest.raises(ValueError), paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_client_pauses_only_when_asked(
    client: DidwwClient, recorder: Recorder, monkeypatch: pytest.MonkeyPatch, gc_enabled: None
) -> None:
    seen = _seen_during_decode(monkeypatch)
    recorder.serve_example("Get DID", "200 Ok (Simple request)")
    client.dids.find("44957076-778a-4802-b60c-d22db0cda284")
    recorder.serve_example("Get DID", "200 Ok (Simple request)")
    pausing = client.with_options()
    pausing.pause_gc = True
    pausing.dids.find("44957076-778a-4802-b60c-d22db0cda284")
    assert seen == [True, False]
    assert gc.isenabled()


def test_pause_gc_option_is_checked_and_kept() -> None:
    with pytest.raises(DidwwClientError, match="pause_gc takes True or False"):
        DidwwClient(api_key="k", pause_gc="yes")  # type: ignore[arg-type]
    client = DidwwClient(api_key="k", pause_gc=True)
    assert client.pause_gc is True and client.with_options(timeout=5).pause_gc is True
    client.close()
    with DidwwClient(api_key="k") as default:
        assert default.pause_gc is False
