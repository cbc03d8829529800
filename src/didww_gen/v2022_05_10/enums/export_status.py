# generated from spec/2022-05-10 by codegen, do not edit
"""``ExportStatus``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiStrEnum

__all__ = ["ExportStatus"]


class ExportStatus(ApiStrEnum):
    """The status of an export."""

    PENDING = "Pending"
    PROCESSING = "Processing"
    COMPLETED = "Completed"
