# generated from spec/2026-04-16 by codegen, do not edit
"""``ExportStatus``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["ExportStatus"]


class ExportStatus(ApiStrEnum):
    """The status of an export."""

    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
