"""Load a spec version folder with ruamel.yaml and validate it into the typed spec models.

The files keep their line information, so every validation error names the file and line it comes from.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from codegen._spec_model import SpecBundle
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


def _problems(error: ValidationError, spec: LoadedSpec) -> Iterator[Problem]:
    for item in error.errors(include_url=False):
        loc = [k for k in item["loc"] if k != "root"]
        section = str(loc[0]) if loc else "api"
        index = loc[1] if section == "resources" and len(loc) > 1 and isinstance(loc[1], int) else None
        keys = loc[2:] if index is not None else loc[1:]
        yield spec.problem(section, index, [k for k in keys if isinstance(k, (str, int))], item["msg"])


def load(folder: Path, root: Path | None = None) -> LoadedSpec:
    """Read ``folder`` (e.g. ``spec/2026-04-16``) and validate it against the spec format."""
    root = root or folder.parent.parent
    resource_paths = sorted((folder / "resources").glob("*.yaml"))
    sources = {name: _read(folder / f"{name}.yaml", root) for name in ("api", "enums", "nested")}
    resources = tuple(_read(path, root) for path in resource_paths)
    raw = {name: _plain(src.node) for name, src in sources.items()}
    raw["resources"] = [_plain(src.node) for src in resources]
    partial = LoadedSpec(folder, SpecBundle.model_construct(), resources=resources, **sources)  # type: ignore[call-arg]
    try:
        bundle = SpecBundle.model_validate(raw)
    except ValidationError as exc:
        raise SpecError(list(_problems(exc, partial))) from None
    return LoadedSpec(folder, bundle, resources=resources, **sources)
