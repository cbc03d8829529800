"""The account balance the fake keeps: one ``balances`` record, set by tests and charged by orders."""

from __future__ import annotations

import random
from decimal import Decimal, InvalidOperation

from didww_gen.errors import DidwwClientError
from didww_gen.testing import _domain
from didww_gen.testing._store import Record, Store


def current(store: Store, rng: random.Random) -> Record:
    """The balance record (a zero one is stored when there is none)."""
    found = next(iter(store.all("balances")), None)
    if found is not None:
        return found
    zero = {"balance": "0.00", "credit": "0.00", "total_balance": "0.00"}
    return store.put({"id": _domain.new_id(rng), "type": "balances", "attributes": zero})


def set_amount(store: Store, rng: random.Random, amount: str | Decimal) -> None:
    """Set the balance (the credit stays)."""
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        raise DidwwClientError(f"set_balance takes an amount such as '100.00', got {amount!r}") from None
    if not value.is_finite():
        raise DidwwClientError(f"set_balance takes an amount such as '100.00', got {amount!r}")
    attributes = current(store, rng)["attributes"]
    credit = Decimal(str(attributes.get("credit") or "0"))
    attributes.update(balance=_cents(value), total_balance=_cents(value + credit))


def charge(store: Store, rng: random.Random, total: Decimal) -> None:
    """Take ``total`` from the balance (a negative total refunds); refused beyond the balance and credit."""
    balance = current(store, rng)
    store.touch(balance)
    attributes = balance["attributes"]
    available = Decimal(str(attributes.get("total_balance") or "0"))
    if total > available:
        raise _domain.insufficient_balance(available, total)
    attributes["balance"] = _cents(Decimal(str(attributes.get("balance") or "0")) - total)
    attributes["total_balance"] = _cents(available - total)


def _cents(amount: Decimal) -> str:
    return str(amount.quantize(Decimal("0.01")))
