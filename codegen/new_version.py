"""``python -m codegen new-version FROM TO [--source FILE]`` (``make new-version``): add an API version.

1. copies ``spec/FROM`` to ``spec/TO`` in a temporary folder (comments and human decisions kept), sets its
   version and ``from: FROM`` in its ``changes.yaml``;
2. imports the new version's document (OpenAPI or Postman, by content; default: the reference one of TO);
3. drops each ``default:`` the document's new types made stale, with a notice (``codegen.stale_defaults``);
4. loads and checks the result, then renders the new package, its docs, its fake's seed and its migration guide
   in memory: any problem stops here, with nothing written;
5. moves ``spec/TO`` into place, registers TO in ``spec/versions.yaml`` (``latest`` does not move: that is
   ``python -m codegen promote TO``), writes ``didww_gen.vTO`` beside the old packages, which it does not touch,
   and the migration guide ``docs/changes/FROM..TO.md``;
6. prints the semantic diff and what a human must still decide.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from codegen.errors import SpecError
from codegen.sources import SourceError
from codegen.sources.facts import ApiFacts

ROOT = Path(__file__).resolve().parent.parent
CHANGES_FILE = "changes.yaml"


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m codegen new-version", description=__doc__.split("\n\n")[0])
    parser.add_argument("old", metavar="FROM", help="the version to start from, e.g. 2026-04-16")
    parser.add_argument("new", metavar="TO", help="the new version's date")
    parser.add_argument("--source", type=Path, help="the new version's OpenAPI or Postman document")
    return parser.parse_args(argv)


def copy_spec(root: Path, old: str, new: str, into: Path | None = None) -> Path:
    """``spec/new`` (under ``into``, default ``root``) as a copy of ``spec/old`` with its version set; its
    changes file starts empty."""
    source, target = root / "spec" / old, (into or root) / "spec" / new
    if not (source / "api.yaml").is_file():
        raise SpecError.about(f"spec/{old}", "does not exist: FROM must be a version in spec/")
    if target.exists():
        raise SpecError.about(f"spec/{new}", "already exists: remove it first, or pick another TO")
    shutil.copytree(source, target)
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    api_file = target / "api.yaml"
    api = yaml.load(api_file.read_text(encoding="utf-8"))
    api["version"] = new
    with api_file.open("w", encoding="utf-8") as handle:
        yaml.dump(api, handle)
    (target / CHANGES_FILE).unlink(missing_ok=True)
    (target / CHANGES_FILE).write_text(_changes_skeleton(old), encoding="utf-8")
    return target


def _changes_skeleton(old: str) -> str:
    return (
        "# yaml-language-server: $schema=../spec.schema.json#/$defs/ChangesFile\n"
        "# What the migration guide cannot infer from the diff: renames, and notes per resource (hand-written).\n"
        f"from: '{old}'\n"
        "renamed:\n  resources: {}\n  attributes: {}\n"
        "notes: {}\n"
    )


def _source(given: Path | None, new: str) -> Path | None:
    """The document to import: the given one, else the reference OpenAPI of ``new``, else its Postman collection."""
    if given is not None:
        return given
    from codegen.reference import ReferenceMissing, collection_path, openapi_path

    for find in (openapi_path, collection_path):
        try:
            return find(new)
        except ReferenceMissing:
            continue
    return None


def _facts(document: Path | None) -> ApiFacts | None:
    """The document's facts, read before anything is written (a bad document leaves the tree as it was)."""
    from codegen.sources import read_source

    return None if document is None else read_source(document)


def _import(spec_dir: Path, facts: ApiFacts | None, document: Path | None) -> list[str]:
    """Merge the facts into the copied spec; returns what a human must review."""
    if facts is None or document is None:
        return ["no document for this version was given or found: spec/TO is FROM's spec; edit it by hand"]
    from codegen import importer

    imported = importer.import_facts(spec_dir, facts)
    importer.write(spec_dir, imported)
    notes = [f"imported {document.name}: {len(imported.changed)} spec file(s) changed"]
    notes += [f"write a description: {item}" for item in imported.notes.placeholders]
    notes += [f"kept although the document leaves it out (origin: postman), confirm: {i}" for i in imported.notes.kept]
    notes += [f"not imported, decide by hand: {item}" for item in imported.notes.dropped]
    return notes


def _documented_defaults(document: Path | None) -> dict[str, dict[str, Any]]:
    """The defaults an OpenAPI document states, by resource type and attribute (none for a Postman one)."""
    if document is None or _kind(document) != "openapi":
        return {}
    from codegen.seed_carry import openapi_examples

    return openapi_examples(json.loads(document.read_text(encoding="utf-8")), ("default",))


def _staged(root: Path, old: str, new: str, document: Path | None, facts: ApiFacts | None) -> tuple[Path, list[str]]:
    """``spec/new`` built and checked in a temporary folder (``root`` untouched): the folder and the notices."""
    from codegen import ir, loader
    from codegen.stale_defaults import drop_stale

    stage = Path(tempfile.mkdtemp(prefix=f"new-version-{new}-"))
    try:
        (stage / "spec").mkdir()
        shutil.copy2(root / "spec" / "spec.schema.json", stage / "spec" / "spec.schema.json")
        target = copy_spec(root, old, new, into=stage)
        todo = _import(target, facts, document)
        todo += drop_stale(target, f"spec/{new}", _documented_defaults(document))
        ir.build(loader.load(target, stage))  # every problem, named spec/<new>/..., before anything is written
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return target, todo


def _kind(document: Path) -> str:
    from codegen.sources import kind_of

    return str(kind_of(json.loads(document.read_text(encoding="utf-8"))))


def _published(new: str, document: Path | None) -> tuple[str, ...]:
    """The kinds of document DIDWW published for ``new``: the given one's, and those in the reference folder."""
    from codegen.reference import ReferenceMissing, collection_path, openapi_path

    kinds = {_kind(document)} if document is not None else set()
    for kind, find in (("openapi", openapi_path), ("postman", collection_path)):
        try:
            find(new)
            kinds.add(kind)
        except ReferenceMissing:
            continue
    return tuple(sorted(kinds))


def _seed(old: str, new: str, document: Path | None) -> dict[Path, str]:
    """The fake's seed of ``new``: from its Postman collection in the reference folder, else ``old``'s seed
    carried across the diff with the OpenAPI document's examples (``codegen.derive``)."""
    from codegen import derive, ir, loader
    from codegen.reference import ReferenceMissing, collection_path
    from codegen.seed import build_seed

    api = ir.build(loader.load(ROOT / "spec" / new, ROOT))
    try:
        collection_path(new)
        return {derive.seed_path(new): build_seed({r.type for r in api.resources}, api.source, new)}
    except ReferenceMissing:
        pass
    openapi = document if document is not None and _kind(document) == "openapi" else None
    return {derive.seed_path(new): derive.carried_seed(api, ROOT / "spec" / old, ROOT / "spec" / new, openapi, {})}


def _place(root: Path, staged: Path, new: str, published: tuple[str, ...]) -> Callable[[], None]:
    """Move the staged spec into ``spec/new`` and register it; returns what undoes both."""
    from codegen import versions

    registry_text = (root / versions.REGISTRY).read_text(encoding="utf-8")
    target = root / "spec" / new
    shutil.move(str(staged), target)
    shutil.rmtree(staged.parent.parent, ignore_errors=True)

    def undo() -> None:
        shutil.rmtree(target, ignore_errors=True)
        (root / versions.REGISTRY).write_text(registry_text, encoding="utf-8")

    try:
        versions.register(root, new, published)
    except Exception:
        undo()
        raise
    return undo


def _reference_notes(new: str, published: tuple[str, ...]) -> list[str]:
    """Where the conformance tier (and CI) will look for each document DIDWW published for ``new``."""
    from codegen.reference import missing_reason

    notes = [f"recorded in spec/versions.yaml: DIDWW published {' and '.join(published) or 'no document'} for {new}"]
    for kind in published:
        reason = missing_reason(new, kind)
        if reason is not None:
            notes.append(f"put the document in the reference folder (CI requires it): {reason}")
    return notes


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    from codegen import commands, migration, versions
    from codegen.__main__ import generated, write_generated

    staged: Path | None = None
    try:
        old = versions.check_version(args.old, "FROM")
        new = versions.check_version(args.new, "TO")
        registry = versions.load(ROOT)
        if old not in registry.versions:
            raise SpecError.about(
                versions.REGISTRY, f"FROM {old} is not registered: pick one of {', '.join(registry.versions)}"
            )
        if (ROOT / "spec" / new).exists() or new in registry.versions:
            raise SpecError.about(f"spec/{new}", "already exists: remove it first, or pick another TO")
        document = _source(args.source, new)
        facts = _facts(document)
        staged, todo = _staged(ROOT, old, new, document, facts)
        diff_text = commands.diff_text(ROOT / "spec" / old, staged).replace(str(staged), f"spec/{new}")
        published = _published(new, document)
        undo = _place(ROOT, staged, new, published)
        staged = None
        try:
            files = generated(new, check=True)  # the new package, its docs and guide, rendered before any is written
            files.update(_seed(old, new, document))
        except Exception:
            undo()
            raise
    except (SpecError, SourceError) as exc:
        print(f"new-version: {exc}\nnothing was written.", file=sys.stderr)
        return 2
    finally:
        if staged is not None:
            shutil.rmtree(staged.parent.parent, ignore_errors=True)
    print(diff_text, end="")
    write_generated(files, new)  # the old packages are not touched: what didww_gen re-exports stays
    hints = migration.build(ROOT, old, new).undeclared
    todo += [f"a rename? declare it in spec/{new}/changes.yaml if it is one: {hint}" for hint in hints]
    package = f"didww_gen.{versions.package_name(new)}"
    todo += _reference_notes(new, published)
    todo += [
        f"review spec/{new}/ (git diff), docs/changes/{old}..{new}.md, then `make test`",
        f"when users should get {new} from `didww_gen` itself: `make promote VERSION={new}`",
    ]
    kept = f"didww_gen still re-exports {registry.latest}"
    print(f"\nnew version {new}: package {package} ({kept}); a human must still decide:")
    print("".join(f"  - {line}\n" for line in todo), end="")
    return 0
