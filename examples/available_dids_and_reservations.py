"""Available DIDs and DID reservations.

Lists available (in stock) numbers with their DID group and its SKUs included, filters them by country
and by DID group, reserves one for a few minutes, lists the reservations and cancels the reservation.

Run against the sandbox:  DIDWW_API_KEY=... python examples/available_dids_and_reservations.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/available_dids_and_reservations.py
(``DIDWW_BASE_URL`` overrides the sandbox URL. Available DIDs must be enabled for the account.)
"""

from __future__ import annotations

import secrets

from didww_gen import DidwwClient
from didww_gen.models import AvailableDid, DidReservation


def numbers(dids: list[AvailableDid], limit: int = 5) -> str:
    return ", ".join(did.number or "?" for did in dids[:limit]) or "-"


def main() -> None:
    with DidwwClient.from_env() as client:
        available = client.available_dids.list(include="did_group.stock_keeping_units")
        print(f"Available DIDs: {len(available.data)} on this page (meta total_count={available.meta.total_count})")
        for number in available.data[:4]:
            group = number.did_group
            prices = ", ".join(f"{s.monthly_price}/month" for s in group.stock_keeping_units or []) if group else ""
            print(f"  {number.number}  group: {group.area_name if group else '-'}  SKUs: {prices or '-'}")

        # by DID group: a group that has available numbers (and SKUs, to order one later)
        chosen = next((a for a in available.data if a.did_group and a.did_group.stock_keeping_units), None)
        if chosen is None or chosen.did_group is None:
            raise SystemExit("no available DID with a DID group and SKUs: nothing to reserve")
        group = chosen.did_group
        assert chosen.id is not None and chosen.number is not None and group.id is not None
        in_group = client.available_dids.list(filter={"did_group.id": group.id})
        print(f"In DID group {group.area_name} (+{group.prefix}): {numbers(in_group.data)}")

        # by country and by part of the number
        countries = client.countries.list(filter={"iso": "US"}).data
        if countries:
            us = client.available_dids.list(filter={"country.id": [c.id for c in countries if c.id is not None]})
            print(f"In the United States: {len(us.data)} number(s)")
        digits = chosen.number[-4:-1]
        matching = client.available_dids.list(filter={"number_contains": digits})
        print(f"Containing {digits!r}: {numbers(matching.data)}")

        # reserve the chosen number
        reservation = client.did_reservations.create(
            DidReservation(
                available_did=AvailableDid.ref(chosen.id),
                description=f"example reservation {secrets.token_hex(3)}",
            ),
            include="available_did",
        )
        reserved_number = reservation.available_did.number if reservation.available_did else chosen.number
        print(f"\nReserved {reserved_number} until {reservation.expires_at:%H:%M} UTC ({reservation.description!r})")

        reservations = client.did_reservations.list(include="available_did")
        print(f"Reservations: {len(reservations.data)} (more allowed: {reservations.meta.available_count})")
        ours = next((item for item in reservations.data if item.id == reservation.id), None)
        if ours is not None and ours.available_did is not None:
            print(f"  ours: {ours.id}  {ours.available_did.number}  {ours.description!r}")

        still_listed = client.available_dids.list(filter={"id": chosen.id}).data
        print(f"The reserved number is {'still' if still_listed else 'no longer'} listed as available")

        client.did_reservations.delete(reservation)
        listed = bool(client.available_dids.list(filter={"id": chosen.id}).data)
        print(f"Deleted reservation {reservation.id}; the number is listed as available again: {listed}")


if __name__ == "__main__":
    main()
