# generated from spec/2022-05-10 by codegen, do not edit
"""``AreaLevel``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiStrEnum

__all__ = ["AreaLevel"]


class AreaLevel(ApiStrEnum):
    """The area a requirement's proofs must cover."""

    WORLD_WIDE = "WorldWide"
    COUNTRY = "Country"
    AREA = "Area"
    CITY = "City"
