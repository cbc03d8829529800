"""Attribute values of an unexpected JSON type: how they are described to the user.

The decoder keeps a resource whose attribute holds a value of another JSON type than the spec's (a field
DIDWW changed must not take down every page): the raw value goes to ``model.invalid_attributes``, and
reading the field raises ``DidwwClientError`` with the text built here. Secret fields and containers are
described by their JSON type only, never quoted.
"""

from __future__ import annotations

import types
import typing
from typing import Any

_JSON_TYPES = {
    dict: "a JSON object",
    list: "a JSON array",
    str: "a JSON string",
    bool: "a JSON boolean",
    int: "a JSON number",
    float: "a JSON number",
    type(None): "null",
}
QUOTED_CHARS = 60  # how much of a scalar value an error message quotes


def json_type(value: Any) -> str:
    """``value``'s JSON type in words ("a JSON string")."""
    return _JSON_TYPES.get(type(value), f"a {type(value).__name__}")


def type_name(annotation: Any) -> str:
    """A field's type as a reader writes it (``int``, ``datetime``, ``list[Codec]``), without ``None``."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return type_name(args[0])
    if origin in (typing.Union, types.UnionType):
        return " | ".join(type_name(a) for a in args if a is not type(None))
    if origin is not None:
        return f"{getattr(origin, '__name__', origin)}[{', '.join(type_name(a) for a in args)}]"
    return str(getattr(annotation, "__name__", annotation))


def quoted(value: Any, secret: bool) -> str:
    """The value as an error message may show it: a scalar of a field that is not secret, cut short."""
    if secret or isinstance(value, (dict, list)):
        return json_type(value)
    text = repr(value)
    text = text if len(text) <= QUOTED_CHARS else text[:QUOTED_CHARS] + "..."
    return f"{text} ({json_type(value)})"


def off_type_message(owner: str, name: str, wire: str, value: Any, expected: Any, secret: bool) -> str:
    """What reading a field whose value had an unexpected JSON type raises."""
    return (
        f"{owner}.{name}: the server sent {quoted(value, secret)} where this field takes {type_name(expected)}; "
        f"the raw value is in invalid_attributes[{wire!r}] (assigning the field replaces it)"
    )
