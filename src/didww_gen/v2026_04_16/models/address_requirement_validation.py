# generated from spec/2026-04-16 by codegen, do not edit
"""AddressRequirementValidation: the ``address_requirement_validations`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, RelationshipSpec, Resource
from didww_gen._rules import AtLeastOne, Rule
from didww_gen.v2026_04_16.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2026_04_16.models.address import Address as _Address
    from didww_gen.v2026_04_16.models.address_requirement import AddressRequirement as _AddressRequirement
    from didww_gen.v2026_04_16.models.identity import Identity as _Identity
else:
    _Address = Any
    _AddressRequirement = Any
    _Identity = Any

__all__ = ["AddressRequirementValidation"]


class AddressRequirementValidation(Resource):
    """A check of an address and/or identity against an address requirement: created when valid, otherwise the API answers 422 with the unmet requirements."""

    TYPE: ClassVar[str] = "address_requirement_validations"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {}
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "address_requirement": RelationshipSpec(
            ("address_requirements",), Access.CREATE_ONLY, write_only=True, required=True
        ),
        "address": RelationshipSpec(("addresses",), Access.CREATE_ONLY, write_only=True),
        "identity": RelationshipSpec(("identities",), Access.CREATE_ONLY, write_only=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ()
    __rules__: ClassVar[tuple[Rule, ...]] = (
        AtLeastOne(("identity", "address"), "the validation checks an identity, an address, or both"),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            address_requirement: _AddressRequirement | None = ...,
            address: _Address | None = ...,
            identity: _Identity | None = ...,
        ) -> None:
            """AddressRequirementValidation built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        address_requirement: _AddressRequirement | None
        """The address requirement to validate against (required).

        To-one relationship to AddressRequirement. Sent on create only; it cannot be changed later. Write-only: never returned by the server. Required on create: a create without it is refused before sending.
        """

        address: _Address | None
        """The address to validate.

        To-one relationship to Address. Sent on create only; it cannot be changed later. Write-only: never returned by the server.
        """

        identity: _Identity | None
        """The identity to validate.

        To-one relationship to Identity. Sent on create only; it cannot be changed later. Write-only: never returned by the server.
        """

    else:
        address_requirement: _AddressRequirement | None = Field(
            default=None, validation_alias=AliasPath("relationships", "address_requirement", "data")
        )
        address: _Address | None = Field(default=None, validation_alias=AliasPath("relationships", "address", "data"))
        identity: _Identity | None = Field(
            default=None, validation_alias=AliasPath("relationships", "identity", "data")
        )
