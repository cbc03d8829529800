"""Base classes of the generated enums.

A value the SDK does not know (the API added one) decodes to a pseudo-member that keeps the raw
value, so nothing breaks and nothing is lost: ``Codec(99).value == 99``, ``Codec(99).name == "UNKNOWN_99"``.
Pseudo-members are not listed when iterating the enum.
"""

from __future__ import annotations

import enum
import re
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema


def _pseudo_name(value: Any) -> str:
    return "UNKNOWN_" + (re.sub(r"\W+", "_", str(value)).strip("_").upper() or "VALUE")


def _integer_only(value: Any) -> Any:
    """pydantic would take ``true`` as 1 and ``"1"`` as 1: only a JSON integer (or a member) is a value."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected an integer, not {type(value).__name__}")
    return value


class ApiIntEnum(enum.IntEnum):
    """An integer enum of the API."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_before_validator_function(_integer_only, handler(source))

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
