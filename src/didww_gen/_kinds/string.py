"""``string``: a JSON string, ``str`` in Python."""

from __future__ import annotations

from typing import Any

from didww_gen._kinds import ScalarKind


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


KIND = ScalarKind(
    name="string",
    summary="string",
    order=10,
    annotation="str",
    shown="str",
    imports=(),
    pydantic_errors=("string",),
    takes="a str",
    expected="a string",
    fake_accepts=_is_text,
    spec_value_ok=_is_text,
    openapi=(("string", "*"),),
    postman_shape=_is_text,
    postman_fallback=True,
    postman_words=("string",),
    json_type="string",
    shaped=_is_text,
    placeholder=("example",),
)
