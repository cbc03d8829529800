"""What a decoded JSON:API document is: its primary data and included resources (``Decoded``), its ``meta``
(``PageMeta``, members of an unexpected JSON type kept raw and raising on read) and its ``links`` (``PageLinks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

from didww_gen._model import Resource
from didww_gen._offtype import quoted, type_name
from didww_gen._types import StrictInt
from didww_gen.errors import DidwwClientError

M = TypeVar("M", bound=Resource)

INVALID_MEMBERS = "__invalid_members__"
"""``__dict__`` key of the document meta members whose value had an unexpected JSON type (by name)."""


class PageMeta(BaseModel):
    """Document-level ``meta`` of a response; keys the docs do not list stay in ``model_extra``.

    A documented member of an unexpected JSON type (``"total_records": "many"``) is kept raw in ``model_extra``
    as attributes are in ``invalid_attributes``: the page is kept, and reading the member raises."""

    model_config = ConfigDict(extra="allow")
    total_records: StrictInt | None = None
    api_version: str | None = None

    if not TYPE_CHECKING:  # mypy keeps checking member names; at run time, an unreadable value raises

        def __getattr__(self, name: str) -> Any:
            invalid = self.__dict__.get(INVALID_MEMBERS)
            if invalid and name in invalid:
                expected = type_name(type(self).model_fields[name].annotation)
                raise DidwwClientError(
                    f"meta.{name}: the server sent {quoted(invalid[name], False)} where this member takes "
                    f"{expected}; the raw value is in meta.model_extra[{name!r}]"
                )
            return super().__getattr__(name)


class PageLinks(BaseModel):
    """Document-level pagination ``links``."""

    model_config = ConfigDict(extra="allow")
    first: str | None = None
    last: str | None = None
    prev: str | None = None
    next: str | None = None


class Decoded(Generic[M]):
    """A decoded document: primary data, included resources, meta and links."""

    __slots__ = ("data", "included", "links", "meta")

    def __init__(self, data: Any, included: list[Any], meta: PageMeta, links: PageLinks) -> None:
        self.data = data
        self.included = included
        self.meta = meta
        self.links = links
