# generated from spec/2026-04-16 by codegen, do not edit
"""``client.did_group_types``: operations on ``/did_group_types``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from didww_gen._page import Page
from didww_gen._repository import Repository
from didww_gen.models.did_group_type import DidGroupType

__all__ = ["DidGroupTypesRepository", "DidGroupTypesFilter", "DidGroupTypesSort"]

DidGroupTypesSort = Literal[
    "name",
    "-name",
]
"""Sort fields documented for ``/did_group_types`` (prefix ``-`` for descending)."""

DidGroupTypesFilter = TypedDict(
    "DidGroupTypesFilter",
    {
        "id": str | Sequence[str],
        "name": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/did_group_types``; a sequence value is sent as a comma-separated list."""


class DidGroupTypesRepository(Repository[DidGroupType]):
    """``/did_group_types``: A broad category of DID services supported by DIDWW, such as Local, Mobile or Toll-free."""

    _model = DidGroupType
    _path = "did_group_types"

    def list(
        self,
        *,
        filter: DidGroupTypesFilter | None = None,
        sort: DidGroupTypesSort | Sequence[DidGroupTypesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
    ) -> Page[DidGroupType]:
        """List did_group_types.

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
        )

    def find(self, id: str | DidGroupType) -> DidGroupType:
        """Fetch one DidGroupType by id."""
        return self._find(id)
