"""The spec tools beside generation: ``python -m codegen import-openapi`` and ``python -m codegen diff``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.errors import SpecError

COMMANDS = ("import-openapi", "diff")


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def import_openapi(argv: list[str]) -> int:
    """Merge an OpenAPI document's facts into a spec folder and print the semantic diff of what changed."""
    from codegen import importer
    from codegen.sources import openapi

    parser = argparse.ArgumentParser(prog="python -m codegen import-openapi", description=import_openapi.__doc__)
    parser.add_argument(
        "document", type=Path, nargs="?", help="the OpenAPI document (default: the reference one of the spec's version)"
    )
    parser.add_argument("--spec", type=Path, required=True, help="spec version folder (drafted when empty)")
    parser.add_argument("--dry-run", action="store_true", help="print what would change, write nothing")
    args = parser.parse_args(argv)
    if args.document is None:
        from codegen.reference import ReferenceMissing, openapi_path

        try:
            args.document = openapi_path(args.spec.resolve().name)
        except ReferenceMissing as exc:
            print(str(exc), file=sys.stderr)
            return 2
    try:
        facts = openapi.read(args.document)
    except openapi.OpenApiError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    spec_dir: Path = args.spec
    imported = importer.import_facts(spec_dir, facts)
    if not imported.changed:
        print(f"{_shown(spec_dir)} is in sync with {args.document.name}: nothing changed")
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
    for label, items in (
        ("new items with a placeholder description (write one)", imported.notes.placeholders),
        ("kept although the document leaves them out (origin: postman)", imported.notes.kept),
        ("document names not imported", imported.notes.dropped),
    ):
        if items:
            print(f"{label}:\n" + "".join(f"  {item}\n" for item in items), end="")
    return 0


def _review(spec_dir: Path, imported: object) -> str:
    from codegen import diff, importer

    assert isinstance(imported, importer.Imported)
    after = importer.preview(spec_dir, imported, diff.load)
    if not (spec_dir / "api.yaml").is_file():
        return f"drafted a new spec: {len(after.resources)} resources, {len(after.enums)} enums\n"
    return diff.render(diff.changes(diff.load(spec_dir), after), _shown(spec_dir), "the import")


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


def run(argv: list[str]) -> int:
    """Dispatch ``argv[0]`` (one of :data:`COMMANDS`)."""
    return import_openapi(argv[1:]) if argv[0] == "import-openapi" else spec_diff(argv[1:])
