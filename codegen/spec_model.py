"""Generate ``codegen/_spec_model.py`` (the loader's pydantic models) from ``spec/spec.schema.json``."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

SCHEMA = "spec/spec.schema.json"
TARGET = "codegen/_spec_model.py"
OPTIONS = [
    "--input-file-type",
    "jsonschema",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.10",
    "--disable-timestamp",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-annotated",
    "--field-constraints",
    "--use-schema-description",
    "--use-field-description",
    "--deserialize-default-values",
    "enum",
    "--extra-fields",
    "forbid",
    "--formatters",
    "builtin",
    "--custom-file-header",
    f"# generated from {SCHEMA} by datamodel-code-generator, do not edit",
]


def render_spec_model(root: Path, schema: str | None = None) -> str:
    """The source of the loader's spec models, as datamodel-code-generator writes it (from ``schema``, the
    schema's text, when given: the one about to be written)."""
    with tempfile.TemporaryDirectory(prefix="didww-specmodel-") as tmp:
        output = Path(tmp) / "_spec_model.py"
        source = root / SCHEMA
        if schema is not None:
            source = Path(tmp) / SCHEMA
            source.parent.mkdir(parents=True)
            source.write_text(schema, encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(source),
            "--output",
            str(output),
            *OPTIONS,
        ]
        subprocess.run(command, check=True, capture_output=True, text=True)
        return output.read_text(encoding="utf-8")
