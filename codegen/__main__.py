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
PACKAGE = ROOT / "src" / "didww_gen"


def _refresh_spec_model(check: bool) -> dict[Path, str]:
    """``spec/spec.schema.json``'s list of kinds from the kinds table (``didww_gen._kinds``), then
    ``codegen/_spec_model.py`` from that schema, written (unless ``check``) before anything loads the spec, so
    that one ``make generate`` carries a change of the spec format (or a new kind) through. Returns both files."""
    import importlib

    from codegen.render import format_sources
    from codegen.spec_model import TARGET, render_spec_model
    from codegen.spec_schema import SCHEMA, schema_text

    schema = schema_text(ROOT)
    spec_model = format_sources({TARGET: render_spec_model(ROOT, schema)}, ROOT / "pyproject.toml")[TARGET]
    files = {ROOT / SCHEMA: schema, ROOT / TARGET: spec_model}
    stale = [path for path, text in files.items() if not path.exists() or path.read_text(encoding="utf-8") != text]
    if not check and stale:
        for path in stale:
            path.write_text(files[path], encoding="utf-8")
        importlib.invalidate_caches()
        _forget_generator_modules()  # loaded with the old models: the imports that follow load them anew

    return files


def _forget_generator_modules() -> None:
    """Drop every loaded ``codegen`` module but this one (a reload would keep the old classes in the module's
    namespace beside the new ones), so that the next import reads the new ``_spec_model.py``."""
    import codegen

    kept = ("codegen.__main__", "codegen.errors")  # errors: the SpecError the caller catches stays the same class
    for name in [n for n in sys.modules if n.startswith("codegen.") and n not in kept]:
        del sys.modules[name]
        if hasattr(codegen, name.split(".", 1)[1]):
            delattr(codegen, name.split(".", 1)[1])


def generated(only: str | None, check: bool) -> dict[Path, str]:
    """Every generated file of the registered versions (``only``: of that one), by absolute path."""
    refreshed = _refresh_spec_model(check)
    from codegen import ir, loader, render, versions
    from codegen.render import format_sources

    config = ROOT / "pyproject.toml"
    registry = versions.load(ROOT)
    package_rel = PACKAGE.relative_to(ROOT).as_posix()
    sources: dict[str, str] = {}
    formatted = dict(refreshed)
    for version in registry.versions if only is None else [only]:
        api = ir.build(loader.load(registry.spec_dir(ROOT, version), ROOT))
        name = versions.package_name(version)
        rendered = render.render(api, f"didww_gen.{name}")
        sources.update({f"{package_rel}/{name}/{rel}": text for rel, text in rendered.items()})
        formatted.update(
            {ROOT / rel: text for rel, text in render.render_docs(api, version == registry.latest).items()}
        )
        if version == registry.latest:
            shims = render.render_latest(api, f"didww_gen.{name}", versions.REGISTRY)
            sources.update({f"{package_rel}/{rel}": text for rel, text in shims.items()})
    formatted.update({ROOT / rel: text for rel, text in format_sources(sources, config).items()})
    formatted.update(_guides(versions.guide_pairs(ROOT, registry), only))
    return formatted


def _guides(pairs: list[tuple[str, str]], only: str | None) -> dict[Path, str]:
    """The migration guide of each version from the one its ``changes.yaml`` names (``only``: the ones it is
    part of)."""
    from codegen import migration

    chosen = [(old, new) for old, new in pairs if only in (None, old, new)]
    return {migration.guide_path(ROOT, a, b): migration.render(migration.build(ROOT, a, b)) for a, b in chosen}


def write_generated(files: dict[Path, str], only: str | None) -> None:
    """Write ``files`` where they differ and remove the generated files no longer produced."""
    from codegen.render import stale_files

    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    scope = _scope(only)
    keep = {p.relative_to(scope).as_posix() for p in files if p.is_relative_to(scope)}
    for path in stale_files(scope, keep):
        path.unlink()


def _scope(only: str | None) -> Path:
    """The folder whose generated files a run owns (and removes when no longer produced)."""
    from codegen.versions import package_name

    return PACKAGE if only is None else PACKAGE / package_name(only)


def _latest_spec() -> Path:
    from codegen import versions

    return ROOT / "spec" / versions.load(ROOT).latest


def _registered(spec: Path | None) -> str | None:
    """The version of ``--spec`` (None: every version); one not in the registry is refused."""
    if spec is None:
        return None
    from codegen import versions
    from codegen.errors import SpecError

    version = spec.resolve().name
    if version not in versions.load(ROOT).versions:
        raise SpecError.about(versions.REGISTRY, f"{version} is not registered: add it (or use make new-version)")
    return version


def _validate(spec_dir: Path) -> int:
    from codegen import ir, loader

    api = ir.build(loader.load(spec_dir, ROOT))
    counts = f"{len(api.resources)} resources, {len(api.enums)} enums, {len(api.objects)} nested objects"
    print(f"spec {api.version} is valid: {counts}")
    return 0


def _differences(files: dict[Path, str], scope: Path) -> list[str]:
    from codegen.render import stale_files

    problems = []
    for path, text in sorted(files.items()):
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old != text:
            rel = path.relative_to(ROOT).as_posix()
            diff = difflib.unified_diff(old.splitlines(), text.splitlines(), f"a/{rel}", f"b/{rel}", lineterm="", n=1)
            problems.append("\n".join(list(diff)[:40]))
    keep = {p.relative_to(scope).as_posix() for p in files if p.is_relative_to(scope)}
    problems += [f"stale generated file: {p.relative_to(ROOT)}" for p in stale_files(scope, keep)]
    return problems


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["derive"]:
        from codegen import derive

        return derive.main(argv[1:])
    if argv[:1] == ["new-version"]:
        from codegen import new_version

        return new_version.main(argv[1:])
    if argv[:1] == ["promote"]:
        from codegen import promote

        return promote.main(argv[1:])
    from codegen.commands import COMMANDS, run

    if argv[:1] and argv[0] in COMMANDS:  # import-openapi, diff: the spec tools
        return run(argv)
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument(
        "--spec", type=Path, default=None, help="one spec version folder (default: every version in spec/versions.yaml)"
    )
    parser.add_argument("--check", action="store_true", help="fail if the committed output differs")
    parser.add_argument("--validate", action="store_true", help="only load and check the spec, write nothing")
    args = parser.parse_args(argv)
    from codegen.errors import SpecError

    try:
        if args.validate:
            return _validate((args.spec or _latest_spec()).resolve())
        only = _registered(args.spec)
        files = generated(only, args.check)
    except SpecError as exc:
        print(f"spec error:\n{exc}", file=sys.stderr)
        return 2
    if args.check:
        problems = _differences(files, _scope(only))
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"\n{len(problems)} generated file(s) differ: run `make generate` and commit.", file=sys.stderr)
            return 1
        print(f"generated code is fresh ({len(files)} files)")
        return 0
    write_generated(files, only)
    print(f"generated {len(files)} files from {f'spec/{only}' if only else 'every version in spec/versions.yaml'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
