# generated from spec/2022-05-10 by codegen, do not edit
"""PublicKey: the ``public_keys`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen.v2022_05_10.models import MODELS

__all__ = ["PublicKey"]


class PublicKey(Resource):
    """A DIDWW RSA public key to encrypt files with before uploading them as encrypted files."""

    TYPE: ClassVar[str] = "public_keys"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "key": AttributeSpec("key", Kind.PLAIN, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(self, *, id: str = ...) -> None:
            """PublicKey built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def key(self) -> str:
            """The RSA public key in PEM format.

            Read-only: set by the server.
            """
            ...

    else:
        key: str | None = Field(default=None, validation_alias=AliasPath("attributes", "key"))
