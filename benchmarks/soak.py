"""``make soak``: many concurrent calls through the loopback fake with injected failures, then reconciliation.

``python -m benchmarks.soak [--threads 8] [--tasks 50] [--calls 40] [--fail-rate 0.2] [--seed 15]``: a
``FakeDidww(fail_rate=...)`` serves on loopback (``FakeDidww.serve()``); ``--threads`` threads share one
``DidwwClient`` while ``--tasks`` asyncio tasks share one ``AsyncDidwwClient``, each making ``--calls`` calls:
creates (a voice-in trunk with a name used once), reads (``list``, ``find``), updates and deletes of what it
created. The fake answers a share of all requests with a 500 before doing anything; the clients retry what is
safe to retry. Then every outcome the callers saw is reconciled with the fake's store:

- every create reported successful exists exactly once (``duplicates`` and ``lost`` are 0),
- nothing exists for a create reported failed (``created after a failure`` is 0),
- a delete reported successful left nothing behind.

Then the async cancellation storm: ``--cancel-calls`` ``balance.find()`` calls from ``--cancel-tasks`` concurrent
tasks sharing one ``AsyncDidwwClient`` on a second loopback fake (no injected failures), each call cancelled at a
random point by ``asyncio.wait_for`` (a timeout of 0.1 to 5 ms), ``task.cancel()`` or an anyio cancel scope (after
0 to 60 event-loop turns). It reports the calls, how many were cancelled in flight, the connections left busy
(neither idle nor closed) and the requests the pool still holds (both must be 0), and how long the next call takes.

It prints the counts and exits 1 when a check fails or an exception other than the SDK's escaped. Not part of
``make test`` (it runs for about a minute on two cores).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from benchmarks.cancellation import CANCEL_STYLES, busy, cancelled_call
from didww_gen import AsyncDidwwClient, DidwwClient
from didww_gen.errors import DidwwError
from didww_gen.models import SipConfiguration, VoiceInTrunk
from didww_gen.testing import FakeDidww

KINDS = ("create", "create", "list", "find", "update", "delete")  # what a worker's next call is, drawn from these


@dataclass
class Ledger:
    """What the callers saw: counts, and the trunk names whose create or delete was reported done or failed."""

    counts: Counter[str] = field(default_factory=Counter)
    created: dict[str, str] = field(default_factory=dict)  # name -> id, create reported successful
    failed_creates: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)  # names, delete reported successful
    escapes: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, outcome: str, name: str = "", id: str = "") -> None:
        with self.lock:
            self.counts["tried"] += 1
            self.counts[outcome] += 1
            self.counts[f"{kind} {outcome}"] += 1
            if kind == "create" and outcome == "ok":
                self.created[name] = id
            elif kind == "create":
                self.failed_creates.add(name)
            elif kind == "delete" and outcome == "ok":
                self.deleted.add(name)


class Worker:
    """One caller's plan: a seeded sequence of calls over the trunks it created itself."""

    def __init__(self, label: str, seed: int, ledger: Ledger) -> None:
        self.label = label
        self.rng = random.Random(seed)
        self.ledger = ledger
        self.mine: dict[str, str] = {}  # name -> id of the trunks this worker created and has not deleted
        self.serial = 0

    def next_call(self) -> tuple[str, str, str]:
        """(kind, trunk name, trunk id) of the next call; a create when there is nothing to act on."""
        kind = self.rng.choice(KINDS)
        if kind in ("find", "update", "delete") and not self.mine:
            kind = "create"
        if kind == "create":
            self.serial += 1
            return kind, f"soak-{self.label}-{self.serial}", ""
        if kind == "list":
            return kind, "", ""
        name = self.rng.choice(sorted(self.mine))
        return kind, name, self.mine[name]

    def done(self, kind: str, name: str, id: str, result: Any) -> None:
        if kind == "create":
            self.mine[name] = result.id
        elif kind == "delete":
            del self.mine[name]
        self.ledger.record(kind, "ok", name, result.id if kind == "create" else id)

    def failed(self, kind: str, name: str, exc: BaseException) -> None:
        if isinstance(exc, DidwwError):
            if kind == "delete":
                self.mine.pop(name, None)  # its outcome is unknown: the reconciliation does not judge it
            self.ledger.record(kind, "failed", name)
        else:
            with self.ledger.lock:
                self.ledger.escapes.append(f"{self.label} {kind}: {type(exc).__name__}: {exc}")
            self.ledger.record(kind, "escaped", name)


def _trunk(name: str) -> VoiceInTrunk:
    return VoiceInTrunk(name=name, configuration=SipConfiguration(host="sip.example.com"))


def _call(client: DidwwClient, kind: str, name: str, id: str) -> Any:
    trunks = client.voice_in_trunks
    if kind == "create":
        return trunks.create(_trunk(name))
    if kind == "list":
        return trunks.list(page_size=5)
    if kind == "find":
        return trunks.find(id)
    if kind == "update":
        trunk = VoiceInTrunk.ref(id)
        trunk.description = f"soaked {time.monotonic():.3f}"
        return trunks.update(trunk)
    return trunks.delete(id)


async def _acall(client: AsyncDidwwClient, kind: str, name: str, id: str) -> Any:
    trunks = client.voice_in_trunks
    if kind == "create":
        return await trunks.create(_trunk(name))
    if kind == "list":
        return await trunks.list(page_size=5)
    if kind == "find":
        return await trunks.find(id)
    if kind == "update":
        trunk = VoiceInTrunk.ref(id)
        trunk.description = f"soaked {time.monotonic():.3f}"
        return await trunks.update(trunk)
    return await trunks.delete(id)


def _thread(client: DidwwClient, worker: Worker, calls: int) -> None:
    for _ in range(calls):
        kind, name, id = worker.next_call()
        try:
            worker.done(kind, name, id, _call(client, kind, name, id))
        except Exception as exc:
            worker.failed(kind, name, exc)


async def _task(client: AsyncDidwwClient, worker: Worker, calls: int) -> None:
    for _ in range(calls):
        kind, name, id = worker.next_call()
        try:
            worker.done(kind, name, id, await _acall(client, kind, name, id))
        except Exception as exc:
            worker.failed(kind, name, exc)


async def _tasks(base_url: str, workers: list[Worker], calls: int) -> None:
    async with AsyncDidwwClient(api_key="soak", base_url=base_url, max_retries=3) as client:
        await asyncio.gather(*(_task(client, w, calls) for w in workers))


def reconcile(fake: FakeDidww, ledger: Ledger) -> Counter[str]:
    """The store against what the callers saw (trunks named ``soak-*`` only)."""
    stored = Counter(
        r["attributes"].get("name") for r in fake.store.all("voice_in_trunks") if str(r["attributes"].get("name", ""))
    )
    result: Counter[str] = Counter()
    for name in ledger.created:
        if name in ledger.deleted:
            result["deleted, gone" if stored[name] == 0 else "deleted, still there"] += 1
        elif stored[name] == 1:
            result["present once"] += 1
        elif stored[name] == 0:
            result["lost"] += 1
    result["reconciled"] = result["present once"] + result["deleted, gone"]
    result["duplicates"] = sum(1 for name, n in stored.items() if str(name).startswith("soak-") and n > 1)
    result["created after a failure"] = sum(1 for name in ledger.failed_creates if stored[name] > 0)
    result.setdefault("lost", 0)
    result.setdefault("deleted, still there", 0)
    return result


async def cancellation_storm(base_url: str, calls: int, tasks: int, seed: int) -> Counter[str]:
    """The storm's counts: calls, cancelled, served, escaped, busy connections, held requests, next call (ms)."""
    result: Counter[str] = Counter()
    async with AsyncDidwwClient(api_key="soak", base_url=base_url) as client:

        async def caller(n: int) -> None:
            rng = random.Random(seed + n)
            for i in range(n, calls, tasks):
                result["calls"] += 1
                try:
                    cancelled = await cancelled_call(client.balance.find, CANCEL_STYLES[i % len(CANCEL_STYLES)], rng)
                except DidwwError:
                    cancelled = False
                    result["failed"] += 1
                except Exception:
                    cancelled = False
                    result["escaped"] += 1
                result["cancelled" if cancelled else "served"] += 1

        await asyncio.gather(*(caller(n) for n in range(tasks)))
        result["busy connections"], result["held requests"] = busy(client)
        started = time.perf_counter()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(client.balance.find(), 30)
            result["next call us"] = max(1, round((time.perf_counter() - started) * 1e6))
            times = []
            for _ in range(20):  # the calls after it, for comparison
                started = time.perf_counter()
                await asyncio.wait_for(client.balance.find(), 30)
                times.append(time.perf_counter() - started)
            result["then median us"] = round(sorted(times)[len(times) // 2] * 1e6)
    return result


def _print_storm(storm: Counter[str], seconds: float, tasks: int) -> None:
    next_call = (
        f"{storm['next call us'] / 1000:.1f} ms (the 20 after it: median {storm['then median us'] / 1000:.1f} ms)"
        if storm["next call us"]
        else "did not answer in 30 s"
    )
    print(
        f"cancellation storm: {storm['calls']} calls from {tasks} tasks in {seconds:.1f} s, "
        f"{storm['cancelled']} cancelled in flight (wait_for, task.cancel, anyio scope), {storm['served']} served, "
        f"{storm['escaped']} escaped\n"
        f"  leaked: {storm['busy connections']} busy connections, {storm['held requests']} held requests; "
        f"next call {next_call}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--tasks", type=int, default=50)
    parser.add_argument("--calls", type=int, default=40, help="calls per thread and per task")
    parser.add_argument("--fail-rate", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--cancel-calls", type=int, default=6000, help="calls of the cancellation storm (0: none)")
    parser.add_argument("--cancel-tasks", type=int, default=10, help="concurrent tasks of the cancellation storm")
    args = parser.parse_args(argv)
    fake = FakeDidww(seed="empty", fail_rate=args.fail_rate, random_seed=args.seed)
    ledger = Ledger()
    started = time.monotonic()
    with fake.serve() as server, DidwwClient(api_key="soak", base_url=server.base_url, max_retries=3) as client:
        threads = [
            threading.Thread(target=_thread, args=(client, Worker(f"t{n}", args.seed + n, ledger), args.calls))
            for n in range(args.threads)
        ]
        for thread in threads:
            thread.start()
        workers = [Worker(f"a{n}", args.seed + 1000 + n, ledger) for n in range(args.tasks)]
        asyncio.run(_tasks(server.base_url, workers, args.calls))
        for thread in threads:
            thread.join()
    result = reconcile(fake, ledger)
    seconds = time.monotonic() - started
    counts = ledger.counts
    print(
        f"soak: {args.threads} threads + {args.tasks} async tasks, fail rate {args.fail_rate}, {seconds:.1f} s\n"
        f"  calls: tried {counts['tried']}, ok {counts['ok']}, failed {counts['failed']}, "
        f"escaped {counts['escaped']}\n"
        f"  creates: ok {counts['create ok']}, failed {counts['create failed']}; "
        f"deletes: ok {counts['delete ok']}, failed {counts['delete failed']}\n"
        f"  reconciled {result['reconciled']} of {len(ledger.created)} successful creates "
        f"({result['present once']} present once, {result['deleted, gone']} deleted and gone), "
        f"duplicates={result['duplicates']}, lost={result['lost']}, "
        f"created after a failure={result['created after a failure']}, "
        f"deleted but still there={result['deleted, still there']}"
    )
    for escape in ledger.escapes[:10]:
        print(f"  escaped: {escape}")
    bad = ("duplicates", "lost", "created after a failure", "deleted, still there")
    failed = bool(ledger.escapes or any(result[k] for k in bad))
    if args.cancel_calls:
        started = time.monotonic()
        with FakeDidww(seed="empty").serve() as server:
            storm = asyncio.run(cancellation_storm(server.base_url, args.cancel_calls, args.cancel_tasks, args.seed))
        _print_storm(storm, time.monotonic() - started, args.cancel_tasks)
        leaked = storm["busy connections"] + storm["held requests"]
        failed = failed or bool(leaked or storm["escaped"] or not storm["next call us"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
