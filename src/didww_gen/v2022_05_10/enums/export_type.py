# generated from spec/2022-05-10 by codegen, do not edit
"""``ExportType``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiStrEnum

__all__ = ["ExportType"]


class ExportType(ApiStrEnum):
    """The type of CDRs an export holds."""

    CDR_IN = "cdr_in"
    """Inbound CDRs."""
    CDR_OUT = "cdr_out"
    """Outbound CDRs."""
