"""The maintainer's path at a DIDWW release, rehearsed on a temporary copy of the repository with no hand edit.

Two synthetic next versions of DIDWW's 2026-04-16 OpenAPI document, built by ``synthetic_version`` (never by hand),
are put in a copy of the reference folder as DIDWW publishes them (OpenAPI only), and added to one copy of the
repository, both from 2026-04-16:

- 2098-01-01, no change; then 2099-01-01, the seven kinds of change of ``synthetic_version.CHANGES`` (its FROM is
  older than the newest version, so its guide is from 2026-04-16);
- generation is fresh, ``make seed`` derives the same seeds from the OpenAPI documents alone, the new package's
  client works on its own fake, the guide names each change, and the every-version tests
  (``test_every_version.py``) pass for both new versions with no test written;
- what ``didww_gen`` re-exports stays until ``promote``, which then switches it (the last test: it changes the copy).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import synthetic_version
from spec_editing import VERSION, repository_copy, run_codegen

from codegen.__main__ import ROOT
from codegen.reference import openapi_path, reference_dir
from codegen.versions import load, package_name

pytestmark = pytest.mark.reference("openapi", version=VERSION)
SEVEN, SAME = "2099-01-01", "2098-01-01"


@dataclass(frozen=True)
class Rehearsal:
    repo: Path
    reference: Path
    same: subprocess.CompletedProcess[str]  # new-version of the version without change
    seven: subprocess.CompletedProcess[str]  # new-version of the version with seven changes


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory: pytest.TempPathFactory) -> Rehearsal:
    tmp = tmp_path_factory.mktemp("rehearsal")
    original = synthetic_version.load(openapi_path(VERSION))
    documents = {
        SAME: synthetic_version.make_next_document(original, set(), SAME),
        SEVEN: synthetic_version.make_next_document(original, None, SEVEN),
    }
    reference = _reference(tmp, documents)
    repo = _repository(tmp)
    same = _codegen(repo, reference, "new-version", VERSION, SAME)
    seven = _codegen(repo, reference, "new-version", VERSION, SEVEN)
    return Rehearsal(repo, reference, same, seven)


def _reference(tmp: Path, documents: dict[str, synthetic_version.Document]) -> Path:
    """A copy of the reference folder (links to DIDWW's documents) with each document as its version's OpenAPI."""
    folder = tmp / "reference"
    for kind in ("openapi", "postman"):
        (folder / kind).mkdir(parents=True)
        for published in sorted((reference_dir() / kind).glob("*.json")):
            (folder / kind / published.name).symlink_to(published)
    for version, document in documents.items():
        synthetic_version.write(document, folder / "openapi" / f"didww-api3-{version}.openapi.json")
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


def test_adding_versions_changes_nothing_users_import(rehearsal: Rehearsal) -> None:
    registry = (rehearsal.repo / "spec" / "versions.yaml").read_text()
    assert f"latest: '{VERSION}'" in registry and f"'{SAME}'" in registry and f"'{SEVEN}'" in registry
    assert f"make promote VERSION={SAME}" in rehearsal.same.stdout
    assert "no semantic changes" in rehearsal.same.stdout
    latest_models = rehearsal.repo / "src" / "didww_gen" / "models" / "__init__.py"
    assert f"didww_gen.{package_name(VERSION)}.models" in latest_models.read_text()
    _codegen(rehearsal.repo, rehearsal.reference, "--check")  # `make generate` has nothing left to write
    _codegen(rehearsal.repo, rehearsal.reference, "derive", "--check")  # `make seed`, OpenAPI only: the same seeds


def test_the_seven_changes_are_imported_served_and_named_in_the_guide(rehearsal: Rehearsal) -> None:
    done, repo = rehearsal.seven, rehearsal.repo
    assert "priority: default 1 no longer fits its type string: dropped" in done.stdout
    assert "added    enum DidHistoryAction.PORTED_IN" in done.stdout  # the semantic diff, printed
    fake = _python(repo, rehearsal.reference, "-c", ON_THE_FAKE)
    assert fake.returncode == 0, fake.stderr
    assert not (repo / "docs" / "changes" / f"{SAME}..{SEVEN}.md").exists()  # from FROM, not from the newest
    guide = (repo / "docs" / "changes" / f"{VERSION}..{SEVEN}.md").read_text(encoding="utf-8")
    for change, words in synthetic_version.GUIDE_WORDS.items():
        assert all(word in guide for word in words), f"the guide does not name the {change}: {words}"


def test_the_every_version_tests_cover_the_new_versions_with_no_test_written(rehearsal: Rehearsal) -> None:
    options = ("-o", "addopts=", "-q", "-p", "no:cacheprovider")
    every = _python(rehearsal.repo, rehearsal.reference, "-m", "pytest", *options, "tests/test_every_version.py")
    assert every.returncode == 0, every.stdout[-3000:]
    versions = len(load(ROOT).versions) + 2  # the registered ones and the two new ones
    assert f"{versions * 5} passed" in every.stdout


def test_promoting_switches_what_didww_gen_reexports(rehearsal: Rehearsal) -> None:
    repo = rehearsal.repo
    promoted = _codegen(repo, rehearsal.reference, "promote", SAME)
    assert f"now re-exports {SAME} (was {VERSION})" in promoted.stdout
    assert f"latest: '{SAME}'" in (repo / "spec" / "versions.yaml").read_text()
    assert (
        f"didww_gen.{package_name(SAME)}.models" in (repo / "src" / "didww_gen" / "models" / "__init__.py").read_text()
    )
    check = "import didww_gen; from didww_gen.testing import FakeDidww; print(FakeDidww().client().api_version)"
    latest = _python(repo, rehearsal.reference, "-c", check)
    assert latest.returncode == 0 and latest.stdout.strip() == SAME, latest.stderr
