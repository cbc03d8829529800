# generated from spec/2022-05-10 by codegen, do not edit
"""EncryptedFile: the ``encrypted_files`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime
from didww_gen.v2022_05_10.models import MODELS

__all__ = ["EncryptedFile"]


class EncryptedFile(Resource):
    """A file encrypted with the DIDWW public keys and uploaded for proofs and supporting documents; it expires 24 hours after upload. The upload (multipart POST) is not a JSON:API create."""

    TYPE: ClassVar[str] = "encrypted_files"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "description": AttributeSpec("description", Kind.PLAIN, Access.READ_ONLY, nullable=True),
        "expire_at": AttributeSpec("expire_at", Kind.DATETIME, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """EncryptedFile built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def description(self) -> str | None:
            """The description of the encrypted file.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def expire_at(self) -> UtcDateTime:
            """When the encrypted file expires.

            Read-only: set by the server.
            """
            ...

    else:
        description: str | None = Field(default=None, validation_alias=AliasPath("attributes", "description"))
        expire_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "expire_at"))
