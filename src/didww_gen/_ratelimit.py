"""An opt-in client-side rate limiter, shared by every thread and task using one client."""

from __future__ import annotations

import threading
import time
from collections import deque

from didww_gen.errors import DidwwClientError

MARGIN = 0.05
"""Seconds added to the window: a request reaches the server a little after it is let go, and not
every request is equally late (thread switches, network jitter), so an exact window could let the
server count one request too many."""


class RateLimiter:
    """At most ``per_second`` requests start in any one-second window (a sliding window of send times).

    For rates that are not whole numbers the window is ``capacity / per_second`` seconds, with
    ``capacity = max(1, int(per_second))``: 0.5 allows one request in any two seconds. The window is
    widened by ``MARGIN`` so the server, which sees requests a little later, never counts one too many.

    ``reserve()`` never blocks: it either records a send now and returns 0, or returns how long to
    wait before asking again, so the sync client sleeps with ``time.sleep`` and the async client with
    ``asyncio.sleep`` over the same limiter.
    """

    def __init__(self, per_second: float) -> None:
        if isinstance(per_second, bool) or not isinstance(per_second, (int, float)) or per_second <= 0:
            raise DidwwClientError(f"rate_limit takes requests per second (> 0), e.g. 20, got {per_second!r}")
        self.per_second = per_second
        self._capacity = max(1, int(per_second))
        self._window = self._capacity / per_second + MARGIN
        self._sent: deque[float] = deque()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter({self.per_second:g}/s)"

    def reserve(self) -> float:
        """Record a send and return 0, or return the seconds to wait before trying again."""
        with self._lock:
            now = time.monotonic()
            while self._sent and now - self._sent[0] >= self._window:
                self._sent.popleft()
            if len(self._sent) < self._capacity:
                self._sent.append(now)
                return 0.0
            return self._window - (now - self._sent[0])
