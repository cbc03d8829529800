# generated from spec/2026-04-16 by codegen, do not edit
"""The fake DIDWW API serving API 2026-04-16: ``FakeDidww()``, whose ``client()`` is this version's client."""

from didww_gen.testing._fake import FakeDidww as _FakeEngine
from didww_gen.v2026_04_16.client import AsyncDidwwClient, DidwwClient
from didww_gen.v2026_04_16.testing._schema import SCHEMA

__all__ = ["FakeDidww"]


class FakeDidww(_FakeEngine[DidwwClient, AsyncDidwwClient]):
    """A stateful fake of the DIDWW API 2026-04-16 (see ``didww_gen.testing``)."""

    SCHEMA = SCHEMA
    CLIENT = DidwwClient
    ASYNC_CLIENT = AsyncDidwwClient
