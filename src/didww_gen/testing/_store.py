"""The fake's state: resource records by type and id, as JSON:API shapes (attributes, linkage).

A record is ``{"id", "type", "attributes": {...}, "relationships": {name: {"data": linkage}}}``;
a relationship whose linkage nobody has revealed is absent (its ``data`` is then null or ``[]``).

A write runs in ``transaction()``: every change made through the store (``put``, ``remove``, ``link``,
``touch`` before an in-place edit) is recorded in an undo log, undone in reverse on failure, so a write
costs the same with ten records stored or ten thousand.
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Any

from didww_gen.errors import DidwwClientError
from didww_gen.testing._answers import complete_record
from didww_gen.testing._spec import FakeSchema

Record = dict[str, Any]


class Store:
    """Every resource the fake holds, in insertion order per type."""

    def __init__(self, schema: FakeSchema) -> None:
        self.schema = schema  # the API version whose resources these are
        self._records: dict[str, dict[str, Record]] = {}
        self.reserved: set[str] = set()  # ids of available DIDs held by a reservation
        self._undo: list[Callable[[], None]] | None = None  # inside a transaction: how to take it back
        self._touched: set[int] = set()  # records whose contents the undo log already holds
        self._indexes: dict[tuple[str, str], dict[Any, set[str]]] = {}  # (type, attribute) -> value -> ids

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All of the changes made inside, or (on an exception) none of them; nested ones join the outer."""
        if self._undo is not None:
            yield
            return
        self._undo, self._touched, reserved = [], set(), set(self.reserved)
        try:
            yield
        except BaseException:
            for step in reversed(self._undo):
                step()
            self.reserved = reserved
            raise
        finally:
            self._undo, self._touched = None, set()

    def touch(self, record: Record) -> None:
        """Call before editing a stored record in place: inside a transaction its contents are saved once."""
        if self._undo is None or id(record) in self._touched:
            return
        self._touched.add(id(record))
        saved = copy.deepcopy(record)

        def restore() -> None:
            record.clear()
            record.update(saved)

        self._undo.append(restore)

    def _log_slot(self, type: str, id: str, removing: bool = False) -> None:
        """Record how to put back what ``type``/``id`` holds now: nothing, or a record at its place."""
        if self._undo is None:
            return
        records = self._records.setdefault(type, {})
        if id not in records:
            self._undo.append(lambda: self._pop(type, id))
            return
        previous = records[id]
        if not removing:  # a replaced value keeps its key's place
            self._undo.append(lambda: self._set(previous))
            return
        position = list(records).index(id)

        def restore() -> None:
            items = list(records.items())
            items.insert(position, (id, previous))
            records.clear()
            records.update(items)
            self._indexed(previous, add=True)

        self._undo.append(restore)

    def _set(self, record: Record) -> None:
        records = self._records.setdefault(record["type"], {})
        old = records.get(record["id"])
        if old is not None:
            self._indexed(old, add=False)
        records[record["id"]] = record
        self._indexed(record, add=True)

    def _pop(self, type: str, id: str) -> None:
        old = self._records.get(type, {}).pop(id, None)
        if old is not None:
            self._indexed(old, add=False)

    def _indexed(self, record: Record, *, add: bool) -> None:
        for (type, attribute), index in self._indexes.items():
            if type == record["type"]:
                ids = index.setdefault(record["attributes"].get(attribute), set())
                if add:
                    ids.add(record["id"])
                else:
                    ids.discard(record["id"])

    def having(self, type: str, attribute: str, value: Any) -> list[Record]:
        """The records of ``type`` whose ``attribute`` is ``value``, through an index (made on first use).

        Indexed attributes change only by ``put`` (a new record), never in place."""
        index = self._indexes.get((type, attribute))
        if index is None:
            index = self._indexes[(type, attribute)] = {}
            for record in self.all(type):
                index.setdefault(record["attributes"].get(attribute), set()).add(record["id"])
        records = self._records.get(type, {})
        return [records[id] for id in index.get(value, ()) if id in records]

    @classmethod
    def seeded(cls, schema: FakeSchema, seed: str) -> Store:
        """``reference``: the resources of the reference's examples (those of types and with attributes the
        version has); ``empty``: nothing but a zero balance."""
        store = cls(schema)
        if seed == "reference":
            for type, records in _seed_resources(schema).items():
                for record in records if type in schema.collections else ():
                    store.put(schema.fit(record))  # freshly parsed: nobody else holds it
            for reservation in store.all("did_reservations"):
                store.reserved.update(r["id"] for r in store.related(reservation, "available_did"))
        elif seed != "empty":
            raise DidwwClientError(f"seed must be 'reference' or 'empty', got {seed!r}")
        return store

    def put(self, record: Record) -> Record:
        """Store a record, its attributes completed with what the API answers (``_answers``)."""
        record.setdefault("attributes", {})
        record.setdefault("relationships", {})
        complete_record(self.schema, record)
        self._log_slot(record["type"], record["id"])
        self._set(record)
        return record

    def get(self, type: str, id: str) -> Record | None:
        return self._records.get(type, {}).get(id)

    def remove(self, type: str, id: str) -> None:
        if id not in self._records.get(type, {}):
            raise KeyError(f"{type}/{id}")
        self._log_slot(type, id, removing=True)
        self._pop(type, id)

    def all(self, type: str) -> list[Record]:
        return list(self._records.get(type, {}).values())

    def linkage(self, record: Record, name: str) -> Any:
        """The relationship's data: None / a resource identifier / a list; None when unknown."""
        return record["relationships"].get(name, {}).get("data")

    def link(self, record: Record, name: str, data: Any) -> None:
        self.touch(record)
        record["relationships"][name] = {"data": data}

    def related(self, record: Record, name: str) -> Iterator[Record]:
        """The records a relationship points to (those the fake holds)."""
        data = self.linkage(record, name)
        for ref in data if isinstance(data, list) else [data] if data else []:
            found = self.get(ref["type"], ref["id"])
            if found is not None:
                yield found

    def referrers(self, type: str, name: str, target: Record) -> Iterator[Record]:
        """Records of ``type`` whose relationship ``name`` points at ``target``."""
        for record in self.all(type):
            if any(r is target for r in self.related(record, name)):
                yield record


def _seed_resources(schema: FakeSchema) -> dict[str, list[Record]]:
    """The reference seed of the schema's version: ``_seed.json`` in its ``seed_package``."""
    try:
        text = resources.files(schema.seed_package).joinpath("_seed.json").read_text(encoding="utf-8")
    except (ImportError, OSError, TypeError, ValueError):  # no such package, not a package, no file
        raise DidwwClientError(
            f"no reference seed for API {schema.version}: package {schema.seed_package!r} has no _seed.json "
            "(run make seed, or use seed='empty')"
        ) from None
    found: dict[str, list[Record]] = json.loads(text)["resources"]
    return found
