"""Reading collections: ``filter[...]``, ``sort``, ``page[number]``/``page[size]`` and ``include``."""

from __future__ import annotations

import math
import operator as operator_module
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from didww_gen.testing._problems import Problem, error
from didww_gen.testing._spec import Collection
from didww_gen.testing._store import Record, Store

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
_COMPARISONS = {"_gteq": ">=", "_lteq": "<=", "_gt": ">", "_lt": "<", "_contains": "contains"}


@dataclass
class Included:
    """Resources side-loaded by ``include``, and which relationships show their linkage."""

    records: list[Record] = field(default_factory=list)
    linkage: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def shown(self, record: Record) -> set[str]:
        return self.linkage.get((record["type"], record["id"]), set())


def include_paths(collection: Collection, value: str | None) -> list[str]:
    """The include paths asked for; a path the API does not document is a 400, as JSON:API requires."""
    paths = [p for p in (value or "").split(",") if p]
    for path in paths:
        if path not in collection.includes:
            allowed = ", ".join(collection.includes) or "none"
            raise Problem(
                400,
                [
                    error(
                        400,
                        "Invalid include",
                        f"{path} is not a valid includable relationship of {collection.type} (allowed: {allowed})",
                        "112",
                    )
                ],
            )
    return paths


def resolve_includes(store: Store, primary: list[Record], paths: list[str]) -> Included:
    included = Included()
    seen = {(r["type"], r["id"]) for r in primary}
    for path in paths:
        current = primary
        for segment in path.split("."):
            following: list[Record] = []
            for record in current:
                included.linkage.setdefault((record["type"], record["id"]), set()).add(segment)
                following.extend(store.related(record, segment))
            for record in following:
                if (record["type"], record["id"]) not in seen:
                    seen.add((record["type"], record["id"]))
                    included.records.append(record)
            current = following
    return included


# -- filters ----------------------------------------------------------------------------------
def filter_params(collection: Collection, query: Mapping[str, str]) -> dict[str, list[str]]:
    found = {}
    for key, value in query.items():
        if key.startswith("filter[") and key.endswith("]"):
            name = key[7:-1]
            if name not in collection.filters:
                allowed = ", ".join(collection.filters) or "none"
                raise Problem(
                    400, [error(400, "Filter not allowed", f"{name} is not allowed (filters: {allowed}).", "102")]
                )
            found[name] = value.split(",")
    return found


def _text(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _values(store: Store, record: Record, path: list[str]) -> Iterator[Any]:
    """The values at a dotted path: relationship hops then an attribute (or ``id``)."""
    head, rest = path[0], path[1:]
    if head == "meta" and len(rest) == 1:
        head, rest, source = rest[0], [], record.get("meta") or {}
    else:
        source = record["attributes"] if head in record["attributes"] else record.get("meta") or {}
    if not rest:
        value = record["id"] if head == "id" else source.get(head)
        yield from (value if isinstance(value, list) else [value])
        return
    collections = store.schema.collections
    collection = collections[record["type"]]
    if head in collection.relationships:
        for related in store.related(record, head):
            yield from _values(store, related, rest)
        return
    for name in collection.relationships:  # one hop further: dids' country.id is the did group's country
        for related in store.related(record, name):
            if head in collections[related["type"]].relationships:
                yield from _values(store, related, path)


def _matches(store: Store, record: Record, name: str, wanted: list[str]) -> bool:
    operator = "="
    for suffix, op in _COMPARISONS.items():
        if name.endswith(suffix):
            name, operator = name[: -len(suffix)], op
            break
    values = [v for v in _values(store, record, name.split(".")) if v is not None]
    if operator == "=":
        return any(_text(v) in wanted for v in values)
    if operator == "contains":
        return any(w.lower() in _text(v).lower() for v in values for w in wanted)
    compare = {">=": operator_module.ge, "<=": operator_module.le, ">": operator_module.gt, "<": operator_module.lt}
    return any(compare[operator](*_comparable(v, wanted[0])) for v in values)


def _comparable(value: Any, bound: str) -> tuple[Any, Any]:
    """Numbers compare as numbers, times as times (ISO text with an offset), the rest as text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return value, float(bound)
        except ValueError:
            pass
    return _text(value).replace("Z", "+00:00"), bound.replace("Z", "+00:00")


def apply_filters(store: Store, records: list[Record], filters: dict[str, list[str]]) -> list[Record]:
    for name, wanted in filters.items():
        records = [r for r in records if _matches(store, r, name, wanted)]
    return records


# -- sort and pages ---------------------------------------------------------------------------
def apply_sort(collection: Collection, records: list[Record], value: str | None) -> list[Record]:
    keys = [k for k in (value or "").split(",") if k]
    for key in reversed(keys):
        name = key.lstrip("-")
        if name not in collection.sorts:
            allowed = ", ".join(collection.sorts) or "none"
            raise Problem(
                400,
                [
                    error(
                        400, "Invalid sort criteria", f"{name} is not a valid sort criteria (sorts: {allowed}).", "114"
                    )
                ],
            )

        name = collection.sort_aliases.get(name, name)

        def sort_key(record: Record, name: str = name) -> tuple[bool, str]:
            value = record["id"] if name == "id" else record["attributes"].get(name)
            return (value is not None, _text(value).zfill(20) if isinstance(value, int) else _text(value))

        records = sorted(records, key=sort_key, reverse=key.startswith("-"))
    return records


def _page_number(query: Mapping[str, str], key: str, default: int, maximum: int | None = None) -> int:
    raw = query.get(key)
    if raw is None:
        return default
    if not raw.isdigit() or int(raw) < 1 or (maximum is not None and int(raw) > maximum):
        limit = f" from 1 to {maximum}" if maximum else " of at least 1"
        raise Problem(400, [error(400, "Invalid page value", f"{key} must be an integer{limit}, got {raw!r}.", "118")])
    return int(raw)


@dataclass
class PageOf:
    records: list[Record]
    meta: dict[str, Any]
    links: dict[str, str] | None


def paginate(collection: Collection, records: list[Record], query: Mapping[str, str], self_url: str) -> PageOf:
    if not collection.paginated:
        return PageOf(records, {}, None)
    size = _page_number(query, "page[size]", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    number = _page_number(query, "page[number]", 1)
    last = max(1, math.ceil(len(records) / size))
    others = [(k, v) for k, v in query.items() if not k.startswith("page[")]

    def link(n: int) -> str:
        return f"{self_url}?{urlencode([*others, ('page[number]', str(n)), ('page[size]', str(size))])}"

    links = {"first": link(1)}
    if number > 1:
        links["prev"] = link(min(number - 1, last))
    if number < last:
        links["next"] = link(number + 1)
    links["last"] = link(last)
    return PageOf(records[(number - 1) * size : number * size], {"total_records": len(records)}, links)
