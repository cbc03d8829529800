"""Decoding JSON:API response bytes into models.

Each resource of ``data`` and ``included`` is a dict from the standard library's C JSON scanner,
validated by pydantic-core into its model. A body larger than ``CHUNK`` is read a member at a time
(``_json_stream.Reader``): every element of those arrays is validated as soon as it is read and its
dict dropped, so the peak memory is the models plus a window of text. A smaller body is parsed at once
(faster; its tree is small). Then Python links relationships to the included objects (one object per
(type, id) in a document) and takes the clean snapshot used for change tracking.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from didww_gen._json_stream import CHUNK, NotJson, Reader
from didww_gen._model import Resource, UnknownResource, describe_validation_error
from didww_gen._tracking import mark_clean
from didww_gen.errors import DidwwClientError, ErrorObject

M = TypeVar("M", bound=Resource)


class PageMeta(BaseModel):
    """Document-level ``meta`` of a response; keys the docs do not list stay in ``model_extra``."""

    model_config = ConfigDict(extra="allow")
    total_records: int | None = None
    api_version: str | None = None


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


class _NotJsonApi(Exception):
    pass


@cache
def _validator(model: type[BaseModel]) -> Callable[[Any], Any]:
    if not model.__pydantic_complete__:
        model.model_rebuild()
    return model.__pydantic_validator__.validate_python


def _validate(model: type[BaseModel], value: Any, owner: str) -> Any:
    """``value`` validated into ``model``; errors name the value as ``owner``."""
    try:
        return _validator(model)(value)
    except ValidationError as exc:
        raise _NotJsonApi(describe_validation_error(exc, owner)) from None


def _included(position: int, value: Any) -> Any:
    from didww_gen.models import MODELS

    kind = value.get("type") if isinstance(value, dict) else None
    model = MODELS.get(str(kind), UnknownResource)
    return _validate(model, value, f"included[{position}] ({model.__name__})")


def _array(key: str, model: type[M], items: Iterable[Any]) -> list[Any]:
    """The elements of ``data`` (resources of ``model``) or ``included``, validated one by one as they come."""
    if key == "data":
        return [_validate(model, item, f"{model.__name__}[{n}]") for n, item in enumerate(items)]
    return [_included(n, item) for n, item in enumerate(items)]


def _parsed(body: bytes) -> tuple[dict[str, Any], set[str]]:
    """A body of at most one chunk, parsed at once (faster, and its tree is small): its members."""
    try:
        document = json.loads(body.decode("utf-8"))
    except ValueError:
        raise NotJson from None
    if not isinstance(document, dict):
        raise _NotJsonApi("the document is not a JSON object")
    return document, set()


def _streamed(body: bytes, model: type[M], many: bool, window: int) -> tuple[dict[str, Any], set[str]]:
    """A larger body, read a member at a time, ``window`` bytes decoded at a time; the ``data`` (of a list) and
    ``included`` arrays are validated element by element as they are read. Returns the members and which
    ones are validated."""
    reader = Reader(body, window)
    if reader.peek() != "{":
        reader.value()
        reader.end()
        raise _NotJsonApi("the document is not a JSON object")
    found: dict[str, Any] = {}
    validated = set()
    for key in reader.members():
        if (key == "included" or (key == "data" and many)) and reader.peek() == "[":
            found[key] = _array(key, model, reader.elements())
            validated.add(key)
        else:
            found[key] = reader.value()
            validated.discard(key)  # a repeated key: the last one counts, as with json.loads
    reader.end()
    return found, validated


def _member(key: str, value: Any, model: type[M], many: bool) -> Any:
    """``data`` or ``included`` read whole, validated."""
    if key == "data" and not many:
        return _validate(model, value, model.__name__)
    if not isinstance(value, list):
        raise _NotJsonApi(f"{key}: Input should be a valid list")
    return _array(key, model, value)


def _read(body: bytes, model: type[M], many: bool, window: int | None) -> Decoded[M]:
    if window is None and len(body) > CHUNK:
        window = CHUNK
    found, validated = _parsed(body) if window is None else _streamed(body, model, many, window)
    if "data" not in found:
        raise _NotJsonApi("data: Field required")
    for key in ("data", "included"):
        if key in found and key not in validated:
            found[key] = _member(key, found[key], model, many)
    meta = _validate(model.__document_meta__ or PageMeta, found.get("meta", {}), "meta")
    links = _validate(PageLinks, found.get("links", {}), "links")
    return Decoded(found["data"], found.get("included", []), meta, links)


def excerpt(body: bytes, limit: int = 200) -> str:
    text = body[:limit].decode("utf-8", "replace")
    return text + ("..." if len(body) > limit else "")


def decode_document(
    body: bytes, model: type[M], *, many: bool, status: int = 200, window: int | None = None
) -> Decoded[M]:
    """Validate a JSON:API document of ``model`` resources and link its relationships.

    A body larger than ``CHUNK`` bytes is streamed in windows of ``CHUNK``, a smaller one parsed whole;
    ``window`` (tests) streams any body in windows of that many bytes.
    """
    try:
        doc = _read(body, model, many, window)
    except NotJson:
        raise DidwwClientError(f"HTTP {status}: the response is not JSON: {excerpt(body)!r}") from None
    except _NotJsonApi as exc:
        raise DidwwClientError(
            f"HTTP {status}: the response is not a JSON:API document of {model.TYPE}: {exc}; body: {excerpt(body)!r}"
        ) from None
    _link(doc.data if many else [doc.data], doc.included)
    return doc


def _link(primary: list[Resource], included: list[Any]) -> None:
    from didww_gen.models import MODELS

    index: dict[tuple[str, str | None], Any] = {(m.TYPE, m.id): m for m in primary}
    for item in included:
        index.setdefault((item.type, item.id) if isinstance(item, UnknownResource) else (item.TYPE, item.id), item)
    for model in (*primary, *included):
        if isinstance(model, Resource):
            _link_one(model, index, MODELS)


def _resolve(linkage: Any, index: dict[tuple[str, str | None], Any], models: Any) -> Any:
    if not isinstance(linkage, dict):
        return linkage
    key = (str(linkage.get("type")), linkage.get("id"))
    found = index.get(key)
    if found is not None:
        return found
    cls = models.get(key[0])
    ref = cls.ref(key[1]) if cls is not None else UnknownResource(type=str(key[0]), id=str(key[1]))
    index[key] = ref
    return ref


def _link_one(model: Resource, index: dict[tuple[str, str | None], Any], models: Any) -> None:
    values = model.__dict__
    for name, rel in model.__relationships__.items():
        value = values[name]
        if value is None:
            continue
        if rel.to_many:
            values[name] = [_resolve(v, index, models) for v in value]
        else:
            values[name] = _resolve(value, index, models)
    extra = values.get("unknown_attributes")
    if extra:
        object.__setattr__(model, "__pydantic_extra__", extra)
    mark_clean(model)


def parse_errors(body: bytes) -> list[ErrorObject]:
    """The JSON:API error objects of an error response (an empty list if there are none)."""
    try:
        raw = json.loads(body) if body else {}
    except ValueError:
        return []
    errors = raw.get("errors") if isinstance(raw, dict) else None
    return [ErrorObject.from_json(e) for e in errors] if isinstance(errors, list) else []
