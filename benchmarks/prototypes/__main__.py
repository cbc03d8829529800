"""``python -m benchmarks.prototypes [--smoke]``: the prototype against didww_gen and didww 3.2.0, one run.

Writes the response bodies to a temporary folder, measures (``measure.py``) and prints the "Prototypes"
table of ``results.md``; ``make bench`` runs the same measurement and writes the table into ``results.md``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks import payloads
from benchmarks.measure import BENCH_PYTHON
from benchmarks.prototypes.figures import table
from benchmarks.prototypes.measure import measure
from benchmarks.run import FULL, SMOKE


def main() -> None:
    if not BENCH_PYTHON.exists():
        sys.exit(f"{BENCH_PYTHON} is missing: `make bench-venv` creates the bench venv")
    sizes = SMOKE if "--smoke" in sys.argv else FULL
    with tempfile.TemporaryDirectory() as folder:
        paths = payloads.write(Path(folder), {shape: getattr(sizes, shape) for shape in "abcd"})
        found = measure(sizes, paths)
    print(table({"prototypes": found}))


if __name__ == "__main__":
    main()
