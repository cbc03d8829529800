# generated from spec/2026-04-16 by codegen, do not edit
"""Proof: the ``proofs`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime

if TYPE_CHECKING:
    from didww_gen.models.address import Address as _Address
    from didww_gen.models.encrypted_file import EncryptedFile as _EncryptedFile
    from didww_gen.models.identity import Identity as _Identity
    from didww_gen.models.proof_type import ProofType as _ProofType
else:
    _Address = Any
    _EncryptedFile = Any
    _Identity = Any
    _ProofType = Any

__all__ = ["Proof"]


class Proof(Resource):
    """A proof document (encrypted files of a proof type) of an identity or an address."""

    TYPE: ClassVar[str] = "proofs"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "expires_at": AttributeSpec("expires_at", Kind.DATETIME, Access.READ_ONLY, nullable=True),
        "external_reference_id": AttributeSpec("external_reference_id", Kind.PLAIN, Access.CREATE_ONLY, nullable=True),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "proof_type": RelationshipSpec(("proof_types",), Access.CREATE_ONLY),
        "entity": RelationshipSpec(("addresses", "identities"), Access.CREATE_ONLY),
        "files": RelationshipSpec(("encrypted_files",), Access.CREATE_ONLY, to_many=True, write_only=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("addresses", "identities", "proof_types")

    created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
    """When the proof was created.

    Read-only: set by the server.
    """

    expires_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "expires_at"))
    """When the proof expires.

    Read-only: set by the server. Nullable.
    """

    external_reference_id: str | None = Field(
        default=None, validation_alias=AliasPath("attributes", "external_reference_id")
    )
    """Identifier of the proof in an external system (at most 100 characters).

    Sent on create only; it cannot be changed later. Nullable.
    """

    proof_type: _ProofType | None = Field(
        default=None, validation_alias=AliasPath("relationships", "proof_type", "data")
    )
    """The proof type of the proof.

    To-one relationship to ProofType. Sent on create only; it cannot be changed later.
    """

    entity: _Address | _Identity | None = Field(
        default=None, validation_alias=AliasPath("relationships", "entity", "data")
    )
    """The identity or address the proof belongs to.

    To-one relationship to Address or Identity. Sent on create only; it cannot be changed later.
    """

    files: list[_EncryptedFile] | None = Field(
        default=None, validation_alias=AliasPath("relationships", "files", "data")
    )
    """The encrypted files of the proof.

    To-many relationship to EncryptedFile. Sent on create only; it cannot be changed later. Write-only: never returned by the server.
    """
