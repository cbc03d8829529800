# generated from spec/2022-05-10 by codegen, do not edit
"""``didww_gen.v2022_05_10``: the DIDWW API 2022-05-10, generated from ``spec/2022-05-10/``.

``DidwwClient`` and ``AsyncDidwwClient`` speak this version only; its models, repositories and enums
are in ``didww_gen.v2022_05_10.models``, ``.resources`` and ``.enums``, its fake API in ``.testing``.
"""

from didww_gen.v2022_05_10.api_info import API_VERSION as API_VERSION
from didww_gen.v2022_05_10.api_info import Environment as Environment
from didww_gen.v2022_05_10.client import AsyncDidwwClient as AsyncDidwwClient
from didww_gen.v2022_05_10.client import DidwwClient as DidwwClient

__all__ = ["API_VERSION", "AsyncDidwwClient", "DidwwClient", "Environment"]
