"""Every ```python block of README.md and docs/*.md type-checks under mypy --strict (one run for them all).

The README is the first integration code users copy. A block is checked as written, after a prelude that
imports the package's public names and declares the variables the prose talks about (``client``, ``did``,
``trunk``, ...) with their types; a block using ``await`` or ``async`` runs inside an ``async def``. A block
that is deliberately partial is preceded by the line ``<!-- snippet: not type-checked -->``.
tests/test_doc_blocks_run.py runs the same blocks against the fake, with the prelude's variables bound.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from guide_snippets import MYPY_LINE, blocks

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SKIP = "<!-- snippet: not type-checked -->"
PRELUDE = """\
from typing import Any

import httpx

from didww_gen import AsyncDidwwClient, DidwwClient, Environment, Page
from didww_gen.enums import CallbackMethod, Codec, OrderStatus
from didww_gen.models import (
    AvailableDid,
    AvailableDidOrderItem,
    CapacityOrderItem,
    CapacityPool,
    Did,
    DidOrderItem,
    DidReservation,
    Export,
    Order,
    ReservationDidOrderItem,
    SipConfiguration,
    VoiceInTrunk,
    VoiceInTrunkGroup,
)
from didww_gen.resources import DidsFilter, DidsInclude, DidsSort
from didww_gen.testing import FakeDidww

client: DidwwClient
did: Did
trunk: VoiceInTrunk
sku: str
prefix: str
available: AvailableDid
reservation: DidReservation
pool: CapacityPool
data: bytes
secret: str
url: str
payload: dict[str, str]
request: Any  # a web framework's request
file_id: str
scan_bytes: bytes
export: Export
"""


@dataclass(frozen=True)
class Snippet:
    doc: str
    line: int  # of the first code line in the document
    code: str


def snippets() -> list[Snippet]:
    """The ```python blocks of the documents (dedented when inside a list item), skipped ones left out."""
    found = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for block in blocks(text):
            if lines[block.line - 3].strip() != SKIP:  # the line before the block's fence
                found.append(Snippet(path.name, block.line, block.code))
    return found


def as_module(snippet: Snippet) -> tuple[str, int]:
    """The snippet as a module to check, and how many lines come before its first line."""
    head = PRELUDE
    code = snippet.code
    if re.search(r"\b(await|async)\b", code):
        head += "\n\nasync def _snippet() -> None:\n"
        code = textwrap.indent(code, "    ")
    return head + code + "\n", head.count("\n")


def test_the_documents_have_snippets() -> None:
    names = {s.doc for s in snippets()}
    assert {"README.md", "api.md"} <= names
    readme = [s.code for s in snippets() if s.doc == "README.md"]
    assert any("VoiceInTrunk.ref(trunk.id)" in code for code in readme)  # "Using it" is checked
    assert any("did.description =" in code for code in readme)  # and the update snippet


def test_every_python_block_type_checks(tmp_path: Path) -> None:
    offsets = {}
    for n, snippet in enumerate(snippets()):
        module, offset = as_module(snippet)
        path = tmp_path / f"snippet_{n}.py"
        path.write_text(module, encoding="utf-8")
        offsets[path.name] = (snippet, offset)
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml")]
    command += ["--cache-dir", str(ROOT / ".mypy_cache" / "doc-snippets"), *sorted(map(str, tmp_path.glob("*.py")))]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    problems = []
    for line in done.stdout.splitlines():
        found = MYPY_LINE.match(line)
        if found:
            snippet, offset = offsets[Path(found["path"]).name]
            where = snippet.line + int(found["line"]) - offset - 1
            problems.append(f"{snippet.doc}:{where}: {found['message']}")
    assert done.returncode in (0, 1), done.stdout + done.stderr
    assert problems == []
