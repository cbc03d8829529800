"""Client-side refusals read like the README: which field, what was wrong, what to do; never pydantic's words.

``pytest_plugins`` registers ``refusal_messages``: from here on it records every ``DidwwClientError`` the
suite raises and fails the session if one uses pydantic's phrasing (listing them).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from didww_gen.errors import DidwwClientError
from didww_gen.v2026_04_16.models import (
    CredentialsAndIpAuthenticationMethod,
    Identity,
    Order,
    SipConfiguration,
    VoiceInTrunk,
)

pytest_plugins = ["refusal_messages"]

MISTAKES: list[tuple[str, Callable[[], object], str]] = [
    (
        "wrong nested class",
        lambda: VoiceInTrunk(name="x", configuration=CredentialsAndIpAuthenticationMethod()),  # type: ignore[arg-type, call-arg]
        "VoiceInTrunk.configuration takes SipConfiguration or PstnConfiguration, got "
        "CredentialsAndIpAuthenticationMethod: build one of those classes",
    ),
    (
        "misspelled keyword",
        lambda: VoiceInTrunk(nmae="x"),  # type: ignore[call-arg]
        "VoiceInTrunk has no field 'nmae' (did you mean 'name'?)",
    ),
    (
        "misspelled attribute",
        lambda: setattr(VoiceInTrunk(name="x"), "nmae", "y"),
        "VoiceInTrunk.nmae is not a field (did you mean 'name'?)",
    ),
    ("wrong type", lambda: SipConfiguration(host=5), "SipConfiguration.host takes a str (got int)"),  # type: ignore[arg-type]
    ("unreadable int", lambda: VoiceInTrunk(priority="high"), "VoiceInTrunk.priority takes an int (got str)"),  # type: ignore[arg-type]
    ("wrong date", lambda: Identity(birth_date="soon"), "Identity.birth_date takes a date (got str)"),  # type: ignore[arg-type]
    (
        "wrong order item",
        lambda: Order(items=[VoiceInTrunk()]),  # type: ignore[list-item]
        "Order.items.0 takes DidOrderItem or AvailableDidOrderItem",
    ),
]


@pytest.mark.parametrize(("mistake", "make", "message"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_a_mistake_is_refused_in_the_sdks_words(mistake: str, make: Callable[[], object], message: str) -> None:
    import refusal_messages  # registered by pytest_plugins once this module is collected

    with pytest.raises(DidwwClientError) as raised:
        make()
    assert str(raised.value).startswith(message)
    assert refusal_messages.pydantic_phrased([str(raised.value)]) == []


def test_the_plugin_records_refusals_and_spots_pydantic_phrasing() -> None:
    import refusal_messages

    before = len(refusal_messages.MESSAGES)
    with pytest.raises(DidwwClientError):
        SipConfiguration(host=5)  # type: ignore[arg-type]
    assert refusal_messages.MESSAGES[before:] == ["SipConfiguration.host takes a str (got int)"]
    pydantic_like = "VoiceInTrunk.configuration: Input tag 'X' found using choose() does not match"
    plain = "HTTP 200: the response is not a JSON:API document of dids: data.id: expected a string"
    assert refusal_messages.pydantic_phrased([pydantic_like, plain]) == [pydantic_like]


def test_no_refusal_so_far_uses_pydantic_phrasing() -> None:
    """The same check the plugin makes at the end of the session, on what the suite raised until here."""
    import refusal_messages

    assert refusal_messages.pydantic_phrased(refusal_messages.MESSAGES) == []
