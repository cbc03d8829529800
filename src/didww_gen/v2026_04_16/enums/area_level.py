# generated from spec/2026-04-16 by codegen, do not edit
"""``AreaLevel``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["AreaLevel"]


class AreaLevel(ApiStrEnum):
    """Required location proof level of a requirement."""

    WORLD_WIDE = "world_wide"
    COUNTRY = "country"
    AREA = "area"
    CITY = "city"
