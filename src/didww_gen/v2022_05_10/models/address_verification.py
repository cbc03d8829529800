# generated from spec/2022-05-10 by codegen, do not edit
"""AddressVerification: the ``address_verifications`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime
from didww_gen.v2022_05_10.enums import AddressVerificationStatus, CallbackMethod
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.address import Address as _Address
    from didww_gen.v2022_05_10.models.did import Did as _Did
    from didww_gen.v2022_05_10.models.encrypted_file import EncryptedFile as _EncryptedFile
else:
    _Address = Any
    _Did = Any
    _EncryptedFile = Any

__all__ = ["AddressVerification"]


class AddressVerification(Resource):
    """A verification task of an address for DIDs; its status changes are reported to the optional callback."""

    TYPE: ClassVar[str] = "address_verifications"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "service_description": AttributeSpec("service_description", Kind.PLAIN, Access.CREATE_ONLY, nullable=True),
        "callback_url": AttributeSpec("callback_url", Kind.PLAIN, Access.CREATE_ONLY, nullable=True),
        "callback_method": AttributeSpec("callback_method", Kind.ENUM, Access.CREATE_ONLY, nullable=True),
        "status": AttributeSpec("status", Kind.ENUM, Access.READ_ONLY),
        "reject_reasons": AttributeSpec("reject_reasons", Kind.PLAIN, Access.READ_ONLY, nullable=True),
        "reference": AttributeSpec("reference", Kind.PLAIN, Access.READ_ONLY),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "dids": RelationshipSpec(("dids",), Access.CREATE_ONLY, to_many=True, required=True),
        "address": RelationshipSpec(("addresses",), Access.CREATE_ONLY, required=True),
        "onetime_files": RelationshipSpec(("encrypted_files",), Access.CREATE_ONLY, to_many=True, write_only=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("addresses", "did_groups", "dids")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            service_description: str | None = ...,
            callback_url: str | None = ...,
            callback_method: CallbackMethod | None = ...,
            dids: list[_Did] | None = ...,
            address: _Address | None = ...,
            onetime_files: list[_EncryptedFile] | None = ...,
        ) -> None:
            """AddressVerification built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        service_description: str | None
        """The description of the verification task.

        Sent on create only; it cannot be changed later. Nullable.
        """

        callback_url: str | None
        """The HTTP or HTTPS endpoint events of the verification task are delivered to.

        Sent on create only; it cannot be changed later. Nullable.
        """

        callback_method: CallbackMethod | None
        """The HTTP method used for verification task events (post or get).

        Sent on create only; it cannot be changed later. Nullable.
        """

        @property
        def status(self) -> AddressVerificationStatus:
            """The status of the verification task.

            Read-only: set by the server.
            """
            ...

        @property
        def reject_reasons(self) -> str | None:
            """The reasons for rejection; empty when not rejected.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def reference(self) -> str:
            """Address verification reference number.

            Read-only: set by the server.
            """
            ...

        @property
        def created_at(self) -> UtcDateTime:
            """When the address verification was created.

            Read-only: set by the server.
            """
            ...

        @property
        def dids(self) -> list[_Did]:
            """The DIDs to verify (required on create).

            To-many relationship to Did. Sent on create only; it cannot be changed later. Required on create: a create without it is refused before sending.
            """
            ...

        @dids.setter
        def dids(self, value: list[_Did] | None) -> None: ...

        address: _Address | None
        """The address to verify (required on create).

        To-one relationship to Address. Sent on create only; it cannot be changed later. Required on create: a create without it is refused before sending.
        """

        @property
        def onetime_files(self) -> list[_EncryptedFile]:
            """Encrypted files of the one-time supporting document of the verification task.

            To-many relationship to EncryptedFile. Sent on create only; it cannot be changed later. Write-only: never returned by the server.
            """
            ...

        @onetime_files.setter
        def onetime_files(self, value: list[_EncryptedFile] | None) -> None: ...

    else:
        service_description: str | None = Field(
            default=None, validation_alias=AliasPath("attributes", "service_description")
        )
        callback_url: str | None = Field(default=None, validation_alias=AliasPath("attributes", "callback_url"))
        callback_method: CallbackMethod | None = Field(
            default=None, validation_alias=AliasPath("attributes", "callback_method")
        )
        status: AddressVerificationStatus | None = Field(
            default=None, validation_alias=AliasPath("attributes", "status")
        )
        reject_reasons: str | None = Field(default=None, validation_alias=AliasPath("attributes", "reject_reasons"))
        reference: str | None = Field(default=None, validation_alias=AliasPath("attributes", "reference"))
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))

        dids: list[_Did] | None = Field(default=None, validation_alias=AliasPath("relationships", "dids", "data"))
        address: _Address | None = Field(default=None, validation_alias=AliasPath("relationships", "address", "data"))
        onetime_files: list[_EncryptedFile] | None = Field(
            default=None, validation_alias=AliasPath("relationships", "onetime_files", "data")
        )
