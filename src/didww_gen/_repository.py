"""The repository bases: the five operations, shared by every generated repository.

Generated repositories expose only the operations the API has, with typed include, filter and sort
arguments, and delegate here. ``_Operations`` prepares requests and reads answers; ``Repository`` and
``AsyncRepository`` differ only in how they send.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar
from urllib.parse import parse_qsl, quote, urlsplit

import httpx

from didww_gen._api import other_version_hint
from didww_gen._decoding import decode_document
from didww_gen._document import Decoded
from didww_gen._gcpause import paused
from didww_gen._model import DECODED_EXTRAS, Resource
from didww_gen._page import AsyncPage, Page
from didww_gen._query import build_query, check_enum_filters
from didww_gen._tracking import changed_fields, mark_clean
from didww_gen.errors import DidwwClientError

if TYPE_CHECKING:  # writing (_encoding) and waiting load on first use: a client that only reads never imports them
    from didww_gen._async import AsyncBaseClient
    from didww_gen._encoding import Operation
    from didww_gen._sync import BaseClient

M = TypeVar("M", bound=Resource)
Include = str | Sequence[str] | None


_PLAIN_ID = re.compile(r"[A-Za-z0-9_.~-]+")
"""An id of characters that percent-encoding leaves as they are (a UUID, a number)."""
_BAD_ID_CHARACTER = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
"""A control character or a lone surrogate: never in an id."""


def _id_of(value: Any, model: type[Resource]) -> str:
    """An id as a single path segment: checked, then percent-encoded so it cannot leave its collection."""
    if isinstance(value, Resource):
        if not isinstance(value, model):
            hint = other_version_hint(type(value), model)
            raise DidwwClientError(f"expected a {model.__name__} or an id, got a {type(value).__name__}{hint}")
        value = value.__dict__.get("id")  # a model built locally has none
    if not isinstance(value, str) or value in ("", ".", ".."):
        raise DidwwClientError(f"{model.__name__} id must be a non-empty string other than '.' and '..', got {value!r}")
    if _PLAIN_ID.fullmatch(value):  # the common case: nothing to check or encode
        return value
    found = _BAD_ID_CHARACTER.search(value)
    if found is not None:
        bad = found.group()
        kind = "a lone surrogate" if bad >= "\ud800" else "a control character"
        raise DidwwClientError(
            f"{model.__name__} id {value!r} has {kind} ({bad!r}); ids never do: check where it came from"
        )
    return quote(value, safe="")


def _label(model: type[Resource], resource: Any) -> tuple[str, str]:
    """(class name, id) of what ``wait()`` polls, for its timeout message."""
    return model.__name__, str(resource.__dict__.get("id") if isinstance(resource, Resource) else resource)


def _asked_include(response: httpx.Response) -> tuple[str, ...]:
    """The ``include`` paths of the request a response answers (none when it carries no request)."""
    try:
        url = response.request.url
    except RuntimeError:
        return ()
    if not url.query:  # no query to parse (a find, a write without include=)
        return ()
    value = url.params.get("include")
    return tuple(value.split(",")) if value else ()


def _next_query(next_url: str) -> list[tuple[str, str]]:
    """The query of ``links.next``: it is sent to the client's own base URL, not the link's host."""
    return parse_qsl(urlsplit(next_url).query, keep_blank_values=True)


class _Operations(Generic[M]):
    """Request preparation and answer reading, independent of how requests are sent."""

    _model: type[M]
    _path: str
    _filter_enums: ClassVar[Mapping[str, type[enum.Enum]]] = {}
    """The enum of each enum-valued filter (the generated repository's): other values are refused."""

    def _query(self, query: dict[str, Any]) -> list[tuple[str, str]]:
        """The query of a list: ``build_query``'s, after the enum-valued filters are checked."""
        check_enum_filters(query.get("filter"), self._filter_enums)
        return build_query(**query)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} /{self._path}>"

    def _item_path(self, id: Any) -> str:
        return self._path if id is None else f"{self._path}/{_id_of(id, self._model)}"

    def _write_request(self, model: M, operation: Operation) -> tuple[str, str, bytes]:
        """Method, path and body of a create or update."""
        name = self._model.__name__
        if not isinstance(model, self._model):
            hint = other_version_hint(type(model), self._model)
            raise DidwwClientError(f"{type(self).__name__} takes {name} models, got {type(model).__name__}{hint}")
        if operation == "update":
            id = model.__dict__.get("id")  # a model built locally has none
            if id is None:
                raise DidwwClientError(f"update() needs a {name} with an id: create it first, or use {name}.ref(id)")
            method, path = "PATCH", self._item_path(id)
        else:
            method, path = "POST", self._path
        from didww_gen._encoding import encode_resource

        document = encode_resource(model, operation, changed_fields(model))
        return method, path, json.dumps(document, separators=(",", ":")).encode()

    def _pauses_gc(self) -> bool:
        """Whether the client asked for no garbage collection during a decode (``pause_gc=True``)."""
        return False

    def _decode(self, response: httpx.Response, many: bool) -> Decoded[M]:
        include = _asked_include(response)
        with paused() if self._pauses_gc() else nullcontext():
            return decode_document(
                response.content, self._model, many=many, status=response.status_code, include=include
            )

    def _many(self, response: httpx.Response) -> Decoded[M]:
        return self._decode(response, True)

    def _one(self, response: httpx.Response) -> M:
        result: M = self._decode(response, False).data
        return result

    def _written(self, model: M, response: httpx.Response) -> M:
        """After a successful write the model passed in holds the server's answer, clean."""
        if not response.content:
            mark_clean(model)
            return model
        relationships = type(model).__relationships__
        sent = {n: model.__dict__.get(n) for n in changed_fields(model) if n in relationships}
        result = self._one(response)
        if model is not result:
            for name in type(model).model_fields:
                if name in result.__dict__:
                    model.__dict__[name] = result.__dict__[name]
                else:  # a value of an unexpected JSON type (in invalid_attributes): reading it raises
                    model.__dict__.pop(name, None)
            for key in DECODED_EXTRAS:  # unknown_relationships, invalid_attributes
                model.__dict__[key] = result.__dict__.get(key)
            object.__setattr__(model, "__pydantic_fields_set__", set(result.model_fields_set))
            object.__setattr__(model, "__pydantic_extra__", result.__pydantic_extra__)
        _keep_written(sent, model, result)
        return result


def _keep_written(sent: dict[str, Any], model: Resource, result: Resource) -> None:
    """Relationships the write set stay as set where the answer did not reveal them (no include): the
    answer would otherwise leave them unloaded. Then the models are clean."""
    for target in (model,) if model is result else (model, result):
        for name, value in sent.items():
            if name not in target.model_fields_set:
                target.__dict__[name] = value
                target.model_fields_set.add(name)
        mark_clean(target)


class Repository(_Operations[M]):
    """Operations on one API collection, for ``DidwwClient``."""

    def __init__(self, client: BaseClient[Any]) -> None:
        self._client = client

    def _pauses_gc(self) -> bool:
        return self._client.pause_gc

    def _list(
        self, *, extra_headers: Mapping[str, str] | None = None, timeout: Any = None, **query: Any
    ) -> Page[M, Any]:
        """List with the query arguments of :func:`build_query` (the generated method types them)."""
        return self._fetch_page(self._query(query), {"extra_headers": extra_headers, "timeout": timeout})

    def _fetch_page(self, params: list[tuple[str, str]], options: dict[str, Any]) -> Page[M, Any]:
        response = self._client._send("GET", self._path, params=params, **options)
        doc = self._many(response)
        return Page(
            doc.data, doc.meta, doc.links, lambda url: self._fetch_page(_next_query(url), options), doc.included
        )

    def _find(self, id: Any = None, *, include: Include = None, **options: Any) -> M:
        response = self._client._send("GET", self._item_path(id), params=build_query(include=include), **options)
        return self._one(response)

    def _write(self, model: M, operation: Operation, include: Include, options: dict[str, Any]) -> M:
        method, path, body = self._write_request(model, operation)
        response = self._client._send(method, path, params=build_query(include=include), body=body, **options)
        return self._written(model, response)

    def _create(self, model: M, *, include: Include = None, **options: Any) -> M:
        return self._write(model, "create", include, options)

    def _update(self, model: M, *, include: Include = None, **options: Any) -> M:
        return self._write(model, "update", include, options)

    def _delete(self, id: Any, **options: Any) -> None:
        self._client._send("DELETE", self._item_path(id), **options)

    def _wait(self, resource: Any, attribute: str, final: tuple[str, ...], **policy: Any) -> M:
        """Poll ``find`` until ``attribute`` is final, each poll within the time left (see ``didww_gen.waiting``)."""
        from didww_gen.waiting import wait_within

        label = _label(self._model, resource)
        return wait_within(lambda left: self._find(resource, deadline=left), label, attribute, final, **policy)


class AsyncRepository(_Operations[M]):
    """Operations on one API collection, for ``AsyncDidwwClient``."""

    def __init__(self, client: AsyncBaseClient[Any]) -> None:
        self._client = client

    def _pauses_gc(self) -> bool:
        return self._client.pause_gc

    async def _list(
        self, *, extra_headers: Mapping[str, str] | None = None, timeout: Any = None, **query: Any
    ) -> AsyncPage[M, Any]:
        return await self._fetch_page(self._query(query), {"extra_headers": extra_headers, "timeout": timeout})

    async def _fetch_page(self, params: list[tuple[str, str]], options: dict[str, Any]) -> AsyncPage[M, Any]:
        response = await self._client._send("GET", self._path, params=params, **options)
        doc = self._many(response)

        async def fetch_next(url: str) -> AsyncPage[M, Any]:
            return await self._fetch_page(_next_query(url), options)

        return AsyncPage(doc.data, doc.meta, doc.links, fetch_next, doc.included)

    async def _find(self, id: Any = None, *, include: Include = None, **options: Any) -> M:
        response = await self._client._send("GET", self._item_path(id), params=build_query(include=include), **options)
        return self._one(response)

    async def _write(self, model: M, operation: Operation, include: Include, options: dict[str, Any]) -> M:
        method, path, body = self._write_request(model, operation)
        response = await self._client._send(method, path, params=build_query(include=include), body=body, **options)
        return self._written(model, response)

    async def _create(self, model: M, *, include: Include = None, **options: Any) -> M:
        return await self._write(model, "create", include, options)

    async def _update(self, model: M, *, include: Include = None, **options: Any) -> M:
        return await self._write(model, "update", include, options)

    async def _delete(self, id: Any, **options: Any) -> None:
        await self._client._send("DELETE", self._item_path(id), **options)

    async def _wait(self, resource: Any, attribute: str, final: tuple[str, ...], **policy: Any) -> M:
        """Poll ``find`` until ``attribute`` is final, each poll within the time left (see ``didww_gen.waiting``)."""
        from didww_gen.waiting import async_wait_within

        label = _label(self._model, resource)
        return await async_wait_within(
            lambda left: self._find(resource, deadline=left), label, attribute, final, **policy
        )
