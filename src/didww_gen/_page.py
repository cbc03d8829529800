"""``Page``: one page of a list, iterable over every page, fetching the next ones lazily."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from didww_gen._decoding import PageLinks, PageMeta
from didww_gen._model import Resource

M = TypeVar("M", bound=Resource)


class Page(Generic[M]):
    """A page of ``list()`` results.

    ``data`` holds this page's models, ``meta`` the document meta (``total_records``, ``api_version``),
    ``links`` the pagination links. Iterating yields every item of every page, requesting the
    following pages only as the iteration reaches them.
    """

    __slots__ = ("_fetch_next", "data", "included", "links", "meta")

    def __init__(
        self,
        data: list[M],
        meta: PageMeta,
        links: PageLinks,
        fetch_next: Callable[[str], Page[M]] | None = None,
        included: list[object] | None = None,
    ) -> None:
        self.data = data
        self.meta = meta
        self.links = links
        self.included = included or []
        self._fetch_next = fetch_next

    def has_next_page(self) -> bool:
        """True when the server linked a next page."""
        return bool(self.links.next) and self._fetch_next is not None

    def next_page(self) -> Page[M]:
        """Fetch the next page; raises ``StopIteration`` when there is none."""
        if not self.has_next_page():
            raise StopIteration("this is the last page")
        assert self._fetch_next is not None and self.links.next is not None
        return self._fetch_next(self.links.next)

    def iter_pages(self) -> Iterator[Page[M]]:
        """This page and every following page."""
        page: Page[M] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[M]:
        for page in self.iter_pages():
            yield from page.data

    def __repr__(self) -> str:
        more = ", more pages" if self.has_next_page() else ""
        return f"Page({len(self.data)} items, total_records={self.meta.total_records}{more})"
