"""``decimal``: a decimal string on the wire (``"1.50"``), ``Decimal`` in Python."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from didww_gen._kinds import ScalarKind


def _encode(value: Any) -> str:
    return str(value)


def _accepted(value: Any) -> bool:
    try:
        return not isinstance(value, bool) and Decimal(str(value)).is_finite()
    except InvalidOperation:
        return False


def _spec_value(value: Any) -> bool:
    return (
        isinstance(value, (int, float, str))
        and not isinstance(value, bool)
        and re.fullmatch(r"-?\d+(\.\d+)?", str(value)) is not None
    )


def _json_number(value: Any) -> bool:
    """A JSON value a decimal may arrive as: a string or a number."""
    return isinstance(value, (int, float, str)) and not isinstance(value, bool)


def _is_float(value: Any) -> bool:
    return isinstance(value, float)


def _parse(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(f"takes a decimal number such as 12.50, got {text!r}") from None


def _from_json(value: Any) -> Any:
    """A JSON number or string as a ``Decimal`` (checked)."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return _parse(str(value))
    return value


KIND = ScalarKind(
    name="decimal",
    summary="decimal (a decimal string on the wire, Decimal in Python)",
    order=40,
    annotation="Decimal",
    shown="Decimal",
    python_doc="a `decimal.Decimal`",
    imports=("from decimal import Decimal",),
    codec="DECIMAL",
    python_types=(Decimal,),
    encode=_encode,
    pydantic_errors=("decimal",),
    takes="a Decimal or a numeric string such as '1.50'",
    expected="a decimal string",
    fake_accepts=_accepted,
    spec_value_ok=_spec_value,
    openapi=(("number", "*"),),
    openapi_hint="decimal string",
    openapi_precise=True,
    postman_shape=_is_float,
    postman_prose="decimal",
    json_type="string",
    shaped=_json_number,
    placeholder=("0.0",),
    refines=("string",),
    carried_by=("string", "integer"),
    cli_parse=_parse,
    cli_json=_from_json,
)
