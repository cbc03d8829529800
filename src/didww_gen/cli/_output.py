"""Output formats: ``table`` (rich, the default on a terminal), ``json`` (the default otherwise), ``jsonl``
(one object per line, written as pages arrive) and ``csv`` (with a header).

Every format shows the same flat objects: ``id``, ``type``, the attributes the server returned (wire names)
and each loaded relationship's id or ids. Secret values are masked unless ``--reveal-secrets``.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from typing import IO, Any

from didww_gen._kinds import to_json
from didww_gen.cli._table import Collection

FORMATS = ("table", "json", "jsonl", "csv")
MASK = "***"


def default_format(stream: IO[str]) -> str:
    return "table" if stream.isatty() else "json"


def _plain(value: Any, reveal: bool) -> Any:
    """A model value as JSON (enums by value, each kind's values as the kind sends them: decimals as text,
    datetimes in ISO 8601 UTC)."""
    if isinstance(value, list):
        return [_plain(v, reveal) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v, reveal) for k, v in value.items()}
    specs = getattr(type(value), "__attributes__", None)
    if isinstance(specs, dict):  # a nested object
        return _nested(value, specs, reveal)
    return to_json(value)


def _nested(value: Any, specs: dict[str, Any], reveal: bool) -> dict[str, Any]:
    """A nested object as sent on the wire, flat (``type`` first where it has one); what was never set left out."""
    kind = getattr(type(value), "WIRE_TYPE", None)
    found: dict[str, Any] = {"type": kind} if kind else {}
    for name, spec in specs.items():
        if name in value.model_fields_set:
            held = value.__dict__.get(name)
            found[spec.wire] = MASK if spec.secret and held is not None and not reveal else _plain(held, reveal)
    return found


def _related_id(value: Any) -> Any:
    return value.__dict__.get("id") if value is not None else None


def flat(model: Any, collection: Collection, reveal: bool) -> dict[str, Any]:
    """One resource as a flat object; fields the answer did not carry are left out."""
    values, loaded = model.__dict__, model.model_fields_set
    row: dict[str, Any] = {"id": values.get("id"), "type": collection.type}
    for name, field in collection.fields.items():
        key = field.python
        if key not in loaded and values.get(key) is None:
            continue
        value = values.get(key)
        if field.is_relationship:
            row[name] = [_related_id(v) for v in value or ()] if field.to_many else _related_id(value)
        elif field.secret and value is not None and not reveal:
            row[name] = MASK
        else:
            row[name] = _plain(value, reveal)
    return row


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def header(collection: Collection) -> list[str]:
    return ["id", "type", *collection.fields]


class Writer:
    """Writes rows in one format; ``rows`` may be called once per page (``jsonl`` and ``csv`` stream)."""

    def __init__(self, fmt: str, collection: Collection, out: IO[str] | None = None, single: bool = False) -> None:
        self.fmt, self.collection, self.single = fmt, collection, single
        self.out = out or sys.stdout
        self.kept: list[dict[str, Any]] = []
        self.csv: Any = None

    def rows(self, rows: Iterable[dict[str, Any]]) -> None:
        if self.fmt == "jsonl":
            for row in rows:
                self.out.write(json.dumps(row) + "\n")
        elif self.fmt == "csv":
            if self.csv is None:
                self.csv = csv.DictWriter(self.out, header(self.collection), extrasaction="ignore", lineterminator="\n")
                self.csv.writeheader()
            self.csv.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
        else:
            self.kept.extend(rows)
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            shown: Any = self.kept[0] if self.single and self.kept else self.kept
            self.out.write(json.dumps(shown, indent=2) + "\n")
        elif self.fmt == "table":
            self._table()
        self.out.flush()

    def _table(self) -> None:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        console = Console(file=self.out)
        if self.single and self.kept:
            table = Table("field", "value", show_header=False, box=None)
            for key, value in self.kept[0].items():
                table.add_row(Text(key), Text(_cell(value)))
        else:
            columns = ["id", *self.collection.columns]
            table = Table(*columns)
            widest = max((len(str(row.get("id") or "")) for row in self.kept), default=2)
            table.columns[0].min_width, table.columns[0].no_wrap = widest, True  # ids are what the next command takes
            for row in self.kept:
                table.add_row(*(Text(_cell(row.get(c))) for c in columns))
            if not self.kept:
                console.print(f"no {self.collection.command}", style="dim")
                return
        console.print(table)
