"""The fake's state: resource records by type and id, as JSON:API shapes (attributes, linkage).

A record is ``{"id", "type", "attributes": {...}, "relationships": {name: {"data": linkage}}}``;
a relationship whose linkage nobody has revealed is absent (its ``data`` is then null or ``[]``).
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

from didww_gen.errors import DidwwClientError

Record = dict[str, Any]


class Store:
    """Every resource the fake holds, in insertion order per type."""

    def __init__(self) -> None:
        self._records: dict[str, dict[str, Record]] = {}
        self.reserved: set[str] = set()  # ids of available DIDs held by a reservation

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All of the changes made inside, or (on an exception) none of them."""
        saved, reserved = copy.deepcopy(self._records), set(self.reserved)
        try:
            yield
        except BaseException:
            self._records, self.reserved = saved, reserved
            raise

    @classmethod
    def seeded(cls, seed: str) -> Store:
        """``reference``: the resources of the reference's examples; ``empty``: nothing but a zero balance."""
        store = cls()
        if seed == "reference":
            text = resources.files("didww_gen.testing").joinpath("_seed.json").read_text(encoding="utf-8")
            for records in json.loads(text)["resources"].values():
                for record in records:
                    store.put(copy.deepcopy(record))
            for reservation in store.all("did_reservations"):
                store.reserved.update(r["id"] for r in store.related(reservation, "available_did"))
        elif seed != "empty":
            raise DidwwClientError(f"seed must be 'reference' or 'empty', got {seed!r}")
        return store

    def put(self, record: Record) -> Record:
        record.setdefault("attributes", {})
        record.setdefault("relationships", {})
        self._records.setdefault(record["type"], {})[record["id"]] = record
        return record

    def get(self, type: str, id: str) -> Record | None:
        return self._records.get(type, {}).get(id)

    def remove(self, type: str, id: str) -> None:
        del self._records[type][id]

    def all(self, type: str) -> list[Record]:
        return list(self._records.get(type, {}).values())

    def linkage(self, record: Record, name: str) -> Any:
        """The relationship's data: None / a resource identifier / a list; None when unknown."""
        return record["relationships"].get(name, {}).get("data")

    def link(self, record: Record, name: str, data: Any) -> None:
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
