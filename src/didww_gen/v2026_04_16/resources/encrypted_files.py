# generated from spec/2026-04-16 by codegen, do not edit
"""``client.encrypted_files``: operations on ``/encrypted_files``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.models.encrypted_file import EncryptedFile

__all__ = ["EncryptedFilesRepository", "AsyncEncryptedFilesRepository", "EncryptedFilesFilter", "EncryptedFilesSort"]

EncryptedFilesSort = Literal[
    "description",
    "-description",
    "expires_at",
    "-expires_at",
    "expire_at",
    "-expire_at",
]
"""Sort fields documented for ``/encrypted_files`` (prefix ``-`` for descending)."""

EncryptedFilesFilter = TypedDict(
    "EncryptedFilesFilter",
    {
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/encrypted_files``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class EncryptedFilesRepository(Repository[EncryptedFile]):
    """``/encrypted_files``: A file encrypted with the DIDWW public keys and uploaded for proofs and supporting documents; it expires 24 hours after upload."""

    _model = EncryptedFile
    _path = "encrypted_files"

    def list(
        self,
        *,
        filter: EncryptedFilesFilter = _NO_FILTER,
        sort: EncryptedFilesSort | Sequence[EncryptedFilesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[EncryptedFile]:
        """List encrypted_files.

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def find(
        self, id: str | EncryptedFile, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> EncryptedFile:
        """Fetch one EncryptedFile by id."""
        return self._find(id, extra_headers=extra_headers, timeout=timeout)

    def delete(
        self, id: str | EncryptedFile, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a EncryptedFile by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncEncryptedFilesRepository(AsyncRepository[EncryptedFile]):
    """``/encrypted_files`` (async): A file encrypted with the DIDWW public keys and uploaded for proofs and supporting documents; it expires 24 hours after upload."""

    _model = EncryptedFile
    _path = "encrypted_files"

    async def list(
        self,
        *,
        filter: EncryptedFilesFilter = _NO_FILTER,
        sort: EncryptedFilesSort | Sequence[EncryptedFilesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[EncryptedFile]:
        """List encrypted_files.

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def find(
        self, id: str | EncryptedFile, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> EncryptedFile:
        """Fetch one EncryptedFile by id."""
        return await self._find(id, extra_headers=extra_headers, timeout=timeout)

    async def delete(
        self, id: str | EncryptedFile, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a EncryptedFile by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
