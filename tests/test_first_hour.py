"""A newcomer's surprises, fixed: environments, a 401 that says what to check, relationships after an update,
the end of the pages, uploads from bytes or a file object."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest

from didww_gen.errors import AuthenticationError, DidwwClientError
from didww_gen.v2026_04_16 import DidwwClient, Environment
from didww_gen.v2026_04_16.models import Did, SipConfiguration, VoiceInTrunk
from didww_gen.v2026_04_16.testing import FakeDidww


# -- environments -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, Environment.SANDBOX.value),
        ("sandbox", Environment.SANDBOX.value),
        ("Production", Environment.PRODUCTION.value),
        (" production ", Environment.PRODUCTION.value),
    ],
)
def test_from_env_picks_the_environment(monkeypatch: pytest.MonkeyPatch, value: str | None, expected: str) -> None:
    monkeypatch.setenv("DIDWW_API_KEY", "key")
    monkeypatch.delenv("DIDWW_BASE_URL", raising=False)
    if value is None:
        monkeypatch.delenv("DIDWW_ENVIRONMENT", raising=False)
    else:
        monkeypatch.setenv("DIDWW_ENVIRONMENT", value)
    with DidwwClient.from_env() as client:
        assert client.base_url == expected


def test_from_env_base_url_wins_and_an_unknown_environment_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIDWW_API_KEY", "key")
    monkeypatch.setenv("DIDWW_ENVIRONMENT", "production")
    monkeypatch.setenv("DIDWW_BASE_URL", "http://127.0.0.1:8080/v3")
    with DidwwClient.from_env() as client:
        assert client.base_url == "http://127.0.0.1:8080/v3"
    monkeypatch.setenv("DIDWW_ENVIRONMENT", "prod")
    with pytest.raises(DidwwClientError, match=r"DIDWW_ENVIRONMENT must be one of sandbox, production .*got 'prod'"):
        DidwwClient.from_env()
    monkeypatch.setenv("DIDWW_ENVIRONMENT", "a-long-value-that-may-be-a-misplaced-key")
    with pytest.raises(DidwwClientError, match="got a value of 40 characters"):
        DidwwClient.from_env()


# -- a 401 says what to check -------------------------------------------------------------------
def _refused(base_url: str | None, environment: Environment = Environment.SANDBOX) -> str:
    fake = FakeDidww(api_key="the-right-key")
    http = httpx.Client(transport=fake.transport())
    with (
        DidwwClient("a-wrong-key", environment=environment, base_url=base_url, http_client=http) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.balance.find()
    return str(raised.value)


def test_a_401_names_the_environment_and_that_keys_are_per_environment() -> None:
    sandbox = _refused(None)
    assert "sent to the sandbox environment (https://sandbox-api.didww.com/v3)" in sandbox
    assert "keys are per environment" in sandbox and "Environment.PRODUCTION" in sandbox
    assert "lacks /v3" not in sandbox and "a-wrong-key" not in sandbox
    assert "sent to the production environment (https://api.didww.com/v3)" in _refused(None, Environment.PRODUCTION)


def test_a_401_on_a_base_url_without_v3_says_so() -> None:
    message = _refused("https://sandbox-api.didww.com")
    assert "the base URL lacks /v3 (the request went to https://sandbox-api.didww.com/balance)" in message
    assert "sent to https://sandbox-api.didww.com," in message


# -- relationships stay readable after an update ------------------------------------------------
def test_a_relationship_set_by_an_update_stays_readable() -> None:
    fake = FakeDidww()
    with fake.client() as client:
        trunk = client.voice_in_trunks.create(VoiceInTrunk(name="office", configuration=SipConfiguration(host="h")))
        did = client.dids.list().data[0]
        did.voice_in_trunk = VoiceInTrunk.ref(trunk.id or "")
        answer = client.dids.update(did)
        for model in (did, answer):
            assert model.voice_in_trunk is not None and model.voice_in_trunk.id == trunk.id
        did.description = "office line"
        client.dids.update(did)
        sent = fake.requests[-1].content
        assert b"office line" in sent and b"relationships" not in sent  # clean: not sent again


def test_a_relationship_the_answer_reveals_wins() -> None:
    with FakeDidww().client() as client:
        trunk = client.voice_in_trunks.create(VoiceInTrunk(name="office", configuration=SipConfiguration(host="h")))
        did = Did.ref(client.dids.list().data[0].id or "")
        did.voice_in_trunk = VoiceInTrunk.ref(trunk.id or "")
        answer = client.dids.update(did, include="voice_in_trunk")
        assert answer.voice_in_trunk is not None and answer.voice_in_trunk.name == "office"
        assert did.voice_in_trunk is not None and did.voice_in_trunk.name == "office"


# -- the end of the pages -----------------------------------------------------------------------
def test_next_page_past_the_end_raises_an_sdk_error() -> None:
    with FakeDidww().client() as client:
        page = client.dids.list(page_size=100)
        assert not page.has_next_page()
        with pytest.raises(DidwwClientError, match=r"next_page\(\): this is the last page .*has_next_page\(\)"):
            page.next_page()


# -- uploads from a path, bytes or a binary file object -----------------------------------------
def test_upload_file_takes_bytes_and_binary_file_objects(tmp_path: Path) -> None:
    fake = FakeDidww()
    data = b"%PDF-1.4 passport scan" * 40
    path = tmp_path / "passport.pdf"
    path.write_bytes(data)
    with fake.client() as client, path.open("rb") as opened:
        ids = [
            client.upload_file(data, description="bytes", filename="scan.pdf"),
            client.upload_file(io.BytesIO(data)),
            client.upload_file(opened),
            client.upload_file(path),
        ]
    assert [fake.uploaded_files[i] for i in ids] == [data] * 4
    names = [r["attributes"].get("description") for r in fake.store.all("encrypted_files")[-4:]]
    assert names[0] == "bytes"


def test_upload_file_refuses_text_files_and_other_values(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text")
    with FakeDidww().client() as client, (tmp_path / "a.txt").open() as text:
        with pytest.raises(DidwwClientError, match=r"open it in binary mode, open\(path, 'rb'\)"):
            client.upload_file(text)  # type: ignore[arg-type]
        with pytest.raises(DidwwClientError, match="takes a path, bytes or a binary file object"):
            client.upload_file(42)  # type: ignore[arg-type]
