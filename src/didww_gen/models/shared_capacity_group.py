# generated from spec/2026-04-16 by codegen, do not edit
"""SharedCapacityGroup: the ``shared_capacity_groups`` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import AliasPath, Field

from didww_gen._model import Access, AttributeSpec, Kind, RelationshipSpec, Resource
from didww_gen._types import UtcDateTime

if TYPE_CHECKING:
    from didww_gen.models.capacity_pool import CapacityPool as _CapacityPool
    from didww_gen.models.did import Did as _Did
else:
    _CapacityPool = Any
    _Did = Any

__all__ = ["SharedCapacityGroup"]


class SharedCapacityGroup(Resource):
    """A group of channels taken from a capacity pool and shared by the DIDs assigned to it."""

    TYPE: ClassVar[str] = "shared_capacity_groups"
    __attributes__: ClassVar[dict[str, AttributeSpec]] = {
        "name": AttributeSpec("name", Kind.PLAIN, Access.CREATE_UPDATE),
        "shared_channels_count": AttributeSpec("shared_channels_count", Kind.PLAIN, Access.CREATE_UPDATE),
        "metered_channels_count": AttributeSpec("metered_channels_count", Kind.PLAIN, Access.CREATE_UPDATE),
        "created_at": AttributeSpec("created_at", Kind.DATETIME, Access.READ_ONLY),
        "external_reference_id": AttributeSpec(
            "external_reference_id", Kind.PLAIN, Access.CREATE_UPDATE, nullable=True
        ),
    }
    __relationships__: ClassVar[dict[str, RelationshipSpec]] = {
        "capacity_pool": RelationshipSpec(("capacity_pools",), Access.CREATE_UPDATE),
        "dids": RelationshipSpec(("dids",), Access.CREATE_UPDATE, to_many=True),
    }
    __included_types__: ClassVar[tuple[str, ...]] = ("capacity_pools", "dids")

    name: str | None = Field(default=None, validation_alias=AliasPath("attributes", "name"))
    """Unique name of the shared capacity group."""

    shared_channels_count: int | None = Field(
        default=None, validation_alias=AliasPath("attributes", "shared_channels_count")
    )
    """Number of unassigned channels of the capacity pool assigned to the group."""

    metered_channels_count: int | None = Field(
        default=None, validation_alias=AliasPath("attributes", "metered_channels_count")
    )
    """Number of metered channels assigned to the group."""

    created_at: UtcDateTime | None = Field(default=None, validation_alias=AliasPath("attributes", "created_at"))
    """When the shared capacity group was created.

    Read-only: set by the server.
    """

    external_reference_id: str | None = Field(
        default=None, validation_alias=AliasPath("attributes", "external_reference_id")
    )
    """Identifier of the shared capacity group in an external system.

    Nullable.
    """

    capacity_pool: _CapacityPool | None = Field(
        default=None, validation_alias=AliasPath("relationships", "capacity_pool", "data")
    )
    """The capacity pool the group's channels come from (required on create).

    To-one relationship to CapacityPool.
    """

    dids: list[_Did] | None = Field(default=None, validation_alias=AliasPath("relationships", "dids", "data"))
    """The DIDs sharing the group's channels.

    To-many relationship to Did.
    """
