"""``python -m codegen new-version FROM TO [--source FILE]`` (``make new-version``): add an API version.

1. copies ``spec/FROM`` to ``spec/TO`` (comments and human decisions kept) and sets its version;
2. imports the new version's document (OpenAPI or Postman, by content; default: the reference one of TO);
3. prints the semantic diff FROM -> TO;
4. registers TO in ``spec/versions.yaml`` (the latest when it is the newest date);
5. generates ``didww_gen.vTO`` beside the old packages, which stay byte for byte as they were, and the
   migration guide ``docs/changes/FROM..TO.md`` (generation writes a guide for every two consecutive versions);
6. prints what a human must still decide.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

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


def copy_spec(root: Path, old: str, new: str) -> Path:
    """``spec/new`` as a copy of ``spec/old`` with its version set; its changes file starts empty."""
    source, target = root / "spec" / old, root / "spec" / new
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


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    from codegen import commands, migration, versions
    from codegen.__main__ import main as generate

    try:
        old = versions.check_version(args.old, "FROM")
        new = versions.check_version(args.new, "TO")
        registry = versions.load(ROOT)
        document = _source(args.source, new)
        facts = _facts(document)
        target = copy_spec(ROOT, old, new)
        todo = _import(target, facts, document)
        print(commands.diff_text(ROOT / "spec" / old, target), end="")
        versions.register(ROOT, new, latest=new > registry.latest)
    except (SpecError, SourceError) as exc:
        print(f"new-version: {exc}", file=sys.stderr)
        return 2
    status = generate([])  # every version (and guide): the old packages come out byte for byte as they were
    if status == 0:
        hints = migration.build(ROOT, old, new).undeclared
        todo += [f"a rename? declare it in spec/{new}/changes.yaml if it is one: {hint}" for hint in hints]
    package = f"didww_gen.{versions.package_name(new)}"
    todo += [
        f"run `make seed` with the reference of {new} present (the fake's seed for {package})",
        f"review spec/{new}/ (git diff), docs/changes/{old}..{new}.md, then `make test`",
    ]
    print(f"\nnew version {new}: package {package}; a human must still decide:")
    print("".join(f"  - {line}\n" for line in todo), end="")
    return status
