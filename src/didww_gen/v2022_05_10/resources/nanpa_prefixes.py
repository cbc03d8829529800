# generated from spec/2022-05-10 by codegen, do not edit
"""``client.nanpa_prefixes``: operations on ``/nanpa_prefixes``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.enums import Feature
from didww_gen.v2022_05_10.models.nanpa_prefix import NanpaPrefix

__all__ = [
    "NanpaPrefixesRepository",
    "AsyncNanpaPrefixesRepository",
    "NanpaPrefixesInclude",
    "NanpaPrefixesFilter",
    "NanpaPrefixesSort",
]

NanpaPrefixesInclude = Literal[
    "country",
    "region",
]
"""Include paths documented for ``/nanpa_prefixes``."""

NanpaPrefixesSort = Literal[
    "npa",
    "-npa",
    "nxx",
    "-nxx",
]
"""Sort fields documented for ``/nanpa_prefixes`` (prefix ``-`` for descending)."""

NanpaPrefixesFilter = TypedDict(
    "NanpaPrefixesFilter",
    {
        "id": str | Sequence[str],
        "npa": str | Sequence[str],
        "nxx": str | Sequence[str],
        "npanxx": str,
        "country.id": str | Sequence[str],
        "region.id": str | Sequence[str],
        "did_group.is_available": bool,
        "did_group.features": Feature
        | Literal["voice_in", "voice_out", "t38", "sms_in", "sms_out"]
        | Sequence[Feature | Literal["voice_in", "voice_out", "t38", "sms_in", "sms_out"]],
    },
    total=False,
)
"""Filters documented for ``/nanpa_prefixes``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class NanpaPrefixesRepository(Repository[NanpaPrefix]):
    """``/nanpa_prefixes``: A NANPA prefix (NPA-NXX) of the DIDWW coverage; available only for countries with country code +1."""

    _model = NanpaPrefix
    _path = "nanpa_prefixes"
    _filter_enums = MappingProxyType({"did_group.features": Feature})

    def list(
        self,
        *,
        include: NanpaPrefixesInclude | Sequence[NanpaPrefixesInclude] | None = None,
        filter: NanpaPrefixesFilter = _NO_FILTER,
        sort: NanpaPrefixesSort | Sequence[NanpaPrefixesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[NanpaPrefix]:
        """List nanpa_prefixes.

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            include=include,
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def find(
        self,
        id: str | NanpaPrefix,
        *,
        include: NanpaPrefixesInclude | Sequence[NanpaPrefixesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> NanpaPrefix:
        """Fetch one NanpaPrefix by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)


class AsyncNanpaPrefixesRepository(AsyncRepository[NanpaPrefix]):
    """``/nanpa_prefixes`` (async): A NANPA prefix (NPA-NXX) of the DIDWW coverage; available only for countries with country code +1."""

    _model = NanpaPrefix
    _path = "nanpa_prefixes"
    _filter_enums = MappingProxyType({"did_group.features": Feature})

    async def list(
        self,
        *,
        include: NanpaPrefixesInclude | Sequence[NanpaPrefixesInclude] | None = None,
        filter: NanpaPrefixesFilter = _NO_FILTER,
        sort: NanpaPrefixesSort | Sequence[NanpaPrefixesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[NanpaPrefix]:
        """List nanpa_prefixes.

        ``async for`` over the returned page yields every item of every page.
        """
        return await self._list(
            include=include,
            filter=filter,
            sort=sort,
            page_number=page_number,
            page_size=page_size,
            extra_params=extra_params,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def find(
        self,
        id: str | NanpaPrefix,
        *,
        include: NanpaPrefixesInclude | Sequence[NanpaPrefixesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> NanpaPrefix:
        """Fetch one NanpaPrefix by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)
