"""``integer``: a JSON number without a fraction, ``int`` in Python (never ``true`` or ``"5"`` when decoding)."""

from __future__ import annotations

from typing import Any

from didww_gen._kinds import ScalarKind


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _form_value(value: Any) -> Any:
    """A digit string as the API casts it (the reference's own request examples send some)."""
    return int(value) if isinstance(value, str) and value.lstrip("-").isdigit() else value


def _parse(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"takes an integer, got {text!r}") from None


KIND = ScalarKind(
    name="integer",
    summary="integer",
    order=20,
    annotation="int",
    shown="int",
    wire_annotation="StrictInt",
    imports=("from didww_gen._types import StrictInt",),
    pydantic_errors=("int",),
    takes="an int",
    expected="an integer",
    fake_accepts=_is_integer,
    fake_cast=_form_value,
    spec_value_ok=_is_integer,
    openapi=(("integer", "*"),),
    postman_shape=_is_integer,
    postman_words=("integer",),
    json_type="number",
    shaped=_is_integer,
    placeholder=(0,),
    cli_parse=_parse,
)
