"""``didww_gen._record.record``: the runtime's frozen records behave as the frozen dataclasses they stand for."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from collections.abc import Callable
from typing import Any

import pytest

from didww_gen._record import record


@record(frozen=True, slots=True)
class Rec:
    wire: str
    kind: int
    access: str = "read-only"
    targets: tuple[str, ...] = ()

    @property
    def shown(self) -> str:
        return f"{self.wire}:{self.kind}"


@dataclasses.dataclass(frozen=True, slots=True)
class Dat:
    wire: str
    kind: int
    access: str = "read-only"
    targets: tuple[str, ...] = ()

    @property
    def shown(self) -> str:
        return f"{self.wire}:{self.kind}"


@record(frozen=True)
class RecDict:
    wire: str
    kind: int
    access: str = "read-only"
    targets: tuple[str, ...] = ()

    @property
    def shown(self) -> str:
        return f"{self.wire}:{self.kind}"


@dataclasses.dataclass(frozen=True)
class DatDict:
    wire: str
    kind: int
    access: str = "read-only"
    targets: tuple[str, ...] = ()

    @property
    def shown(self) -> str:
        return f"{self.wire}:{self.kind}"


PAIRS = [(Rec, Dat), (RecDict, DatDict)]


def _outcome(call: Callable[[], Any]) -> tuple[str, str]:
    try:
        return "ok", repr(call())
    except Exception as exc:  # the exception's type and text are what is compared
        return type(exc).__name__, str(exc)


@pytest.mark.parametrize(("rec", "dat"), PAIRS)
@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("w", 1), {}),
        (("w",), {"kind": 2, "targets": ("a",)}),
        ((), {"wire": "w", "kind": 3, "access": "create-only"}),
        (("w", 1, "x", ("t",)), {}),
        (("w", 1, "x", ("t",), "extra"), {}),
        (("w",), {}),
        ((), {}),
        (("w", 1), {"wire": "again"}),
        (("w", 1), {"unknown": 1}),
    ],
)
def test_construction_and_repr_match_a_dataclass(
    rec: type, dat: type, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    got, expected = _outcome(lambda: rec(*args, **kwargs)), _outcome(lambda: dat(*args, **kwargs))
    assert got[0] == expected[0]
    if got[0] == "ok":
        assert got[1].replace(rec.__name__, dat.__name__, 1) == expected[1]
    else:  # the same TypeError, in words of its own where the dataclass's name the missing arguments differently
        assert ("missing" in got[1]) == ("missing" in expected[1])
        assert [n for n in ("'wire'", "'kind'", "'unknown'") if n in got[1]] == [
            n for n in ("'wire'", "'kind'", "'unknown'") if n in expected[1]
        ]


@pytest.mark.parametrize(("rec", "dat"), PAIRS)
def test_equality_hash_and_frozenness_match_a_dataclass(rec: Any, dat: Any) -> None:
    a, b, c = rec("w", 1), rec("w", 1), rec("w", 2)
    assert a == b and hash(a) == hash(b) and a != c
    assert a != dat("w", 1)  # another class, as two dataclasses
    assert {a, b, c} == {a, c}
    assert a.shown == "w:1" and a.__match_args__ == dat.__match_args__
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'wire'"):
        a.wire = "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.kind
    assert copy.copy(a) == a and copy.deepcopy(a) == a and pickle.loads(pickle.dumps(a)) == a


def test_slots_as_asked() -> None:
    assert Rec.__slots__ == ("wire", "kind", "access", "targets") and not hasattr(Rec("w", 1), "__dict__")
    assert hasattr(RecDict("w", 1), "__dict__") and RecDict.access == "read-only"


def test_a_field_without_default_after_one_with_is_refused() -> None:
    class Bad:
        a: int = 1
        b: int

    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):
        record(frozen=True)(Bad)
