# generated from spec/2026-04-16 by codegen, do not edit
"""``CallbackMethod``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["CallbackMethod"]


class CallbackMethod(ApiStrEnum):
    """The HTTP method of callback (webhook) requests."""

    GET = "get"
    POST = "post"
