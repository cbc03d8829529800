"""A class's attribute filler, written out from its field table: what a template would generate.

For each field, in the order of the table: take it from the ``attributes`` object if present; a value of the
field's JSON type (or ``null``) is stored as it is, any other value goes through the field's conversion; a
value that neither takes is kept raw in ``_invalid`` (the resource is kept, reading the field raises).
The text is compiled once per class, on the class's first decode (so an import compiles nothing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from benchmarks.prototypes.kinds import Kind

Filler = Callable[[Any, Any, str], "dict[str, Any] | None"]
"""Fills ``(model, attributes, place)``; returns the off-type values kept raw (None: none)."""
_BAD = (TypeError, ValueError, ArithmeticError)


_INVALID = "invalid = {{**(invalid or {{}}), w{n}: v}}"
_FORMS = {  # the lines that store field n's value v (M: absent), by the kind's form
    "plain": [
        "    if type(v) is e{n} or v is None: s{n}(self, v)",
        "    elif v is not M: " + _INVALID,
    ],
    "datetime": [
        "    if type(v) is str:",
        "        try: d = fromiso(v)",
        "        except ValueError: " + _INVALID,
        "        else: s{n}(self, d if d.tzinfo is not None else d.replace(tzinfo=UTC))",
    ],
    "date": [
        "    if type(v) is str:",
        "        try: s{n}(self, date_fromiso(v))",
        "        except ValueError: " + _INVALID,
    ],
    "decimal": [
        "    d = None",
        "    if type(v) is str:",
        "        try: d = Decimal(v)",
        "        except BAD: pass",
        "    if d is not None and d.is_finite(): s{n}(self, d)",
    ],
    "enum": [
        "    d = m{n}.get(v) if type(v) is j{n} else None",
        "    if d is not None: s{n}(self, d)",
    ],
    "enum_list": [
        "    d = [m{n}.get(x) if type(x) is j{n} else None for x in v] if type(v) is list else None",
        "    if d is not None and None not in d: s{n}(self, d)",
    ],
}
_OTHERWISE = [  # any value the written-out case did not take: the kind's conversion
    "    elif v is None: s{n}(self, None)",
    "    elif v is not M:",
    "        try: s{n}(self, c{n}(v))",
    "        except BAD: " + _INVALID,
]


def _taken(n: int, kind: Kind) -> list[str]:
    """The lines that store field ``n``'s value ``v``."""
    if kind.convert is None:
        lines = _FORMS["plain"]
    elif kind.form in _FORMS and kind.form != "plain":  # the common case written out, then the conversion
        lines = [*_FORMS[kind.form], *_OTHERWISE]
    else:  # the conversion only (lists of strings, nested objects)
        lines = ["    if v is None: s{n}(self, None)", *_OTHERWISE[1:]]
    return [line.format(n=n) for line in lines]


def source(attributes: dict[str, Kind]) -> str:
    """The filler's text for these fields."""
    lines = [
        "def fill(self, attributes, place):",
        "    if type(attributes) is not dict:",
        "        raise Error(f'{place}.attributes: expected an object, found {type(attributes).__name__}')",
        "    get, invalid = attributes.get, None",
    ]
    for n, kind in enumerate(attributes.values()):
        lines += [f"    v = get(w{n}, M)", *_taken(n, kind)]
    lines += ["    if invalid is not None: set_invalid(self, invalid)", "    return invalid"]
    return "\n".join(lines) + "\n"


MISSING = object()
_NAMES = {"fromiso": dt.datetime.fromisoformat, "date_fromiso": dt.date.fromisoformat, "UTC": dt.timezone.utc}
_NAMES["Decimal"] = Decimal


def filler(
    name: str, attributes: dict[str, Kind], stores: dict[str, Any], set_invalid: Any, error: type[Exception]
) -> Filler:
    """The filler of class ``name``: ``stores`` holds each field's slot setter."""
    scope: dict[str, Any] = {"M": MISSING, "BAD": _BAD, "set_invalid": set_invalid, "Error": error, **_NAMES}
    for n, (field, kind) in enumerate(attributes.items()):
        scope.update({f"w{n}": field, f"s{n}": stores[field], f"e{n}": kind.expected, f"c{n}": kind.convert})
        if kind.enum is not None:
            scope.update({f"m{n}": kind.enum._value2member_map_, f"j{n}": int if issubclass(kind.enum, int) else str})
    exec(compile(source(attributes), f"<fill {name}>", "exec"), scope)
    made: Filler = scope["fill"]
    return made
