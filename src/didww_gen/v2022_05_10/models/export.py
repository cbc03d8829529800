# generated from spec/2022-05-10 by codegen, do not edit
"""Export: the ``exports`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime
from didww_gen.v2022_05_10.enums import CallbackMethod, ExportStatus, ExportType
from didww_gen.v2022_05_10.models import MODELS
from didww_gen.v2022_05_10.models.nested import ExportFilters

__all__ = ["Export"]


class Export(Resource):
    """An export of call detail records (inbound or outbound CDRs) to a gzipped CSV file. DIDWW deletes an export one month after its completion."""

    TYPE: ClassVar[str] = "exports"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "status": AttributeSpec("status", Kind.ENUM, Access.READ_ONLY),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY, nullable=True),
        "url": AttributeSpec("url", Kind.PLAIN, Access.READ_ONLY, nullable=True),
        "callback_url": AttributeSpec("callback_url", Kind.PLAIN, Access.CREATE_ONLY, nullable=True),
        "callback_method": AttributeSpec("callback_method", Kind.ENUM, Access.CREATE_ONLY, nullable=True),
        "export_type": AttributeSpec("export_type", Kind.ENUM, Access.CREATE_ONLY, required=True),
        "filters": AttributeSpec(
            "filters", Kind.NESTED, Access.CREATE_ONLY, mutable=True, required=True, always_answered=False
        ),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {}
    __included_types__: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            callback_url: str | None = ...,
            callback_method: CallbackMethod | None = ...,
            export_type: ExportType = ...,
            filters: ExportFilters = ...,
        ) -> None:
            """Export built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        @property
        def status(self) -> ExportStatus:
            """Status of the export.

            Read-only: set by the server.
            """
            ...

        @property
        def created_at(self) -> UtcDateTime | None:
            """When the export request was created.

            Read-only: set by the server. Nullable.
            """
            ...

        @property
        def url(self) -> str | None:
            """The URL of the CSV file to download; available only when status is completed.

            Read-only: set by the server. Nullable.
            """
            ...

        callback_url: str | None
        """The HTTP or HTTPS endpoint where events related to the export are delivered.

        Sent on create only; it cannot be changed later. Nullable.
        """

        callback_method: CallbackMethod | None
        """The HTTP method used for export events (post or get).

        Sent on create only; it cannot be changed later. Nullable.
        """

        export_type: ExportType
        """The type of CDRs exported (cdr_in or cdr_out).

        Sent on create only; it cannot be changed later. Required: a write without it is refused before sending.
        """

        @property
        def filters(self) -> ExportFilters | None:
            """The export filters: from and to are required; did_number (cdr_in) or voice_out_trunk.id (cdr_out) are optional.

            Sent on create only; it cannot be changed later. Required: a write without it is refused before sending. Not in every answer: None when absent (``is_loaded()`` tells absent from null).
            """
            ...

        @filters.setter
        def filters(self, value: ExportFilters) -> None: ...

    else:
        status: ExportStatus | None = Field(default=None, validation_alias=AliasPath("attributes", "status"))
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
        url: str | None = Field(default=None, validation_alias=AliasPath("attributes", "url"))
        callback_url: str | None = Field(default=None, validation_alias=AliasPath("attributes", "callback_url"))
        callback_method: CallbackMethod | None = Field(
            default=None, validation_alias=AliasPath("attributes", "callback_method")
        )
        export_type: ExportType | None = Field(default=None, validation_alias=AliasPath("attributes", "export_type"))
        filters: ExportFilters | None = Field(default=None, validation_alias=AliasPath("attributes", "filters"))
