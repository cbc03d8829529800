"""A light first call: a fresh process that ``find``s one DID loads only what a read needs.

Encryption and the file helpers, writing (the encoder and the write rules), waiting, the refusals' helpers,
the asyncio side of the async client, the other API version, the fake, the command line, other models and
enums than the answer's stay unloaded, and the models of what the answer does not hold are not built; each
loads when first used (the same process then updates the DID).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, sys

import httpx

from didww_gen.v2026_04_16 import DidwwClient

DID = {
    "data": {
        "id": "did-1",
        "type": "dids",
        "attributes": {"number": "15551230000", "description": "main line", "blocked": False,
                       "created_at": "2026-01-02T03:04:05.000Z", "capacity_limit": 2},
        "relationships": {"order": {"links": {"related": "https://api.didww.com/v3/dids/did-1/order"}}},
    }
}


def answer(request):
    body = dict(DID["data"], attributes=dict(DID["data"]["attributes"]))
    if request.method == "PATCH":
        body["attributes"].update(json.loads(request.content)["data"]["attributes"])
    return httpx.Response(200, json={"data": body}, headers={"Content-Type": "application/vnd.api+json"})


http = httpx.Client(transport=httpx.MockTransport(answer))
client = DidwwClient(api_key="key", base_url="https://api.didww.com/v3", http_client=http)
did = client.dids.find("did-1")
from didww_gen._model import UnknownResource
from didww_gen._nested import UnknownNestedObject

after_find = {
    "read": [did.number, did.description, did.created_at.year, did.capacity_limit],
    "modules": sorted(m for m in sys.modules if m.split(".")[0] in ("didww_gen", "cryptography", "asyncio", "difflib")),
    "built": [UnknownResource.__pydantic_complete__, UnknownNestedObject.__pydantic_complete__],
}
did.description = "changed"
updated = client.dids.update(did)
after_update = {"read": updated.description, "modules": sorted(sys.modules)}
print(json.dumps({"find": after_find, "update": after_update}))
"""

NOT_LOADED_BY_A_FIND = (
    "didww_gen.encryption",
    "cryptography",
    "didww_gen._files",
    "didww_gen._download",
    "didww_gen._encoding",
    "didww_gen._rules",
    "didww_gen.waiting",
    "didww_gen._refusals",
    "difflib",
    "didww_gen._cancel",
    "asyncio",
    "didww_gen.v2022_05_10",
    "didww_gen.testing",
    "didww_gen.v2026_04_16.testing",
    "didww_gen.cli",
)


@pytest.fixture(scope="module")
def run() -> dict[str, dict[str, object]]:
    """The script's report, from one fresh process."""
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    found: dict[str, dict[str, object]] = json.loads(done.stdout)
    return found


def test_the_first_find_loads_only_what_a_read_needs(run: dict[str, dict[str, object]]) -> None:
    after_find = run["find"]
    assert after_find["read"] == ["15551230000", "main line", 2026, 2]
    modules = after_find["modules"]
    assert isinstance(modules, list)
    loaded = [m for m in modules if any(m == lazy or m.startswith(lazy + ".") for lazy in NOT_LOADED_BY_A_FIND)]
    assert loaded == []
    version = [m for m in modules if m.startswith(("didww_gen.v2026_04_16.models.", "didww_gen.v2026_04_16.enums."))]
    assert version == ["didww_gen.v2026_04_16.enums.feature", "didww_gen.v2026_04_16.models.did"]
    assert after_find["built"] == [False, False]  # no unknown type in the answer: neither fallback model is built


def test_what_stayed_unloaded_loads_on_first_use(run: dict[str, dict[str, object]]) -> None:
    after_update = run["update"]
    assert after_update["read"] == "changed"
    modules = after_update["modules"]
    assert isinstance(modules, list)
    assert {"didww_gen._encoding", "didww_gen._tracking"} <= set(modules)
