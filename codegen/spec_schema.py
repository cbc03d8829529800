"""The spec format's list of kinds in ``spec/spec.schema.json``, written from the kinds table.

The schema is hand-written but for its ``ScalarType`` definition: its ``enum`` and description come from
``didww_gen._kinds`` (one module per kind), so a new kind is one file. ``python -m codegen`` rewrites that
definition (then the loader's models from the schema); ``--check`` fails while it is stale.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from didww_gen._kinds import KINDS

SCHEMA = "spec/spec.schema.json"
_SCALAR_TYPE = re.compile(r'^(    "ScalarType": \{\n)(.*?)^(    \},?\n)', re.M | re.S)


def scalar_type() -> str:
    """The body of the ``ScalarType`` definition (between its braces), as the schema file writes it."""
    description = "; ".join(kind.summary for kind in KINDS) + "."
    names = ", ".join(json.dumps(kind.name) for kind in KINDS)
    return f'      "description": {json.dumps(description)},\n      "type": "string",\n      "enum": [{names}]\n'


def render_schema(text: str) -> str:
    """The schema's text with its ``ScalarType`` definition written from the kinds table."""
    found = _SCALAR_TYPE.search(text)
    if found is None:
        raise ValueError(f'{SCHEMA}: no "ScalarType" definition (4 spaces in, one line per member) to write kinds to')
    return text[: found.start(2)] + scalar_type() + text[found.end(2) :]


def schema_text(root: Path) -> str:
    """What ``spec/spec.schema.json`` of the repository at ``root`` holds once its kinds are written."""
    return render_schema((root / SCHEMA).read_text(encoding="utf-8"))
