# generated from spec/2022-05-10 by codegen, do not edit
"""Requirement: the ``requirements`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import StrictBool, StrictInt
from didww_gen.v2022_05_10.enums import AreaLevel
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.country import Country as _Country
    from didww_gen.v2022_05_10.models.did_group_type import DidGroupType as _DidGroupType
    from didww_gen.v2022_05_10.models.proof_type import ProofType as _ProofType
    from didww_gen.v2022_05_10.models.supporting_document_template import (
        SupportingDocumentTemplate as _SupportingDocumentTemplate,
    )
else:
    _Country = Any
    _DidGroupType = Any
    _ProofType = Any
    _SupportingDocumentTemplate = Any

__all__ = ["Requirement"]


class Requirement(Resource):
    """The regulation requirements of a country and DID group type: which identity, address and proofs an order needs (2026-04-16 calls them address_requirements)."""

    TYPE: ClassVar[str] = "requirements"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "identity_type": AttributeSpec("identity_type", Kind.PLAIN, Access.READ_ONLY),
        "personal_area_level": AttributeSpec("personal_area_level", Kind.ENUM, Access.READ_ONLY, nullable=True),
        "business_area_level": AttributeSpec("business_area_level", Kind.ENUM, Access.READ_ONLY),
        "address_area_level": AttributeSpec("address_area_level", Kind.ENUM, Access.READ_ONLY),
        "personal_proof_qty": AttributeSpec("personal_proof_qty", Kind.PLAIN, Access.READ_ONLY),
        "business_proof_qty": AttributeSpec("business_proof_qty", Kind.PLAIN, Access.READ_ONLY),
        "address_proof_qty": AttributeSpec("address_proof_qty", Kind.PLAIN, Access.READ_ONLY),
        "personal_mandatory_fields": AttributeSpec(
            "personal_mandatory_fields", Kind.LIST, Access.READ_ONLY, nullable=True, mutable=True
        ),
        "business_mandatory_fields": AttributeSpec(
            "business_mandatory_fields", Kind.LIST, Access.READ_ONLY, nullable=True, mutable=True
        ),
        "service_description_required": AttributeSpec("service_description_required", Kind.PLAIN, Access.READ_ONLY),
        "restriction_message": AttributeSpec("restriction_message", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "country": RelationshipSpec(("countries",), Access.READ_ONLY),
        "did_group_type": RelationshipSpec(("did_group_types",), Access.READ_ONLY),
        "personal_permanent_document": RelationshipSpec(("supporting_document_templates",), Access.READ_ONLY),
        "business_permanent_document": RelationshipSpec(("supporting_document_templates",), Access.READ_ONLY),
        "personal_onetime_document": RelationshipSpec(("supporting_document_templates",), Access.READ_ONLY),
        "business_onetime_document": RelationshipSpec(("supporting_document_templates",), Access.READ_ONLY),
        "personal_proof_types": RelationshipSpec(("proof_types",), Access.READ_ONLY, to_many=True),
        "business_proof_types": RelationshipSpec(("proof_types",), Access.READ_ONLY, to_many=True),
        "address_proof_types": RelationshipSpec(("proof_types",), Access.READ_ONLY, to_many=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = (
        "countries",
        "did_group_types",
        "proof_types",
        "supporting_document_templates",
    )

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """Requirement built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def identity_type(self) -> str:
            """The identity type the requirement accepts.

            Read-only: set by the server.
            """
            ...

        @property
        def personal_area_level(self) -> AreaLevel | None:
            """The area a personal identity's proofs must cover.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def business_area_level(self) -> AreaLevel:
            """The area a business identity's proofs must cover.

            Read-only: set by the server.
            """
            ...

        @property
        def address_area_level(self) -> AreaLevel:
            """The area the address must be in.

            Read-only: set by the server.
            """
            ...

        @property
        def personal_proof_qty(self) -> int:
            """How many proofs a personal identity needs.

            Read-only: set by the server.
            """
            ...

        @property
        def business_proof_qty(self) -> int:
            """How many proofs a business identity needs.

            Read-only: set by the server.
            """
            ...

        @property
        def address_proof_qty(self) -> int:
            """How many proofs the address needs.

            Read-only: set by the server.
            """
            ...

        @property
        def personal_mandatory_fields(self) -> list[str] | None:
            """The identity fields a personal identity must fill in.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def business_mandatory_fields(self) -> list[str] | None:
            """The identity fields a business identity must fill in.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def service_description_required(self) -> bool:
            """Whether a service description is required.

            Read-only: set by the server.
            """
            ...

        @property
        def restriction_message(self) -> str:
            """The restrictions of the numbers, as text.

            Read-only: set by the server.
            """
            ...

        @property
        def country(self) -> _Country | None:
            """The country of the requirement.

            To-one relationship to Country. Read-only: set by the server.
            """
            ...

        @property
        def did_group_type(self) -> _DidGroupType | None:
            """The DID group type of the requirement.

            To-one relationship to DidGroupType. Read-only: set by the server.
            """
            ...

        @property
        def personal_permanent_document(self) -> _SupportingDocumentTemplate | None:
            """The permanent document template a personal identity needs.

            To-one relationship to SupportingDocumentTemplate. Read-only: set by the server.
            """
            ...

        @property
        def business_permanent_document(self) -> _SupportingDocumentTemplate | None:
            """The permanent document template a business identity needs.

            To-one relationship to SupportingDocumentTemplate. Read-only: set by the server.
            """
            ...

        @property
        def personal_onetime_document(self) -> _SupportingDocumentTemplate | None:
            """The one-time document template a personal identity needs.

            To-one relationship to SupportingDocumentTemplate. Read-only: set by the server.
            """
            ...

        @property
        def business_onetime_document(self) -> _SupportingDocumentTemplate | None:
            """The one-time document template a business identity needs.

            To-one relationship to SupportingDocumentTemplate. Read-only: set by the server.
            """
            ...

        @property
        def personal_proof_types(self) -> list[_ProofType]:
            """The proof types a personal identity may provide.

            To-many relationship to ProofType. Read-only: set by the server.
            """
            ...

        @property
        def business_proof_types(self) -> list[_ProofType]:
            """The proof types a business identity may provide.

            To-many relationship to ProofType. Read-only: set by the server.
            """
            ...

        @property
        def address_proof_types(self) -> list[_ProofType]:
            """The proof types the address may provide.

            To-many relationship to ProofType. Read-only: set by the server.
            """
            ...

    else:
        identity_type: str | None = Field(default=None, validation_alias=AliasPath("attributes", "identity_type"))
        personal_area_level: AreaLevel | None = Field(
            default=None, validation_alias=AliasPath("attributes", "personal_area_level")
        )
        business_area_level: AreaLevel | None = Field(
            default=None, validation_alias=AliasPath("attributes", "business_area_level")
        )
        address_area_level: AreaLevel | None = Field(
            default=None, validation_alias=AliasPath("attributes", "address_area_level")
        )
        personal_proof_qty: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "personal_proof_qty")
        )
        business_proof_qty: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "business_proof_qty")
        )
        address_proof_qty: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "address_proof_qty")
        )
        personal_mandatory_fields: list[str] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "personal_mandatory_fields")
        )
        business_mandatory_fields: list[str] | None = Field(
            default=None, validation_alias=AliasPath("attributes", "business_mandatory_fields")
        )
        service_description_required: StrictBool | None = Field(
            default=None, validation_alias=AliasPath("attributes", "service_description_required")
        )
        restriction_message: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "restriction_message")
        )

        country: _Country | None = Field(default=None, validation_alias=AliasPath("relationships", "country", "data"))
        did_group_type: _DidGroupType | None = Field(
            default=None, validation_alias=AliasPath("relationships", "did_group_type", "data")
        )
        personal_permanent_document: _SupportingDocumentTemplate | None = Field(
            default=None, validation_alias=AliasPath("relationships", "personal_permanent_document", "data")
        )
        business_permanent_document: _SupportingDocumentTemplate | None = Field(
            default=None, validation_alias=AliasPath("relationships", "business_permanent_document", "data")
        )
        personal_onetime_document: _SupportingDocumentTemplate | None = Field(
            default=None, validation_alias=AliasPath("relationships", "personal_onetime_document", "data")
        )
        business_onetime_document: _SupportingDocumentTemplate | None = Field(
            default=None, validation_alias=AliasPath("relationships", "business_onetime_document", "data")
        )
        personal_proof_types: list[_ProofType] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "personal_proof_types", "data")
        )
        business_proof_types: list[_ProofType] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "business_proof_types", "data")
        )
        address_proof_types: list[_ProofType] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "address_proof_types", "data")
        )
