"""The fake's rate limit: at most N requests in any one-second window per key, waiting clients served in order.

A request over the limit is answered 429 with a ``Retry-After`` naming a slot booked for it: the first
time the window has room after every earlier booking. Until the bookings are claimed, a newcomer cannot
overtake them (it is booked behind), so clients that honour ``Retry-After`` are served in arrival order
instead of racing each other after every refusal. A booking nobody claims within ``GRACE`` seconds of its
slot lapses. A newcomer arriving just after a slot matures, before its client, can still take it (requests
carry nothing that tells who was booked); that client is then booked again, at the back.
"""

from __future__ import annotations

import math
import random
from collections import deque

GRACE = 1.0
WINDOW = 1.0
JITTER = 0.02
"""Up to 20 ms added to each booked slot: a newcomer arriving exactly on a slot (requests sent at a steady
pace line up with the window) would otherwise claim it before the client it was booked for returns."""


class FairWindow:
    """The sliding one-second window of one API key, with booked slots for the clients it refused."""

    def __init__(self, per_second: float, rng: random.Random) -> None:
        self.capacity = max(1, math.floor(per_second))
        self._rng = rng
        self._sends: deque[float] = deque()  # admitted and booked send times, ascending (bookings may be ahead)
        self._booked: deque[float] = deque()  # booked slots not yet claimed, ascending

    def admit(self, now: float) -> float | None:
        """``None``: the request may proceed now; else the seconds until the slot booked for it."""
        while self._booked and self._booked[0] < now - GRACE:
            self._booked.popleft()  # its client gave up; the slot stays counted, as if sent
        while self._sends and now - self._sends[0] >= WINDOW:
            self._sends.popleft()
        if self._booked and self._booked[0] <= now:
            self._booked.popleft()
            return None
        if not self._booked and len(self._sends) < self.capacity:
            self._sends.append(now)
            return None
        slot = max(now, self._booked[-1] if self._booked else now)
        if len(self._sends) >= self.capacity:
            slot = max(slot, self._sends[-self.capacity] + WINDOW)
        slot += self._rng.random() * JITTER
        self._sends.append(slot)
        self._booked.append(slot)
        return slot - now


def retry_after(seconds: float) -> str:
    """A ``Retry-After`` value: whole seconds as an integer, else rounded up to the millisecond."""
    return f"{math.ceil(seconds * 1000) / 1000:g}"
