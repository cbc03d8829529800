"""Load a spec version folder with ruamel.yaml and validate it into the typed spec models.

The files keep their line information, so every validation error names the file and line it comes from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from codegen._spec_model import ResourceFile, SpecBundle
from codegen.diagnose import raw_problems, schema_problems
from codegen.errors import Problem, SpecError

PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class SourceFile:
    """One YAML file of the spec, with its parsed node tree (which keeps line numbers)."""

    path: str
    node: Any

    def line_of(self, keys: Sequence[str | int]) -> int:
        """1-based line of the deepest node reachable along ``keys`` (unknown keys are skipped)."""
        node, line = self.node, 1
        for key in keys:
            if isinstance(node, CommentedMap) and key in node:
                line = node.lc.key(key)[0] + 1
                node = node[key]
            elif isinstance(node, CommentedSeq) and isinstance(key, int) and key < len(node):
                line = node.lc.item(key)[0] + 1
                node = node[key]
        return line


@dataclass(frozen=True)
class LoadedSpec:
    """The validated bundle and where each part of it came from."""

    folder: Path
    bundle: SpecBundle
    api: SourceFile
    enums: SourceFile
    nested: SourceFile
    resources: tuple[SourceFile, ...]

    def locate(self, section: str, index: int | None, keys: Sequence[str | int]) -> tuple[str, int]:
        """File and line of ``keys`` inside a bundle section (``resources`` takes an index)."""
        source = self.resources[index] if section == "resources" and index is not None else getattr(self, section)
        return source.path, source.line_of(keys)

    def problem(self, section: str, index: int | None, keys: Sequence[str | int], message: str) -> Problem:
        file, line = self.locate(section, index, keys)
        return Problem(file, line, ".".join(str(k) for k in keys), message)


def _read(path: Path, root: Path) -> SourceFile:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    shown = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    try:
        with path.open(encoding="utf-8") as handle:
            node = yaml.load(handle)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise SpecError([Problem(shown, line, "", f"invalid YAML: {exc.problem or exc}")]) from None
    except FileNotFoundError:
        raise SpecError([Problem(shown, 1, "", "file is missing")]) from None
    return SourceFile(shown, node if node is not None else CommentedMap())


def _plain(node: Any) -> Any:
    """ruamel's round-trip nodes as plain dicts, lists and scalars (for pydantic)."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, str):
        return str(node)
    return node


SCHEMA = Path(__file__).resolve().parent.parent / "spec" / "spec.schema.json"


def _schema_keys() -> set[str]:
    """Every key the spec format knows (for "did you mean" on an unknown one)."""
    try:
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {key for part in schema.get("$defs", {}).values() for key in part.get("properties", {})}


def _partial_bundle(raw: dict[str, Any]) -> tuple[SpecBundle | None, set[int]]:
    """The bundle without the resource files that do not validate (None when a shared file does not)."""
    broken = set()
    for index, resource in enumerate(raw["resources"]):
        try:
            ResourceFile.model_validate(resource)
        except ValidationError:
            broken.add(index)
    try:
        kept = [r for i, r in enumerate(raw["resources"]) if i not in broken]
        return SpecBundle.model_validate({**raw, "resources": kept}), broken
    except ValidationError:
        return None, broken


def _model_problems(partial: LoadedSpec, raw: dict[str, Any], others: bool) -> list[Problem]:
    """Schema problems, then (on the files that validate) the model's own checks, when there are ``others``
    or schema problems: every problem at once. A clean spec leaves the model's checks to ``ir.build``."""
    from codegen import ir  # ir builds on the loader

    problems: list[Problem] = []
    broken: set[int] = set()
    try:
        bundle: SpecBundle | None = SpecBundle.model_validate(raw)
    except ValidationError as exc:
        problems = schema_problems(exc, partial, _schema_keys())
        bundle, broken = _partial_bundle(raw)
    if bundle is None or not (problems or others):
        return problems
    kept = tuple(s for i, s in enumerate(partial.resources) if i not in broken)
    skipped = {str(raw["resources"][i].get("type")) for i in broken if isinstance(raw["resources"][i], dict)}
    rest = LoadedSpec(partial.folder, bundle, partial.api, partial.enums, partial.nested, kept)
    try:
        ir.build(rest)
    except SpecError as exc:
        mentions = [re.compile(rf"\b{re.escape(t)}\b") for t in skipped]  # about a file left out above
        problems += [p for p in exc.problems if not any(m.search(p.message) for m in mentions)]
    return problems


def load(folder: Path, root: Path | None = None) -> LoadedSpec:
    """Read ``folder`` (e.g. ``spec/2026-04-16``) and validate it against the spec format.

    Every problem of the folder is reported at once (:class:`SpecError`), each on one line with its
    ``file:line``: schema problems, the checks on the plain data, and the model's checks on what validates.
    """
    root = root or folder.parent.parent
    resource_paths = sorted((folder / "resources").glob("*.yaml"))
    sources = {name: _read(folder / f"{name}.yaml", root) for name in ("api", "enums", "nested")}
    resources = tuple(_read(path, root) for path in resource_paths)
    raw = {name: _plain(src.node) for name, src in sources.items()}
    raw["resources"] = [_plain(src.node) for src in resources]
    partial = LoadedSpec(folder, SpecBundle.model_construct(), resources=resources, **sources)  # type: ignore[call-arg]
    problems = raw_problems(raw, [src.path for src in resources], partial)
    problems += _model_problems(partial, raw, bool(problems))
    if problems:
        raise SpecError(problems)
    return LoadedSpec(folder, SpecBundle.model_validate(raw), resources=resources, **sources)
