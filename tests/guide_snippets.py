"""The Python of the migration guides (``docs/changes/*.md``): each ```python block, and each version's half of it.

A guide's block shows one change: the code for the older version under ``# <old date>``, then the code for the
newer one under ``# <new date>``. :func:`blocks` finds the blocks, :func:`halves` splits one, and :func:`as_module`
makes a half a module mypy can check against that version's package: the names it uses but does not define
become typed parameters (``client``, a model's variable such as ``did``, an enum's such as ``codec``).
"""

from __future__ import annotations

import ast
import builtins
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MYPY_LINE = re.compile(r"^(?P<path>[^:]+\.py):(?P<line>\d+): error: (?P<message>.*)$")
PRELUDE_NAMES = {"Any", "Decimal", "Sequence", "date", "datetime"}
"""The names the guide's annotations use that every module imports."""
FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>\w*)\s*$")
VERSION_LINE = re.compile(r"^# (\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True)
class Block:
    line: int  # of the first code line in the guide
    code: str


@dataclass(frozen=True)
class Half:
    version: str
    line: int
    code: str


def blocks(text: str) -> list[Block]:
    """The ```python blocks of a guide, dedented (the guide indents them under their bullet)."""
    found, start, lines = [], None, text.splitlines()
    for number, line in enumerate(lines):
        fence = FENCE.match(line)
        if fence is None:
            continue
        if start is None and fence["lang"] == "python":
            start = number + 1
        elif start is not None and not fence["lang"]:
            found.append(Block(start + 1, textwrap.dedent("\n".join(lines[start:number]))))
            start = None
    return found


def halves(block: Block) -> list[Half]:
    """The block's code per version (the lines under each ``# <date>`` comment)."""
    found: list[Half] = []
    for offset, line in enumerate(block.code.splitlines()):
        version = VERSION_LINE.match(line)
        if version:
            found.append(Half(version[1], block.line + offset + 1, ""))
        elif found:
            last = found[-1]
            found[-1] = Half(last.version, last.line, last.code + line + "\n")
    return found


def free_names(tree: ast.Module) -> list[str]:
    """Names the code reads but neither assigns nor imports, in order of first use."""
    imported = (
        alias.asname or alias.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for alias in n.names
    )
    stored = (n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store))
    bound = {*imported, *stored, *dir(builtins)}
    used = (n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load))
    return list(dict.fromkeys(n for n in used if n not in bound))


class _Placeholders(ast.NodeTransformer):
    """``...`` where the guide leaves a value to the reader (``name=...``, ``x: int = ...``) becomes ``_any``."""

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        return ast.copy_location(ast.Name("_any", ast.Load()), node) if node.value is Ellipsis else node

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        if isinstance(node.value, ast.Constant) and node.value.value is Ellipsis:
            return node  # a statement ``...`` (an ``if`` body) stays
        return self.generic_visit(node)


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def as_module(half: Half) -> tuple[str, int] | None:
    """The half as a module to type-check, and how many lines come before its code; None: it uses a name this
    checker cannot type (neither the client, nor a model's or an enum's variable, nor one of their classes)."""
    package = "didww_gen.v" + half.version.replace("-", "_")
    models, enums = import_module(f"{package}.models"), import_module(f"{package}.enums")
    tree = ast.parse(half.code)
    parameters, imports = ["_any: Any"], []
    for name in free_names(tree):
        if name in PRELUDE_NAMES:
            continue
        if name == "client":
            parameters.append("client: DidwwClient")
        elif name[:1].isupper() and (hasattr(models, name) or hasattr(enums, name)):
            imports.append(name)
        elif hasattr(models, camel(name)) or hasattr(enums, camel(name)):
            parameters.append(f"{name}: {camel(name)}")
            imports.append(camel(name))
        else:
            return None
    head = "from collections.abc import Sequence\nfrom datetime import date, datetime\nfrom decimal import Decimal\n"
    head += "from typing import Any\n\n"
    head += f"from {package} import DidwwClient\n"
    for name in dict.fromkeys(imports):
        head += f"from {package}.{'models' if hasattr(models, name) else 'enums'} import {name}\n"
    head += f"\n\ndef _snippet({', '.join(parameters)}) -> None:  # noqa: ARG001\n"
    code = ast.unparse(ast.fix_missing_locations(_Placeholders().visit(tree)))
    return head + textwrap.indent(code or "pass", "    ") + "\n", head.count("\n")


def type_check(named: list[tuple[str, Half]], folder: Path) -> list[str]:
    """mypy --strict (one run) on each ``(where, half)`` as a module in ``folder``: the problems, each naming its
    ``where`` and the half's line, and a half this checker cannot type as a problem too."""
    shown: dict[str, tuple[str, Half, int]] = {}
    problems = []
    for where, half in named:
        module = as_module(half)
        if module is None:
            problems.append(f"{where}:{half.line}: a name the checker cannot type")
            continue
        file = folder / f"half_{len(shown)}.py"
        file.write_text(module[0], encoding="utf-8")
        shown[file.name] = (where, half, module[1])
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml")]
    command += ["--cache-dir", str(ROOT / ".mypy_cache" / "guide-snippets"), *sorted(map(str, folder.glob("*.py")))]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode in (0, 1), done.stdout + done.stderr
    for line in done.stdout.splitlines():
        found = MYPY_LINE.match(line)
        if found:
            where, half, offset = shown[Path(found["path"]).name]
            problems.append(f"{where}:{half.line} (line {int(found['line']) - offset} of the half): {found['message']}")
    return problems
