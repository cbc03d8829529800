# generated from spec/2026-04-16 by codegen, do not edit
"""``client.pops``: operations on ``/pops``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from didww_gen._page import Page
from didww_gen._repository import Repository
from didww_gen.models.pop import Pop

__all__ = ["PopsRepository", "PopsFilter", "PopsSort"]

PopsSort = Literal[
    "id",
    "-id",
]
"""Sort fields documented for ``/pops`` (prefix ``-`` for descending)."""

PopsFilter = TypedDict(
    "PopsFilter",
    {},
    total=False,
)
"""Filters documented for ``/pops``; a sequence value is sent as a comma-separated list."""


class PopsRepository(Repository[Pop]):
    """``/pops``: A DIDWW point of presence (PoP) that a voice in trunk can be bound to."""

    _model = Pop
    _path = "pops"

    def list(
        self,
        *,
        filter: PopsFilter | None = None,
        sort: PopsSort | Sequence[PopsSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
    ) -> Page[Pop]:
        """List pops (the API returns all records; pagination is disabled).

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            filter=filter,
            sort=sort,
            extra_params=extra_params,
        )
