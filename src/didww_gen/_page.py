"""``Page`` and ``AsyncPage``: one page of a list, iterable over every page, fetching the next lazily."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic
from urllib.parse import parse_qsl, urlsplit

from typing_extensions import TypeVar  # PEP 696 defaults: Page[Did] is Page[Did, PageMeta]

from didww_gen._document import PageLinks, PageMeta
from didww_gen._model import Resource
from didww_gen.errors import DidwwClientError

LAST_PAGE = (
    "next_page(): this is the last page (no links.next); check page.has_next_page() first, "
    "or iterate the page (every item of every page) or page.iter_pages()"
)
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
        total = self.meta.__dict__.get("total_records")  # a repr never raises (an unreadable value is left out)
        return f"{type(self).__name__}({len(self.data)} items, total_records={total}{more})"


class _Visited:
    """The pages an iteration has followed, by their query: a ``next`` link back to one is a loop."""

    __slots__ = ("_queries",)

    def __init__(self) -> None:
        self._queries: set[tuple[tuple[str, str], ...]] = set()

    def add(self, link: str | None) -> None:
        query = tuple(sorted(parse_qsl(urlsplit(link or "").query, keep_blank_values=True)))
        if query in self._queries:
            raise DidwwClientError(
                f"the API's next link {link!r} leads back to a page already fetched, so the pages loop; "
                "stopped iterating (iterate page.data, or use page_number= to fetch pages yourself)"
            )
        self._queries.add(query)


class Page(_PageData[M, MetaT]):
    """A page of ``list()`` results.

    ``data`` holds this page's models, ``meta`` the document meta (``total_records``, ``api_version``),
    ``links`` the pagination links. ``len(page)`` is this page's size (``len(page.data)``), while iterating
    yields every item of every page, requesting the following pages only as the iteration reaches them;
    ``next_page()`` fetches one more page, ``iter_pages()`` goes page by page.
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
        """Fetch the next page; raises ``DidwwClientError`` when there is none (check ``has_next_page()``)."""
        if self._fetch_next is None or not self.links.next:
            raise DidwwClientError(LAST_PAGE)
        return self._fetch_next(self.links.next)

    def iter_pages(self) -> Iterator[Page[M, MetaT]]:
        """This page and every following page."""
        page: Page[M, MetaT] = self
        seen = _Visited()
        while True:
            yield page
            if not page.has_next_page():
                return
            seen.add(page.links.next)
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
        """Fetch the next page; raises ``DidwwClientError`` when there is none (check ``has_next_page()``)."""
        if self._fetch_next is None or not self.links.next:
            raise DidwwClientError(LAST_PAGE)
        return await self._fetch_next(self.links.next)

    # iter_pages and __aiter__ return their async generators from plain methods: Jedi infers ``async for``
    # over a plain method typed AsyncIterator[...], not over an ``async def`` generator (no completion)
    def iter_pages(self) -> AsyncIterator[AsyncPage[M, MetaT]]:
        """This page and every following page."""
        return self._pages()

    async def _pages(self) -> AsyncIterator[AsyncPage[M, MetaT]]:
        page: AsyncPage[M, MetaT] = self
        seen = _Visited()
        while True:
            yield page
            if not page.has_next_page():
                return
            seen.add(page.links.next)
            page = await page.next_page()

    def __aiter__(self) -> AsyncIterator[M]:
        return self._items()

    async def _items(self) -> AsyncIterator[M]:
        async for page in self._pages():
            for item in page.data:
                yield item
