# generated from spec/versions.yaml by codegen, do not edit
"""The DIDWW API version ``didww_gen`` speaks by default, and where the API is served.

The very objects of ``didww_gen.v2026_04_16.api_info`` (the latest API version, 2026-04-16), loaded on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "API",
    "API_VERSION",
    "DEFAULT_ENVIRONMENT",
    "Environment",
]

if not TYPE_CHECKING:  # hidden from type checkers: importing a name the package lacks is an error

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module("didww_gen.v2026_04_16.api_info"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from didww_gen.v2026_04_16.api_info import API as API
    from didww_gen.v2026_04_16.api_info import API_VERSION as API_VERSION
    from didww_gen.v2026_04_16.api_info import DEFAULT_ENVIRONMENT as DEFAULT_ENVIRONMENT
    from didww_gen.v2026_04_16.api_info import Environment as Environment
