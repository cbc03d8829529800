"""Every ```python block of README.md and docs/*.md runs as written, against the fake API.

tests/test_doc_snippets.py type-checks the same blocks; this runs them. How a block runs:

- **A section's blocks share one namespace**, in document order (a section: the text under one heading of
  any level), so a block may use what an earlier block of its section defined. Each section starts afresh.
- **The names the prose talks about** (``client``, ``did``, ``trunk``, ``sku``, ``export``, ...: the typing
  prelude of tests/test_doc_snippets.py, which also imports the public names) are bound before the first
  block, to a fresh fake with the reference seed: ``client`` is its client, ``did`` a DID loaded from it,
  ``export`` a completed export, ``request`` a callback request signed with ``secret``, and so on.
- **DIDWW's hosts answer from the fake**: a client built as written (``DidwwClient(api_key="...")``, on the
  sandbox or production URL) reaches the section's fake of its API version, never the network.
- **In a temporary working directory** holding the files the prose names (``passport.pdf``).
- Top-level ``await`` / ``async with`` runs as in an asyncio REPL.
- A block preceded by ``<!-- snippet: needs the real API -->`` is type-checked but not run; one preceded by
  ``<!-- snippet: not type-checked -->`` is neither. Both are counted, and are to be few.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from guide_snippets import FENCE
from test_doc_snippets import DOCS, PRELUDE, SKIP

from codegen.versions import load, package_name
from didww_gen.v2026_04_16 import API_VERSION
from didww_gen.webhooks import SIGNATURE_HEADER, RequestValidator

ROOT = Path(__file__).resolve().parent.parent
NEEDS_REAL_API = "<!-- snippet: needs the real API -->"
DIDWW_HOSTS = frozenset({"sandbox-api.didww.com", "api.didww.com"})
HEADING = re.compile(r"^#{1,6} (?P<title>.+)$")


@dataclass(frozen=True)
class Block:
    doc: str
    section: str
    line: int  # of the first code line in the document
    code: str
    marker: str | None  # the comment line before the fence, if it is a snippet marker


def blocks() -> list[Block]:
    """Every ```python block of the documents, with its section (dedented when inside a list item)."""
    found = []
    for path in DOCS:
        lines = path.read_text(encoding="utf-8").splitlines()
        section, start, fenced = "", None, False
        for number, line in enumerate(lines):
            fence = FENCE.match(line)
            if fence is None:
                heading = HEADING.match(line)
                if heading and not fenced:
                    section = heading["title"]
                continue
            if not fenced:
                fenced, start = True, (number + 1 if fence["lang"] == "python" else None)
                continue
            if fence["lang"]:
                continue  # an opening fence inside a block: not a closing one
            fenced = False
            if start is not None:
                before = lines[start - 2].strip()
                marker = before if before in (SKIP, NEEDS_REAL_API) else None
                code = textwrap.dedent("\n".join(lines[start:number]))
                found.append(Block(path.name, section, start + 1, code, marker))
    return found


def sections() -> dict[tuple[str, str], list[Block]]:
    grouped: dict[tuple[str, str], list[Block]] = {}
    for block in blocks():
        grouped.setdefault((block.doc, block.section), []).append(block)
    return grouped


def fake_of(version: str) -> Any:
    """A fresh fake of that API version, with the reference seed."""
    return importlib.import_module(f"didww_gen.{package_name(version)}.testing").FakeDidww()


class Fakes:
    """One fake per API version, made when a block first reaches it; DIDWW's hosts answer from them."""

    def __init__(self) -> None:
        self.by_version: dict[str, Any] = {}

    def __call__(self, request: httpx.Request) -> Any:
        version = request.headers.get("X-DIDWW-API-Version", API_VERSION)
        if version not in self.by_version:
            self.by_version[version] = fake_of(version if version in load(ROOT).versions else API_VERSION)
        return self.by_version[version]


def answered_by(monkeypatch: pytest.MonkeyPatch, fakes: Fakes) -> None:
    """Requests to DIDWW's hosts go to the fakes; loopback ones (``fake.serve()``) to the real transport."""
    sync_send = httpx.HTTPTransport.handle_request
    async_send = httpx.AsyncHTTPTransport.handle_async_request

    def handle(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        if request.url.host in DIDWW_HOSTS:
            return fakes(request).transport().handle_request(request)  # type: ignore[no-any-return]
        assert request.url.host in ("127.0.0.1", "localhost"), f"a documentation block sent to {request.url}"
        return sync_send(self, request)

    async def handle_async(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        if request.url.host in DIDWW_HOSTS:
            return await fakes(request).async_transport().handle_async_request(request)  # type: ignore[no-any-return]
        assert request.url.host in ("127.0.0.1", "localhost"), f"a documentation block sent to {request.url}"
        return await async_send(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle_async)


def the_names_the_prose_talks_about(fake: Any) -> dict[str, Any]:
    """The prelude's variables, bound to ``fake`` (what a reader's own code would hold at that point)."""
    from didww_gen.v2026_04_16.models import AvailableDid, DidReservation, SipConfiguration

    fake.set_balance("10000")  # a reader's account can pay for what the blocks order
    client = fake.client()
    first, second = client.available_dids.list(include="did_group.stock_keeping_units").data[:2]
    trunk = next(t for t in client.voice_in_trunks.list() if isinstance(t.configuration, SipConfiguration))
    secret, url, payload = "webhook-secret", "https://example.com/hook", {"id": "1", "status": "completed"}
    return {
        "client": client,
        "did": client.dids.list().data[0],
        "trunk": trunk,
        "sku": first.did_group.stock_keeping_units[0].id,
        "prefix": client.nanpa_prefixes.list().data[0].id,
        "available": first,
        "reservation": client.did_reservations.create(DidReservation(available_did=AvailableDid.ref(second.id))),
        "pool": client.capacity_pools.list().data[0],
        "data": b"%PDF-1.4 a scan",
        "scan_bytes": b"%PDF-1.4 a scan",
        "file_id": client.upload_file(b"%PDF-1.4 a scan", filename="passport.pdf"),
        "export": client.exports.find(_created_export(fake)),
        "secret": secret,
        "url": url,
        "payload": payload,
        "request": SimpleNamespace(headers={SIGNATURE_HEADER: RequestValidator(secret).sign(url, payload)}),
    }


def _created_export(fake: Any) -> str:
    """The id of an export created on ``fake`` (sent as JSON: the filters' wire format is the API's own)."""
    filters = {"from": "2026-04-01 00:00:00", "to": "2026-04-30 23:59:59"}
    body = {"data": {"type": "exports", "attributes": {"export_type": "cdr_in", "filters": filters}}}
    headers = {"api-key": "any", "content-type": "application/vnd.api+json", "accept": "application/vnd.api+json"}
    status, _, answer = fake.handle("POST", "https://api.example/v3/exports", headers, json.dumps(body).encode())
    assert status == 201, answer
    return str(json.loads(answer)["data"]["id"])


def run_block(block: Block, namespace: dict[str, Any]) -> None:
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    compiled = compile(block.code, f"{block.doc}:{block.line}", "exec", flags=flags, dont_inherit=True)
    result = eval(compiled, namespace)  # exec, with top-level await allowed: a coroutine if the block awaits
    if inspect.iscoroutine(result):
        asyncio.run(result)


SECTIONS = sections()


def test_the_prelude_names_are_all_bound() -> None:
    """Every variable the typing prelude declares is bound here, and nothing else."""
    declared = {
        n.target.id for n in ast.parse(PRELUDE).body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    }
    assert declared == set(the_names_the_prose_talks_about(fake_of(API_VERSION)))


def test_the_documents_blocks_are_counted() -> None:
    every = [b for group in SECTIONS.values() for b in group]
    run = [b for b in every if b.marker is None]
    assert len(run) >= 14 and {"README.md", "api.md"} <= {b.doc for b in run}
    skipped = [f"{b.doc}:{b.line}" for b in every if b.marker is not None]
    assert len(skipped) <= 2, f"blocks not run: {skipped}; placeholders needing the real API are to be few"


@pytest.mark.parametrize("where", list(SECTIONS), ids=lambda where: f"{where[0]}: {where[1]}")
def test_every_block_runs_against_the_fake(
    where: tuple[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runnable = [b for b in SECTIONS[where] if b.marker is None]
    if not runnable:
        pytest.skip(f"every block of {where[1]!r} is marked {SECTIONS[where][0].marker}")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "passport.pdf").write_bytes(b"%PDF-1.4 a passport")
    fakes = Fakes()
    answered_by(monkeypatch, fakes)
    namespace: dict[str, Any] = {"__name__": "__doc_block__"}
    exec(PRELUDE, namespace)
    namespace.update(the_names_the_prose_talks_about(fakes.by_version.setdefault(API_VERSION, fake_of(API_VERSION))))
    for block in runnable:
        try:
            run_block(block, namespace)
        except Exception as exc:
            pytest.fail(f"{block.doc}:{block.line} ({where[1]}) raised {type(exc).__name__}: {exc}")
    capsys.readouterr()
