# generated from spec/2026-04-16 by codegen, do not edit
"""``client.identities``: operations on ``/identities``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from didww_gen._client import TimeoutTypes
from didww_gen._page import AsyncPage, Page
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2026_04_16.enums import IdentityType
from didww_gen.v2026_04_16.models.identity import Identity

__all__ = [
    "IdentitiesRepository",
    "AsyncIdentitiesRepository",
    "IdentitiesInclude",
    "IdentitiesFilter",
    "IdentitiesSort",
]

IdentitiesInclude = Literal[
    "country",
    "birth_country",
    "proofs",
    "proofs.proof_type",
    "addresses",
    "addresses.country",
    "permanent_documents",
    "permanent_documents.template",
]
"""Include paths documented for ``/identities``."""

IdentitiesSort = Literal[
    "first_name",
    "-first_name",
    "last_name",
    "-last_name",
    "phone_number",
    "-phone_number",
    "id_number",
    "-id_number",
    "birth_date",
    "-birth_date",
    "company_name",
    "-company_name",
    "company_reg_number",
    "-company_reg_number",
    "vat_id",
    "-vat_id",
    "description",
    "-description",
    "personal_tax_id",
    "-personal_tax_id",
    "contact_email",
    "-contact_email",
    "created_at",
    "-created_at",
    "external_reference_id",
    "-external_reference_id",
    "verified",
    "-verified",
]
"""Sort fields documented for ``/identities`` (prefix ``-`` for descending)."""

IdentitiesFilter = TypedDict(
    "IdentitiesFilter",
    {
        "first_name": str | Sequence[str],
        "first_name_contains": str | Sequence[str],
        "last_name": str | Sequence[str],
        "last_name_contains": str | Sequence[str],
        "phone_number": str | Sequence[str],
        "phone_number_contains": str,
        "id_number": str | Sequence[str],
        "id_number_contains": str | Sequence[str],
        "birth_date": dt.date | Sequence[dt.date],
        "company_name": str | Sequence[str],
        "company_name_contains": str | Sequence[str],
        "company_reg_number": str | Sequence[str],
        "company_reg_number_contains": str | Sequence[str],
        "vat_id": str | Sequence[str],
        "vat_id_contains": str | Sequence[str],
        "description": str | Sequence[str],
        "description_contains": str | Sequence[str],
        "personal_tax_id": str | Sequence[str],
        "personal_tax_id_contains": str | Sequence[str],
        "identity_type": IdentityType | Literal["personal", "business"],
        "country.id": str,
        "external_reference_id": str | Sequence[str],
        "id": str | Sequence[str],
    },
    total=False,
)
"""Filters documented for ``/identities``; a sequence value is sent as a comma-separated list."""

_NO_FILTER: Any = MappingProxyType({})
"""``list()``'s default filter: none (not Optional, so that mypy names a wrong key or value of a filter)."""


class IdentitiesRepository(Repository[Identity]):
    """``/identities``: An end-user identity (personal or business) of the account, used with addresses and proofs for DID registration."""

    _model = Identity
    _path = "identities"
    _filter_enums = MappingProxyType({"identity_type": IdentityType})

    def list(
        self,
        *,
        include: IdentitiesInclude | Sequence[IdentitiesInclude] | None = None,
        filter: IdentitiesFilter = _NO_FILTER,
        sort: IdentitiesSort | Sequence[IdentitiesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Page[Identity]:
        """List identities.

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
        id: str | Identity,
        *,
        include: IdentitiesInclude | Sequence[IdentitiesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Identity:
        """Fetch one Identity by id."""
        return self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    def create(
        self,
        model: Identity,
        *,
        include: IdentitiesInclude | Sequence[IdentitiesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Identity:
        """Create a Identity from the fields set on ``model``; returns the server's answer."""
        return self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def update(
        self,
        model: Identity,
        *,
        include: IdentitiesInclude | Sequence[IdentitiesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Identity:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    def delete(
        self, id: str | Identity, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a Identity by id or model."""
        self._delete(id, extra_headers=extra_headers, timeout=timeout)


class AsyncIdentitiesRepository(AsyncRepository[Identity]):
    """``/identities`` (async): An end-user identity (personal or business) of the account, used with addresses and proofs for DID registration."""

    _model = Identity
    _path = "identities"
    _filter_enums = MappingProxyType({"identity_type": IdentityType})

    async def list(
        self,
        *,
        include: IdentitiesInclude | Sequence[IdentitiesInclude] | None = None,
        filter: IdentitiesFilter = _NO_FILTER,
        sort: IdentitiesSort | Sequence[IdentitiesSort] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncPage[Identity]:
        """List identities.

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
        id: str | Identity,
        *,
        include: IdentitiesInclude | Sequence[IdentitiesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Identity:
        """Fetch one Identity by id."""
        return await self._find(id, include=include, extra_headers=extra_headers, timeout=timeout)

    async def create(
        self,
        model: Identity,
        *,
        include: IdentitiesInclude | Sequence[IdentitiesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Identity:
        """Create a Identity from the fields set on ``model``; returns the server's answer."""
        return await self._create(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def update(
        self,
        model: Identity,
        *,
        include: IdentitiesInclude | Sequence[IdentitiesInclude] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Identity:
        """Send what changed on ``model`` since it was loaded (PATCH); returns the server's answer."""
        return await self._update(model, include=include, extra_headers=extra_headers, timeout=timeout)

    async def delete(
        self, id: str | Identity, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None
    ) -> None:
        """Delete a Identity by id or model."""
        await self._delete(id, extra_headers=extra_headers, timeout=timeout)
