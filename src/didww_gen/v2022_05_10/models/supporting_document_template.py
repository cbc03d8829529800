# generated from spec/2022-05-10 by codegen, do not edit
"""SupportingDocumentTemplate: the ``supporting_document_templates`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import StrictBool
from didww_gen.v2022_05_10.models import MODELS

__all__ = ["SupportingDocumentTemplate"]


class SupportingDocumentTemplate(Resource):
    """A template of a supporting document that may be required by regulation in certain countries."""

    TYPE: ClassVar[str] = "supporting_document_templates"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.READ_ONLY),
        "permanent": AttributeSpec("permanent", Kind.PLAIN, Access.READ_ONLY),
        "url": AttributeSpec("url", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """SupportingDocumentTemplate built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def name(self) -> str:
            """Name of the template.

            Read-only: set by the server.
            """
            ...

        @property
        def permanent(self) -> bool:
            """Whether the template is permanent.

            Read-only: set by the server.
            """
            ...

        @property
        def url(self) -> str:
            """URL of the template.

            Read-only: set by the server.
            """
            ...

    else:
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
        permanent: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "permanent"))
        url: str | None = Field(default=None, validation_alias=AliasPath("attributes", "url"))
