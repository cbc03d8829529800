# generated from spec/2022-05-10 by codegen, do not edit
"""Address: the ``addresses`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import StrictBool, UtcDateTime
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.area import Area as _Area
    from didww_gen.v2022_05_10.models.city import City as _City
    from didww_gen.v2022_05_10.models.country import Country as _Country
    from didww_gen.v2022_05_10.models.identity import Identity as _Identity
    from didww_gen.v2022_05_10.models.proof import Proof as _Proof
else:
    _Area = Any
    _City = Any
    _Country = Any
    _Identity = Any
    _Proof = Any

__all__ = ["Address"]


class Address(Resource):
    """An address of the account, assigned to an identity and used for DID registration."""

    TYPE: ClassVar[str] = "addresses"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "city_name": AttributeSpec("city_name", Kind.PLAIN, Access.CREATE_UPDATE, required=True),
        "postal_code": AttributeSpec("postal_code", Kind.PLAIN, Access.CREATE_UPDATE, required=True),
        "address": AttributeSpec("address", Kind.PLAIN, Access.CREATE_UPDATE, required=True),
        "description": AttributeSpec("description", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "verified": AttributeSpec("verified", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "identity": RelationshipSpec(("identities",), Access.CREATE_ONLY, required=True),
        "country": RelationshipSpec(("countries",), Access.CREATE_ONLY, required=True),
        "proofs": RelationshipSpec(("proofs",), Access.READ_ONLY, to_many=True),
        "area": RelationshipSpec(("areas",), Access.READ_ONLY),
        "city": RelationshipSpec(("cities",), Access.READ_ONLY),
    }
    __included_types__: ClassVar[tuple[str, ...]] = (
        "areas",
        "cities",
        "countries",
        "identities",
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
            city_name: str = ...,
            postal_code: str = ...,
            address: str = ...,
            description: str | None = ...,
            identity: _Identity | None = ...,
            country: _Country | None = ...,
        ) -> None:
            """Address built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        city_name: str
        """City name of the address.

        Required: a write without it is refused before sending.
        """

        postal_code: str
        """Postal code of the address.

        Required: a write without it is refused before sending.
        """

        address: str
        """Full address.

        Required: a write without it is refused before sending.
        """

        description: str | None
        """Description of the address.

        Nullable.
        """

        @property
        def created_at(self) -> UtcDateTime:
            """When the address was created.

            Read-only: set by the server.
            """
            ...

        @property
        def verified(self) -> bool:
            """Whether the address is verified.

            Read-only: set by the server.
            """
            ...

        identity: _Identity | None
        """The identity of the address.

        To-one relationship to Identity. Sent on create only; it cannot be changed later. Required on create: a create without it is refused before sending.
        """

        country: _Country | None
        """The country of the address.

        To-one relationship to Country. Sent on create only; it cannot be changed later. Required on create: a create without it is refused before sending.
        """

        @property
        def proofs(self) -> list[_Proof]:
            """Proofs of the address.

            To-many relationship to Proof. Read-only: set by the server.
            """
            ...

        @property
        def area(self) -> _Area | None:
            """The area of the address.

            To-one relationship to Area. Read-only: set by the server.
            """
            ...

        @property
        def city(self) -> _City | None:
            """The city of the address.

            To-one relationship to City. Read-only: set by the server.
            """
            ...

    else:
        city_name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "city_name"))
        postal_code: str | None = Field(default=None, validation_alias=AliasPath("attributes", "postal_code"))
        address: str | None = Field(default=None, validation_alias=AliasPath("attributes", "address"))
        description: str | None = Field(default=None, validation_alias=AliasPath("attributes", "description"))
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
        verified: StrictBool | None = Field(default=None, validation_alias=AliasPath("attributes", "verified"))

        identity: _Identity | None = Field(
            default=None, validation_alias=AliasPath("relationships", "identity", "data")
        )
        country: _Country | None = Field(default=None, validation_alias=AliasPath("relationships", "country", "data"))
        proofs: list[_Proof] | None = Field(default=None, validation_alias=AliasPath("relationships", "proofs", "data"))
        area: _Area | None = Field(default=None, validation_alias=AliasPath("relationships", "area", "data"))
        city: _City | None = Field(default=None, validation_alias=AliasPath("relationships", "city", "data"))
