# generated from spec/2022-05-10 by codegen, do not edit
"""``client.permanent_supporting_documents``: operations on ``/permanent_supporting_documents``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from didww_gen._client import TimeoutTypes
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.permanent_supporting_document import PermanentSupportingDocument

__all__ = [
    "PermanentSupportingDocumentsRepository",
    "AsyncPermanentSupportingDocumentsRepository",
    "PermanentSupportingDocumentsInclude",
]

PermanentSupportingDocumentsInclude = Literal[
    "template",
    "identity",
]
"""Include paths documented for ``/permanent_supporting_documents``."""


class PermanentSupportingDocumentsRepository(Repository[PermanentSupportingDocument]):
    """``/permanent_supporting_documents``: A permanent supporting document (encrypted files filling a document template) of an identity."""

    _model = PermanentSupportingDocument
    _path = "permanent_supporting_documents"

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

    async def delete(
        self,
        id: str | PermanentSupportingDocument,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> None:
        """Delete a PermanentSupportingDocument by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
