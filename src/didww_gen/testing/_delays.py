"""Asynchronous completion, as the real API does it: orders, exports and verifications held for N reads.

``FakeDidww(complete_after=N, outcome=...)`` keeps each new order, export and verification in its
waiting status (``pending``; an export shows ``processing`` once read) for ``N`` reads of it (``find`` or
a list it appears in), then settles it on the next read: ``outcome="completed"`` completes an order or
export and approves a verification; ``"failed"`` cancels an order (refunding its amount), rejects a
verification, and leaves an export ``processing`` for good (API 2026-04-16 has no failed export status).
Without ``complete_after``, orders and exports complete at once and verifications stay ``pending``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from didww_gen.errors import DidwwClientError
from didww_gen.testing._store import Record

OUTCOMES = ("completed", "failed")
Finish = Callable[[Record, bool], None]
"""Settles a held record (the one stored now): ``True`` for the successful outcome."""
Progress = Callable[[Record], None]
"""Called on each read while the record is held (e.g. an export moving to ``processing``)."""


@dataclass
class _Held:
    reads_left: int
    finish: Finish
    progress: Progress | None


class Delays:
    """The records held in their waiting status, and what settles each."""

    def __init__(self, complete_after: int | None, outcome: str) -> None:
        if complete_after is not None and (
            isinstance(complete_after, bool) or not isinstance(complete_after, int) or complete_after < 0
        ):
            raise DidwwClientError(
                f"complete_after is how many reads an order, export or verification stays pending: "
                f"an integer >= 0 or None, got {complete_after!r}"
            )
        if outcome not in OUTCOMES:
            raise DidwwClientError(f"outcome must be 'completed' or 'failed', got {outcome!r}")
        self.complete_after = complete_after
        self.succeed = outcome == "completed"
        self._held: dict[tuple[str, str], _Held] = {}

    @property
    def enabled(self) -> bool:
        return self.complete_after is not None

    def settle(self, record: Record, finish: Finish, *, progress: Progress | None = None, at_once: bool = True) -> None:
        """Settle ``record`` now (no delay configured, ``at_once``) or after ``complete_after`` reads."""
        if self.complete_after is None:
            if at_once:
                finish(record, True)
            return
        self._held[(record["type"], record["id"])] = _Held(self.complete_after, finish, progress)

    def on_read(self, records: Iterable[Record]) -> None:
        """Count a read of each record served; settle those whose reads are used up (before rendering)."""
        for record in records:
            key = (record["type"], record["id"])
            held = self._held.get(key)
            if held is None:
                continue
            if held.reads_left > 0:
                held.reads_left -= 1
                if held.progress is not None:
                    held.progress(record)
                continue
            del self._held[key]
            held.finish(record, self.succeed)
