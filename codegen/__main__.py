"""``python -m codegen``: regenerate the package from the spec (``--check``: fail on any difference).

Generating reads ``spec/`` only. ``python -m codegen derive`` refreshes the files derived from DIDWW's
reference documents (the fake's seed, the tests' example fixture); see :mod:`codegen.derive`.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "spec" / "2026-04-16"
PACKAGE = ROOT / "src" / "didww_gen"


def _generated(spec_dir: Path, check: bool) -> dict[Path, str]:
    from codegen.render import format_sources
    from codegen.spec_model import TARGET, render_spec_model

    config = ROOT / "pyproject.toml"
    spec_model = format_sources({TARGET: render_spec_model(ROOT)}, config)[TARGET]
    current = ROOT / TARGET
    if not check and (not current.exists() or current.read_text(encoding="utf-8") != spec_model):
        current.write_text(spec_model, encoding="utf-8")  # the loader imports it: refresh it first
    from codegen import ir, loader, render

    api = ir.build(loader.load(spec_dir, ROOT))
    package_rel = PACKAGE.relative_to(ROOT).as_posix()
    files = {f"{package_rel}/{rel}": text for rel, text in render.render(api).items()}
    formatted = {ROOT / rel: text for rel, text in format_sources(files, config).items()}
    formatted.update({ROOT / rel: text for rel, text in render.render_docs(api).items()})
    formatted[current] = spec_model
    return formatted


def _validate(spec_dir: Path) -> int:
    from codegen import ir, loader

    api = ir.build(loader.load(spec_dir, ROOT))
    counts = f"{len(api.resources)} resources, {len(api.enums)} enums, {len(api.objects)} nested objects"
    print(f"spec {api.version} is valid: {counts}")
    return 0


def _differences(files: dict[Path, str]) -> list[str]:
    from codegen.render import stale_files

    problems = []
    for path, text in sorted(files.items()):
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old != text:
            rel = path.relative_to(ROOT).as_posix()
            diff = difflib.unified_diff(old.splitlines(), text.splitlines(), f"a/{rel}", f"b/{rel}", lineterm="", n=1)
            problems.append("\n".join(list(diff)[:40]))
    keep = {p.relative_to(PACKAGE).as_posix() for p in files if p.is_relative_to(PACKAGE)}
    problems += [f"stale generated file: {p.relative_to(ROOT)}" for p in stale_files(PACKAGE, keep)]
    return problems


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["derive"]:
        from codegen import derive

        return derive.main(argv[1:])
    from codegen.commands import COMMANDS, run

    if argv[:1] and argv[0] in COMMANDS:  # import-openapi, diff: the spec tools
        return run(argv)
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="spec version folder")
    parser.add_argument("--check", action="store_true", help="fail if the committed output differs")
    parser.add_argument("--validate", action="store_true", help="only load and check the spec, write nothing")
    args = parser.parse_args(argv)
    from codegen.errors import SpecError

    try:
        if args.validate:
            return _validate(args.spec.resolve())
        files = _generated(args.spec.resolve(), args.check)
    except SpecError as exc:
        print(f"spec error:\n{exc}", file=sys.stderr)
        return 2
    if args.check:
        problems = _differences(files)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"\n{len(problems)} generated file(s) differ: run `make generate` and commit.", file=sys.stderr)
            return 1
        print(f"generated code is fresh ({len(files)} files)")
        return 0
    from codegen.render import stale_files

    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    keep = {p.relative_to(PACKAGE).as_posix() for p in files if p.is_relative_to(PACKAGE)}
    for path in stale_files(PACKAGE, keep):
        path.unlink()
    shown = args.spec.relative_to(ROOT) if args.spec.is_relative_to(ROOT) else args.spec
    print(f"generated {len(files)} files from {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
