# generated from spec/2022-05-10 by codegen, do not edit
"""``client.supporting_document_templates``: operations on ``/supporting_document_templates``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.supporting_document_template import SupportingDocumentTemplate

__all__ = [
    "SupportingDocumentTemplatesRepository",
    "AsyncSupportingDocumentTemplatesRepository",
    "SupportingDocumentTemplatesFilter",
    "SupportingDocumentTemplatesSort",
]

SupportingDocumentTemplatesSort = Literal[
    "name",
    "-name",
    "permanent",
    "-permanent",
]
"""Sort fields documented for ``/supporting_document_templates`` (prefix ``-`` for descending)."""

SupportingDocumentTemplatesFilter = TypedDict(
    "SupportingDocumentTemplatesFilter",
    {
        "permanent": bool,
        "name": str,
        "name_contains": str,
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/supporting_document_templates``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class SupportingDocumentTemplatesRepository(Repository[SupportingDocumentTemplate]):
    """``/supporting_document_templates``: A template of a supporting document that may be required by regulation in certain countries."""

    _model = SupportingDocumentTemplate
    _path = "supporting_document_templates"

    def list(
        self,
        *,
        filter: SupportingDocumentTemplatesFilter = _NO_FILTER,
        sort: SupportingDocumentTemplatesSort | Sequence[SupportingDocumentTemplatesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[SupportingDocumentTemplate]:
        """List supporting_document_templates.

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
        self,
        id: str | SupportingDocumentTemplate,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> SupportingDocumentTemplate:
        """Fetch one SupportingDocumentTemplate by id."""
        return self._find(id, extra_headers=extra_headers, timeout=timeout)


class AsyncSupportingDocumentTemplatesRepository(AsyncRepository[SupportingDocumentTemplate]):
    """``/supporting_document_templates`` (async): A template of a supporting document that may be required by regulation in certain countries."""

    _model = SupportingDocumentTemplate
    _path = "supporting_document_templates"

    async def list(
        self,
        *,
        filter: SupportingDocumentTemplatesFilter = _NO_FILTER,
        sort: SupportingDocumentTemplatesSort | Sequence[SupportingDocumentTemplatesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[SupportingDocumentTemplate]:
        """List supporting_document_templates.

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
        self,
        id: str | SupportingDocumentTemplate,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> SupportingDocumentTemplate:
        """Fetch one SupportingDocumentTemplate by id."""
        return await self._find(id, extra_headers=extra_headers, timeout=timeout)
