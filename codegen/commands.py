"""The spec tools beside generation: ``python -m codegen import`` (alias ``import-openapi``), ``diff``, ``changes``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.errors import SpecError

COMMANDS = ("import", "import-openapi", "diff", "changes")


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def import_openapi(argv: list[str], prog: str = "import-openapi") -> int:
    """Merge a published document's facts (OpenAPI document or Postman collection, told apart by content)
    into a spec folder and print the semantic diff of what changed."""
    from codegen import importer
    from codegen.sources import SourceError, read_source

    parser = argparse.ArgumentParser(prog=f"python -m codegen {prog}", description=import_openapi.__doc__)
    parser.add_argument(
        "document",
        type=Path,
        nargs="?",
        help="the OpenAPI document or Postman collection (default: the reference OpenAPI one of the spec's version)",
    )
    parser.add_argument("--spec", type=Path, required=True, help="spec version folder (drafted when empty)")
    parser.add_argument("--dry-run", action="store_true", help="print what would change, write nothing")
    parser.add_argument(
        "--record",
        action="store_true",
        help="record this run's 'kept' and 'not imported' notices as decided (spec/<version>/import-decisions.yaml)",
    )
    args = parser.parse_args(argv)
    if args.document is None:
        from codegen.reference import ReferenceMissing, openapi_path

        try:
            args.document = openapi_path(args.spec.resolve().name)
        except ReferenceMissing as exc:
            print(str(exc), file=sys.stderr)
            return 2
    try:
        facts = read_source(args.document)
    except SourceError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    spec_dir: Path = args.spec
    imported = importer.import_facts(spec_dir, facts)
    if not imported.changed:
        print(f"{_shown(spec_dir)} is in sync with {args.document.name}: nothing changed")
        _notices(spec_dir, imported, args.record and not args.dry_run)
        return 0
    try:
        review = _review(spec_dir, imported)
    except SpecError as exc:
        review = f"(the imported spec does not load yet, fix it by hand:)\n{exc}\n"
    if not args.dry_run:
        importer.write(spec_dir, imported)
    verb = "would change" if args.dry_run else "changed"
    print(f"{verb} {len(imported.changed)} file(s) of {_shown(spec_dir)}: {', '.join(sorted(imported.changed))}")
    print(review, end="")
    _notices(spec_dir, imported, args.record and not args.dry_run)
    return 0


def _notices(spec_dir: Path, imported: object, record: bool) -> None:
    """Print what a human must look at; the notices decided before are counted, not repeated."""
    from codegen import import_decisions, importer

    assert isinstance(imported, importer.Imported)
    notes = imported.notes
    for label, items in (
        ("new items with a placeholder description (write one)", notes.placeholders),
        ("kept although the document leaves them out (they have an origin:)", notes.kept),
        ("document names not imported", notes.dropped),
    ):
        if items:
            print(f"{label}:\n" + "".join(f"  {item}\n" for item in items), end="")
    where = _shown(spec_dir / import_decisions.DECISIONS_FILE)
    if imported.decided:
        print(f"{imported.decided} notice(s) decided before ({where}) not repeated")
    if record and (notes.kept or notes.dropped):
        added = import_decisions.record(spec_dir, notes)
        print(f"recorded {added} notice(s) as decided in {where}: they will not be reported again")
    elif notes.kept or notes.dropped:
        print(f"once decided, record them (`--record`, or edit {where}): they are then not reported again")


def _review(spec_dir: Path, imported: object) -> str:
    from codegen import diff, importer

    assert isinstance(imported, importer.Imported)
    after = importer.preview(spec_dir, imported, diff.load)
    if not (spec_dir / "api.yaml").is_file():
        return f"drafted a new spec: {len(after.resources)} resources, {len(after.enums)} enums\n"
    return diff.render(diff.changes(diff.load(spec_dir), after), _shown(spec_dir), "the import")


def diff_text(old: Path, new: Path) -> str:
    """The semantic diff of two spec folders as printed by ``python -m codegen diff``."""
    from codegen import diff

    return diff.render(diff.changes(diff.load(old), diff.load(new)), _shown(old), _shown(new))


def spec_diff(argv: list[str]) -> int:
    """Print the semantic changes from one spec folder to another (types, fields, enums, operations...)."""
    from codegen import diff

    parser = argparse.ArgumentParser(prog="python -m codegen diff", description=spec_diff.__doc__)
    parser.add_argument("old", type=Path, help="the older spec version folder")
    parser.add_argument("new", type=Path, help="the newer spec version folder")
    args = parser.parse_args(argv)
    try:
        old, new = diff.load(args.old), diff.load(args.new)
    except SpecError as exc:
        print(f"spec error:\n{exc}", file=sys.stderr)
        return 2
    print(diff.render(diff.changes(old, new), _shown(args.old), _shown(args.new)), end="")
    return 0


def changes(argv: list[str]) -> int:
    """Write the migration guide docs/changes/FROM..TO.md from spec/FROM, spec/TO and spec/TO/changes.yaml."""
    from codegen import migration
    from codegen.__main__ import ROOT

    parser = argparse.ArgumentParser(prog="python -m codegen changes", description=changes.__doc__)
    parser.add_argument("old", metavar="FROM", help="the older version date (its spec is spec/FROM)")
    parser.add_argument("new", metavar="TO", help="the newer version date (its spec is spec/TO)")
    parser.add_argument("--check", action="store_true", help="exit 1 with the difference if the guide is stale")
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (spec/ and docs/ under it)")
    args = parser.parse_args(argv)
    try:
        status, report = migration.check_or_write(args.root.resolve(), args.old, args.new, args.check)
    except SpecError as exc:
        print(f"spec error:\n{exc}", file=sys.stderr)
        return 2
    print(report, end="", file=sys.stderr if status else sys.stdout)
    return status


def run(argv: list[str]) -> int:
    """Dispatch ``argv[0]`` (one of :data:`COMMANDS`)."""
    if argv[0] == "changes":
        return changes(argv[1:])
    if argv[0] in ("import", "import-openapi"):  # import-openapi: the older name, kept as an alias
        return import_openapi(argv[1:], argv[0])
    return spec_diff(argv[1:])
