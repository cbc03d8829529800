"""didww-gen's code generator: spec/ (YAML) -> loader -> intermediate model -> Jinja templates -> src/didww_gen."""

import sys
from pathlib import Path

_RUNTIME = str(Path(__file__).resolve().parent.parent / "src")
if _RUNTIME not in sys.path:  # the kinds table is the runtime's (didww_gen._kinds): this repository's own
    sys.path.insert(0, _RUNTIME)
