"""Refusals in the SDK's own words: a pydantic validation error becomes "which field, what was wrong, what to do".

Pydantic's messages name its internals ("Input tag ... found using choose()", "Input should be ..."); the
user wrote ``SipConfiguration(...)`` and wants to hear about that. Input values are never repeated (they
may be secrets): only their type name is.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from didww_gen._kinds import KINDS

_SKIPPED = ("attributes", "relationships", "data")
_KINDS = {
    "float": "a number",
    "list": "a list",
    "model": "a model instance",
    **{prefix: kind.takes for kind in KINDS for prefix in kind.pydantic_errors},
}


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest known name, or nothing."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _expected_tags(ctx: dict[str, Any]) -> str:
    tags = [t.strip().strip("'") for t in str(ctx.get("expected_tags", "")).split(",")]
    return " or ".join(t for t in tags if t)


def _kind(error_type: str) -> str | None:
    for suffix in ("_type", "_parsing"):
        if error_type.endswith(suffix):
            return _KINDS.get(error_type.removesuffix(suffix).split("_")[0])
    return None


def _phrase(error: Any, fields: Iterable[str]) -> str:
    """What was wrong and what to do, for one pydantic error (``include_input`` errors; the input is not shown)."""
    kind, ctx = error["type"], error.get("ctx") or {}
    got = type(error.get("input")).__name__
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        given = ctx.get("tag") or got
        return f"takes {_expected_tags(ctx)}, got {given}: build one of those classes"
    if kind == "no_such_attribute" or kind == "extra_forbidden":
        name = str(error["loc"][-1]) if error["loc"] else "?"
        return f"is not a field{did_you_mean(name, fields)}"
    if kind == "missing":
        return "is required: pass it"
    if kind in ("enum", "literal_error"):
        return f"takes one of {ctx.get('expected', '?')}, got a {got}: use the enum's members"
    if kind in ("value_error", "assertion_error"):
        return str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    wanted = _kind(kind)
    if wanted is not None:
        return f"takes {wanted} (got {got})"
    for bound, word in (("gt", "greater than"), ("ge", "at least"), ("lt", "less than"), ("le", "at most")):
        if bound in ctx:
            return f"must be {word} {ctx[bound]}"
    message = str(error["msg"])
    return "takes " + message.removeprefix("Input should be ") if message.startswith("Input should be ") else message


def describe_validation_error(exc: ValidationError, owner: str, fields: Iterable[str] = ()) -> str:
    """``Owner.field: what was wrong: what to do`` for each problem, joined by ``; ``."""
    parts = []
    known = list(fields)
    for error in exc.errors(include_url=False, include_input=True, include_context=True):
        loc = ".".join(str(p) for p in error["loc"] if p not in _SKIPPED and not _is_tag(p))
        where = f"{owner}.{loc}" if loc else owner
        parts.append(f"{where} {_phrase(error, known)}")
    return "; ".join(parts)


def _is_tag(part: Any) -> bool:
    """A union member's name pydantic inserts in the location (``configuration.SipConfiguration.host``)."""
    return isinstance(part, str) and part[:1].isupper()
