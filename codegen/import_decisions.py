"""The importer's notices a human has decided: ``spec/<version>/import-decisions.yaml``.

An import reports what it cannot settle alone: items the spec keeps although the document leaves them out
(``origin: postman``, "confirm") and document names the spec does not take ("decide by hand"). Once a human has
looked at one, it is recorded here (``python -m codegen import --record`` writes every notice of the run) and
not reported again; ``#/$defs/ImportDecisionsFile`` of ``spec/spec.schema.json`` describes the file. A new
version copied from an older one carries its decisions along.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from codegen import _spec_model as sm
from codegen.errors import SpecError
from codegen.merge import Merge

DECISIONS_FILE = "import-decisions.yaml"
HEADER = (
    "# yaml-language-server: $schema=../spec.schema.json#/$defs/ImportDecisionsFile\n"
    "# The importer's notices a human has decided (python -m codegen import --record adds those of a run):\n"
    "# an item listed here is not reported again. kept: keep it although the document leaves it out;\n"
    "# not_imported: the spec does not take this document name.\n"
)


@dataclass(frozen=True)
class ImportDecisions:
    """The notices already decided, as the importer words them."""

    kept: frozenset[str] = frozenset()
    not_imported: frozenset[str] = frozenset()


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_decisions(spec_dir: Path) -> ImportDecisions:
    """The decisions recorded beside ``spec_dir/api.yaml`` (none when the file is absent)."""
    path = spec_dir / DECISIONS_FILE
    if not path.is_file():
        return ImportDecisions()
    try:
        data = sm.ImportDecisionsFile.model_validate(_yaml().load(path.read_text(encoding="utf-8")) or {})
    except (YAMLError, ValidationError) as exc:
        first = str(exc).strip().splitlines()[0]
        error = SpecError.about(str(path), f"not a list of decided notices ({first}); see {DECISIONS_FILE}'s header")
        raise error from None
    return ImportDecisions(
        frozenset(item.root for item in data.kept or ()), frozenset(item.root for item in data.not_imported or ())
    )


def without_decided(notes: Merge, decisions: ImportDecisions) -> tuple[Merge, int]:
    """The notes left to report, and how many were decided before."""
    kept = [item for item in notes.kept if item not in decisions.kept]
    dropped = [item for item in notes.dropped if item not in decisions.not_imported]
    decided = len(notes.kept) - len(kept) + len(notes.dropped) - len(dropped)
    return replace(notes, kept=kept, dropped=dropped), decided


def record(spec_dir: Path, notes: Merge) -> int:
    """Add the notices of ``notes`` to the decisions file (created when absent; comments and order kept);
    returns how many were added."""
    path = spec_dir / DECISIONS_FILE
    text = path.read_text(encoding="utf-8") if path.is_file() else HEADER
    tree = _yaml().load(text) or CommentedMap()
    added = 0
    for key, items in (("kept", notes.kept), ("not_imported", notes.dropped)):
        listed = tree.setdefault(key, CommentedSeq())
        for item in items:
            if item not in listed:
                listed.append(item)
                added += 1
    if added:
        out = io.StringIO()
        _yaml().dump(tree, out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(out.getvalue() if path.is_file() else HEADER + out.getvalue(), encoding="utf-8")
    return added
