"""A new kind of value is one file: an ``ipv4`` kind added to a copy of the repository, then used.

The kind's module (``src/didww_gen/_kinds/ipv4.py``) is the only hand-written file the copy gains; the spec
uses it in one attribute and one filter, and one ``python -m codegen`` run writes the rest (the spec format's
list of kinds, the loader's models, the version packages). The copy's SDK then decodes it strictly (an integer
is kept raw and refused on read), encodes it, takes it in a filter, the fake checks and answers it, the OpenAPI
importer and the command line take it, and mypy types the generated model with it.
"""

from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from spec_editing import edit, repository_copy, run_codegen

VERSION = "2026-04-16"  # the API version whose spec uses the kind (its package: didww_gen.v2026_04_16)
PACKAGE = "v2026_04_16"
KIND_FILE = "src/didww_gen/_kinds/ipv4.py"
KIND_SOURCE = '''\
"""``ipv4``: an IPv4 address, a JSON string on the wire (``"192.0.2.1"``), ``IPv4Address`` in Python."""

from __future__ import annotations

import ipaddress
from typing import Annotated, Any

from pydantic import BeforeValidator

from didww_gen._kinds import ScalarKind


def _strict(value: Any) -> Any:
    if isinstance(value, ipaddress.IPv4Address):
        return value
    if not isinstance(value, str):  # pydantic would read 3232235777 as an address
        raise ValueError(f"expected an IPv4 address string, not {type(value).__name__}")
    return ipaddress.IPv4Address(value)


StrictIPv4 = Annotated[ipaddress.IPv4Address, BeforeValidator(_strict)]


def _accepted(value: Any) -> bool:
    try:
        return isinstance(value, str) and bool(ipaddress.IPv4Address(value))
    except ValueError:
        return False


def _parse(text: str) -> ipaddress.IPv4Address:
    try:
        return ipaddress.IPv4Address(text)
    except ValueError:
        raise ValueError(f"takes an IPv4 address such as 192.0.2.1, got {text!r}") from None


KIND = ScalarKind(
    name="ipv4",
    summary="ipv4 (an IPv4 address)",
    order=75,
    annotation="IPv4Address",
    shown="IPv4Address",
    wire_annotation="StrictIPv4",
    imports=("from ipaddress import IPv4Address", "from didww_gen._kinds.ipv4 import StrictIPv4"),
    codec="IPV4",
    python_types=(ipaddress.IPv4Address,),
    encode=str,
    takes="an IPv4Address",
    expected="an IPv4 address",
    fake_accepts=_accepted,
    spec_value_ok=_accepted,
    openapi=(("string", "ipv4"),),
    json_type="string",
    refines=("string",),
    cli_parse=_parse,
)
'''

RESOURCE = "voice_in_trunk_groups"
ATTRIBUTE = "  ip_address: {type: ipv4, access: create-update, nullable: true, description: Where calls come from.}\n"
FILTER = "  ip_address: {type: ipv4, description: Filters by the ip_address field.}\n"

SCRIPT = """
import ipaddress, json
from didww_gen._decoding import decode_document
from didww_gen._encoding import encode_resource
from didww_gen._query import build_query
from didww_gen.errors import DidwwClientError
from didww_gen.testing._checks import check_value
from didww_gen.testing._spec import Value
from didww_gen.{package}.models import VoiceInTrunkGroup
from didww_gen.{package}.testing import FakeDidww

def document(value):
    attributes = {{"name": "g", "capacity_limit": None, "created_at": "2026-01-01T00:00:00Z",
                   "external_reference_id": None, "ip_address": value}}
    body = {{"data": {{"type": "voice_in_trunk_groups", "id": "1", "attributes": attributes}}}}
    return decode_document(json.dumps(body).encode(), VoiceInTrunkGroup, many=False).data

found = {{}}
found["decoded"] = repr(document("192.0.2.1").ip_address)
kept = document(3232235777)
found["kept_raw"] = kept.invalid_attributes
try:
    kept.ip_address
except DidwwClientError as exc:
    found["read_refused"] = str(exc)
try:
    VoiceInTrunkGroup(name="g", ip_address=3232235777)
except DidwwClientError as exc:
    found["assign_refused"] = str(exc)
group = VoiceInTrunkGroup(name="g", ip_address=ipaddress.IPv4Address("198.51.100.7"))
found["encoded"] = encode_resource(group, "create")["data"]["attributes"]["ip_address"]
query = build_query(filter={{"ip_address": ipaddress.IPv4Address("192.0.2.9")}})
found["filter"] = [list(pair) for pair in query]
errors = []
check_value({{}}, 3232235777, Value("ipv4"), False, "/data/attributes/ip_address", "create", errors)
check_value({{}}, "192.0.2.1", Value("ipv4"), False, "/data/attributes/ip_address", "create", errors)
found["fake_errors"] = errors
with FakeDidww(seed="empty").client() as client:
    made = client.voice_in_trunk_groups.create(group)
    found["fake_answer"] = repr(client.voice_in_trunk_groups.find(made.id).ip_address)
from codegen.sources.openapi import _kind
found["openapi"] = _kind("string", {{"type": "string", "format": "ipv4"}})
from didww_gen.cli._errors import UsageProblem
from didww_gen.cli._parsing import _scalar
found["cli"] = repr(_scalar(None, "ipv4", "192.0.2.1", "--set ip_address"))
try:
    _scalar(None, "ipv4", "300.1.1.1", "--set ip_address")
except UsageProblem as exc:
    found["cli_refused"] = str(exc)
print(json.dumps(found, default=str))
"""

TYPED = """
from ipaddress import IPv4Address
from didww_gen.{package}.models import VoiceInTrunkGroup

def read(group: VoiceInTrunkGroup) -> IPv4Address | None:
    return group.ip_address

def write(group: VoiceInTrunkGroup) -> None:
    group.ip_address = 3232235777
"""

HAND_WRITTEN = ("codegen", "src/didww_gen")
GENERATED = ("codegen/_spec_model.py",)


def _hand_written_changes(original: Path, copy: Path) -> list[str]:
    """Hand-written files (codegen, the runtime, the fake) that differ between the two trees, or are new."""
    changed = []
    for top in HAND_WRITTEN:
        for path in sorted((copy / top).rglob("*")):
            rel = path.relative_to(copy).as_posix()
            generated = rel in GENERATED or "/v20" in rel or rel.startswith("src/didww_gen/v20")
            if not path.is_file() or "__pycache__" in rel or generated or _is_generated(path):
                continue
            if not (original / rel).exists() or not filecmp.cmp(path, original / rel, shallow=False):
                changed.append(rel)
    return changed


def _is_generated(path: Path) -> bool:
    if path.suffix != ".py":
        return False
    with path.open(encoding="utf-8") as handle:
        return handle.readline().startswith("# generated from ")


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository copy taught the ``ipv4`` kind (one file), its spec using it, generated once."""
    copy = repository_copy(tmp_path_factory.mktemp("ipv4") / "repo")
    (copy / KIND_FILE).write_text(KIND_SOURCE, encoding="utf-8")
    resource = copy / "spec" / VERSION / "resources" / f"{RESOURCE}.yaml"
    edit(resource, "meta:\n", ATTRIBUTE + "meta:\n")
    edit(resource, "  id: {type: string, array: true}\n", "  id: {type: string, array: true}\n" + FILTER)
    done = run_codegen(copy, cwd=copy)
    assert done.returncode == 0, done.stdout + done.stderr
    return copy


def _run(repo: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": f"{repo / 'src'}{os.pathsep}{repo}"}
    return subprocess.run([sys.executable, "-c", code], cwd=repo, env=env, capture_output=True, text=True, timeout=300)


def test_the_kind_is_one_file_and_generation_lists_it(repo: Path) -> None:
    from codegen.__main__ import ROOT

    assert _hand_written_changes(ROOT, repo) == [KIND_FILE]
    schema = json.loads((repo / "spec" / "spec.schema.json").read_text(encoding="utf-8"))
    assert "ipv4" in schema["$defs"]["ScalarType"]["enum"]
    assert "ipv4 (an IPv4 address)" in schema["$defs"]["ScalarType"]["description"]
    model = (repo / "src" / "didww_gen" / PACKAGE / "models" / "voice_in_trunk_group.py").read_text()
    assert "ip_address: StrictIPv4 | None" in model and "Kind.IPV4" in model
    assert "        ip_address: IPv4Address | None\n" in model  # what type checkers see
    check = run_codegen(repo, "--check", cwd=repo)
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_sdk_and_the_fake_take_the_new_kind(repo: Path) -> None:
    done = _run(repo, SCRIPT.format(package=PACKAGE))
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["decoded"] == "IPv4Address('192.0.2.1')"
    assert found["kept_raw"] == {"ip_address": 3232235777}
    assert "takes IPv4Address" in found["read_refused"] and "3232235777 (a JSON number)" in found["read_refused"]
    assert "VoiceInTrunkGroup.ip_address expected an IPv4 address string, not int" in found["assign_refused"]
    assert found["encoded"] == "198.51.100.7"
    assert found["filter"] == [["filter[ip_address]", "192.0.2.9"]]
    # the fake refuses the integer (and takes the address) as the API does: 422 "is invalid" at its pointer
    assert [(e["detail"], e["source"]["pointer"]) for e in found["fake_errors"]] == [
        ("ip_address - is invalid", "/data/attributes/ip_address")
    ]
    assert found["fake_answer"] == "IPv4Address('198.51.100.7')"
    assert found["openapi"] == "ipv4"  # the importer recognises the OpenAPI format
    assert found["cli"] == "IPv4Address('192.0.2.1')"
    assert found["cli_refused"] == "--set ip_address takes an IPv4 address such as 192.0.2.1, got '300.1.1.1'"


def test_mypy_types_the_generated_model_with_the_new_kind(repo: Path, tmp_path: Path) -> None:
    snippet = tmp_path / "typed.py"
    snippet.write_text(textwrap.dedent(TYPED.format(package=PACKAGE)), encoding="utf-8")
    env = {**os.environ, "MYPYPATH": str(repo / "src")}
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(repo / "pyproject.toml")]
    command += ["--cache-dir", str(tmp_path / "cache"), "--no-incremental", str(snippet)]
    done = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, done.stdout + done.stderr
    assert "typed.py:9: error: Incompatible types in assignment" in errors[0]
    assert '"int"' in errors[0] and "IPv4Address | None" in errors[0]


def test_the_readme_lists_every_kind() -> None:
    from codegen.__main__ import ROOT
    from didww_gen._kinds import KINDS

    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    listed = readme.split("(type: a kind, `", 1)[1].split("`", 1)[0]
    assert [name.strip() for name in listed.split("|")] == [kind.name for kind in KINDS]
    assert "`src/didww_gen/_kinds/<kind>.py`" in readme.split("### Adding a kind", 1)[1]
