"""``didww``: the DIDWW API on the command line, generated per API version from the spec.

``pip install "didww-gen[cli]"`` installs the ``didww`` command (``python -m didww_gen`` is the same). Its
command tree comes from each version's ``cli_table`` (plain data), so ``didww --help`` and shell completion
import neither httpx nor a generated package; a command loads its version's client when it runs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["main"]

EXTRA_DEPENDENCIES = ("click", "rich")


def main(argv: Sequence[str] | None = None, *, transport: Any = None) -> int:
    """Run ``didww`` with ``argv`` (default: the process's arguments); returns the exit code.

    ``transport`` (tests): an httpx transport every request goes through, e.g. ``FakeDidww().transport()``.
    """
    try:
        from didww_gen.cli._app import run
    except ModuleNotFoundError as exc:
        if exc.name not in EXTRA_DEPENDENCIES:
            raise
        print(f"didww: the command line needs {exc.name}: pip install 'didww-gen[cli]'", file=sys.stderr)
        return 2
    return run(argv, transport=transport)
