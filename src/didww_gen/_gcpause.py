"""Pausing the garbage collector while a response is decoded (the ``pause_gc=True`` client option).

Decoding a page allocates thousands of container objects at once; each allocation burst triggers
collections that walk every tracked object of the process, so an application that keeps earlier pages
alive pays more per page. Pausing the collector for the decode avoids that. The switch is
process-global (``gc.disable()``), which is why the option is off by default: while any decode of any
thread runs, no collection happens. Nested and concurrent pauses are counted; the collector is enabled
again when the last one ends, and only if it was enabled when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_state = {"depth": 0, "was_enabled": False}


@contextmanager
def paused() -> Iterator[None]:
    """No garbage collection inside the ``with`` block (counted across threads)."""
    with _lock:
        if _state["depth"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["was_enabled"]:
                gc.enable()
