"""Base classes of the generated enums.

A value the SDK does not know (the API added one) decodes to a pseudo-member that keeps the raw
value, so nothing breaks and nothing is lost: ``Codec(99).value == 99``, ``Codec(99).name == "UNKNOWN_99"``.
Pseudo-members are not listed when iterating the enum.
"""

from __future__ import annotations

import enum
import re
from typing import Any


def _pseudo_name(value: Any) -> str:
    return "UNKNOWN_" + (re.sub(r"\W+", "_", str(value)).strip("_").upper() or "VALUE")


class ApiIntEnum(enum.IntEnum):
    """An integer enum of the API."""

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = _pseudo_name(value)
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)

    @property
    def is_known(self) -> bool:
        """False for a value this SDK version does not know."""
        return self._name_ in type(self).__members__


class ApiStrEnum(str, enum.Enum):
    """A string enum of the API; members compare equal to their values and format as them."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = _pseudo_name(value)
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)

    @property
    def is_known(self) -> bool:
        """False for a value this SDK version does not know."""
        return self._name_ in type(self).__members__
