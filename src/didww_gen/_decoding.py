"""Decoding JSON:API response bytes into models.

The whole document (``data``, ``included``, ``meta``, ``links``) is validated in one pass by
pydantic-core straight from the response bytes; the only Python work per resource is linking
relationships to the included objects (one object per (type, id) in a document) and taking the
clean snapshot used for change tracking.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Annotated, Any, Generic, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Tag, TypeAdapter, ValidationError

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


def _chooser(known: frozenset[str]) -> Any:
    def choose(value: Any) -> str:
        kind = value.get("type") if isinstance(value, dict) else getattr(value, "TYPE", None)
        return kind if kind in known else "?"

    return choose


@cache
def _adapter(model: type[Resource], many: bool) -> TypeAdapter[Any]:
    from didww_gen.models import MODELS

    classes = [MODELS[t] for t in model.__included_types__ if t in MODELS]
    members = (*(Annotated[c, Tag(c.TYPE)] for c in classes), Annotated[UnknownResource, Tag("?")])
    included_item: Any = Annotated[Union[members], Discriminator(_chooser(frozenset(c.TYPE for c in classes)))]  # noqa: UP007
    primary_data: Any = list[model] if many else model  # type: ignore[valid-type]

    meta_type: Any = model.__document_meta__ or PageMeta

    class Document(BaseModel):
        data: primary_data
        included: list[included_item] = []
        meta: meta_type = meta_type()
        links: PageLinks = PageLinks()

    Document.__name__ = f"{model.__name__}{'List' if many else ''}Document"
    return TypeAdapter(Document)


def excerpt(body: bytes, limit: int = 200) -> str:
    text = body[:limit].decode("utf-8", "replace")
    return text + ("..." if len(body) > limit else "")


def decode_document(body: bytes, model: type[M], *, many: bool, status: int = 200) -> Decoded[M]:
    """Validate a JSON:API document of ``model`` resources and link its relationships."""
    try:
        doc = _adapter(model, many).validate_json(body)
    except ValidationError as exc:
        kinds = {e["type"] for e in exc.errors()}
        if kinds & {"json_invalid", "json_type"}:
            raise DidwwClientError(f"HTTP {status}: the response is not JSON: {excerpt(body)!r}") from None
        detail = describe_validation_error(exc, model.__name__)
        raise DidwwClientError(
            f"HTTP {status}: the response is not a JSON:API document of {model.TYPE}: {detail}; body: {excerpt(body)!r}"
        ) from None
    primary: list[Resource] = doc.data if many else ([doc.data] if doc.data is not None else [])
    _link(primary, doc.included)
    return Decoded(doc.data, doc.included, doc.meta, doc.links)


def _link(primary: list[Resource], included: list[Any]) -> None:
    from didww_gen.models import MODELS

    for position, item in enumerate(included):
        if isinstance(item, UnknownResource) and item.type in MODELS:
            included[position] = MODELS[item.type].model_validate(item.model_dump(exclude_none=True))
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
