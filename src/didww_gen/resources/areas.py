# generated from spec/2026-04-16 by codegen, do not edit
"""``client.areas``: operations on ``/areas``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from didww_gen._page import Page
from didww_gen._repository import Repository
from didww_gen.models.area import Area

__all__ = ["AreasRepository", "AreasInclude", "AreasFilter", "AreasSort"]

AreasInclude = Literal["country",]
"""Include paths documented for ``/areas``."""

AreasSort = Literal[
    "name",
    "-name",
]
"""Sort fields documented for ``/areas`` (prefix ``-`` for descending)."""

AreasFilter = TypedDict(
    "AreasFilter",
    {
        "id": str | Sequence[str],
        "name": str | Sequence[str],
        "country.id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/areas``; a sequence value is sent as a comma-separated list."""


class AreasRepository(Repository[Area]):
    """``/areas``: A regulatory area."""

    _model = Area
    _path = "areas"

    def list(
        self,
        *,
        include: AreasInclude | Sequence[AreasInclude] | None = None,
        filter: AreasFilter | None = None,
        sort: AreasSort | Sequence[AreasSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
    ) -> Page[Area]:
        """List areas.

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            include=include,
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
        )

    def find(self, id: str | Area, *, include: AreasInclude | Sequence[AreasInclude] | None = None) -> Area:
        """Fetch one Area by id."""
        return self._find(id, include=include)
