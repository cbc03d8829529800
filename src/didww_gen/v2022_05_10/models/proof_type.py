# generated from spec/2022-05-10 by codegen, do not edit
"""ProofType: the ``proof_types`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen.v2022_05_10.enums import ProofTypeEntityType
from didww_gen.v2022_05_10.models import MODELS

__all__ = ["ProofType"]


class ProofType(Resource):
    """A type of proof document accepted for identities (personal or business) and addresses."""

    TYPE: ClassVar[str] = "proof_types"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.READ_ONLY),
        "entity_type": AttributeSpec("entity_type", Kind.ENUM, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """ProofType built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def name(self) -> str:
            """The name of the proof type.

            Read-only: set by the server.
            """
            ...

        @property
        def entity_type(self) -> ProofTypeEntityType:
            """The entity type: Personal, Business or Address.

            Read-only: set by the server.
            """
            ...

    else:
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
        entity_type: ProofTypeEntityType | None = Field(
            default=None, validation_alias=AliasPath("attributes", "entity_type")
        )
