"""``object``: a free-form JSON object, ``dict[str, Any]`` in Python."""

from __future__ import annotations

import json
from typing import Any

from didww_gen._kinds import ScalarKind, to_json


def _is_object(value: Any) -> bool:
    return isinstance(value, dict)


def _encode(value: dict[str, Any]) -> dict[str, Any]:
    return {key: to_json(item) for key, item in value.items()}


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise ValueError(f'takes a JSON value here, e.g. \'{{"key": "value"}}\'; got {text!r}') from None


KIND = ScalarKind(
    name="object",
    summary="object (free-form JSON object)",
    order=80,
    annotation="dict[str, Any]",
    shown="dict[str, Any]",
    imports=("from typing import Any",),
    codec="OBJECT",
    mutable=True,
    untyped=True,
    encode=_encode,
    pydantic_errors=("dict",),
    takes="a dict",
    expected="an object",
    fake_accepts=_is_object,
    spec_value_ok=_is_object,
    openapi=(("object", "*"),),
    postman_shape=_is_object,
    json_type="object",
    shaped=_is_object,
    placeholder=({},),
    refines=("*",),
    cli_parse=_parse,
    column=False,
)
