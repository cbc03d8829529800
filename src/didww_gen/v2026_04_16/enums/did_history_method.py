# generated from spec/2026-04-16 by codegen, do not edit
"""``DidHistoryMethod``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["DidHistoryMethod"]


class DidHistoryMethod(ApiStrEnum):
    """How the action of a DID history record was performed."""

    SYSTEM = "system"
    API2 = "api2"
    API3 = "api3"
    STAFF = "staff"
    USER_PANEL = "user_panel"
    MCP = "mcp"
    """Performed through the MCP interface."""
