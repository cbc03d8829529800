# generated from spec/2026-04-16 by codegen, do not edit
"""SupportingDocumentTemplate: the ``supporting_document_templates`` resource."""

from __future__ import annotations

from typing import ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource

__all__ = ["SupportingDocumentTemplate"]


class SupportingDocumentTemplate(Resource):
    """A template of a supporting document that may be required by regulation in certain countries."""

    TYPE: ClassVar[str] = "supporting_document_templates"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.READ_ONLY),
        "permanent": AttributeSpec("permanent", Kind.PLAIN, Access.READ_ONLY),
        "url": AttributeSpec("url", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
    """Name of the template.

    Read-only: set by the server.
    """

    permanent: bool | None = Field(default=None, validation_alias=AliasPath("attributes", "permanent"))
    """Whether the template is permanent.

    Read-only: set by the server.
    """

    url: str | None = Field(default=None, validation_alias=AliasPath("attributes", "url"))
    """URL of the template.

    Read-only: set by the server.
    """
