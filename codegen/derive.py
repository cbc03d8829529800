"""``python -m codegen derive``: the files derived from DIDWW's reference documents (``make seed``).

Writes each version's testing fake seed (``src/didww_gen/v<date>/testing/_seed.json``): from the Postman
collection of that API version where DIDWW published one (``codegen.seed``), else from the previous version's
seed carried across the spec diff with the OpenAPI document's examples (``codegen.seed_carry``); and the unit
tests' example fixture (``tests/fixtures/reference_examples.json``) from the collection of the version the unit
tests name (``codegen.fixtures.VERSION``).
Both are committed, so nothing else needs the reference; ``--check`` fails when either is stale. When the
reference is not there, one line says what is missing and how to point at it (exit 2).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from codegen.errors import SpecError

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "didww_gen"


def derived_files(
    spec_dir: Path, fixture: bool, document: Path | None = None, known: dict[Path, str] | None = None
) -> dict[Path, str]:
    """Every reference-derived file for the spec in ``spec_dir`` (``fixture``: the tests' one too), by path.
    ``document``: the version's OpenAPI document when it is not (yet) in the reference folder; ``known``: files
    derived in this run, which win over the committed ones."""
    from codegen import fixtures, ir, loader

    api = ir.build(loader.load(spec_dir, ROOT))
    files = {seed_path(api.version): seed_text(api, spec_dir, document, known or {})}
    if fixture:
        files[fixtures.FIXTURE] = fixtures.build_fixture(fixtures.wanted(), fixtures.VERSION)
    return files


def seed_path(version: str) -> Path:
    from codegen.seed import SEED_PATH
    from codegen.versions import package_name

    return PACKAGE / package_name(version) / SEED_PATH


def seed_text(api: object, spec_dir: Path, document: Path | None = None, known: dict[Path, str] | None = None) -> str:
    """The seed of ``api``'s version: from its Postman collection where DIDWW published one, else carried from
    the previous version's committed seed across the diff, with the OpenAPI document's examples."""
    from codegen import ir, reference, versions
    from codegen.seed import build_seed

    assert isinstance(api, ir.Api)
    root = spec_dir.resolve().parent.parent
    registry = versions.load(root)
    if "postman" in registry.published.get(api.version, ()) or api.version not in registry.versions:
        return build_seed({r.type for r in api.resources}, api.source, api.version)
    previous = versions.predecessor(root, registry, api.version)
    if previous is None:
        raise reference.ReferenceMissing(
            f"API {api.version} has no Postman collection and no earlier version to carry a seed from: "
            "add its collection to the reference, or seed the fake by hand (seed='empty')"
        )
    if document is None and "openapi" in registry.published.get(api.version, ()):
        document = reference.openapi_path(api.version)
    return carried_seed(api, root / "spec" / previous, spec_dir, document, known or {})


def carried_seed(api: object, previous_dir: Path, spec_dir: Path, document: Path | None, known: dict[Path, str]) -> str:
    """The seed of ``api`` carried from the committed seed of the version in ``previous_dir``."""
    from codegen import ir, loader
    from codegen.migration_decisions import read_decisions
    from codegen.seed_carry import carry, openapi_examples

    assert isinstance(api, ir.Api)
    old = ir.build(loader.load(previous_dir, ROOT))
    previous_seed = seed_path(old.version)
    if previous_seed not in known and not previous_seed.is_file():
        raise SpecError.about(previous_seed.relative_to(ROOT).as_posix(), "missing: run `make seed` for it first")
    text = known.get(previous_seed) or previous_seed.read_text(encoding="utf-8")
    resources = json.loads(text)["resources"]
    renames = read_decisions(spec_dir, spec_dir.resolve().parent.parent, old, api).renames
    examples = openapi_examples(json.loads(document.read_text(encoding="utf-8"))) if document else {}
    source = f" and {document.name}'s examples" if document else ""
    header = f"from the seed of {old.version} carried across the spec diff{source} by codegen for {api.source}"
    seeded = {"generated": f"{header}, do not edit", "resources": carry(resources, old, api, renames, examples)}
    return json.dumps(seeded, indent=1, ensure_ascii=False) + "\n"


def every_derived_file(only: Path | None) -> dict[Path, str]:
    """The derived files of every registered version (``only``: of that spec folder), oldest first (a carried
    seed reads the previous version's, so that one is written first)."""
    from codegen import fixtures, versions

    registry = versions.load(ROOT)
    chosen = registry.versions if only is None else (only.resolve().name,)
    files: dict[Path, str] = {}
    for version in chosen:
        spec_dir = only.resolve() if only is not None else registry.spec_dir(ROOT, version)
        files.update(derived_files(spec_dir, fixture=version == fixtures.VERSION, known=files))
    return files


def stale(files: dict[Path, str]) -> list[str]:
    """The files whose committed text differs from ``files``, relative to the repository root."""
    return [
        path.relative_to(ROOT).as_posix()
        for path, text in sorted(files.items())
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]


def main(argv: list[str]) -> int:
    """Write (or with ``--check`` compare) the reference-derived files; exit 2 without the reference."""
    parser = argparse.ArgumentParser(prog="python -m codegen derive", description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=None, help="one spec version folder (default: every version)")
    parser.add_argument("--check", action="store_true", help="fail if a committed derived file is stale")
    args = parser.parse_args(argv)
    from codegen.reference import ReferenceMissing

    try:
        files = every_derived_file(args.spec)
    except ReferenceMissing as exc:
        print(f"derive: {exc}", file=sys.stderr)
        return 2
    except SpecError as exc:
        print(f"spec error:\n{exc}", file=sys.stderr)
        return 2
    differing = stale(files)
    if args.check:
        for rel in differing:
            print(f"stale derived file: {rel}", file=sys.stderr)
        if differing:
            print("run `make seed` and commit.", file=sys.stderr)
            return 1
        print(f"derived files are fresh ({len(files)} files)")
        return 0
    for path, text in files.items():
        if path.relative_to(ROOT).as_posix() in differing:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    print(f"derived {len(files)} files from the reference ({len(differing)} changed)")
    return 0
