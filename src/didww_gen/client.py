# generated from spec/versions.yaml by codegen, do not edit
"""``DidwwClient`` and ``AsyncDidwwClient``: one attribute per collection of the DIDWW API.

The very objects of ``didww_gen.v2026_04_16.client`` (the latest API version, 2026-04-16), loaded on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "AsyncDidwwClient",
    "DidwwClient",
]

if not TYPE_CHECKING:  # hidden from type checkers: importing a name the package lacks is an error

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module("didww_gen.v2026_04_16.client"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from didww_gen.v2026_04_16.client import AsyncDidwwClient as AsyncDidwwClient
    from didww_gen.v2026_04_16.client import DidwwClient as DidwwClient
