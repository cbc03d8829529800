# generated from spec/2022-05-10 by codegen, do not edit
"""``client.balance``: operations on ``/balance``."""

from __future__ import annotations

from collections.abc import Mapping

from didww_gen._client import TimeoutTypes
from didww_gen._repository import AsyncRepository, Repository
from didww_gen.v2022_05_10.models.balance import Balance

__all__ = ["BalanceRepository", "AsyncBalanceRepository"]


class BalanceRepository(Repository[Balance]):
    """``/balance``: The account's prepaid balance and available credit."""

    _model = Balance
    _path = "balance"

    def find(self, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None) -> Balance:
        """Fetch the Balance."""
        return self._find(None, extra_headers=extra_headers, timeout=timeout)


class AsyncBalanceRepository(AsyncRepository[Balance]):
    """``/balance`` (async): The account's prepaid balance and available credit."""

    _model = Balance
    _path = "balance"

    async def find(self, *, extra_headers: Mapping[str, str] | None = None, timeout: TimeoutTypes = None) -> Balance:
        """Fetch the Balance."""
        return await self._find(None, extra_headers=extra_headers, timeout=timeout)
