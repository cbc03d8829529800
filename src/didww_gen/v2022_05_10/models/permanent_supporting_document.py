# generated from spec/2022-05-10 by codegen, do not edit
"""PermanentSupportingDocument: the ``permanent_supporting_documents`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.encrypted_file import EncryptedFile as _EncryptedFile
    from didww_gen.v2022_05_10.models.identity import Identity as _Identity
    from didww_gen.v2022_05_10.models.supporting_document_template import (
        SupportingDocumentTemplate as _SupportingDocumentTemplate,
    )
else:
    _EncryptedFile = Any
    _Identity = Any
    _SupportingDocumentTemplate = Any

__all__ = ["PermanentSupportingDocument"]


class PermanentSupportingDocument(Resource):
    """A permanent supporting document (encrypted files filling a document template) of an identity."""

    TYPE: ClassVar[str] = "permanent_supporting_documents"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "template": RelationshipSpec(("supporting_document_templates",), Access.CREATE_UPDATE, required=True),
        "identity": RelationshipSpec(("identities",), Access.CREATE_UPDATE, required=True),
        "files": RelationshipSpec(
            ("encrypted_files",), Access.CREATE_UPDATE, to_many=True, write_only=True, required=True
        ),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("identities", "supporting_document_templates")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            template: _SupportingDocumentTemplate | None = ...,
            identity: _Identity | None = ...,
            files: list[_EncryptedFile] | None = ...,
        ) -> None:
            """PermanentSupportingDocument built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def created_at(self) -> UtcDateTime:
            """When the permanent supporting document was created.

            Read-only: set by the server.
            """
            ...

        template: _SupportingDocumentTemplate | None
        """The supporting document template of the document.

        To-one relationship to SupportingDocumentTemplate. Required on create: a create without it is refused before sending.
        """

        identity: _Identity | None
        """The identity of the document.

        To-one relationship to Identity. Required on create: a create without it is refused before sending.
        """

        @property
        def files(self) -> list[_EncryptedFile]:
            """The encrypted files of the document.

            To-many relationship to EncryptedFile. Write-only: never returned by the server. Required on create: a create without it is refused before sending.
            """
            ...

        @files.setter
        def files(self, value: list[_EncryptedFile] | None) -> None: ...

    else:
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))

        template: _SupportingDocumentTemplate | None = Field(
            default=None, validation_alias=AliasPath("relationships", "template", "data")
        )
        identity: _Identity | None = Field(
            default=None, validation_alias=AliasPath("relationships", "identity", "data")
        )
        files: list[_EncryptedFile] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "files", "data")
        )
