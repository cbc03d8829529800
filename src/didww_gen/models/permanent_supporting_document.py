# generated from spec/2026-04-16 by codegen, do not edit
"""PermanentSupportingDocument: the ``permanent_supporting_documents`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime

if TYPE_CHECKING:
    from didww_gen.models.encrypted_file import EncryptedFile as _EncryptedFile
    from didww_gen.models.identity import Identity as _Identity
    from didww_gen.models.supporting_document_template import SupportingDocumentTemplate as _SupportingDocumentTemplate
else:
    _EncryptedFile = Any
    _Identity = Any
    _SupportingDocumentTemplate = Any

__all__ = ["PermanentSupportingDocument"]


class PermanentSupportingDocument(Resource):
    """A permanent supporting document (encrypted files filling a document template) of an identity."""

    TYPE: ClassVar[str] = "permanent_supporting_documents"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "external_reference_id": AttributeSpec("external_reference_id", Kind.PLAIN, Access.CREATE_ONLY, nullable=True),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "template": RelationshipSpec(("supporting_document_templates",), Access.CREATE_ONLY),
        "identity": RelationshipSpec(("identities",), Access.CREATE_ONLY),
        "files": RelationshipSpec(("encrypted_files",), Access.CREATE_ONLY, to_many=True, write_only=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("identities", "supporting_document_templates")

    created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
    """When the permanent supporting document was created.

    Read-only: set by the server.
    """

    external_reference_id: str | None = Field(
        default=None, validation_alias=AliasPath("attributes", "external_reference_id")
    )
    """Identifier of the permanent supporting document in an external system (at most 100 characters).

    Sent on create only; it cannot be changed later. Nullable.
    """

    template: _SupportingDocumentTemplate | None = Field(
        default=None, validation_alias=AliasPath("relationships", "template", "data")
    )
    """The supporting document template of the document.

    To-one relationship to SupportingDocumentTemplate. Sent on create only; it cannot be changed later.
    """

    identity: _Identity | None = Field(default=None, validation_alias=AliasPath("relationships", "identity", "data"))
    """The identity of the document.

    To-one relationship to Identity. Sent on create only; it cannot be changed later.
    """

    files: list[_EncryptedFile] | None = Field(
        default=None, validation_alias=AliasPath("relationships", "files", "data")
    )
    """The encrypted files of the document.

    To-many relationship to EncryptedFile. Sent on create only; it cannot be changed later. Write-only: never returned by the server.
    """
