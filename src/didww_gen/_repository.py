"""The repository base: the five operations, shared by every generated repository.

Generated repositories expose only the operations the API has, with typed include, filter and sort
arguments, and delegate here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

from didww_gen._decoding import decode_document
from didww_gen._encoding import Operation, encode_resource
from didww_gen._model import Resource
from didww_gen._page import Page
from didww_gen._query import QueryParams, build_query
from didww_gen._tracking import changed_fields, mark_clean
from didww_gen.errors import DidwwClientError

if TYPE_CHECKING:
    from didww_gen._client import BaseClient

M = TypeVar("M", bound=Resource)


def _id_of(value: Any, model: type[Resource]) -> str:
    if isinstance(value, Resource):
        if not isinstance(value, model):
            raise DidwwClientError(f"expected a {model.__name__} or an id, got a {type(value).__name__}")
        value = value.id
    if not isinstance(value, str) or not value or "/" in value:
        raise DidwwClientError(f"{model.__name__} id must be a non-empty string without '/', got {value!r}")
    return value


class Repository(Generic[M]):
    """Operations on one API collection."""

    _model: type[M]
    _path: str

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} /{self._path}>"

    def _list(self, **query: Any) -> Page[M]:
        """List with the query arguments of :func:`build_query` (the generated method types them)."""
        return self._fetch_page(build_query(**query))

    def _fetch_page(self, params: QueryParams) -> Page[M]:
        response = self._client._send("GET", self._path, params=params)
        doc = decode_document(response.content, self._model, many=True, status=response.status_code)
        return Page(doc.data, doc.meta, doc.links, self._follow, doc.included)

    def _follow(self, next_url: str) -> Page[M]:
        """The next page: the query of ``links.next``, sent to this client's own base URL."""
        return self._fetch_page(parse_qsl(urlsplit(next_url).query, keep_blank_values=True))

    def _find(self, id: Any = None, *, include: str | Sequence[str] | None = None) -> M:
        path = self._path if id is None else f"{self._path}/{_id_of(id, self._model)}"
        response = self._client._send("GET", path, params=build_query(include=include))
        return decode_document(response.content, self._model, many=False, status=response.status_code).data  # type: ignore[no-any-return]

    def _write(self, model: M, operation: Operation, include: str | Sequence[str] | None) -> M:
        name = self._model.__name__
        if not isinstance(model, self._model):
            raise DidwwClientError(f"{type(self).__name__} takes {name} models, got {type(model).__name__}")
        names = changed_fields(model)
        if operation == "update":
            if model.id is None:
                raise DidwwClientError(f"update() needs a {name} with an id: create it first, or use {name}.ref(id)")
            path, method = f"{self._path}/{_id_of(model.id, self._model)}", "PATCH"
        else:
            path, method = self._path, "POST"
        document = encode_resource(model, operation, names)
        body = json.dumps(document, separators=(",", ":")).encode()
        response = self._client._send(method, path, params=build_query(include=include), body=body)
        if not response.content:
            mark_clean(model)
            return model
        result: M = decode_document(response.content, self._model, many=False, status=response.status_code).data
        self._adopt(model, result)
        return result

    @staticmethod
    def _adopt(model: M, result: M) -> None:
        """After a successful write the model passed in holds the server's answer, clean."""
        if model is result:
            return
        for name in type(model).model_fields:
            model.__dict__[name] = result.__dict__[name]
        object.__setattr__(model, "__pydantic_fields_set__", set(result.model_fields_set))
        object.__setattr__(model, "__pydantic_extra__", result.__pydantic_extra__)
        mark_clean(model)

    def _create(self, model: M, *, include: str | Sequence[str] | None = None) -> M:
        return self._write(model, "create", include)

    def _update(self, model: M, *, include: str | Sequence[str] | None = None) -> M:
        return self._write(model, "update", include)

    def _delete(self, id: Any) -> None:
        self._client._send("DELETE", f"{self._path}/{_id_of(id, self._model)}")
