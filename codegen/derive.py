"""``python -m codegen derive``: the files derived from DIDWW's reference documents (``make seed``).

Writes each version's testing fake seed (``src/didww_gen/v<date>/testing/_seed.json``) from the Postman
collection of that API version, and the unit tests' example fixture (``tests/fixtures/reference_examples.json``)
from the latest version's.
Both are committed, so nothing else needs the reference; ``--check`` fails when either is stale. When the
reference is not there, one line says what is missing and how to point at it (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "didww_gen"


def derived_files(spec_dir: Path, fixture: bool) -> dict[Path, str]:
    """Every reference-derived file for the spec in ``spec_dir`` (``fixture``: the tests' one too), by path."""
    from codegen import fixtures, ir, loader
    from codegen.seed import SEED_PATH, build_seed
    from codegen.versions import package_name

    api = ir.build(loader.load(spec_dir, ROOT))
    seed = PACKAGE / package_name(api.version) / SEED_PATH
    files = {seed: build_seed({r.type for r in api.resources}, api.source, api.version)}
    if fixture:
        files[fixtures.FIXTURE] = fixtures.build_fixture(fixtures.wanted(), api.version)
    return files


def every_derived_file(only: Path | None) -> dict[Path, str]:
    """The derived files of every registered version (``only``: of that spec folder)."""
    from codegen import versions

    registry = versions.load(ROOT)
    chosen = registry.versions if only is None else (only.resolve().name,)
    files: dict[Path, str] = {}
    for version in chosen:
        spec_dir = only.resolve() if only is not None else registry.spec_dir(ROOT, version)
        files.update(derived_files(spec_dir, fixture=version == registry.latest))
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
    from codegen.errors import SpecError
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
