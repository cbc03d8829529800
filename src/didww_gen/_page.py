"""``Page`` and ``AsyncPage``: one page of a list, iterable over every page, fetching the next lazily."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic

from typing_extensions import TypeVar  # PEP 696 defaults: Page[Did] is Page[Did, PageMeta]

from didww_gen._decoding import PageLinks, PageMeta
from didww_gen._model import Resource

M = TypeVar("M", bound=Resource)
MetaT = TypeVar("MetaT", bound=PageMeta, default=PageMeta)


class _PageData(Generic[M, MetaT]):
    __slots__ = ("data", "included", "links", "meta")

    def __init__(self, data: list[M], meta: MetaT, links: PageLinks, included: list[object] | None) -> None:
        self.data = data
        self.meta = meta
        self.links = links
        self.included = included or []

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        more = ", more pages" if self.links.next else ""
        return f"{type(self).__name__}({len(self.data)} items, total_records={self.meta.total_records}{more})"


class Page(_PageData[M, MetaT]):
    """A page of ``list()`` results.

    ``data`` holds this page's models, ``meta`` the document meta (``total_records``, ``api_version``),
    ``links`` the pagination links. Iterating yields every item of every page, requesting the
    following pages only as the iteration reaches them.
    """

    __slots__ = ("_fetch_next",)

    def __init__(
        self,
        data: list[M],
        meta: MetaT,
        links: PageLinks,
        fetch_next: Callable[[str], Page[M, MetaT]] | None = None,
        included: list[object] | None = None,
    ) -> None:
        super().__init__(data, meta, links, included)
        self._fetch_next = fetch_next

    def has_next_page(self) -> bool:
        """True when the server linked a next page."""
        return bool(self.links.next) and self._fetch_next is not None

    def next_page(self) -> Page[M, MetaT]:
        """Fetch the next page; raises ``StopIteration`` when there is none."""
        if self._fetch_next is None or not self.links.next:
            raise StopIteration("this is the last page")
        return self._fetch_next(self.links.next)

    def iter_pages(self) -> Iterator[Page[M, MetaT]]:
        """This page and every following page."""
        page: Page[M, MetaT] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[M]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageData[M, MetaT]):
    """A page of the async client's ``list()``: ``async for`` yields every item of every page."""

    __slots__ = ("_fetch_next",)

    def __init__(
        self,
        data: list[M],
        meta: MetaT,
        links: PageLinks,
        fetch_next: Callable[[str], Awaitable[AsyncPage[M, MetaT]]] | None = None,
        included: list[object] | None = None,
    ) -> None:
        super().__init__(data, meta, links, included)
        self._fetch_next = fetch_next

    def has_next_page(self) -> bool:
        """True when the server linked a next page."""
        return bool(self.links.next) and self._fetch_next is not None

    async def next_page(self) -> AsyncPage[M, MetaT]:
        """Fetch the next page; raises ``StopAsyncIteration`` when there is none."""
        if self._fetch_next is None or not self.links.next:
            raise StopAsyncIteration("this is the last page")
        return await self._fetch_next(self.links.next)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[M, MetaT]]:
        """This page and every following page."""
        page: AsyncPage[M, MetaT] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[M]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item
