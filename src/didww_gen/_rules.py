"""Write rules from the spec, checked and applied to the values about to be sent, at send time.

A model's ``__rules__`` come from the ``rules`` of its spec file. They run on ``outgoing`` (field name ->
value, exactly what the write will send), knowing which of those fields the user ``changed`` and what the
model currently holds (``current``: every loaded or set field), so the result never depends on the order
in which fields were assigned.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal

from didww_gen._record import record
from didww_gen.errors import DidwwClientError

NOT_BLANK: Final = "not_blank"
Test = bool | Literal["not_blank"]


def filled(value: Any) -> bool:
    """A value that counts as sent: neither null nor empty."""
    return value is not None and value != "" and value != []


def passes(value: Any, test: Test) -> bool:
    return filled(value) if test == NOT_BLANK else value is test


def _shown(test: Test) -> str:
    return "set" if test == NOT_BLANK else str(test).lower()


@record(frozen=True, slots=True)
class Cascade:
    """When the write changes ``field`` to a value passing ``test``, it also sends ``sends``."""

    field: str
    test: Test
    sends: tuple[tuple[str, Any], ...]

    def apply(self, outgoing: dict[str, Any], changed: set[str]) -> None:
        if self.field in changed and passes(outgoing.get(self.field), self.test):
            for name, value in self.sends:
                outgoing[name] = value
                changed.add(name)


@record(frozen=True, slots=True)
class Refuse:
    """While ``field`` passes ``test`` (as sent, or as the model holds it), ``refuses`` cannot be sent."""

    field: str
    test: Test
    refuses: tuple[str, ...]
    because: str

    def check(self, owner: str, outgoing: Mapping[str, Any], current: Mapping[str, Any]) -> None:
        value = outgoing[self.field] if self.field in outgoing else current.get(self.field)
        if not passes(value, self.test):
            return
        for name in self.refuses:
            if filled(outgoing.get(name)):
                raise DidwwClientError(
                    f"{owner}.{name} cannot be sent while {owner}.{self.field} is {_shown(self.test)}: {self.because}"
                )


def _names(owner: str, fields: tuple[str, ...], elsewhere: tuple[tuple[str, str], ...]) -> str:
    """``Owner.a / Owner.b``, each field named on the class that has it (``elsewhere``: field -> other class)."""
    where = dict(elsewhere)
    return " / ".join(f"{where.get(name, owner)}.{name}" for name in fields)


@record(frozen=True, slots=True)
class OneOf:
    """At most one of ``fields`` is sent with a value; a create sends exactly one.

    ``elsewhere`` names the fields that other classes of the same wire type have instead (one class per way
    to send it, as DID order items): this class sends one of its own, the message names every way."""

    fields: tuple[str, ...]
    because: str
    elsewhere: tuple[tuple[str, str], ...] = ()

    def check(self, owner: str, outgoing: Mapping[str, Any], creating: bool) -> None:
        sent = [name for name in self.fields if filled(outgoing.get(name))]
        names = _names(owner, self.fields, self.elsewhere)
        if len(sent) > 1:
            both = " and ".join(f"{owner}.{name}" for name in sent)
            raise DidwwClientError(f"{both} exclude each other: set only one of {names} ({self.because})")
        if creating and not sent:
            raise DidwwClientError(f"{owner} needs exactly one of {names} ({self.because})")


@record(frozen=True, slots=True)
class AtLeastOne:
    """A create sends at least one of ``fields`` with a value (``elsewhere`` as for :class:`OneOf`)."""

    fields: tuple[str, ...]
    because: str
    elsewhere: tuple[tuple[str, str], ...] = ()

    def check(self, owner: str, outgoing: Mapping[str, Any], creating: bool) -> None:
        if creating and not any(filled(outgoing.get(name)) for name in self.fields):
            names = _names(owner, self.fields, self.elsewhere)
            raise DidwwClientError(f"{owner} needs at least one of {names} ({self.because})")


@record(frozen=True, slots=True)
class Range:
    """A number sent in ``field`` stays within the documented bounds (``None``: unbounded on that side)."""

    field: str
    minimum: int | None
    maximum: int | None

    def check(self, owner: str, outgoing: Mapping[str, Any], creating: bool) -> None:
        value = outgoing.get(self.field)
        if not isinstance(value, int) or isinstance(value, bool):
            return
        if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
            low = "" if self.minimum is None else f"at least {self.minimum}"
            high = "" if self.maximum is None else f"at most {self.maximum}"
            bounds = " and ".join(b for b in (low, high) if b)
            raise DidwwClientError(f"{owner}.{self.field} must be {bounds} (got {value})")


Rule = Cascade | Refuse | OneOf | AtLeastOne | Range


def apply_cascades(rules: tuple[Rule, ...], outgoing: dict[str, Any], changed: set[str]) -> None:
    """The cascades only (in spec order): what the write also sends."""
    for rule in rules:
        if isinstance(rule, Cascade):
            rule.apply(outgoing, changed)


def check_rules(
    owner: str, rules: tuple[Rule, ...], outgoing: Mapping[str, Any], current: Mapping[str, Any], creating: bool
) -> None:
    """The checks only (refusals, one-of, at-least-one, ranges), on the values about to be sent."""
    for rule in rules:
        if isinstance(rule, Refuse):
            rule.check(owner, outgoing, current)
        elif not isinstance(rule, Cascade):
            rule.check(owner, outgoing, creating)


def check_required(owner: str, required: tuple[str, ...], outgoing: Mapping[str, Any], when: str) -> None:
    """Every required field is sent, not null and not an empty list (``when`` says when, for the message)."""
    missing = [name for name in required if outgoing.get(name) is None or outgoing.get(name) == []]
    if missing:
        names = ", ".join(f"{owner}.{name}" for name in missing)
        raise DidwwClientError(f"{names} {'is' if len(missing) == 1 else 'are'} required {when}: set it first")
