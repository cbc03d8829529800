"""Issue 25: ``ExportFilters.from_`` / ``to`` take aware datetimes (spec type ``timestamp``) and go on the wire in
the API's ``YYYY-MM-DD HH:MM:SS`` (UTC); a value that cannot be sent so is refused naming that format."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from didww_gen.errors import DidwwClientError
from didww_gen.v2026_04_16.enums import ExportType
from didww_gen.v2026_04_16.models import Export, ExportFilters
from didww_gen.v2026_04_16.testing import FakeDidww

PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


def test_aware_datetimes_are_sent_in_the_api_format_in_utc() -> None:
    fake = FakeDidww()
    since, until = dt.datetime(2026, 12, 1, 2, tzinfo=PLUS_TWO), dt.datetime(2026, 12, 2, tzinfo=dt.timezone.utc)
    export = fake.client().exports.create(
        Export(export_type=ExportType.CDR_IN, filters=ExportFilters(from_=since, to=until))
    )
    sent = json.loads(fake.requests[-1].content)["data"]["attributes"]["filters"]
    assert sent == {"from": "2026-12-01 00:00:00", "to": "2026-12-02 00:00:00"}
    assert export.filters.from_ == since and export.filters.to == until  # read back aware, UTC


@pytest.mark.parametrize(
    ("value", "why"),
    [
        (dt.datetime(2026, 1, 1), "got a naive one"),
        ("2026/01/01 00:00", "or a string formatted YYYY-MM-DD HH:MM:SS"),
        ("2026-01-01T00:00:00", "or a string formatted YYYY-MM-DD HH:MM:SS"),  # ISO text needs a timezone
        (dt.datetime(2026, 1, 1, 0, 0, 0, 500, tzinfo=dt.timezone.utc), "in whole seconds"),
        (1767225600, "takes an aware datetime (sent as YYYY-MM-DD HH:MM:SS, UTC), got int"),
    ],
)
def test_a_value_that_cannot_be_sent_so_is_refused_naming_the_format(value: Any, why: str) -> None:
    with pytest.raises(DidwwClientError, match=r"^ExportFilters\.from_ ") as info:
        ExportFilters(from_=value)
    assert why in str(info.value) and "YYYY-MM-DD HH:MM:SS" in str(info.value)
    filters = ExportFilters()
    with pytest.raises(DidwwClientError, match="YYYY-MM-DD HH:MM:SS"):
        filters.to = value


def test_the_api_format_and_iso_text_with_a_timezone_are_read() -> None:
    utc = dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc)
    assert ExportFilters.model_validate({"from": "2026-03-01 00:00:00"}).from_ == utc  # as the API answers
    assert ExportFilters.model_validate({"to": "2026-03-01T00:00:00.000Z"}).to == utc  # as a dump writes it
