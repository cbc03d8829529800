"""Completion in Jedi-based editors (vim, Emacs, IPython, jedi-language-server), driven through Jedi itself.

``typing.Self`` resolves to the base class in Jedi, so ``with DidwwClient.from_env() as client: client.``
completed nothing; the runtime annotates ``self`` / ``cls`` with a type variable instead (and an async page's
``__aiter__`` / ``iter_pages`` return their generators from plain methods, which Jedi follows) (mypy and pyright see
the same concrete class: tests/typing/ok_concrete_returns.py). Each case is source code ending where the
editor's cursor is, and the names the completion must offer there; the README's first lines are checked
the same way, at every ``.name`` of its first code blocks, and so is every ``.name`` of every documented block.
"""

from __future__ import annotations

import ast
import io
import itertools
import re
import textwrap
import tokenize
from pathlib import Path

import jedi
import pytest
from test_doc_snippets import PRELUDE, as_module, snippets

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "jedi_probe.py"  # never written: only where Jedi believes the source lives (for relative imports)
V2026 = "from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient\n"
REPOSITORIES = {"dids", "voice_in_trunks", "orders", "countries", "with_options", "close"}

CASES: dict[str, tuple[str, set[str]]] = {
    "with from_env": (V2026 + "with DidwwClient.from_env() as client:\n    client.", REPOSITORIES),
    "with a constructed client": (V2026 + 'with DidwwClient(api_key="k") as c:\n    c.', REPOSITORIES),
    "async with": (
        V2026 + 'async def main() -> None:\n    async with AsyncDidwwClient(api_key="k") as c:\n        c.',
        {"dids", "voice_in_trunks", "aclose", "with_options"},
    ),
    "async with from_env": (
        V2026 + "async def main() -> None:\n    async with AsyncDidwwClient.from_env() as c:\n        c.",
        {"dids", "voice_in_trunks"},
    ),
    "from_env chained": (V2026 + "DidwwClient.from_env().", REPOSITORIES),
    "with_options": (V2026 + 'DidwwClient(api_key="k").with_options(timeout=5.0).', REPOSITORIES),
    "with_options of async": (V2026 + 'AsyncDidwwClient(api_key="k").with_options(max_retries=0).', {"dids"}),
    "with_options in with": (
        V2026 + "with DidwwClient.from_env() as client:\n    client.with_options(deadline=None).",
        REPOSITORIES,
    ),
    "Model.ref": (
        "from didww_gen.v2026_04_16.models import Did\nDid.ref('x').",
        {"number", "description", "voice_in_trunk", "is_loaded"},
    ),
    "Model.ref, assigned": (
        "from didww_gen.v2026_04_16.models import VoiceInTrunk\ntrunk = VoiceInTrunk.ref('x')\ntrunk.",
        {"name", "configuration", "priority"},
    ),
    "the latest re-export": ("from didww_gen import DidwwClient\nwith DidwwClient.from_env() as c:\n    c.", {"dids"}),
    "2022-05-10": (
        "from didww_gen.v2022_05_10 import DidwwClient\nwith DidwwClient.from_env() as c:\n    c.did_reservations.",
        {"list", "find", "create"},
    ),
    "async for over a page": (
        V2026
        + "async def main() -> None:\n    async with AsyncDidwwClient.from_env() as client:\n"
        + "        page = await client.dids.list()\n        async for did in page:\n            did.",
        {"number", "voice_in_trunk"},
    ),
    "async iter_pages": (
        V2026
        + "async def main() -> None:\n    async with AsyncDidwwClient.from_env() as client:\n"
        + "        async for page in (await client.dids.list()).iter_pages():\n            page.data[0].",
        {"number"},
    ),
    "model_copy": (
        "from didww_gen.v2026_04_16.models import Did\nDid.ref('x').model_copy(deep=True).",
        {"number", "is_loaded"},
    ),
    "a repository's find": (
        V2026 + 'with DidwwClient.from_env() as client:\n    client.dids.find("x").',
        {"number", "voice_in_trunk"},
    ),
}


def completions(source: str, at: tuple[int, int] | None = None) -> set[str]:
    """The names Jedi offers at ``at`` (line from 1, column from 0), by default at the end of ``source``."""
    lines = source.split("\n")
    line, column = at if at is not None else (len(lines), len(lines[-1]))
    script = jedi.Script(source, path=PROBE, environment=jedi.InterpreterEnvironment())
    return {c.name for c in script.complete(line, column)}


@pytest.mark.parametrize("case", list(CASES))
def test_completion_offers_the_concrete_class_members(case: str) -> None:
    source, expected = CASES[case]
    offered = completions(source)
    assert expected <= offered, f"{case}: missing {sorted(expected - offered)} (offered {len(offered)} names)"


INFERRED = {
    V2026 + "with DidwwClient.from_env() as client:\n    client": "didww_gen.v2026_04_16.client.DidwwClient",
    V2026 + "async def main() -> None:\n    async with AsyncDidwwClient.from_env() as client:\n        client": (
        "didww_gen.v2026_04_16.client.AsyncDidwwClient"
    ),
    V2026 + "copy = DidwwClient.from_env().with_options(timeout=1.0)\ncopy": "didww_gen.v2026_04_16.client.DidwwClient",
    "from didww_gen.models import Did\nreference = Did.ref('x')\nreference": "didww_gen.v2026_04_16.models.did.Did",
    "from didww_gen.v2022_05_10.models import Did\nold = Did.ref('x')\nold": "didww_gen.v2022_05_10.models.did.Did",
}


@pytest.mark.parametrize("source", list(INFERRED), ids=lambda source: source.rsplit("\n", 1)[-1].strip())
def test_jedi_infers_the_concrete_class(source: str) -> None:
    lines = source.split("\n")
    script = jedi.Script(source, path=PROBE, environment=jedi.InterpreterEnvironment())
    inferred = [d.full_name for d in script.infer(len(lines), len(lines[-1]))]
    assert inferred == [INFERRED[source]]


def test_the_same_cases_were_empty_with_typing_self() -> None:
    """The probe tells the two apart: a method typed ``-> Self`` on a base class completes nothing here."""
    source = textwrap.dedent(
        """\
        from typing_extensions import Self
        from didww_gen.v2026_04_16 import DidwwClient
        class Base:
            def same(self) -> Self: ...
        class Client(Base, DidwwClient): ...
        Client(api_key="k").same()."""
    )
    assert "dids" not in completions(source)
    assert "dids" in completions(source.replace("def same(self) -> Self", "def same(self) -> 'Client'"))


def readme_openings() -> list[str]:
    """The README's first code: the ``python -c`` of "From install to a first sandbox call", then "Using it"."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    one_liner = re.search(r'python -c "(?P<code>.*?)"', text, re.DOTALL)
    using_it = re.search(r"## Using it\n+```python\n(?P<code>.*?)```", text, re.DOTALL)
    assert one_liner is not None and using_it is not None, "the README's first code blocks moved"
    first = textwrap.dedent("\n".join(line[3:] if i else line for i, line in enumerate(one_liner["code"].split("\n"))))
    return [first, using_it["code"]]


def readme_accesses() -> list[tuple[str, tuple[int, int], str]]:
    """``(code, cursor, expected name)`` at every ``.name`` of the README's first code (imports aside): the
    cursor right after the dot, in the whole block, as an editor completes while one retypes the name."""
    found = []
    for code in readme_openings():
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(code).readline) if t.type != tokenize.NL]
        for before, token in itertools.pairwise(tokens):
            importing = token.line.lstrip().startswith(("from ", "import "))
            if token.type == tokenize.NAME and before.string == "." and not importing:
                found.append((code, token.start, token.string))
    return found


def test_the_readme_first_lines_complete() -> None:
    accesses = readme_accesses()
    assert len(accesses) >= 20, "the README's first code has fewer attribute accesses than expected"
    missing = [(at, name) for code, at, name in accesses if name not in completions(code, at)]
    assert missing == [], f"Jedi does not offer these at the README's first lines: {missing}"


def doc_accesses() -> list[tuple[str, str, tuple[int, int], str]]:
    """``(where, code, cursor, name)`` at every ``.name`` of every python block of the README and docs/*.md,
    as tests/test_doc_snippets.py checks them (after the prelude that types the names the prose talks about),
    except on values the prelude types ``Any`` (a web framework's ``request``)."""
    declared = [n for n in ast.parse(PRELUDE).body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
    untyped = {ast.unparse(n.target) for n in declared if ast.unparse(n.annotation) == "Any"}
    found = []
    for snippet in snippets():
        code, offset = as_module(snippet)
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(code).readline) if t.type != tokenize.NL]
        for owner, dot, token in zip(tokens, tokens[1:], tokens[2:], strict=False):
            importing = token.line.lstrip().startswith(("from ", "import "))
            if token.type != tokenize.NAME or dot.string != "." or importing or token.start[0] <= offset:
                continue
            if owner.string not in untyped:
                where = f"{snippet.doc}:{snippet.line + token.start[0] - offset - 1}"
                found.append((where, code, token.start, token.string))
    return found


def test_every_documented_access_completes() -> None:
    accesses = doc_accesses()
    assert len(accesses) >= 100, "the documents have fewer attribute accesses than expected"
    missing = [(where, name) for where, code, at, name in accesses if name not in completions(code, at)]
    assert missing == [], f"Jedi does not offer these in the documents' code: {missing}"
