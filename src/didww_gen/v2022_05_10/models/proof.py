# generated from spec/2022-05-10 by codegen, do not edit
"""Proof: the ``proofs`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.address import Address as _Address
    from didww_gen.v2022_05_10.models.encrypted_file import EncryptedFile as _EncryptedFile
    from didww_gen.v2022_05_10.models.identity import Identity as _Identity
    from didww_gen.v2022_05_10.models.proof_type import ProofType as _ProofType
else:
    _Address = Any
    _EncryptedFile = Any
    _Identity = Any
    _ProofType = Any

__all__ = ["Proof"]


class Proof(Resource):
    """A proof document (encrypted files of a proof type) of an identity or an address."""

    TYPE: ClassVar[str] = "proofs"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "expires_at": AttributeSpec("expires_at", Kind.DATETIME, Access.READ_ONLY, nullable=True),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "proof_type": RelationshipSpec(("proof_types",), Access.CREATE_ONLY, required=True),
        "entity": RelationshipSpec(("addresses", "identities"), Access.CREATE_ONLY, required=True),
        "files": RelationshipSpec(
            ("encrypted_files",), Access.CREATE_ONLY, to_many=True, write_only=True, required=True
        ),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("addresses", "identities", "proof_types")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            proof_type: _ProofType | None = ...,
            entity: _Address | _Identity | None = ...,
            files: list[_EncryptedFile] | None = ...,
        ) -> None:
            """Proof built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def created_at(self) -> UtcDateTime:
            """When the proof was created.

            Read-only: set by the server.
            """
            ...

        @property
        def expires_at(self) -> UtcDateTime | None:
            """When the proof expires.

            Read-only: set by the server. Nullable.
            """
            ...

        proof_type: _ProofType | None
        """The proof type of the proof.

        To-one relationship to ProofType. Sent on create only; it cannot be changed later. Required on create: a create without it is refused before sending.
        """

        entity: _Address | _Identity | None
        """The identity or address the proof belongs to.

        To-one relationship to Address or Identity. Sent on create only; it cannot be changed later. Required on create: a create without it is refused before sending.
        """

        @property
        def files(self) -> list[_EncryptedFile]:
            """The encrypted files of the proof.

            To-many relationship to EncryptedFile. Sent on create only; it cannot be changed later. Write-only: never returned by the server. Required on create: a create without it is refused before sending.
            """
            ...

        @files.setter
        def files(self, value: list[_EncryptedFile] | None) -> None: ...

    else:
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
        expires_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "expires_at"))

        proof_type: _ProofType | None = Field(
            default=None, validation_alias=AliasPath("relationships", "proof_type", "data")
        )
        entity: _Address | _Identity | None = Field(
            default=None, validation_alias=AliasPath("relationships", "entity", "data")
        )
        files: list[_EncryptedFile] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "files", "data")
        )
