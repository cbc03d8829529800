# generated from spec/2022-05-10 by codegen, do not edit
"""The fake DIDWW API serving API 2022-05-10: ``FakeDidww()``, whose ``client()`` is this version's client."""

from didww_gen.testing._fake import FakeDidww as _FakeEngine
from didww_gen.v2022_05_10.client import AsyncDidwwClient, DidwwClient
from didww_gen.v2022_05_10.testing._schema import SCHEMA

__all__ = ["FakeDidww"]


class FakeDidww(_FakeEngine[DidwwClient, AsyncDidwwClient]):
    """A stateful fake of the DIDWW API 2022-05-10 (see ``didww_gen.testing``)."""

    SCHEMA = SCHEMA
    CLIENT = DidwwClient
    ASYNC_CLIENT = AsyncDidwwClient
