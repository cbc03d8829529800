"""``python -m codegen derive``: the files derived from DIDWW's reference documents (``make seed``).

Writes the testing fake's seed (``src/didww_gen/testing/_seed.json``) and the unit tests' example fixture
(``tests/fixtures/reference_examples.json``) from the Postman collection of the spec's own API version.
Both are committed, so nothing else needs the reference; ``--check`` fails when either is stale. When the
reference is not there, one line says what is missing and how to point at it (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "didww_gen"


def derived_files(spec_dir: Path) -> dict[Path, str]:
    """Every reference-derived file for the spec in ``spec_dir``, by absolute path."""
    from codegen import fixtures, ir, loader
    from codegen.seed import SEED_PATH, build_seed

    api = ir.build(loader.load(spec_dir, ROOT))
    return {
        PACKAGE / SEED_PATH: build_seed({r.type for r in api.resources}, api.source, api.version),
        fixtures.FIXTURE: fixtures.build_fixture(fixtures.wanted(), api.version),
    }


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
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "2026-04-16", help="spec version folder")
    parser.add_argument("--check", action="store_true", help="fail if a committed derived file is stale")
    args = parser.parse_args(argv)
    from codegen.errors import SpecError
    from codegen.reference import ReferenceMissing

    try:
        files = derived_files(args.spec.resolve())
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
