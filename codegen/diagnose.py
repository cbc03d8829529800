"""Spec problems a human can act on: one line each, ``file:line``, and a "did you mean" for mistyped names.

:func:`schema_problems` turns pydantic's validation errors into such lines (a union's one error per branch
becomes one message). :func:`raw_problems` checks what the JSON Schema cannot, on the plain data, so it runs
even when validation failed: a resource file's ``type`` against its file name, filter and sort names against
the fields, ``default:`` values against the attribute's type.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from pydantic import ValidationError

from codegen.errors import Problem
from didww_gen._kinds import KINDS, kind_named

SCALARS = tuple(kind.name for kind in KINDS)
_BRANCH = re.compile(r"^[A-Z][A-Za-z]*$|\[|^function-")
_TYPES = f"{', '.join(SCALARS)}, {{enum: Name}}, {{nested: Name}} or {{list: <type>}}"
_NEW_KIND = 'a module of src/didww_gen/_kinds/, README "Adding a kind"'
_OPERATORS = ("_gteq", "_lteq", "_gt", "_lt", "_in", "_eq", "_contains")


class Locator(Protocol):
    def problem(self, section: str, index: int | None, keys: Sequence[str | int], message: str) -> Problem: ...


def did_you_mean(name: str, candidates: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest candidate, or nothing."""
    close = difflib.get_close_matches(name, sorted(set(candidates)), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _split(loc: Sequence[Any]) -> tuple[str, int | None, list[str | int]]:
    loc = [k for k in loc if k != "root"]
    section = str(loc[0]) if loc else "api"
    index = loc[1] if section == "resources" and len(loc) > 1 and isinstance(loc[1], int) else None
    keys = loc[2:] if index is not None else loc[1:]
    return section, index, [k for k in keys if isinstance(k, (str, int)) and not _BRANCH.search(str(k))]


def _message(items: list[dict[str, Any]], keys: list[str | int]) -> str:
    """One message for every error pydantic gave at one place (one per union branch)."""
    first = items[0]
    if first["type"] == "extra_forbidden":
        return f"unknown key {keys[-1]!r}"
    literal = next((i for i in items if i["type"] in ("enum", "literal_error")), None)
    if (keys and keys[-1] == "type") or (literal and "string" in str(literal.get("ctx", {}))):
        value = first.get("input")
        if isinstance(value, str):
            hint = did_you_mean(value, SCALARS)  # no close name: perhaps a kind to add
            return f"unknown type {value!r}{hint}: use {_TYPES}" + ("" if hint else f" (a new kind: {_NEW_KIND})")
        return f"invalid type {value!r}: use {_TYPES}"
    if literal is not None:
        expected = str(literal.get("ctx", {}).get("expected", ""))
        options = re.findall(r"'([^']*)'", expected)
        value = str(literal.get("input"))
        return f"{literal['msg'].rstrip('.')}{did_you_mean(value, options)}"
    if len(items) > 1:
        return f"invalid value {first.get('input')!r}: " + "; or ".join(sorted({i["msg"] for i in items}))
    return str(first["msg"])


def schema_problems(error: ValidationError, spec: Locator, known_keys: Iterable[str]) -> list[Problem]:
    """pydantic's errors as one-line problems; an unknown key gets the closest of ``known_keys``."""
    known = sorted(set(known_keys))
    grouped: dict[tuple[str, int | None, tuple[str | int, ...]], list[dict[str, Any]]] = {}
    for item in error.errors(include_url=False):
        section, index, keys = _split(item["loc"])
        grouped.setdefault((section, index, tuple(keys)), []).append(dict(item))
    problems = []
    for (section, index, where), items in grouped.items():
        message = _message(items, list(where))
        if items[0]["type"] == "extra_forbidden" and where:
            message += did_you_mean(str(where[-1]), known)
        problems.append(spec.problem(section, index, list(where), message))
    return problems


# -- checks on the plain data -------------------------------------------------------------------
def _fields(resource: dict[str, Any]) -> tuple[set[str], set[str]]:
    attrs = set(_dict(resource.get("attributes"))) | set(_dict(resource.get("meta")))
    return attrs | {"id"}, set(_dict(resource.get("relationships")))


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _names_field(name: str, attrs: set[str], rels: set[str]) -> bool:
    head = name.split(".")[0]
    bare = next((name.removesuffix(op) for op in _OPERATORS if name.endswith(op)), name)
    return name in attrs or bare in attrs or (head in rels and (head == name or "." in name))


def _query_names(resource: dict[str, Any], index: int, spec: Locator) -> Iterator[Problem]:
    attrs, rels = _fields(resource)
    known = sorted(attrs | rels)
    for name, filt in _dict(resource.get("filters")).items():
        if not (isinstance(filt, dict) and filt.get("virtual")) and not _names_field(str(name), attrs, rels):
            message = f"filter {name!r} names no attribute or relationship{did_you_mean(str(name), known)}"
            yield spec.problem(
                "resources", index, ["filters", name], message + "; mark a server-side one virtual: true"
            )
    sorts = resource.get("sorts")
    for position, name in enumerate(sorts if isinstance(sorts, list) else []):
        if isinstance(name, str) and not _names_field(name, attrs, rels):
            message = f"sort {name!r} names no attribute or relationship{did_you_mean(name, known)}"
            yield spec.problem("resources", index, ["sorts", position], message)


def default_fits(value: Any, type_: Any, nullable: bool, enums: dict[str, Any]) -> bool:
    """Whether ``value`` is a value of the spec type ``type_`` (``enums``: enums.yaml's mapping)."""
    return _default_ok(value, type_, nullable, enums)


def _default_ok(value: Any, type_: Any, nullable: bool, enums: dict[str, Any]) -> bool:
    if value is None:
        return nullable
    if isinstance(type_, dict) and "enum" in type_:
        members = _dict(enums.get(str(type_["enum"]))).get("members") or []
        return any(isinstance(m, dict) and m.get("value") == value for m in members)
    if isinstance(type_, dict) and "list" in type_:
        return isinstance(value, list) and all(_default_ok(v, type_["list"], False, enums) for v in value)
    if isinstance(type_, dict):
        return isinstance(value, dict)
    declared = kind_named(str(type_))
    return declared.spec_value_ok(value) if declared is not None else True


def _defaults(
    attrs: Any, where: tuple[str, int | None, list[str | int]], enums: dict[str, Any], spec: Locator
) -> Iterator[Problem]:
    section, index, prefix = where
    for name, attr in _dict(attrs).items():
        if isinstance(attr, dict) and "default" in attr:
            type_ = attr.get("type")
            if not _default_ok(attr["default"], type_, bool(attr.get("nullable")), enums):
                shown = type_ if isinstance(type_, str) else "/".join(f"{k}: {v}" for k, v in _dict(type_).items())
                message = f"default {attr['default']!r} is not a value of the attribute's type ({shown})"
                if attr["default"] is None:
                    message = "default null needs nullable: true"
                yield spec.problem(section, index, [*prefix, name, "default"], message)


def raw_problems(raw: dict[str, Any], files: Sequence[str], spec: Locator) -> list[Problem]:
    """What the JSON Schema cannot check, on the plain data (``files``: each resource's file name)."""
    problems: list[Problem] = []
    enums = _dict(raw.get("enums"))
    for index, (resource, file) in enumerate(zip(raw.get("resources", []), files, strict=False)):
        if not isinstance(resource, dict):
            continue
        stem = file.rsplit("/", 1)[-1].removesuffix(".yaml")
        if isinstance(resource.get("type"), str) and stem not in (resource["type"], resource.get("path")):
            fix = f"rename the file to {resource['type']}.yaml or fix the type"
            message = f"type {resource['type']!r} does not match the file name: {fix}"
            problems.append(spec.problem("resources", index, ["type"], message))
        problems += _query_names(resource, index, spec)
        for part in ("attributes", "meta", "document_meta"):
            problems += _defaults(resource.get(part), ("resources", index, [part]), enums, spec)
    for name, obj in _dict(_dict(raw.get("nested")).get("objects")).items():
        problems += _defaults(
            _dict(obj).get("attributes"), ("nested", None, ["objects", name, "attributes"]), enums, spec
        )
    return problems
