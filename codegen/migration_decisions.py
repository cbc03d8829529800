"""A version's human decisions for its migration guide: ``spec/<version>/changes.yaml``.

Renames cannot be inferred safely from a diff, so they are declared here (``#/$defs/ChangesFile`` of
``spec/spec.schema.json``), with hand-written notes per resource; a guess of the diff that is no rename is
rejected under ``not_renamed``. Each one is checked against the two versions: a rename (or a rejected one) must
name a removal and an addition, a note a resource; a problem names the file, line and key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from codegen import _spec_model as sm
from codegen import diff, ir
from codegen.diagnose import did_you_mean, schema_problems
from codegen.errors import Problem, SpecError
from codegen.loader import SourceFile
from codegen.migration_entries import Owner

CHANGES_FILE = "changes.yaml"
FIELD_AREAS = {
    "attributes": "attribute",
    "meta": "meta",
    "document_meta": "document meta",
    "relationships": "relationship",
    "filters": "filter",
}


@dataclass(frozen=True)
class Decisions:
    """Declared (and rejected) renames, as the diff takes them, and hand-written notes per resource type."""

    renames: diff.Renames
    notes: dict[str, str]


class _Locator:
    """Places a problem of changes.yaml at its file and line (the section is the first key)."""

    def __init__(self, source: SourceFile) -> None:
        self.source = source

    def problem(self, section: str, index: int | None, keys: Sequence[str | int], message: str) -> Problem:
        where = [section, *keys] if section != "api" else list(keys)
        return Problem(self.source.path, self.source.line_of(where), ".".join(map(str, where)), message)


def _read(path: Path, root: Path) -> tuple[SourceFile, sm.ChangesFile]:
    shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    try:
        node = YAML(typ="rt").load(path.read_text(encoding="utf-8"))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise SpecError([Problem(shown, mark.line + 1 if mark else 1, "", f"invalid YAML: {exc.problem}")]) from None
    source = SourceFile(shown, node)
    try:
        return source, sm.ChangesFile.model_validate(_plain(node))
    except ValidationError as exc:
        keys = sm.ChangesFile.model_json_schema(by_alias=True)["properties"]
        raise SpecError(schema_problems(exc, _Locator(source), keys)) from None


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, dt.date):
        return node.isoformat()  # an unquoted `from: 2022-05-10`
    return str(node) if isinstance(node, str) else node


def _text(value: Any) -> str:
    """A validated name or note as text (the spec model wraps some in a root model)."""
    return str(getattr(value, "root", value))


def read_decisions(spec_dir: Path, root: Path, old: ir.Api, new: ir.Api) -> Decisions:
    """The decisions of ``spec_dir/changes.yaml`` (none when absent), each checked against the two versions:
    a rename must name a removal in ``old`` and an addition in ``new``; a note, a resource of either."""
    path = spec_dir / CHANGES_FILE
    if not path.is_file():
        return Decisions(diff.Renames(), {})
    source, data = _read(path, root)
    at = _Locator(source)
    problems: list[Problem] = []
    if data.from_ != old.version:
        message = f"says {data.from_} but the guide is from {old.version}: fix it, or diff against spec/{data.from_}"
        problems.append(at.problem("from", None, [], message))
    renamed = data.renamed or sm.Renamed()
    resources = {_text(k): _text(v) for k, v in (renamed.resources or {}).items()}
    problems += _resource_problems(resources, old, new, at)
    fields = _fields(renamed, "renamed", (old, new), resources, at, problems)
    rejected = _fields(data.not_renamed or sm.Renamed(), "not_renamed", (old, new), resources, at, problems)
    if (data.not_renamed or sm.Renamed()).resources:
        problems.append(at.problem("not_renamed", None, ["resources"], "resource renames are never guessed"))
    for (rtype, area), names in rejected.items():
        for name, target in names.items():
            if fields.get((rtype, area), {}).get(name) == target:
                keys = [next(k for k, a in FIELD_AREAS.items() if a == area), f"{rtype}.{name}"]
                problems.append(at.problem("not_renamed", None, keys, "is declared renamed too: keep one"))
    notes = {_text(k): _text(v) for k, v in (data.notes or {}).items()}
    known = {r.type for r in new.resources} | {r.type for r in old.resources}
    for rtype in notes:
        if rtype not in known:
            message = f"names no resource of either version{did_you_mean(rtype, known)}: notes are keyed by type"
            problems.append(at.problem("notes", None, [rtype], message))
    if problems:
        raise SpecError(problems)
    return Decisions(diff.Renames(resources, fields, rejected), notes)


def _fields(
    renamed: sm.Renamed,
    section: str,
    apis: tuple[ir.Api, ir.Api],
    resources: dict[str, str],
    at: _Locator,
    problems: list[Problem],
) -> dict[tuple[str, str], dict[str, str]]:
    """The field pairs of a ``renamed:`` (or ``not_renamed:``) section by (old type, area), each checked to be
    a removal and an addition (a problem is added to ``problems``)."""
    fields: dict[tuple[str, str], dict[str, str]] = {}
    for key, area in FIELD_AREAS.items():
        for qualified, target in ((_text(k), _text(v)) for k, v in (getattr(renamed, key) or {}).items()):
            rtype, name = qualified.split(".", 1)
            found = _field_problem(area, (rtype, name, target), apis, resources)
            if found:
                problems.append(at.problem(section, None, [key, qualified], found))
            fields.setdefault((rtype, area), {})[name] = target
    return fields


def _resource_problems(resources: dict[str, str], old: ir.Api, new: ir.Api, at: _Locator) -> Iterator[Problem]:
    before, after = {r.type for r in old.resources}, {r.type for r in new.resources}
    for was, now in resources.items():
        if was not in before or was in after:
            state = "is not a resource" if was not in before else "still exists"
            message = f"{was!r} {state} in {old.version if was not in before else new.version}: it was not removed"
            yield at.problem("renamed", None, ["resources", was], message + did_you_mean(was, before - after))
        if now not in after or now in before:
            state = "is not a resource" if now not in after else "already exists"
            message = f"{now!r} {state} in {new.version if now not in after else old.version}: it was not added"
            yield at.problem("renamed", None, ["resources", was], message + did_you_mean(now, after - before))
    if len(set(resources.values())) != len(resources):
        yield at.problem("renamed", None, ["resources"], "two resources are renamed to the same one")


def _field_problem(
    area: str, names: tuple[str, str, str], apis: tuple[ir.Api, ir.Api], resources: dict[str, str]
) -> str | None:
    """What is wrong with renaming ``rtype.name`` to ``target`` (None: it is a removal and an addition)."""
    rtype, name, target = names
    old = {r.type: r for r in apis[0].resources}.get(rtype)
    new = {r.type: r for r in apis[1].resources}.get(resources.get(rtype, rtype))
    if old is None or new is None:
        return f"{rtype!r} is not a resource of both versions (a renamed resource goes by its old type here)"
    before, after = Owner.of(old).members[area], Owner.of(new).members[area]
    if name not in before or name in after:
        state = f"has no {area} {name!r}" if name not in before else f"still has the {area} {name!r}"
        removed = [n for n in before if n not in after]
        return f"{rtype} {state} in {apis[0 if name not in before else 1].version}: it was not removed" + did_you_mean(
            name, removed
        )
    if target not in after or target in before:
        state = f"has no {area} {target!r}" if target not in after else f"already had the {area} {target!r}"
        added = [n for n in after if n not in before]
        return (
            f"{new.type} {state} in {apis[1 if target not in after else 0].version}: it was not added"
            + did_you_mean(target, added)
        )
    return None
