# generated from spec/2026-04-16 by codegen, do not edit
"""``client.public_keys``: operations on ``/public_keys``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from didww_gen._page import Page
from didww_gen._repository import Repository
from didww_gen.models.public_key import PublicKey

__all__ = ["PublicKeysRepository", "PublicKeysFilter", "PublicKeysSort"]

PublicKeysSort = Literal[
    "id",
    "-id",
]
"""Sort fields documented for ``/public_keys`` (prefix ``-`` for descending)."""

PublicKeysFilter = TypedDict(
    "PublicKeysFilter",
    {},
    total=False,
)
"""Filters documented for ``/public_keys``; a sequence value is sent as a comma-separated list."""


class PublicKeysRepository(Repository[PublicKey]):
    """``/public_keys``: A DIDWW RSA public key to encrypt files with before uploading them as encrypted files."""

    _model = PublicKey
    _path = "public_keys"

    def list(
        self,
        *,
        filter: PublicKeysFilter | None = None,
        sort: PublicKeysSort | Sequence[PublicKeysSort] | None = None,
        extra_params: Mapping[str, str] | None = None,
    ) -> Page[PublicKey]:
        """List public_keys (the API returns all records; pagination is disabled).

        Iterating the returned page yields every item of every page.
        """
        return self._list(
            filter=filter,
            sort=sort,
            extra_params=extra_params,
        )
