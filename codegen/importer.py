"""``python -m codegen import`` (alias ``import-openapi``): bring a spec folder's facts in line with a published
document, an OpenAPI document or a Postman collection (see :func:`codegen.sources.read_source`).

The spec's YAML is read and written with ruamel's round-trip mode, so comments, key order and flow style
survive; a file is rewritten only when its content changed, which makes a second run a no-op, and then only its
changed lines are (:mod:`codegen.text_splice`): the others keep their own wrapping. An empty (or missing)
folder is drafted whole from the document.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from codegen import evidence
from codegen.import_decisions import read_decisions, without_decided
from codegen.merge import PLACEHOLDER, Merge, Trees, merge
from codegen.sources.facts import ApiFacts
from codegen.text_splice import splice

SCHEMA_LINE = "# yaml-language-server: $schema={up}spec.schema.json#/$defs/{kind}\n"
_WIDTHS = (4096, 120, 80)


def _yaml(width: int) -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = width
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(type(None), _null)
    return yaml


def _null(representer: Any, data: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _dump(tree: Any, width: int) -> str:
    out = io.StringIO()
    _yaml(width).dump(tree, out)
    return out.getvalue()


@dataclass
class Folder:
    """A spec folder's trees, with each file's text and line width as read (to rewrite only what changed)."""

    path: Path
    trees: Trees
    texts: dict[str, str]
    read_as: dict[str, Any] = field(default_factory=dict)  # each file's content as read (plain data)

    def files(self) -> dict[str, Any]:
        found: dict[str, Any] = {"api.yaml": self.trees.api, "enums.yaml": self.trees.enums}
        found["nested.yaml"] = self.trees.nested
        found.update(self.trees.resources)
        return found

    def rendered(self) -> dict[str, str]:
        """The text of every file whose content changed (or is new), keyed by its path in the folder."""
        changed = {}
        for rel, tree in self.files().items():
            old = self.texts.get(rel)
            if old is not None and self.read_as.get(rel) == _plain(tree):
                continue
            changed[rel] = _header(rel) + _dump(tree, _WIDTHS[0]) if old is None else _rewritten(old, tree)
        return changed


def _rewritten(old: str, tree: Any) -> str:
    """The new text of a file read as ``old`` whose tree is now ``tree``: only the lines that changed differ."""
    base = _as_written(old)
    theirs = _dump(tree, base[0])
    text = splice(old, base[1], theirs)
    return text if _plain(_yaml(4096).load(text)) == _plain(tree) else theirs


def _header(rel: str) -> str:
    kind = {"api.yaml": "ApiFile", "enums.yaml": "EnumsFile", "nested.yaml": "NestedFile"}.get(rel, "ResourceFile")
    return SCHEMA_LINE.format(up="../../" if rel.startswith("resources/") else "../", kind=kind)


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _as_written(text: str) -> tuple[int, str]:
    """The line width the file was written with (the one whose dump reproduces the most of its lines; the first
    that reproduces it whole), and the dump of its content at that width."""
    tree = _yaml(4096).load(text)
    lines = text.splitlines()
    best: tuple[int, int, str] = (-1, _WIDTHS[0], "")
    for width in _WIDTHS:
        dumped = _dump(tree, width)
        if dumped == text:
            return width, dumped
        kept = sum(size for *_, size in SequenceMatcher(None, lines, dumped.splitlines()).get_matching_blocks())
        best = max(best, (kept, width, dumped), key=lambda found: found[0])
    return best[1], best[2]


def read_folder(path: Path, facts: ApiFacts) -> Folder:
    """The spec folder's trees; missing files start from what ``facts`` say (a draft)."""
    texts: dict[str, str] = {}
    for file in [path / "api.yaml", path / "enums.yaml", path / "nested.yaml", *sorted(path.glob("resources/*.yaml"))]:
        if file.is_file():
            texts[file.relative_to(path).as_posix()] = file.read_text(encoding="utf-8")
    loaded = {rel: _yaml(4096).load(text) or CommentedMap() for rel, text in texts.items()}
    read_as = {rel: _plain(tree) for rel, tree in loaded.items()}
    api = loaded.pop("api.yaml", None) or _draft_api(facts)
    enums = loaded.pop("enums.yaml", None) or CommentedMap()
    nested = loaded.pop("nested.yaml", None) or CommentedMap({"objects": CommentedMap(), "unions": CommentedMap()})
    return Folder(path, Trees(api, enums, nested, loaded), texts, read_as)


def _draft_api(facts: ApiFacts) -> CommentedMap:
    envs = CommentedMap((name, url) for name, url in sorted(facts.environments.items(), reverse=True))
    api = CommentedMap({"version": facts.version, "title": facts.title or "DIDWW API v3"})
    api["description"] = PLACEHOLDER
    api["environments"] = envs
    if "SANDBOX" in envs:
        api["default_environment"] = "SANDBOX"
    return api


@dataclass(frozen=True)
class Imported:
    """The outcome of one import: the files it changed (with their new text), what a human must review (the
    notices not decided yet) and how many notices :mod:`codegen.import_decisions` says were decided before."""

    changed: dict[str, str]
    notes: Merge
    decided: int = 0


def import_facts(spec_dir: Path, facts: ApiFacts, witnesses: Sequence[ApiFacts] | None = None) -> Imported:
    """Merge ``facts`` into the spec at ``spec_dir`` in memory, then record the evidence of what every answer
    carries (:mod:`codegen.evidence`) from ``witnesses``: by default ``facts`` and the other reference documents
    of the folder's version (see :func:`reference_witnesses`). Nothing is written."""
    folder = read_folder(spec_dir, facts)
    notes = merge(folder.trees, facts)
    if witnesses is None:
        witnesses = [facts, *(w for w in reference_witnesses(spec_dir.name) if w.source != facts.source)]
    evidence.record(folder.trees, witnesses)
    undecided, decided = without_decided(notes, read_decisions(spec_dir))
    return Imported(folder.rendered(), undecided, decided)


def reference_witnesses(version: str) -> list[ApiFacts]:
    """The facts of every reference document of ``version`` in DIDWW_REFERENCE_DIR (none when absent)."""
    from codegen.reference import ReferenceMissing, collection_path, openapi_path
    from codegen.sources import SourceError, read_source

    found = []
    for locate in (openapi_path, collection_path):
        try:
            found.append(read_source(locate(version)))
        except (ReferenceMissing, SourceError):
            continue
    return found


def write(spec_dir: Path, imported: Imported) -> None:
    for rel, text in imported.changed.items():
        target = spec_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def preview(spec_dir: Path, imported: Imported, use: Callable[[Path], Any]) -> Any:
    """Call ``use`` on a temporary copy of the spec folder with the import applied (e.g. to diff it)."""
    with tempfile.TemporaryDirectory(prefix="didww-import-") as tmp:
        copy = Path(tmp) / spec_dir.name
        if spec_dir.is_dir():
            shutil.copytree(spec_dir, copy)
        write(copy, imported)
        return use(copy)
