"""Command line input checked against the version's table before anything is sent.

``--filter KEY=VALUE``, ``--include PATH`` and ``--sort FIELD`` must be ones the API documents; ``--set
KEY=VALUE`` is parsed by the field's kind (``null`` for nullable fields, enum members by value, relationships
by id) and ``--json FILE|-`` takes a flat object of the same keys. Every refusal names the allowed values.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from didww_gen._kinds import kind_named
from didww_gen.cli._errors import UsageProblem
from didww_gen.cli._table import Collection, Field, Table

MASK = "***"
SHOWN = 12
"""How many allowed values a message lists before it says how many more there are."""


def listed(values: Iterable[object]) -> str:
    shown = [str(v) for v in values]
    more = f" (and {len(shown) - SHOWN} more)" if len(shown) > SHOWN else ""
    return ", ".join(shown[:SHOWN]) + more if shown else "none"


def split_pair(text: str, option: str) -> tuple[str, str]:
    key, equals, value = text.partition("=")
    if not equals or not key.strip():
        raise UsageProblem(f"{option} takes KEY=VALUE, got {text!r}")
    return key.strip(), value


def _scalar(table: Table, kind: str, value: str, what: str) -> Any:
    """One text value as the kind's Python value (enums by value; nested objects as JSON)."""
    if kind.startswith("enum:"):
        allowed = table.enum_values(kind)
        if value not in allowed:
            raise UsageProblem(f"{what}: {value!r} is not one of {listed(allowed)}")
        return int(value) if value.lstrip("-").isdigit() else value
    if kind == "nested" or kind.startswith("nested:"):
        return _json_value(value, what)
    declared = kind_named(kind)
    if declared is None or declared.cli_parse is None:
        return value
    try:
        return declared.cli_parse(value)
    except ValueError as exc:
        raise UsageProblem(f"{what} {exc}") from None


def _json_value(value: str, what: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        raise UsageProblem(f'{what} takes a JSON value here, e.g. \'{{"key": "value"}}\'; got {value!r}') from None


def parse_filters(table: Table, collection: Collection, given: Sequence[str]) -> dict[str, str | list[str]]:
    """``--filter`` options as the query's filter mapping; an array filter's values (comma-separated, or its key
    repeated) as a list, each value checked on its own by the SDK too (an enum filter's)."""
    found: dict[str, str | list[str]] = {}
    for text in given:
        key, value = split_pair(text, "--filter")
        if key not in collection.filters:
            raise UsageProblem(
                f"--filter: {collection.command} has no filter {key!r}; filters: {listed(collection.filters)}"
            )
        kind, array = collection.filters[key]
        parts = value.split(",") if array else [value]
        declared = kind_named(kind)
        checked = declared is None or declared.cli_checks_filter  # dates: as the API reads them
        for part in parts if checked else ():
            _scalar(table, kind, part, f"--filter {key}")
        if key in found and not array:
            raise UsageProblem(f"--filter {key} takes one value (given twice)")
        if array:
            found[key] = [*found.get(key, []), *parts]
        else:
            found[key] = value
    return found


def check_includes(collection: Collection, given: Sequence[str]) -> list[str]:
    for path in given:
        if path not in collection.includes:
            raise UsageProblem(
                f"--include: {collection.command} cannot include {path!r}; includes: {listed(collection.includes)}"
            )
    return list(given)


def check_sorts(collection: Collection, given: Sequence[str]) -> list[str]:
    for field in given:
        if field.removeprefix("-") not in collection.sorts:
            raise UsageProblem(
                f"--sort: {collection.command} cannot sort by {field!r}; sorts (prefix - for descending): "
                f"{listed(collection.sorts)}"
            )
    return list(given)


def _writable(collection: Collection, operation: str, key: str) -> Field:
    fields = collection.fields
    field = fields.get(key)
    writable = collection.writable(operation)
    if field is None:
        raise UsageProblem(f"{collection.command} has no field {key!r}; {operation} sets: {listed(writable)}")
    if key not in writable:
        why = "read-only" if field.access == "read-only" else f"{field.access}, not sent on {operation}"
        raise UsageProblem(f"{collection.command} {key} is {why}; {operation} sets: {listed(writable)}")
    return field


def _relationship(field: Field, value: Any, what: str) -> Any:
    """A relationship value as (type, id) pairs: an id, ``type:id`` where several types are possible,
    a JSON:API identifier object, ``null``; to-many: a list or comma-separated ids."""
    if value is None:
        if field.to_many:
            raise UsageProblem(f"{what} is a to-many relationship: send [] (or an empty value) to clear it")
        return None
    if field.to_many:
        items = value if isinstance(value, list) else [v for v in str(value).split(",") if v]
        return [_identifier(field, item, what) for item in items]
    return _identifier(field, value, what)


def _identifier(field: Field, value: Any, what: str) -> tuple[str, str]:
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        kind = value.get("type", field.targets[0] if len(field.targets) == 1 else None)
        value = f"{kind}:{value['id']}"
    if not isinstance(value, str) or not value:
        raise UsageProblem(f"{what} takes an id, got {value!r}")
    kind, _, id = value.rpartition(":") if len(field.targets) > 1 else ("", "", value)
    if len(field.targets) > 1 and kind not in field.targets:
        raise UsageProblem(f"{what} takes TYPE:ID, TYPE one of {listed(field.targets)}; got {value!r}")
    return (kind or field.targets[0], id)


def field_value(table: Table, field: Field, raw: Any, what: str, from_text: bool) -> Any:
    """A value of ``field`` (text from ``--set``, or a JSON value from ``--json``) as the model takes it."""
    if field.is_relationship:
        if from_text:
            raw = None if raw == "null" else [] if raw in ("", "[]") and field.to_many else raw
        return _relationship(field, raw, what)
    if raw is None or (from_text and raw == "null"):
        if not field.nullable:
            raise UsageProblem(f"{what} cannot be null")
        return None
    if field.kind.startswith("list:"):
        item, item_text = field.kind.removeprefix("list:"), False
        if from_text:
            text = raw.strip()
            item_text = not text.startswith("[")
            raw = [v for v in text.split(",") if v] if item_text else _json_value(text, what)
        if not isinstance(raw, list):
            raise UsageProblem(f"{what} takes a list (JSON array, or comma-separated values)")
        return [_typed(table, item, v, what, item_text) for v in raw]
    return _typed(table, field.kind, raw, what, from_text)


def _typed(table: Table, kind: str, raw: Any, what: str, from_text: bool) -> Any:
    """A text value parsed by its kind; a JSON value checked (enums) or converted (decimals)."""
    if from_text:
        return _scalar(table, kind, raw, what)
    if kind.startswith("enum:"):
        _scalar(table, kind, str(raw), what)
        return raw
    declared = kind_named(kind)
    if declared is None or declared.cli_json is None:
        return raw
    try:
        return declared.cli_json(raw)
    except ValueError as exc:
        raise UsageProblem(f"{what} {exc}") from None


def parse_values(
    table: Table, collection: Collection, operation: str, sets: Sequence[str], document: dict[str, Any]
) -> dict[str, Any]:
    """``--json`` then ``--set`` (which wins) as {field: value}; relationships as (type, id) pairs."""
    values: dict[str, Any] = {}
    for key, raw in document.items():
        field = _writable(collection, operation, key)
        values[key] = field_value(table, field, raw, f"--json {key}", from_text=False)
    for text in sets:
        key, raw = split_pair(text, "--set")
        field = _writable(collection, operation, key)
        values[key] = field_value(table, field, raw, f"--set {key}", from_text=True)
    for key, value in values.items():
        if _masked(value):
            raise UsageProblem(
                f"{key} holds {MASK!r}, the mask of a secret in didww's output: set the real value, or leave the "
                "field out (--reveal-secrets shows secrets in clear)"
            )
    return values


def _masked(value: Any) -> bool:
    """Whether a value is, or holds, the output's mask of a secret (sending it would overwrite the secret)."""
    if isinstance(value, dict):
        return any(_masked(v) for v in value.values())
    if isinstance(value, list):
        return any(_masked(v) for v in value)
    return isinstance(value, str) and value == MASK


def read_document(source: str | None, collection: Collection, id: str | None) -> dict[str, Any]:
    """``--json FILE|-``: a flat object (``id`` and ``type``, when present, must be this resource's)."""
    if source is None:
        return {}
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageProblem(f"--json: cannot read {source}: {exc.strerror}") from None
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise UsageProblem(f"--json: {source} is not JSON ({exc})") from None
    if isinstance(document, dict) and isinstance(document.get("data"), dict):  # a JSON:API document
        data = document["data"]
        document = {"id": data.get("id"), "type": data.get("type"), **(data.get("attributes") or {})}
        for name, linkage in (data.get("relationships") or {}).items():
            document[name] = linkage.get("data") if isinstance(linkage, dict) else linkage
    if not isinstance(document, dict):
        raise UsageProblem(f"--json: {source} must hold one JSON object (field: value)")
    if document.get("type", collection.type) not in (collection.type, None):
        raise UsageProblem(f"--json: type {document['type']!r} is not {collection.type!r}")
    if document.get("id") is not None and id is not None and document["id"] != id:
        raise UsageProblem(f"--json: id {document['id']!r} differs from the ID argument {id!r}")
    return {k: v for k, v in document.items() if k not in ("id", "type")}
