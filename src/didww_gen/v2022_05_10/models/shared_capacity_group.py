# generated from spec/2022-05-10 by codegen, do not edit
"""SharedCapacityGroup: the ``shared_capacity_groups`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import StrictInt, UtcDateTime
from didww_gen.v2022_05_10.models import MODELS

if TYPE_CHECKING:
    from didww_gen.v2022_05_10.models.capacity_pool import CapacityPool as _CapacityPool
    from didww_gen.v2022_05_10.models.did import Did as _Did
else:
    _CapacityPool = Any
    _Did = Any

__all__ = ["SharedCapacityGroup"]


class SharedCapacityGroup(Resource):
    """A group of channels taken from a capacity pool and shared by the DIDs assigned to it."""

    TYPE: ClassVar[str] = "shared_capacity_groups"
    __models__ = MODELS
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.CREATE_UPDATE, required=True),
        "shared_channels_count": AttributeSpec("shared_channels_count", Kind.PLAIN, Access.CREATE_UPDATE),
        "metered_channels_count": AttributeSpec(
            "metered_channels_count", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True
        ),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "capacity_pool": RelationshipSpec(("capacity_pools",), Access.CREATE_UPDATE, required=True),
        "dids": RelationshipSpec(("dids",), Access.CREATE_UPDATE, to_many=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("capacity_pools", "dids")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str = ...,
            name: str = ...,
            shared_channels_count: int = ...,
            metered_channels_count: int | None = ...,
            capacity_pool: _CapacityPool | None = ...,
            dids: list[_Did] | None = ...,
        ) -> None:
            """SharedCapacityGroup built locally, from its writable fields; read-only ones are set by the server. ``id`` names an existing resource: an update then sends exactly the fields set here."""
            ...

        name: str
        """Unique name of the shared capacity group.

        Required: a write without it is refused before sending.
        """

        shared_channels_count: int
        """Number of unassigned channels of the capacity pool assigned to the group."""

        metered_channels_count: int | None
        """Number of metered channels assigned to the group.

        Nullable.
        """

        @property
        def created_at(self) -> UtcDateTime:
            """When the shared capacity group was created.

            Read-only: set by the server.
            """
            ...

        capacity_pool: _CapacityPool | None
        """The capacity pool the group's channels come from (required on create).

        To-one relationship to CapacityPool. Required on create: a create without it is refused before sending.
        """

        @property
        def dids(self) -> list[_Did]:
            """The DIDs sharing the group's channels.

            To-many relationship to Did.
            """
            ...

        @dids.setter
        def dids(self, value: list[_Did] | None) -> None: ...

    else:
        name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
        shared_channels_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "shared_channels_count")
        )
        metered_channels_count: StrictInt | None = Field(
            default=None, validation_alias=AliasPath("attributes", "metered_channels_count")
        )
        created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))

        capacity_pool: _CapacityPool | None = Field(
            default=None, validation_alias=AliasPath("relationships", "capacity_pool", "data")
        )
        dids: list[_Did] | None = Field(default=None, validation_alias=AliasPath("relationships", "dids", "data"))
