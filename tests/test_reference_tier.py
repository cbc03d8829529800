"""The conformance tier per version and per document, stale defaults and promotion's refusals (no generation)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spec_editing import SPEC, VERSION, edit

from codegen import promote, reference, versions
from codegen.__main__ import ROOT
from codegen.errors import SpecError
from codegen.stale_defaults import drop_stale


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> versions.Registry:
    """A registry with a version DIDWW published as OpenAPI only and one it published nothing for."""
    made = versions.Registry(
        ("2022-05-10", VERSION, "2099-01-01", "2100-01-01"),
        VERSION,
        {"2022-05-10": ("postman",), VERSION: ("openapi", "postman"), "2099-01-01": ("openapi",)},
    )
    monkeypatch.setattr(versions, "load", lambda root: made)
    return made


def _documents(folder: Path, *names: str) -> Path:
    for name in names:
        kind = "openapi" if name.endswith(".openapi.json") else "postman"
        (folder / kind).mkdir(parents=True, exist_ok=True)
        (folder / kind / name).write_text("{}", encoding="utf-8")
    return folder


def test_each_version_needs_the_documents_published_for_it_only(
    registry: versions.Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _documents(tmp_path, "didww-api3-2099-01-01.openapi.json", f"didww-api3-{VERSION}.openapi.json")
    monkeypatch.setenv(reference.REFERENCE_ENV, str(folder))
    assert reference.missing_reason("2099-01-01", "openapi") is None
    assert reference.missing_reason("2099-01-01") is None  # every document it has
    never = reference.missing_reason("2099-01-01", "postman")
    assert never is not None and "DIDWW published no postman document for API 2099-01-01" in never
    nothing = reference.missing_reason("2100-01-01")
    assert nothing is not None and "published no reference document for API 2100-01-01" in nothing
    absent = reference.missing_reason(VERSION, "postman")
    assert absent is not None and f"postman document for API {VERSION} is not at" in absent
    assert reference.missing_reason(VERSION) == absent  # the version's tier needs both of its documents


def test_ci_requires_every_published_document_and_nothing_else(
    registry: versions.Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(reference.REFERENCE_ENV, str(tmp_path))
    assert len(reference.required_missing()) == 4  # 2022 postman, 2026 both, 2099 openapi; nothing for 2100
    _documents(
        tmp_path,
        "didww-api3-2022-05-10.postman_collection.json",
        f"didww-api3-{VERSION}.postman_collection.json",
        f"didww-api3-{VERSION}.openapi.json",
        "didww-api3-2099-01-01.openapi.json",
    )
    assert reference.required_missing() == []


def test_the_registry_refuses_a_bad_published_entry(tmp_path: Path) -> None:
    (tmp_path / "spec" / VERSION).mkdir(parents=True)
    (tmp_path / "spec" / VERSION / "api.yaml").write_text("{}", encoding="utf-8")
    registry = tmp_path / "spec" / "versions.yaml"
    registry.write_text(f"versions: ['{VERSION}']\npublished: {{'{VERSION}': [swagger]}}\n", encoding="utf-8")
    with pytest.raises(SpecError, match="a list of openapi and postman"):
        versions.load(tmp_path)
    registry.write_text(f"versions: ['{VERSION}']\npublished: {{'1999-01-01': [openapi]}}\n", encoding="utf-8")
    with pytest.raises(SpecError, match="names 1999-01-01, which `versions` does not list"):
        versions.load(tmp_path)


def test_a_default_the_new_type_no_longer_fits_is_dropped_with_a_notice(tmp_path: Path) -> None:
    spec = tmp_path / "spec" / VERSION
    shutil.copytree(SPEC, spec)
    trunks = spec / "resources" / "voice_in_trunks.yaml"
    before = trunks.read_text(encoding="utf-8")
    edit(trunks, "  priority:\n    type: integer", "  priority:\n    type: string")
    notices = drop_stale(spec, f"spec/{VERSION}")
    assert notices == [
        f"spec/{VERSION}/resources/voice_in_trunks.yaml: voice_in_trunks.priority: default 1 no longer fits its "
        "type string: dropped (the document states none); add one if the API documents it"
    ]
    after = trunks.read_text(encoding="utf-8").splitlines()
    changed = [line for line in before.splitlines() if line not in after]
    assert len(after) == len(before.splitlines()) - 1  # the default's line only: nothing else re-wrapped
    assert len(changed) == 1 and changed[0].strip().startswith("default: 1  # not stated")
    assert drop_stale(spec, f"spec/{VERSION}") == []  # what fits stays


def test_promoting_a_version_not_registered_is_refused_and_changes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    registry = ROOT / versions.REGISTRY
    before = registry.read_text(encoding="utf-8")
    assert promote.main(["1999-01-01"]) == 2
    assert "1999-01-01 is not registered" in capsys.readouterr().err
    assert registry.read_text(encoding="utf-8") == before


def test_a_stale_default_is_taken_from_the_document_when_it_states_one_that_fits(tmp_path: Path) -> None:
    spec = tmp_path / "spec" / VERSION
    shutil.copytree(SPEC, spec)
    trunks = spec / "resources" / "voice_in_trunks.yaml"
    edit(trunks, "  priority:\n    type: integer", "  priority:\n    type: string")
    documented = {"voice_in_trunks": {"priority": "primary"}, "dids": {"capacity_limit": "not read"}}
    assert drop_stale(spec, f"spec/{VERSION}", documented) == [
        f"spec/{VERSION}/resources/voice_in_trunks.yaml: voice_in_trunks.priority: default 1 no longer fits its "
        "type string: replaced by the document's default 'primary'"
    ]
    assert "    default: primary\n" in trunks.read_text(encoding="utf-8")  # without the old value's comment
