"""Secrets (issue 15, items 1 and 9): the API key and every secret field value are searched for on every surface.

A session against the fake API on loopback (real sockets, so httpcore logs too) creates trunks whose
credentials the server generates, reads them back, fails in several ways; then every surface is searched:
``repr``/``str`` of each model, exception and its ``__cause__``/``__context__`` chain, every DEBUG log record of
``didww_gen``, ``httpx`` and ``httpcore``, ``model_dump()``, ``model_dump(mode="json")``, ``model_dump_json()``
and pickle. Writes still send the real values; ``context={"reveal_secrets": True}`` dumps them on request.
"""

from __future__ import annotations

import json
import logging
import pickle
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from didww_gen import DidwwClientError, DidwwError
from didww_gen._model import Resource
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.models import (
    CredentialsAndIpAuthenticationMethod,
    SipConfiguration,
    VoiceInTrunk,
    VoiceInTrunkGroup,
    VoiceOutTrunk,
    VoiceOutTrunkRegenerateCredential,
)
from didww_gen.v2026_04_16.testing import FakeDidww

KEY = "sk-live-3f9a1c77e2"
PASSWORD = "outbound-pw-8d2b"
REVEAL = {"reveal_secrets": True}


def secret_values(model: Any) -> Iterator[str]:
    """Every non-empty secret field value in a model tree (read from ``__dict__``: no dump involved)."""
    if isinstance(model, list):
        for item in model:
            yield from secret_values(item)
        return
    specs = getattr(type(model), "__attributes__", None)
    if specs is None:
        return
    for name, value in model.__dict__.items():
        spec = specs.get(name)
        if spec is not None and spec.secret and isinstance(value, str) and distinctive(value):
            yield value
        elif not isinstance(value, Resource):  # related resources are searched on their own
            yield from secret_values(value)


def distinctive(value: str) -> bool:
    """A value worth searching for: not a word every dump holds anyway (the seed has a password "password")."""
    return len(value) >= 6 and not any(value in name for name in SipConfiguration.model_fields)


def exception_texts(error: BaseException | None) -> Iterator[str]:
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield from (str(error), repr(error), *(repr(a) for a in error.args))
        yield from exception_texts(error.__cause__)
        error = error.__context__


def model_texts(model: Resource) -> Iterator[str]:
    yield repr(model)
    yield str(model)
    yield repr(model.model_dump())
    yield json.dumps(model.model_dump(mode="json"))
    yield model.model_dump_json()
    try:
        yield repr(pickle.dumps(model))
    except DidwwClientError as refused:
        yield from exception_texts(refused)


class Session:
    """What a user's session left behind: models, exceptions and log records."""

    def __init__(self) -> None:
        self.models: list[Resource] = []
        self.errors: list[BaseException] = []

    def keep(self, model: Any) -> Any:
        self.models.append(model)
        return model

    def expect_error(self, call: Any) -> None:
        try:
            call()
        except DidwwError as error:
            self.errors.append(error)
        else:
            raise AssertionError("the call should have failed")


def run_session(base_url: str) -> Session:
    session = Session()
    with DidwwClient(api_key=KEY, base_url=base_url, max_retries=1) as client:
        sip = SipConfiguration(host="pbx.example.com", auth_enabled=True, auth_user="pbx", auth_password=PASSWORD)
        trunk = session.keep(client.voice_in_trunks.create(VoiceInTrunk(name="Secrets A", configuration=sip)))
        assert isinstance(trunk.configuration, SipConfiguration)
        trunk.configuration.enabled_sip_registration = True
        session.keep(client.voice_in_trunks.update(trunk))
        group = VoiceInTrunkGroup(name="Secrets G", voice_in_trunks=[VoiceInTrunk.ref(trunk.id)])
        group = session.keep(client.voice_in_trunk_groups.create(group))
        session.keep(client.voice_in_trunk_groups.find(group.id, include="voice_in_trunks"))  # a cycle
        method = CredentialsAndIpAuthenticationMethod(allowed_sip_ips=["203.0.113.10/32"])
        out = session.keep(
            client.voice_out_trunks.create(VoiceOutTrunk(name="Secrets Out", authentication_method=method))
        )
        regenerate = VoiceOutTrunkRegenerateCredential(voice_out_trunk=VoiceOutTrunk.ref(out.id))
        client.voice_out_trunk_regenerate_credentials.create(regenerate)
        session.keep(client.voice_out_trunks.find(out.id))
        session.models.extend(client.voice_in_trunks.list(include="voice_in_trunk_group"))
        session.expect_error(lambda: client.voice_in_trunks.find("no-such-trunk"))
        session.expect_error(lambda: client.voice_in_trunks.create(VoiceInTrunk(name="Secrets A", configuration=sip)))
        session.expect_error(lambda: client.dids.find("d1", extra_headers={"X-Password": PASSWORD + "\n"}))
    session.expect_error(lambda: DidwwClient(api_key=KEY + "\n", base_url=base_url))
    session.expect_error(lambda: DidwwClient(api_key=KEY + "é", base_url=base_url))
    session.expect_error(lambda: DidwwClient(api_key=KEY, base_url=base_url.replace("//", f"//u:{PASSWORD}@")))
    with DidwwClient(api_key=KEY, base_url=base_url.rsplit("/", 1)[0] + "/nowhere", max_retries=0) as lost:
        session.expect_error(lambda: lost.dids.find("d1"))
    return session


class Collect(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.DEBUG)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def session_and_logs() -> tuple[Session, list[logging.LogRecord]]:
    records: list[logging.LogRecord] = []
    handler = Collect(records)
    loggers = [logging.getLogger(name) for name in ("didww_gen", "httpx", "httpcore")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
        lg.addHandler(handler)
    try:
        with FakeDidww(api_key=KEY).serve() as server:
            session = run_session(server.base_url)
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)
    return session, records


def test_the_session_holds_every_kind_of_secret(session_and_logs: tuple[Session, list[logging.LogRecord]]) -> None:
    session, records = session_and_logs
    found = {v for m in session.models for v in secret_values(m)}
    assert PASSWORD in found and len(found) >= 5  # SIP auth and registration, voice-out username and password x2
    assert any(r.name.startswith("httpcore") for r in records) and any(r.name == "didww_gen" for r in records)
    assert len(session.errors) == 7


def test_no_surface_shows_a_secret(session_and_logs: tuple[Session, list[logging.LogRecord]]) -> None:
    session, records = session_and_logs
    secrets = {KEY, PASSWORD} | {v for m in session.models for v in secret_values(m)}
    texts: list[tuple[str, str]] = []
    for model in session.models:
        texts += [(f"{type(model).__name__} {model.id}", t) for t in model_texts(model)]
    for error in session.errors:
        texts += [(type(error).__name__, t) for t in exception_texts(error)]
    for record in records:
        texts += [(record.name, record.getMessage()), (record.name, repr(record.args))]
    leaks = [(where, secret) for where, text in texts for secret in secrets if secret in text]
    assert leaks == []
    assert len(texts) > 200


def test_secrets_are_dumped_only_on_request(session_and_logs: tuple[Session, list[logging.LogRecord]]) -> None:
    trunk = next(m for m in session_and_logs[0].models if isinstance(m, VoiceOutTrunk))
    method = trunk.authentication_method
    assert isinstance(method, CredentialsAndIpAuthenticationMethod) and method.username and method.password
    assert trunk.model_dump()["authentication_method"]["username"] == "***"
    assert json.loads(trunk.model_dump_json())["authentication_method"]["password"] == "***"
    revealed = trunk.model_dump(context=REVEAL)["authentication_method"]
    assert (revealed["username"], revealed["password"]) == (method.username, method.password)
    assert json.loads(trunk.model_dump_json(context=REVEAL))["authentication_method"]["password"] == method.password
    assert "username='***'" in repr(method)


def test_pickle_is_refused_while_a_secret_is_set() -> None:
    trunk = VoiceInTrunk(name="x", configuration=SipConfiguration(host="h", auth_password=PASSWORD))
    with pytest.raises(DidwwClientError, match=r"SipConfiguration holds secret values \(auth_password\)") as caught:
        pickle.dumps(trunk)
    assert PASSWORD not in str(caught.value)
    assert isinstance(trunk.configuration, SipConfiguration)
    trunk.configuration.auth_password = None
    assert pickle.loads(pickle.dumps(trunk)) == trunk


def test_pickle_is_refused_while_an_off_type_value_may_hold_a_secret() -> None:
    """A configuration whose password came as a number stays raw in invalid_attributes: not pickled either."""
    configuration = {"type": "sip_configurations", "attributes": {"host": "h", "auth_password": 90210411}}
    document = {"data": {"type": "voice_in_trunks", "id": "t1", "attributes": {"configuration": configuration}}}
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=document)))
    trunk = DidwwClient(api_key=KEY, http_client=http).voice_in_trunks.find("t1")
    assert trunk.invalid_attributes == {"configuration": configuration}
    with pytest.raises(DidwwClientError, match=r"VoiceInTrunk holds secret values \(configuration\)") as caught:
        pickle.dumps(trunk)
    assert "90210411" not in str(caught.value)


def test_a_write_still_sends_the_real_secret_values() -> None:
    fake = FakeDidww()
    sent: list[bytes] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request.read())
        answer = fake.transport().handler(request)
        assert isinstance(answer, httpx.Response)
        return answer

    client = DidwwClient(
        api_key=KEY, base_url="https://didww.fake/v3", http_client=httpx.Client(transport=httpx.MockTransport(record))
    )
    sip = SipConfiguration(host="pbx.example.com", auth_enabled=True, auth_user="pbx", auth_password=PASSWORD)
    trunk = client.voice_in_trunks.create(VoiceInTrunk(name="Secrets A", configuration=sip))
    assert PASSWORD.encode() in sent[-1]
    assert isinstance(trunk.configuration, SipConfiguration)
    trunk.configuration.host = "pbx2.example.com"  # a changed nested object is sent whole: the password too
    client.voice_in_trunks.update(trunk)
    assert json.loads(sent[-1])["data"]["attributes"]["configuration"]["attributes"]["auth_password"] == PASSWORD


def test_include_cycles_dump_each_resource_once_per_path() -> None:
    group = VoiceInTrunkGroup.ref("g1")
    trunk = VoiceInTrunk.ref("t1")
    trunk.__dict__["voice_in_trunk_group"] = group  # as the decoder links an include cycle
    group.__dict__["voice_in_trunks"] = [trunk]
    dumped = json.loads(group.model_dump_json())
    assert dumped["voice_in_trunks"][0]["voice_in_trunk_group"] == {"type": "voice_in_trunk_groups", "id": "g1"}
    assert trunk.model_dump()["voice_in_trunk_group"]["voice_in_trunks"] == [{"type": "voice_in_trunks", "id": "t1"}]
