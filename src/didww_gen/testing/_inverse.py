"""Two-way relationships kept in step: a trunk put in a group is among the group's trunks, a DID moved to a
shared capacity group leaves the old one. The pairs come from the store's schema (``FakeSchema.inverses``):
a relationship whose only target type has exactly one relationship back, where neither side has another
relationship to the other."""

from __future__ import annotations

from typing import Any

from didww_gen.testing._store import Record, Store


def _ids(data: Any) -> list[str]:
    return [r["id"] for r in (data if isinstance(data, list) else [data] if data else [])]


def _detach(store: Store, target: Record, name: str, gone: dict[str, str]) -> None:
    data = store.linkage(target, name)
    if isinstance(data, list):
        store.link(target, name, [r for r in data if r != gone])
    elif data == gone:
        store.link(target, name, None)


def _attach(store: Store, target: Record, name: str, added: dict[str, str], back: str) -> None:
    if store.schema.collections[target["type"]].relationships[name].to_many:
        data = list(store.linkage(target, name) or [])
        store.link(target, name, data if added in data else [*data, added])
        return
    previous = store.linkage(target, name)
    store.link(target, name, added)
    if previous and previous != added:  # the target leaves its previous owner
        owner = store.get(previous["type"], previous["id"])
        if owner is not None:
            _detach(store, owner, back, {"type": target["type"], "id": target["id"]})


def relink(store: Store, record: Record, name: str, before: Any, after: Any) -> None:
    """Reflect a change of ``record.name`` from ``before`` to ``after`` on the other side."""
    inverse = store.schema.inverses.get((record["type"], name))
    if inverse is None:
        return
    me = {"type": record["type"], "id": record["id"]}
    target_type = store.schema.collections[record["type"]].relationships[name].targets[0]
    old, new = _ids(before), _ids(after)
    for id in old:
        target = store.get(target_type, id)
        if id not in new and target is not None:
            _detach(store, target, inverse, me)
    for id in new:
        target = store.get(target_type, id)
        if id not in old and target is not None:
            _attach(store, target, inverse, me, name)


def relink_all(store: Store, before: Record | None, after: Record | None) -> None:
    """Reflect a create (``before`` None), an update or a delete (``after`` None) of one record."""
    record = after or before
    assert record is not None
    for name in store.schema.collections[record["type"]].relationships:
        old = store.linkage(before, name) if before else None
        new = store.linkage(after, name) if after else None
        if old != new:
            relink(store, record, name, old, new)
