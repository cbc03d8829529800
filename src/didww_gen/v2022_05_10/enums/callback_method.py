# generated from spec/2022-05-10 by codegen, do not edit
"""``CallbackMethod``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiStrEnum

__all__ = ["CallbackMethod"]


class CallbackMethod(ApiStrEnum):
    """The HTTP method of callback (webhook) requests."""

    GET = "GET"
    POST = "POST"
