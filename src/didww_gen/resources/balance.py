# generated from spec/2026-04-16 by codegen, do not edit
"""``client.balance``: operations on ``/balance``."""

from __future__ import annotations

from didww_gen._repository import Repository
from didww_gen.models.balance import Balance

__all__ = ["BalanceRepository"]


class BalanceRepository(Repository[Balance]):
    """``/balance``: The account's prepaid balance and available credit."""

    _model = Balance
    _path = "balance"

    def find(self) -> Balance:
        """Fetch the Balance."""
        return self._find(None)
