"""Item 3 of issue 16, must type-check clean: documented filters, includes and sorts, inline or in variables."""

from __future__ import annotations

import datetime as dt

from didww_gen.v2026_04_16 import DidwwClient
from didww_gen.v2026_04_16.enums import Feature
from didww_gen.v2026_04_16.resources import DidsFilter, DidsInclude, DidsSort


def inline(client: DidwwClient) -> None:
    client.dids.list(filter={"terminated": False, "number": ["1609", "1610"]}, include="voice_in_trunk", sort="-number")
    client.dids.list(include=["did_group", "did_group.stock_keeping_units"], sort=["-created_at", "number"])
    client.dids.list(filter={"did_group.features": [Feature.VOICE_IN]})
    client.dids.find("uuid", include="did_group.stock_keeping_units")


def in_variables(client: DidwwClient) -> None:
    wanted: DidsFilter = {"terminated": False}  # the one-line annotation docs/api.md shows
    wanted["description"] = "office"
    paths: list[DidsInclude] = ["voice_in_trunk", "did_group"]
    order: DidsSort = "-created_at"
    client.dids.list(filter=wanted, include=paths, sort=order)
    print(dt.date.today())
