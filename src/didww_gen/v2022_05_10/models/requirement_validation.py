# generated from spec/2022-05-10 by codegen, do not edit
"""RequirementValidation: the ``requirement_validations`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, RelationshipSpec, Resource
from didww_gen._rules import AtLeastOne, Rule
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.address import Address as _Address
    from didww_gen.v2022_05_10.models.identity import Identity as _Identity
    from didww_gen.v2022_05_10.models.requirement import Requirement as _Requirement
else:
    _Address = Any
    _Identity = Any
    _Requirement = Any

__all__ = ["RequirementValidation"]


class RequirementValidation(Resource):
    """A check of an identity and/or address against a requirement: created with both, it answers 201 when they fit and 422 (with the reasons) when not (2026-04-16 calls it address_requirement_validations)."""

    TYPE: ClassVar[str] = "requirement_validations"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {}
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "requirement": RelationshipSpec(("requirements",), Access.CREATE_ONLY, write_only=True),
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
            requirement: _Requirement | None = ...,
            address: _Address | None = ...,
            identity: _Identity | None = ...,
        ) -> None:
            """RequirementValidation built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        requirement: _Requirement | None
        """The requirement to check against.

        To-one relationship to Requirement. Sent on create only; it cannot be changed later. Write-only: never returned by the server.
        """

        address: _Address | None
        """The address to check.

        To-one relationship to Address. Sent on create only; it cannot be changed later. Write-only: never returned by the server.
        """

        identity: _Identity | None
        """The identity to check.

        To-one relationship to Identity. Sent on create only; it cannot be changed later. Write-only: never returned by the server.
        """

    else:
        requirement: _Requirement | None = Field(
            default=None, validation_alias=AliasPath("relationships", "requirement", "data")
        )
        address: _Address | None = Field(default=None, validation_alias=AliasPath("relationships", "address", "data"))
        identity: _Identity | None = Field(
            default=None, validation_alias=AliasPath("relationships", "identity", "data")
        )
