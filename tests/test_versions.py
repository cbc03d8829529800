"""One package per API version on one runtime: the re-exports of the latest, each client's own version."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import httpx
import pytest

import didww_gen
from codegen.versions import load as load_registry
from codegen.versions import package_name
from didww_gen import DidwwClient, DidwwClientError

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "src" / "didww_gen"
REGISTRY = load_registry(ROOT)
LATEST = REGISTRY.latest
LATEST_PACKAGE = f"didww_gen.{package_name(LATEST)}"


def test_didww_gen_reexports_the_very_objects_of_the_latest_version() -> None:
    latest = importlib.import_module(LATEST_PACKAGE)
    models = importlib.import_module(f"{LATEST_PACKAGE}.models")
    resources = importlib.import_module(f"{LATEST_PACKAGE}.resources")
    enums = importlib.import_module(f"{LATEST_PACKAGE}.enums")
    testing = importlib.import_module(f"{LATEST_PACKAGE}.testing")
    assert didww_gen.DidwwClient is latest.DidwwClient and didww_gen.AsyncDidwwClient is latest.AsyncDidwwClient
    assert didww_gen.Environment is latest.Environment and didww_gen.API_VERSION == latest.API_VERSION == LATEST
    from didww_gen.enums import Codec
    from didww_gen.models import MODELS, Did
    from didww_gen.resources import DidsRepository
    from didww_gen.testing import FakeDidww

    assert Did is models.Did and MODELS is models.MODELS and MODELS["dids"] is Did
    assert DidsRepository is resources.DidsRepository and Codec is enums.Codec
    assert FakeDidww is testing.FakeDidww and FakeDidww().client().api_version == LATEST


def test_a_name_the_latest_version_lacks_is_an_attribute_error() -> None:
    import didww_gen.models as models

    with pytest.raises(AttributeError, match="no attribute 'NoSuchModel'"):
        models.NoSuchModel  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.parametrize("version", REGISTRY.versions)
def test_each_version_package_speaks_its_own_version(version: str) -> None:
    package = importlib.import_module(f"didww_gen.{package_name(version)}")
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["X-DIDWW-API-Version"])
        return httpx.Response(200, json={"data": {"id": "1", "type": "balances", "attributes": {}}})

    client = package.DidwwClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    assert client.api_version == version and repr(client).count(version) == 1
    client.balance.find()
    assert seen == [version]
    assert all(model.__models__ is package.models.MODELS for model in package.models.MODELS.values())


def test_another_version_is_refused_naming_the_package_to_import() -> None:
    for other in REGISTRY.versions:
        if other == LATEST:
            continue
        with pytest.raises(DidwwClientError, match=f"import DidwwClient from didww_gen.{package_name(other)}"):
            DidwwClient(api_key="k", api_version=other)
    with pytest.raises(DidwwClientError, match=f"no package for 1999-01-01; it speaks {', '.join(REGISTRY.versions)}"):
        DidwwClient(api_key="k", api_version="1999-01-01")
    with pytest.raises(DidwwClientError, match="api_version takes a version date"):
        DidwwClient(api_key="k", api_version="")


def test_a_version_header_in_extra_headers_is_held_to_the_clients_version() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["X-DIDWW-API-Version"])
        return httpx.Response(200, json={"data": {"id": "1", "type": "balances", "attributes": {}}})

    client = DidwwClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    client.balance.find(extra_headers={"x-didww-api-version": LATEST})
    assert seen == [LATEST]
    with pytest.raises(DidwwClientError, match="speaks DIDWW API"):
        client.balance.find(extra_headers={"X-DIDWW-API-Version": "1999-01-01"})
    assert seen == [LATEST]  # refused before sending


def test_an_environment_of_another_kind_is_refused() -> None:
    with pytest.raises(
        DidwwClientError, match=r"environment takes a member of didww_gen\.v\d{4}_\d\d_\d\d\.Environment"
    ):
        DidwwClient(api_key="k", environment="https://sandbox-api.didww.com/v3")  # type: ignore[arg-type]


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


GENERATED = ("didww_gen.models", "didww_gen.resources", "didww_gen.enums", "didww_gen.client", "didww_gen.api_info")


def test_the_hand_written_runtime_imports_no_generated_name() -> None:
    """The underscore modules, the extras and the fake's engine; ``didww_gen/__init__.py`` is the façade
    that re-exports the latest version, and the fake's defaults go through it."""
    runtime = [p for p in sorted(RUNTIME.glob("_*.py")) if p.name != "__init__.py"] + [
        RUNTIME / n for n in ("encryption.py", "waiting.py", "webhooks.py")
    ]
    runtime += [p for p in sorted((RUNTIME / "testing").glob("_*.py")) if p.name != "__init__.py"]
    runtime += sorted((RUNTIME / "cli").glob("*.py"))  # the command line: versions reached through importlib only
    offenders = {
        path.relative_to(ROOT).as_posix(): sorted(m for m in _imported_modules(path) if m.startswith(GENERATED))
        for path in runtime
    }
    versioned = {
        path.relative_to(ROOT).as_posix(): sorted(m for m in _imported_modules(path) if m.startswith("didww_gen.v"))
        for path in runtime
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert {k: v for k, v in versioned.items() if v} == {}


OLDER = [v for v in REGISTRY.versions if v != LATEST]


@pytest.mark.skipif(not OLDER, reason="only one API version is registered")
def test_two_versions_side_by_side_in_one_process_against_their_loopback_fakes() -> None:
    older = importlib.import_module(f"didww_gen.{package_name(OLDER[0])}")
    older_testing = importlib.import_module(f"didww_gen.{package_name(OLDER[0])}.testing")
    from didww_gen.testing import FakeDidww

    with FakeDidww().serve() as new_server, older_testing.FakeDidww().serve() as old_server:
        new = DidwwClient(api_key="k", base_url=new_server.base_url)
        old = older.DidwwClient(api_key="k", base_url=old_server.base_url)
        new_reservation = new.did_reservations.list().data[0]
        old_reservation = old.did_reservations.list().data[0]
        assert new.api_version == LATEST and old.api_version == OLDER[0]
        assert type(new_reservation) is not type(old_reservation)
        assert type(old_reservation).__module__.startswith(older.__name__ + ".models")
        assert new.balance.find().total_balance is not None and old.balance.find().total_balance is not None
        mixed = DidwwClient(api_key="k", base_url=old_server.base_url)  # the latest client, the older fake
        with pytest.raises(didww_gen.BadRequestError, match=f"serves version {OLDER[0]}"):
            mixed.balance.find()
        for client in (new, old, mixed):
            client.close()


@pytest.mark.skipif(not OLDER, reason="only one API version is registered")
def test_a_model_of_another_version_is_refused_naming_both_packages() -> None:
    from didww_gen.models import Did, VoiceInTrunk
    from didww_gen.testing import FakeDidww

    older = importlib.import_module(f"didww_gen.{package_name(OLDER[0])}.models")
    other_did, other_trunk = older.Did.ref("x"), older.VoiceInTrunk.ref("t")
    named = f"a Did of API {OLDER[0]}, from didww_gen.{package_name(OLDER[0])}; this one is API {LATEST}'s"
    client = FakeDidww().client()
    with pytest.raises(DidwwClientError, match=re.escape(named)):
        client.dids.update(other_did)
    with pytest.raises(DidwwClientError, match=re.escape(named)):
        client.dids.find(other_did)
    with pytest.raises(DidwwClientError, match="models do not cross versions"):
        Did(voice_in_trunk=other_trunk)
    did = Did.ref("x")
    with pytest.raises(DidwwClientError, match="models do not cross versions"):
        did.voice_in_trunk = other_trunk
    did.voice_in_trunk = VoiceInTrunk.ref("t")  # its own version's model is taken
