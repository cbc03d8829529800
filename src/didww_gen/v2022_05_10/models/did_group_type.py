# generated from spec/2022-05-10 by codegen, do not edit
"""DidGroupType: the ``did_group_types`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen.v2022_05_10.models import MODELS

__all__ = ["DidGroupType"]


class DidGroupType(Resource):
    """A broad category of DID services supported by DIDWW, such as Local, Mobile or Toll-free."""

    TYPE: ClassVar[str] = "did_group_types"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """DidGroupType built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def name(self) -> str:
            """DID group type name, such as Local, Mobile or Toll-free.

            Read-only: set by the server.
            """
            ...

    else:
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
