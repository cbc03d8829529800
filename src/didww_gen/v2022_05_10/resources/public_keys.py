# generated from spec/2022-05-10 by codegen, do not edit
"""``client.public_keys``: operations on ``/public_keys``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.public_key import PublicKey

__all__ = ["PublicKeysRepository", "AsyncPublicKeysRepository", "PublicKeysFilter", "PublicKeysSort"]

PublicKeysSort = Literal[
    "key",
    "-key",
]
"""Sort fields documented for ``/public_keys`` (prefix ``-`` for descending)."""

PublicKeysFilter = TypedDict(
    "PublicKeysFilter",
    {
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/public_keys``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class PublicKeysRepository(Repository[PublicKey]):
    """``/public_keys``: A DIDWW RSA public key to encrypt files with before uploading them as encrypted files."""

    _model = PublicKey
    _path = "public_keys"

    def list(
        self,
        *,
        filter: PublicKeysFilter = _NO_FILTER,
        sort: PublicKeysSort | Sequence[PublicKeysSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[PublicKey]:
        """List public_keys (the API returns all records; pagination is disabled).

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            filter=filter,
            sort=sort,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )


class AsyncPublicKeysRepository(AsyncRepository[PublicKey]):
    """``/public_keys`` (async): A DIDWW RSA public key to encrypt files with before uploading them as encrypted files."""

    _model = PublicKey
    _path = "public_keys"

    async def list(
        self,
        *,
        filter: PublicKeysFilter = _NO_FILTER,
        sort: PublicKeysSort | Sequence[PublicKeysSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[PublicKey]:
        """List public_keys (the API returns all records; pagination is disabled).

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            filter=filter,
            sort=sort,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )
