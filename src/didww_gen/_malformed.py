"""What a malformed document is told as: the place in the document, what was expected and what was found, in
the SDK's words (not pydantic's), never quoting more of a value than its JSON type or a short string."""

from __future__ import annotations

from typing import Any

from pydantic_core import ErrorDetails

from didww_gen._kinds import KINDS
from didww_gen._offtype import json_type


class NotJsonApi(Exception):
    """The body is not a JSON:API document of the expected type; its text names the place and the problem."""


def shown(value: Any) -> str:
    """A value as an error message shows it: a short string quoted, anything else by its JSON type."""
    if isinstance(value, str) and len(value) <= 40:
        return repr(value)
    return json_type(value)


EXPECTED = {
    "float_type": "a number",
    "list_type": "an array",
    "model_type": "an object",
    "model_attributes_type": "an object",
    "union_tag_invalid": "an object of a known type",
    "union_tag_not_found": "an object with its type",
    "enum": "one of the documented values",
    **{
        f"{prefix}_{suffix}": kind.expected
        for kind in KINDS
        for prefix in kind.pydantic_errors
        for suffix in ("type", "parsing")
    },
}


def describe(path: str, error: ErrorDetails) -> str:
    """One validation error, at its place in the document, in the SDK's words (not pydantic's); never the input
    value itself (it may be a secret), only its JSON type."""
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"])
    if error["type"] == "missing":
        return f"{path}{where}: is missing"
    expected = EXPECTED.get(error["type"], "a value of the documented type")
    found = f", found {json_type(error['input'])}" if "input" in error else ""
    return f"{path}{where}: expected {expected}{found}"
