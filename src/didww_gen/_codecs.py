"""How an attribute's value travels on the wire: the runtime's ``Kind`` codecs.

Generated models name one per attribute (``AttributeSpec("expires_at", Kind.DATETIME, ...)``). The structural
ones (plain JSON, enums, lists, nested objects) are listed here; every other member is a kind's own codec,
taken from the kinds table (``didww_gen._kinds``), so a new kind needs no change here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from didww_gen._kinds import KINDS, ScalarKind

STRUCTURAL = ("PLAIN", "ENUM", "LIST", "NESTED", "LIST_NESTED")
"""Codecs of the spec's type constructors, and ``PLAIN`` (JSON as it is, or encoded by the value's type)."""


class _Codecs(type):
    if TYPE_CHECKING:  # a kind's codec is set below from the kinds table: type checkers take any member name

        def __getattr__(cls, name: str) -> Kind: ...


class Kind(metaclass=_Codecs):
    """One codec: ``Kind.PLAIN``, ``Kind.NESTED``, ``Kind.DATETIME``, ... (compared by identity)."""

    __slots__ = ("declared", "name", "value")

    def __init__(self, name: str, declared: ScalarKind | None = None) -> None:
        self.name = name
        self.value = name.lower()
        self.declared = declared
        """The kind this codec encodes (None: a structural codec)."""

    def __repr__(self) -> str:
        return f"Kind.{self.name}"

    def __reduce__(self) -> Any:
        return (getattr, (Kind, self.name))

    def __copy__(self) -> Kind:
        return self

    def __deepcopy__(self, memo: Any) -> Kind:
        return self


def _install() -> None:
    for name in STRUCTURAL:
        setattr(Kind, name, Kind(name))
    for declared in KINDS:
        if declared.codec == "PLAIN":
            continue
        if declared.codec in vars(Kind):
            raise ValueError(f"didww_gen._kinds.{declared.name}: codec {declared.codec!r} is another's: name its own")
        setattr(Kind, declared.codec, Kind(declared.codec, declared))


_install()
