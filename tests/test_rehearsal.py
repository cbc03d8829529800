"""The maintainer's path at a DIDWW release, rehearsed on a temporary copy of the repository with no hand edit.

Two synthetic next versions of DIDWW's 2026-04-16 OpenAPI document, built by ``next_version`` (never by hand),
are put in a copy of the reference folder as DIDWW publishes them (OpenAPI only), then:

- seven changes (``next_version.CHANGES``): ``new-version``, generation fresh and deterministic, the seed derived
  from the OpenAPI document alone, the new package's client on its own fake, the guide naming each change, and
  the every-version tests (``test_every_version.py``) passing for the new version with no test written;
- no change: ``new-version``, what ``didww_gen`` re-exports unchanged until ``promote``, then promoted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import next_version
import pytest
from spec_editing import VERSION, repository_copy, run_codegen

from codegen.reference import openapi_path, reference_dir
from codegen.versions import package_name

pytestmark = pytest.mark.reference("openapi", version=VERSION)
SEVEN, SAME = "2099-01-01", "2098-01-01"


def _reference(tmp: Path, version: str, document: next_version.Document) -> Path:
    """A copy of the reference folder (links to DIDWW's documents) with ``document`` as ``version``'s OpenAPI."""
    folder = tmp / "reference"
    for kind in ("openapi", "postman"):
        (folder / kind).mkdir(parents=True)
        for published in sorted((reference_dir() / kind).glob("*.json")):
            (folder / kind / published.name).symlink_to(published)
    document["info"]["version"] = version
    next_version.write(document, folder / "openapi" / f"didww-api3-{version}.openapi.json")
    return folder


def _repository(tmp: Path) -> Path:
    repo = repository_copy(tmp / "repo", seeds=True)
    shutil.copytree(Path(__file__).parent, repo / "tests", ignore=shutil.ignore_patterns("__pycache__", "typing"))
    return repo


def _codegen(repo: Path, reference: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = run_codegen(repo, *args, cwd=repo, DIDWW_REFERENCE_DIR=str(reference))
    assert done.returncode == 0, f"codegen {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done


def _python(repo: Path, reference: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The project's Python on the copy: its ``src`` and generator first on the path."""
    env = {**os.environ, "PYTHONPATH": f"{repo / 'src'}{os.pathsep}{repo}", "DIDWW_REFERENCE_DIR": str(reference)}
    return subprocess.run([sys.executable, *args], cwd=repo, env=env, capture_output=True, text=True, timeout=600)


ON_THE_FAKE = """
from didww_gen.v2099_01_01.testing import FakeDidww
from didww_gen.v2099_01_01.models import SharedCapacityGroup, VoiceInTrunk, WebrtcConfiguration
from didww_gen.v2099_01_01.enums import DidHistoryAction
from didww_gen.errors import DidwwClientError

client = FakeDidww().client()
assert client.api_version == "2099-01-01"
assert client.dids.list().data and client.did_labels.list().data[0].name
assert all(isinstance(r.note, (str, type(None))) for r in client.did_reservations.list().data)
assert client.did_reservations.list(sort=["note"]).data
assert not hasattr(client.did_reservations, "delete")
assert {h.action for h in client.did_history.list().data} <= set(DidHistoryAction)
assert "restored" not in {m.value for m in DidHistoryAction} and DidHistoryAction("ported_in")
assert all(isinstance(t.priority, (str, type(None))) for t in client.voice_in_trunks.list().data)
trunk = client.voice_in_trunks.create(
    VoiceInTrunk(name="browser", priority="primary", configuration=WebrtcConfiguration(endpoint="wss://rtc.test"))
)
assert trunk.priority == "primary" and isinstance(trunk.configuration, WebrtcConfiguration)
try:
    client.shared_capacity_groups.create(SharedCapacityGroup(name="no channels"))
except DidwwClientError as refused:
    assert "metered_channels_count" in str(refused), refused
else:
    raise AssertionError("a create without the newly required member was sent")
print("the new package's client works on its fake")
"""


def test_a_version_with_the_seven_kinds_of_change_ships_with_no_hand_edit(tmp_path: Path) -> None:
    document = next_version.seven_changes(next_version.load(openapi_path(VERSION)))
    reference = _reference(tmp_path, SEVEN, document)
    repo = _repository(tmp_path)
    done = _codegen(repo, reference, "new-version", VERSION, SEVEN)
    assert "priority: default 1 no longer fits its type string: dropped" in done.stdout
    assert "added    enum DidHistoryAction.PORTED_IN" in done.stdout  # the semantic diff, printed
    assert f"latest: '{VERSION}'" in (repo / "spec" / "versions.yaml").read_text()  # adding is not promoting
    _codegen(repo, reference, "--check")  # `make generate` has nothing left to write
    _codegen(repo, reference, "derive", "--check")  # `make seed` from the OpenAPI document alone: the same seed
    fake = _python(repo, reference, "-c", ON_THE_FAKE)
    assert fake.returncode == 0, fake.stderr
    guide = (repo / "docs" / "changes" / f"{VERSION}..{SEVEN}.md").read_text(encoding="utf-8")
    for change, words in next_version.CHANGES.items():
        assert all(word in guide for word in words), f"the guide does not name the {change}: {words}"
    every = _python(
        repo, reference, "-m", "pytest", "-o", "addopts=", "-q", "-p", "no:cacheprovider", "tests/test_every_version.py"
    )
    assert every.returncode == 0, every.stdout[-3000:]
    assert f"{len(['2022-05-10', VERSION, SEVEN]) * 5} passed" in every.stdout


def test_a_version_without_change_is_added_then_promoted(tmp_path: Path) -> None:
    reference = _reference(tmp_path, SAME, next_version.no_change(next_version.load(openapi_path(VERSION))))
    repo = _repository(tmp_path)
    done = _codegen(repo, reference, "new-version", VERSION, SAME)
    assert f"make promote VERSION={SAME}" in done.stdout
    latest_models = repo / "src" / "didww_gen" / "models" / "__init__.py"
    assert f"didww_gen.{package_name(VERSION)}.models" in latest_models.read_text()
    guide = (repo / "docs" / "changes" / f"{VERSION}..{SAME}.md").read_text(encoding="utf-8")
    assert "2026-04-16" in guide and SAME in guide
    promoted = _codegen(repo, reference, "promote", SAME)
    assert f"now re-exports {SAME} (was {VERSION})" in promoted.stdout
    assert f"latest: '{SAME}'" in (repo / "spec" / "versions.yaml").read_text()
    assert f"didww_gen.{package_name(SAME)}.models" in latest_models.read_text()
    check = "import didww_gen; from didww_gen.testing import FakeDidww; print(FakeDidww().client().api_version)"
    latest = _python(repo, reference, "-c", check)
    assert latest.returncode == 0 and latest.stdout.strip() == SAME, latest.stderr
