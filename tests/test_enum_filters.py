"""Enum-valued filters take the enum's members or their values; anything else is refused before sending.

The API answers ``filter[status]=done`` with an empty list, which reads as "no such order": the SDK refuses it
instead, naming the values it takes (tests/typing/err_enum_filters.py: mypy and pyright refuse it too). Every
enum-valued filter of every version in spec/versions.yaml is checked, through the fake.
"""

from __future__ import annotations

import asyncio
import enum
import importlib
from pathlib import Path
from typing import Any

import pytest

from codegen.versions import load, package_name
from didww_gen.errors import DidwwClientError
from didww_gen.v2026_04_16.enums import OrderStatus
from didww_gen.v2026_04_16.testing import FakeDidww

ROOT = Path(__file__).resolve().parent.parent


class _Other(enum.Enum):
    PENDING = "pending"  # the value of an OrderStatus member, but of another enum


def fake_of(version: str) -> Any:
    """An empty fake of that version."""
    return importlib.import_module(f"didww_gen.{package_name(version)}.testing").FakeDidww(seed="empty")


def enum_filters() -> list[tuple[str, str, str, type[enum.Enum]]]:
    """``(version, repository attribute, filter name, enum)`` of every enum-valued filter."""
    found = []
    for version in load(ROOT).versions:
        client = fake_of(version).client()
        for name in dir(type(client)):
            if name.startswith("_") or not hasattr(getattr(client, name), "_filter_enums"):
                continue
            for key, members in getattr(client, name)._filter_enums.items():
                found.append((version, name, key, members))
    return found


FILTERS = enum_filters()


def test_every_version_has_enum_filters() -> None:
    assert {v for v, *_ in FILTERS} == set(load(ROOT).versions)
    assert ("2026-04-16", "orders", "status", OrderStatus) in FILTERS


@pytest.mark.parametrize(("version", "repository", "key", "members"), FILTERS, ids=lambda v: getattr(v, "__name__", v))
def test_a_value_not_of_the_enum_is_refused_naming_the_values(
    version: str, repository: str, key: str, members: type[enum.Enum]
) -> None:
    fake = fake_of(version)
    client = fake.client()
    for wrong in ("done", ["done"], 1.5, True, _Other.PENDING):
        with pytest.raises(DidwwClientError) as refused:
            getattr(client, repository).list(filter={key: wrong})
        message = str(refused.value)
        assert f"filter[{key}] takes {members.__name__} members" in message
        assert all(repr(m.value) in message for m in members), message
    assert len(fake.requests) == 0  # nothing was sent


@pytest.mark.parametrize(("version", "repository", "key", "members"), FILTERS, ids=lambda v: getattr(v, "__name__", v))
def test_members_their_values_and_pseudo_members_are_sent(
    version: str, repository: str, key: str, members: type[enum.Enum]
) -> None:
    fake = fake_of(version)
    client = fake.client()
    listed = list(members)
    unlisted = members("not_yet_listed" if isinstance(listed[0].value, str) else 999)  # a value the SDK lacks
    for value, sent in (
        (listed[0], listed[0].value),
        (listed[-1].value, listed[-1].value),
        ([listed[0], listed[-1].value], f"{listed[0].value},{listed[-1].value}"),
        (unlisted, unlisted.value),
    ):
        getattr(client, repository).list(filter={key: value})
        assert fake.requests[-1].url.params[f"filter[{key}]"] == str(sent)


def test_the_message_of_orders_status_and_the_async_client() -> None:
    fake = FakeDidww(seed="empty")
    with pytest.raises(DidwwClientError) as refused:
        fake.client().orders.list(filter={"status": "done"})  # type: ignore[typeddict-item]
    assert str(refused.value) == (
        "filter[status] takes OrderStatus members or their values ('pending', 'completed', 'canceled'), "
        "got 'done'; a value this SDK does not list yet: OrderStatus('done')"
    )

    async def listing() -> None:
        await fake.async_client().orders.list(filter={"status": ["pending", "Done"]})  # type: ignore[list-item]

    with pytest.raises(DidwwClientError, match="got 'Done'"):
        asyncio.run(listing())
    assert len(fake.requests) == 0


def test_the_message_shows_no_long_value_and_hints_only_a_plain_value() -> None:
    client = FakeDidww(seed="empty").client()
    for value, shown, hint in (
        ("x" * 10_000, "got a str of 10002 characters", False),
        (7, "got 7", False),  # a string enum: OrderStatus(7) is no member either
        (_Other.PENDING, "got <_Other.PENDING: 'pending'>", False),
        ("on_hold", "got 'on_hold'", True),
    ):
        with pytest.raises(DidwwClientError) as refused:
            client.orders.list(filter={"status": value})  # type: ignore[typeddict-item]
        message = str(refused.value)
        assert shown in message and len(message) < 300, message
        assert ("a value this SDK does not list yet: OrderStatus(" in message) is hint, message
