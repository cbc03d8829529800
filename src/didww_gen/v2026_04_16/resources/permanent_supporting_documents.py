# generated from spec/2026-04-16 by codegen, do not edit
"""``client.permanent_supporting_documents``: operations on ``/permanent_supporting_documents``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.models.permanent_supporting_document import PermanentSupportingDocument

__all__ = [
    "PermanentSupportingDocumentsRepository",
    "AsyncPermanentSupportingDocumentsRepository",
    "PermanentSupportingDocumentsInclude",
    "PermanentSupportingDocumentsFilter",
    "PermanentSupportingDocumentsSort",
]

PermanentSupportingDocumentsInclude = Literal[
    "template",
    "identity",
]
"""Include paths documented for ``/permanent_supporting_documents``."""

PermanentSupportingDocumentsSort = Literal[
    "created_at",
    "-created_at",
    "external_reference_id",
    "-external_reference_id",
]
"""Sort fields documented for ``/permanent_supporting_documents`` (prefix ``-`` for descending)."""

PermanentSupportingDocumentsFilter = TypedDict(
    "PermanentSupportingDocumentsFilter",
    {
        "external_reference_id": str,
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/permanent_supporting_documents``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class PermanentSupportingDocumentsRepository(Repository[PermanentSupportingDocument]):
    """``/permanent_supporting_documents``: A permanent supporting document (encrypted files filling a document template) of an identity."""

    _model = PermanentSupportingDocument
    _path = "permanent_supporting_documents"

    def list(
        self,
        *,
        include: PermanentSupportingDocumentsInclude | Sequence[PermanentSupportingDocumentsInclude] | None = None,
        filter: PermanentSupportingDocumentsFilter = _NO_FILTER,
        sort: PermanentSupportingDocumentsSort | Sequence[PermanentSupportingDocumentsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[PermanentSupportingDocument]:
        """List permanent_supporting_documents.

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            include=include,
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def find(
        self,
        id: str | PermanentSupportingDocument,
        *,
        include: PermanentSupportingDocumentsInclude | Sequence[PermanentSupportingDocumentsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> PermanentSupportingDocument:
        """Fetch one PermanentSupportingDocument by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def create(
        self,
        model: PermanentSupportingDocument,
        *,
        include: PermanentSupportingDocumentsInclude | Sequence[PermanentSupportingDocumentsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> PermanentSupportingDocument:
        """Create a PermanentSupportingDocument from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: PermanentSupportingDocument,
        *,
        include: PermanentSupportingDocumentsInclude | Sequence[PermanentSupportingDocumentsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> PermanentSupportingDocument:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def delete(
        self,
        id: str | PermanentSupportingDocument,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> None:
        """Delete a PermanentSupportingDocument by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncPermanentSupportingDocumentsRepository(AsyncRepository[PermanentSupportingDocument]):
    """``/permanent_supporting_documents`` (async): A permanent supporting document (encrypted files filling a document template) of an identity."""

    _model = PermanentSupportingDocument
    _path = "permanent_supporting_documents"

    async def list(
        self,
        *,
        include: PermanentSupportingDocumentsInclude | Sequence[PermanentSupportingDocumentsInclude] | None = None,
        filter: PermanentSupportingDocumentsFilter = _NO_FILTER,
        sort: PermanentSupportingDocumentsSort | Sequence[PermanentSupportingDocumentsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[PermanentSupportingDocument]:
        """List permanent_supporting_documents.

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            include=include,
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def find(
        self,
        id: str | PermanentSupportingDocument,
        *,
        include: PermanentSupportingDocumentsInclude | Sequence[PermanentSupportingDocumentsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> PermanentSupportingDocument:
        """Fetch one PermanentSupportingDocument by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self,
        model: PermanentSupportingDocument,
        *,
        include: PermanentSupportingDocumentsInclude | Sequence[PermanentSupportingDocumentsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> PermanentSupportingDocument:
        """Create a PermanentSupportingDocument from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: PermanentSupportingDocument,
        *,
        include: PermanentSupportingDocumentsInclude | Sequence[PermanentSupportingDocumentsInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> PermanentSupportingDocument:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def delete(
        self,
        id: str | PermanentSupportingDocument,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> None:
        """Delete a PermanentSupportingDocument by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
