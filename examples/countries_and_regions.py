"""Coverage lookups: countries, regions, cities and areas.

Shows sorting (countries by name), filtering (by ``iso``, ``country.id``, ``region.id``), ``find`` by id,
and includes (the country and region of a city).

Run against the sandbox:  DIDWW_API_KEY=... python examples/countries_and_regions.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/countries_and_regions.py
(``DIDWW_BASE_URL`` overrides the sandbox URL.)
"""

from __future__ import annotations

from collections.abc import Iterable

from didww_gen import DidwwClient
from didww_gen.models import City, Region


def names(items: Iterable[City | Region], limit: int = 8) -> str:
    return ", ".join(item.name or "?" for item in list(items)[:limit]) or "-"


def main() -> None:
    with DidwwClient.from_env() as client:
        countries = client.countries.list(sort="name")
        print(f"{len(countries.data)} countries, sorted by name; the first ones:")
        for country in countries.data[:5]:
            print(f"  {country.iso}  +{country.prefix:<4} {country.name}")

        # find one country: look it up by ISO code, then fetch it again by id (find takes an id or a model)
        matches = client.countries.list(filter={"iso": "GB"}).data or countries.data
        country = client.countries.find(matches[0])
        print(f"\nfind({country.id!r}) -> {country.name} (+{country.prefix}, {country.iso})")

        # regions of a country: the country of the first region that names one
        owner = next((r.country for r in client.regions.list(include="country") if r.country is not None), None)
        if owner is not None and owner.id is not None:
            regions = client.regions.list(filter={"country.id": owner.id}, sort="name")
            print(f"Regions of {owner.name}: {names(regions.data)}")

        # cities by country and by region (with the city's country and region included)
        cities = client.cities.list(include=["country", "region"], sort="name", page_size=50).data
        owner = next((c.country for c in cities if c.country is not None), None)
        if owner is not None and owner.id is not None:
            print(f"Cities of {owner.name}: {names(client.cities.list(filter={'country.id': owner.id}).data)}")
        region = next((c.region for c in cities if c.region is not None), None)
        if region is not None and region.id is not None:
            print(f"Cities in region {region.name}: {names(client.cities.list(filter={'region.id': region.id}).data)}")
        else:
            print("(no city on this page names its region)")

        areas = client.areas.list(include="country", sort="name")
        print(f"\n{len(areas.data)} area(s); the first ones:")
        for area in areas.data[:5]:
            print(f"  {area.name} ({area.country.name if area.country else '-'})")


if __name__ == "__main__":
    main()
