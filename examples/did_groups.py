"""DID groups (the coverage): includes, filters, paging and SKU prices.

Shows ``include`` of the related country, region, city, DID group type and stock keeping units (SKUs),
filters (``features``, ``country.id``, ``meta``-based availability), ``page_size`` with ``next_page()``,
and iterating a ``Page`` to walk every page.

Run against the sandbox:  DIDWW_API_KEY=... python examples/did_groups.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/did_groups.py
(``DIDWW_BASE_URL`` overrides the sandbox URL.)
"""

from __future__ import annotations

from itertools import islice

from didww_gen import DidwwClient
from didww_gen.enums import Feature
from didww_gen.models import DidGroup
from didww_gen.resources import DidGroupsInclude

INCLUDES: list[DidGroupsInclude] = ["stock_keeping_units", "country", "city", "did_group_type", "region"]


def describe(group: DidGroup) -> str:
    """One line: where the group is, its type, and its SKU prices (when the SKUs were included)."""
    where = ", ".join(p.name or "?" for p in (group.city, group.region, group.country) if p is not None)
    kind = group.did_group_type.name if group.did_group_type else "?"
    prices = "; ".join(
        f"setup {sku.setup_price} + {sku.monthly_price}/month, {sku.channels_included_count} channel(s)"
        for sku in group.stock_keeping_units or []
    )
    return f"+{group.prefix} {group.area_name} [{kind}] ({where or 'no location included'}): {prices or 'no SKU'}"


def main() -> None:
    with DidwwClient.from_env() as client:
        # voice-in DID groups, 3 per page, with everything included
        page = client.did_groups.list(include=INCLUDES, filter={"features": [Feature.VOICE_IN]}, page_size=3)
        print(f"Voice-in DID groups: {page.meta.total_records} in all; first page:")
        for group in page.data:
            print("  " + describe(group))
        if page.has_next_page():
            second = page.next_page()
            print(f"Second page: {', '.join(g.area_name or '?' for g in second.data)}")

        # iterating a Page walks every page (fetched lazily, page_size at a time); stop after 10 here
        print("Walking the pages:")
        for group in islice(client.did_groups.list(filter={"features": Feature.VOICE_IN}, page_size=3), 10):
            features = ", ".join(f.value for f in group.features or [])
            print(f"  +{group.prefix:<4} {group.area_name:<12} {features}")

        # DID groups of one country: a country seen on the first page, else the United States
        country = next((g.country for g in page.data if g.country is not None), None)
        if country is None:
            country = next(iter(client.countries.list(filter={"iso": "US"}).data), None)
        if country is not None and country.id is not None:
            in_country = client.did_groups.list(include=INCLUDES, filter={"country.id": country.id}, page_size=5)
            print(f"DID groups in {country.name}: {in_country.meta.total_records}")
            for group in in_country.data:
                print("  " + describe(group))

        # SMS-in groups that also offer available DIDs, and one group fetched by id
        sms = client.did_groups.list(filter={"features": Feature.SMS_IN, "available_dids_enabled": True})
        print(f"SMS-in groups with available DIDs: {', '.join(g.area_name or '?' for g in sms.data) or '-'}")
        if page.data:
            group = client.did_groups.find(page.data[0], include="stock_keeping_units")
            priced = [sku for sku in group.stock_keeping_units or [] if sku.monthly_price is not None]
            cheapest = min(priced, key=lambda sku: sku.monthly_price or 0, default=None)
            print(f"find: {group.area_name}, cheapest SKU {cheapest.id if cheapest else '-'}", end="")
            print(f" at {cheapest.monthly_price}/month" if cheapest else "")
            if group.meta is not None:
                meta = group.meta
                print(f"  meta: total_count={meta.total_count}, needs_registration={meta.needs_registration}")


if __name__ == "__main__":
    main()
