"""``boolean``: JSON ``true`` or ``false``, ``bool`` in Python (never ``1`` or ``"true"`` when decoding)."""

from __future__ import annotations

from typing import Any

from didww_gen._kinds import ScalarKind

_FORM_TRUE, _FORM_FALSE = ("true", "1"), ("false", "0")
_TEXT_TRUE, _TEXT_FALSE = ("true", "1", "yes"), ("false", "0", "no")


def _is_boolean(value: Any) -> bool:
    return isinstance(value, bool)


def _form_value(value: Any) -> Any:
    """``"true"``/``"false"`` as the API casts them (as Rails does)."""
    if isinstance(value, str) and value.lower() in _FORM_TRUE + _FORM_FALSE:
        return value.lower() in _FORM_TRUE
    return value


def _parse(text: str) -> bool:
    if text.lower() not in _TEXT_TRUE + _TEXT_FALSE:
        raise ValueError(f"takes true or false, got {text!r}")
    return text.lower() in _TEXT_TRUE


KIND = ScalarKind(
    name="boolean",
    summary="boolean",
    order=30,
    annotation="bool",
    shown="bool",
    wire_annotation="StrictBool",
    imports=("from didww_gen._types import StrictBool",),
    pydantic_errors=("bool",),
    takes="a bool (True or False)",
    expected="true or false",
    fake_accepts=_is_boolean,
    fake_cast=_form_value,
    spec_value_ok=_is_boolean,
    openapi=(("boolean", "*"),),
    postman_shape=_is_boolean,
    postman_words=("boolean",),
    json_type="boolean",
    shaped=_is_boolean,
    placeholder=(False,),
    cli_parse=_parse,
    cli_choices=("true", "false"),
    filter_array=False,
)
