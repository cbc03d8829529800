# generated from spec/2022-05-10 by codegen, do not edit
"""Identity: the ``identities`` resource."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import IsoDate, StrictBool, UtcDateTime
from didww_gen.v2022_05_10.enums import IdentityType
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.address import Address as _Address
    from didww_gen.v2022_05_10.models.country import Country as _Country
    from didww_gen.v2022_05_10.models.permanent_supporting_document import (
        PermanentSupportingDocument as _PermanentSupportingDocument,
    )
    from didww_gen.v2022_05_10.models.proof import Proof as _Proof
else:
    _Address = Any
    _Country = Any
    _PermanentSupportingDocument = Any
    _Proof = Any

__all__ = ["Identity"]


class Identity(Resource):
    """An end-user identity (personal or business) of the account, used with addresses and proofs for DID registration."""

    TYPE: ClassVar[str] = "identities"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "first_name": AttributeSpec("first_name", Kind.PLAIN, Access.CREATE_UPDATE, required=True),
        "last_name": AttributeSpec("last_name", Kind.PLAIN, Access.CREATE_UPDATE, required=True),
        "phone_number": AttributeSpec("phone_number", Kind.PLAIN, Access.CREATE_UPDATE, required=True),
        "id_number": AttributeSpec("id_number", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "birth_date": AttributeSpec("birth_date", Kind.DATE, Access.CREATE_UPDATE, nullable=True),
        "company_name": AttributeSpec("company_name", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "company_reg_number": AttributeSpec("company_reg_number", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "vat_id": AttributeSpec("vat_id", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "description": AttributeSpec("description", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "personal_tax_id": AttributeSpec("personal_tax_id", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "external_reference_id": AttributeSpec(
            "external_reference_id", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True
        ),
        "verified": AttributeSpec("verified", Kind.PLAIN, Access.READ_ONLY),
        "identity_type": AttributeSpec("identity_type", Kind.ENUM, Access.CREATE_ONLY, required=True),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "contact_email": AttributeSpec(
            "contact_email", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True, always_answered=False
        ),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "country": RelationshipSpec(("countries",), Access.CREATE_UPDATE),
        "proofs": RelationshipSpec(("proofs",), Access.READ_ONLY, to_many=True),
        "addresses": RelationshipSpec(("addresses",), Access.READ_ONLY, to_many=True),
        "permanent_documents": RelationshipSpec(("permanent_supporting_documents",), Access.READ_ONLY, to_many=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = (
        "addresses",
        "countries",
        "permanent_supporting_documents",
        "proof_types",
        "proofs",
        "supporting_document_templates",
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            first_name: str = ...,
            last_name: str = ...,
            phone_number: str = ...,
            id_number: str | None = ...,
            birth_date: dt.date | None = ...,
            company_name: str | None = ...,
            company_reg_number: str | None = ...,
            vat_id: str | None = ...,
            description: str | None = ...,
            personal_tax_id: str | None = ...,
            external_reference_id: str | None = ...,
            identity_type: IdentityType = ...,
            contact_email: str | None = ...,
            country: _Country | None = ...,
        ) -> None:
            """Identity built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        first_name: str
        """First name of the identity (for a business identity, of the company's representative).

        Required: a write without it is refused before sending.
        """

        last_name: str
        """Last name of the identity (for a business identity, of the company's representative).

        Required: a write without it is refused before sending.
        """

        phone_number: str
        """Phone number of the identity. Only digits allowed.

        Required: a write without it is refused before sending.
        """

        id_number: str | None
        """The ID number of the identity.

        Nullable.
        """

        birth_date: dt.date | None
        """The birth date of the identity.

        Nullable.
        """

        company_name: str | None
        """Company name of the identity (required for a business identity).

        Nullable.
        """

        company_reg_number: str | None
        """Company registration number of the identity.

        Nullable.
        """

        vat_id: str | None
        """The VAT ID of the identity.

        Nullable.
        """

        description: str | None
        """The friendly description of the identity.

        Nullable.
        """

        personal_tax_id: str | None
        """The personal tax number of the identity.

        Nullable.
        """

        external_reference_id: str | None
        """Identifier of the identity in an external system.

        Nullable.
        """

        @property
        def verified(self) -> bool:
            """Whether the identity is verified.

            Read-only: set by the server.
            """
            ...

        identity_type: IdentityType
        """The type of the identity, personal or business; set on creation.

        Sent on create only; it cannot be changed later. Required: a write without it is refused before sending.
        """

        @property
        def created_at(self) -> UtcDateTime:
            """When the identity was created.

            Read-only: set by the server.
            """
            ...

        contact_email: str | None
        """The contact email of the identity.

        Nullable. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
        """

        country: _Country | None
        """The country of the identity (required for a business identity).

        To-one relationship to Country.
        """

        @property
        def proofs(self) -> list[_Proof]:
            """Proofs of the identity.

            To-many relationship to Proof. Read-only: set by the server.
            """
            ...

        @property
        def addresses(self) -> list[_Address]:
            """Addresses of the identity.

            To-many relationship to Address. Read-only: set by the server.
            """
            ...

        @property
        def permanent_documents(self) -> list[_PermanentSupportingDocument]:
            """Permanent supporting documents of the identity.

            To-many relationship to PermanentSupportingDocument. Read-only: set by the server.
            """
            ...

    else:
        first_name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "first_name"))
        last_name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "last_name"))
        phone_number: str | None = Field(default=None, validation_alias=AliasPath("attributes", "phone_number"))
        id_number: str | None = Field(default=None, validation_alias=AliasPath("attributes", "id_number"))
        birth_date: IsoDate | None = Field(default=None, validation_alias=AliasPath("attributes", "birth_date"))
        company_name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "company_name"))
        company_reg_number: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "company_reg_number")
        )
        vat_id: str | None = Field(default=None, validation_alias=AliasPath("attributes", "vat_id"))
        description: str | None = Field(default=None, validation_alias=AliasPath("attributes", "description"))
        personal_tax_id: str | None = Field(default=None, validation_alias=AliasPath("attributes", "personal_tax_id"))
        external_reference_id: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "external_reference_id")
        )
        verified: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "verified"))
        identity_type: IdentityType | None = Field(
            default=None, validation_alias=AliasPath("attributes", "identity_type")
        )
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
        contact_email: str | None = Field(default=None, validation_alias=AliasPath("attributes", "contact_email"))

        country: _Country | None = Field(default=None, validation_alias=AliasPath("relationships", "country", "data"))
        proofs: list[_Proof] | None = Field(default=None, validation_alias=AliasPath("relationships", "proofs", "data"))
        addresses: list[_Address] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "addresses", "data")
        )
        permanent_documents: list[_PermanentSupportingDocument] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "permanent_documents", "data")
        )
