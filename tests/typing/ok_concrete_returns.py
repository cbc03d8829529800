"""Issue 25: the methods that return the client or the model itself are typed as exactly that class.

(The runtime annotates ``self``/``cls`` with a type variable instead of ``typing.Self``, for Jedi's sake;
mypy and pyright must still see the concrete class, as tests/test_jedi_completion.py checks Jedi does.)
"""

from __future__ import annotations

import httpx
from typing_extensions import assert_type

from didww_gen.v2022_05_10 import DidwwClient as DidwwClient2022
from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient
from didww_gen.v2026_04_16.models import Did, VoiceInTrunk


def sync_client() -> None:
    assert_type(DidwwClient.from_env(), DidwwClient)
    assert_type(DidwwClient2022.from_env(), DidwwClient2022)
    with DidwwClient.from_env(http_client=httpx.Client()) as client:
        assert_type(client, DidwwClient)
        assert_type(client.with_options(timeout=5.0), DidwwClient)
        assert_type(client.with_options(max_retries=0).dids.find("uuid"), Did)
    with DidwwClient("key") as other:
        assert_type(other, DidwwClient)


async def async_client() -> None:
    assert_type(AsyncDidwwClient.from_env(), AsyncDidwwClient)
    async with AsyncDidwwClient("key") as client:
        assert_type(client, AsyncDidwwClient)
        assert_type(client.with_options(deadline=None), AsyncDidwwClient)
        assert_type(await client.dids.find("uuid"), Did)
        page = await client.dids.list()
        async for did in page:
            assert_type(did, Did)
        async for each in page.iter_pages():
            assert_type(each.data, list[Did])


def references() -> None:
    assert_type(Did.ref("uuid"), Did)
    assert_type(VoiceInTrunk.ref("uuid").name, str)
    assert_type(Did.ref("uuid").model_copy(update={"description": "x"}), Did)
