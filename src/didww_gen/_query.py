"""Query-string encoding: ``include``, ``sort``, ``filter[...]`` and ``page[...]``."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any

from didww_gen.errors import DidwwClientError

QueryParams = list[tuple[str, str]]


def _csv(name: str, value: str | Sequence[str] | None) -> str | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    for item in items:
        if not isinstance(item, str) or not item or "," in item:
            raise DidwwClientError(f"{name} takes names such as 'voice_in_trunk', got {item!r}")
    return ",".join(items) if items else None


def _filter_value(name: str, value: Any) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        return ",".join(_filter_value(name, v) for v in value)
    from didww_gen._encoding import encode_scalar  # here: a request without filters never loads the encoder

    value = encode_scalar(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None or isinstance(value, (dict, bytes)):
        raise DidwwClientError(f"filter[{name}] takes a string, number, boolean, date or a list of them")
    return str(value)


def _enum_value_ok(value: Any, members: type[enum.Enum]) -> bool:
    """A member (a value this SDK does not list being ``Enum("value")``) or the value of a listed member."""
    if isinstance(value, members):
        return True
    if isinstance(value, (enum.Enum, bool)):
        return False
    return any(type(m.value) is type(value) and m.value == value for m in members)


def _enum_refusal(name: str, value: Any, members: type[enum.Enum]) -> str:
    listed = ", ".join(repr(m.value) for m in members)
    shown = repr(value) if len(repr(value)) <= 80 else f"a {type(value).__name__} of {len(repr(value))} characters"
    message = f"filter[{name}] takes {members.__name__} members or their values ({listed}), got {shown}"
    if type(value) in {type(m.value) for m in members} and shown == repr(value):  # one the API may have added
        message += f"; a value this SDK does not list yet: {members.__name__}({value!r})"
    return message


def check_enum_filters(filter: Any, enums: Mapping[str, type[enum.Enum]]) -> None:
    """Refuse a value of an enum-valued filter that is not one of the enum's, naming them, before sending.

    The API answers such a filter with an empty list, which reads as "nothing matches"."""
    if not isinstance(filter, Mapping):
        return  # build_query says what filter takes
    for name, members in enums.items():
        if name not in filter:
            continue
        value = filter[name]
        items = list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
        bad = [item for item in items if not _enum_value_ok(item, members)]
        if bad:
            raise DidwwClientError(_enum_refusal(name, bad[0], members))


def build_query(
    *,
    include: str | Sequence[str] | None = None,
    sort: str | Sequence[str] | None = None,
    filter: Mapping[str, Any] | None = None,
    page_number: int | None = None,
    page_size: int | None = None,
    extra_params: Mapping[str, str] | None = None,
) -> QueryParams:
    """The query parameters of a request, in a stable order."""
    params: QueryParams = []
    for key, raw in (("include", include), ("sort", sort)):
        text = _csv(key, raw)
        if text:
            params.append((key, text))
    if filter is not None:
        if not isinstance(filter, Mapping):
            raise DidwwClientError("filter takes a mapping of filter name to value, e.g. {'number': '1609'}")
        params.extend((f"filter[{k}]", _filter_value(k, v)) for k, v in filter.items())
    for key, number in (("page[number]", page_number), ("page[size]", page_size)):
        if number is not None:
            if isinstance(number, bool) or not isinstance(number, int) or number < 1:
                raise DidwwClientError(f"{key} takes a positive integer, got {number!r}")
            params.append((key, str(number)))
    if extra_params is not None and not isinstance(extra_params, Mapping):
        raise DidwwClientError("extra_params takes a mapping of query parameter name to value")
    params.extend((str(k), str(v)) for k, v in (extra_params or {}).items())
    for key, text in params:
        _check_text(key, key)
        _check_text(key, text)
    return params


def _check_text(key: str, text: str) -> None:
    """Refuse text that cannot be sent as UTF-8 (a lone surrogate, e.g. from a mis-decoded file name)."""
    if any("\ud800" <= c <= "\udfff" for c in text):
        raise DidwwClientError(
            f"query parameter {key.encode('utf-8', 'backslashreplace').decode()!r} holds a lone surrogate, "
            "which is not text that can be sent: decode the value properly (it may come from bytes read with "
            "errors='surrogateescape')"
        )
