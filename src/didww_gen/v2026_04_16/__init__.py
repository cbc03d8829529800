# generated from spec/2026-04-16 by codegen, do not edit
"""``didww_gen.v2026_04_16``: the DIDWW API 2026-04-16, generated from ``spec/2026-04-16/``.

``DidwwClient`` and ``AsyncDidwwClient`` speak this version only; its models, repositories and enums
are in ``didww_gen.v2026_04_16.models``, ``.resources`` and ``.enums``, its fake API in ``.testing``.
"""

from didww_gen.v2026_04_16.api_info import API_VERSION as API_VERSION
from didww_gen.v2026_04_16.api_info import Environment as Environment
from didww_gen.v2026_04_16.client import AsyncDidwwClient as AsyncDidwwClient
from didww_gen.v2026_04_16.client import DidwwClient as DidwwClient

__all__ = ["API_VERSION", "AsyncDidwwClient", "DidwwClient", "Environment"]
