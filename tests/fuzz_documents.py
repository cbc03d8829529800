"""Helpers of the malformed-documents fuzz suite (``test_fuzz_documents.py``).

``CORPUS``: one valid document per repository operation that reads (``list`` and ``find`` of every repository),
answered by the stateful fake (``didww_gen.testing.FakeDidww``) with every relationship it can include. ``run``
sends a body through that repository on an ``httpx.MockTransport`` and touches everything the result offers
(every field, ``repr``, ``model_dump``), classifying the outcome: a result, an SDK error, an escape (any other
exception) or a hang. ``STATS`` counts them for the summary the suite prints.
"""

from __future__ import annotations

import inspect
import json
import signal
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

import httpx

from didww_gen._model import Resource
from didww_gen.errors import DidwwError
from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.models import MODELS
from didww_gen.v2026_04_16.testing import FakeDidww

BASE = "https://didww.fake/v3"
HANG_SECONDS = 30  # one input taking longer than this is a hang (a guard, not a speed measure)
STATS: Counter[str] = Counter()


class Case:
    """One read operation of one repository and a valid document it is answered with."""

    __slots__ = ("body", "model", "operation", "repository")

    def __init__(self, repository: str, operation: str, model: type[Resource], body: bytes) -> None:
        self.repository = repository
        self.operation = operation  # "list", "find" (by id) or "find()" (a singleton)
        self.model = model
        self.body = body

    @property
    def raw(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(self.body)
        return document

    def __repr__(self) -> str:
        return f"{self.repository}.{self.operation}"


def _get(fake: FakeDidww, path: str, include: list[str] | None = None) -> tuple[int, bytes]:
    query = f"?include={','.join(include)}" if include else ""
    status, _, body = fake.handle("GET", f"{BASE}/{path}{query}", {"Api-Key": "fuzz"}, b"")
    return status, body


def _includable(fake: FakeDidww, path: str, model: type[Resource]) -> list[str]:
    return [name for name in model.__relationships__ if _get(fake, path, [name])[0] == 200]


def _cases() -> Iterator[Case]:
    fake = FakeDidww(random_seed=15)
    client = fake.client()
    for name, member in vars(DidwwClient).items():
        if not isinstance(member, cached_property):
            continue
        repository = getattr(client, name)
        model, path = repository._model, repository._path
        include = _includable(fake, path, model)
        status, listed = _get(fake, path, include)
        if hasattr(repository, "list") and status == 200:
            yield Case(name, "list", model, listed)
        if not hasattr(repository, "find"):
            continue
        if "id" not in inspect.signature(repository.find).parameters:
            yield Case(name, "find()", model, listed)
            continue
        first = json.loads(listed)["data"][0]["id"] if status == 200 and json.loads(listed)["data"] else None
        if first is not None:
            found_status, found = _get(fake, f"{path}/{first}", include)
            if found_status == 200:
                yield Case(name, "find", model, found)


CORPUS: list[Case] = list(_cases())


def client_answering(body: bytes, headers: dict[str, str] | None = None) -> DidwwClient:
    """A client whose every request is answered 200 with ``body`` (as bytes on the wire)."""

    def answer(request: httpx.Request) -> httpx.Response:
        sent = {"Content-Type": "application/vnd.api+json", **(headers or {})}
        return httpx.Response(200, stream=httpx.ByteStream(body), headers=sent)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return DidwwClient(api_key="fuzz-key", base_url=BASE, http_client=http, max_retries=0)


def read(case: Case, body: bytes, headers: dict[str, str] | None = None) -> list[Any]:
    """``body`` read through the case's repository: the models of the answer (primary, then included)."""
    with client_answering(body, headers) as client:
        repository = getattr(client, case.repository)
        if case.operation == "list":
            page = repository.list()
            return [*page.data, *page.included]
        if case.operation == "find()":
            return [repository.find()]
        return [repository.find("fuzz-id")]


def touch(models: list[Any]) -> None:
    """Everything a user may do with a decoded model: read every field, repr, dump (SDK errors allowed)."""
    for model in models:
        repr(model)
        if not isinstance(model, Resource):
            continue
        for name in type(model).model_fields:
            try:
                getattr(model, name)
            except DidwwError:
                STATS["unreadable fields"] += 1
        model.model_dump()
        model.model_dump_json()


class Hang(Exception):
    """One input took longer than ``HANG_SECONDS``."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise Hang(f"no outcome after {HANG_SECONDS} s")


def run(
    case: Case, body: bytes, headers: dict[str, str] | None = None, *, check: Callable[[list[Any]], None] | None = None
) -> str:
    """Send ``body`` through ``case`` and classify the outcome ("ok" or "sdk error"); an escape or a hang is
    counted, then raised as an ``AssertionError`` naming the case and the exception."""
    STATS["inputs tried"] += 1
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        models = read(case, body, headers)
        touch(models)
        if check is not None:
            check(models)
        outcome = "ok"
    except DidwwError:
        outcome = "sdk error"
    except Hang as exc:
        STATS["hangs"] += 1
        raise AssertionError(f"{case!r}: {exc}") from None
    except AssertionError:
        raise
    except Exception as exc:
        STATS["escapes"] += 1
        raise AssertionError(f"{case!r}: {type(exc).__name__} escaped:\n{traceback.format_exc()}") from exc
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    STATS[outcome] += 1
    return outcome


def cycles() -> list[tuple[str, str, str, str]]:
    """(type A, relationship of A to B, type B, relationship of B back to A): include graphs with a cycle."""
    return [
        (a, r, b, s)
        for a, first in MODELS.items()
        for r, spec in first.__relationships__.items()
        for b in spec.targets
        if b in MODELS
        for s, back in MODELS[b].__relationships__.items()
        if a in back.targets
    ]


def linkage(kind: str, id: str, to_many: bool) -> dict[str, Any]:
    one = {"type": kind, "id": id}
    return {"data": [one] if to_many else one}


def summary() -> str:
    counts = ", ".join(f"{key} {STATS[key]}" for key in ("inputs tried", "ok", "sdk error", "unreadable fields"))
    return f"fuzz documents: {counts}; escapes {STATS['escapes']}, hangs {STATS['hangs']}"


Where = tuple[Any, ...]
"""A place in a JSON tree: keys and indexes from the root."""


def places(value: Any, prefix: Where = ()) -> Iterator[Where]:
    """Every place in a JSON tree (keys and indexes from the root)."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        yield (*prefix, key)
        yield from places(child, (*prefix, key))


def replaced(document: Any, where: Where, value: Any) -> Any:
    """A copy of ``document`` with the value at ``where`` replaced (``...``: removed)."""
    copy = json.loads(json.dumps(document))
    parent = copy
    for key in where[:-1]:
        parent = parent[key]
    if value is ...:
        del parent[where[-1]]
    else:
        parent[where[-1]] = value
    return copy
