# generated from spec/2026-04-16 by codegen, do not edit
"""Pop: the ``pops`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime
from didww_gen.v2026_04_16.models import MODELS

__all__ = ["Pop"]


class Pop(Resource):
    """A DIDWW point of presence (PoP) that a voice in trunk can be bound to."""

    TYPE: ClassVar[str] = "pops"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.READ_ONLY),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY, always_answered=False),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """Pop built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def name(self) -> str:
            """PoP name.

            Read-only: set by the server.
            """
            ...

        @property
        def created_at(self) -> UtcDateTime | None:
            """When the PoP was created (in the example response only, not in the definition).

            Read-only: set by the server. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

    else:
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
