"""``python -m codegen promote VERSION`` (``make promote VERSION=<date>``): what ``didww_gen`` re-exports.

Adding a version (``make new-version``) never changes what existing users import: ``didww_gen.DidwwClient``,
``didww_gen.models`` and the rest stay the latest version's re-exports until a maintainer promotes another one.
Promoting sets ``latest`` in ``spec/versions.yaml`` and regenerates (the re-exports, ``docs/api.md`` and the
migration guides, which say which version ``didww_gen`` itself serves). Then ``make test`` names each place in
the examples, README and docs that the migration guide says must change.
"""

from __future__ import annotations

import argparse
import sys

from codegen.errors import SpecError


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen promote", description=__doc__.split("\n\n")[0])
    parser.add_argument("version", metavar="VERSION", help="a registered version date, e.g. 2026-04-16")
    args = parser.parse_args(argv)
    from codegen import versions
    from codegen.__main__ import ROOT, generated, write_generated

    registry_text = (ROOT / versions.REGISTRY).read_text(encoding="utf-8")
    try:
        before = versions.promote(ROOT, args.version)
        files = generated(None, check=True)  # rendered in memory first: a problem leaves the registry as it was
    except SpecError as exc:
        (ROOT / versions.REGISTRY).write_text(registry_text, encoding="utf-8")
        print(f"promote: {exc}", file=sys.stderr)
        return 2
    write_generated(files, None)
    if before == args.version:
        print(f"didww_gen already re-exports {args.version}: nothing to promote")
        return 0
    print(
        f"didww_gen now re-exports {args.version} (was {before}). Next: `make test` names each example, README and "
        f"docs block to update as docs/changes/ says; commit with a changelog line."
    )
    return 0
