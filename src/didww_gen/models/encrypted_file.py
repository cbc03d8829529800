# generated from spec/2026-04-16 by codegen, do not edit
"""EncryptedFile: the ``encrypted_files`` resource."""

from __future__ import annotations

from typing import ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime

__all__ = ["EncryptedFile"]


class EncryptedFile(Resource):
    """A file encrypted with the DIDWW public keys and uploaded for proofs and supporting documents; it expires 24 hours after upload. The upload (multipart POST) is not a JSON:API create."""

    TYPE: ClassVar[str] = "encrypted_files"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "description": AttributeSpec("description", Kind.PLAIN, Access.READ_ONLY),
        "expires_at": AttributeSpec("expires_at", Kind.DATETIME, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    description: str | None = Field(default=None, validation_alias=AliasPath("attributes", "description"))
    """The description of the encrypted file.

    Read-only: set by the server.
    """

    expires_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "expires_at"))
    """When the encrypted file expires.

    Read-only: set by the server.
    """
