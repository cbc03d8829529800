# generated from spec/2026-04-16 by codegen, do not edit
"""``client.permanent_supporting_documents``: operations on ``/permanent_supporting_documents``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from didww_gen._page import Page
from didww_gen._repository import Repository
from didww_gen.models.permanent_supporting_document import PermanentSupportingDocument

__all__ = [
    "PermanentSupportingDocumentsRepository",
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
    },
    total=False,
)
"""Filters documented for ``/permanent_supporting_documents``; a sequence value is sent as a comma-separated list."""


class PermanentSupportingDocumentsRepository(Repository[PermanentSupportingDocument]):
    """``/permanent_supporting_documents``: A permanent supporting document (encrypted files filling a document template) of an identity."""

    _model = PermanentSupportingDocument
    _path = "permanent_supporting_documents"

    def list(
        self,
        *,
        include: PermanentSupportingDocumentsInclude | Sequence[PermanentSupportingDocumentsInclude] | None = None,
        filter: PermanentSupportingDocumentsFilter | None = None,
        sort: PermanentSupportingDocumentsSort | Sequence[PermanentSupportingDocumentsSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
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
        )

    def find(
        self,
        id: str | PermanentSupportingDocument,
        *,
        include: PermanentSupportingDocumentsInclude | Sequence[PermanentSupportingDocumentsInclude] | None = None,
    ) -> PermanentSupportingDocument:
        """Fetch one PermanentSupportingDocument by id."""
        return self._find(id, include=include)

    def create(
        self,
        model: PermanentSupportingDocument,
        *,
        include: PermanentSupportingDocumentsInclude | Sequence[PermanentSupportingDocumentsInclude] | None = None,
    ) -> PermanentSupportingDocument:
        """Create a PermanentSupportingDocument from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include)

    def delete(self, id: str | PermanentSupportingDocument) -> None:
        """Delete a PermanentSupportingDocument by id or model."""
        self._delete(id)
