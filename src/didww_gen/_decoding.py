"""Decoding JSON:API response bytes into models.

Each resource of ``data`` and ``included`` is a dict from the standard library's C JSON scanner,
validated by pydantic-core into its model. A body larger than ``CHUNK`` is read a member at a time
(``_json_stream.Reader``): every element of those arrays is validated as soon as it is read and its
dict dropped, so the peak memory is the models plus a window of text. A smaller body is parsed at once
(faster; its tree is small). Then Python links relationships to the included objects (one object per
(type, id) in a document) and takes the clean snapshot used for change tracking.

What the document must be is checked on the way, each failure a ``DidwwClientError`` naming the place
in the document (``data[3].relationships.voice_in_trunk.data.id``), what was expected and what was found:
resource objects with their type and a non-empty string id, resource identifiers as linkage, no value
nested deeper than ``MAX_DEPTH``. An attribute value of another JSON type than the spec's does not fail
the document: the resource is kept, the raw value goes to ``invalid_attributes`` and reading the field
raises (``_offtype``), with one WARNING per type and field.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError

from didww_gen._document import INVALID_MEMBERS, Decoded, M, PageLinks, PageMeta
from didww_gen._json_stream import CHUNK, NotJson, Reader
from didww_gen._linking import link
from didww_gen._logging import logger
from didww_gen._malformed import NotJsonApi, describe, shown
from didww_gen._model import (
    INVALID_ATTRIBUTES,
    UNKNOWN_MEMBERS,
    UNKNOWN_RELATIONSHIPS,
    Kind,
    NestedObject,
    Resource,
    UnknownNestedObject,
    UnknownResource,
)
from didww_gen._offtype import json_type, type_name
from didww_gen.errors import DidwwClientError, ErrorObject

MAX_DEPTH = 64
"""Levels of arrays and objects a value the SDK keeps untyped (unknown attributes and relationships, meta,
unknown nested objects and resources) may have; a deeper document is refused (no ``RecursionError`` later)."""


@cache
def _validator(model: type[BaseModel]) -> Callable[[Any], Any]:
    if not model.__pydantic_complete__:
        model.model_rebuild()
    return model.__pydantic_validator__.validate_python


def _too_deep(value: Any) -> bool:
    """Whether ``value`` nests arrays and objects deeper than ``MAX_DEPTH`` (walked a level at a time)."""
    level = [value]
    for _ in range(MAX_DEPTH):
        below: list[Any] = []
        for item in level:
            if type(item) is dict:
                below.extend(v for v in item.values() if type(v) in (dict, list))
            elif type(item) is list:
                below.extend(v for v in item if type(v) in (dict, list))
        if not below:
            return False
        level = below
    return True


def _check_depth(path: str, *values: Any) -> None:
    for value in values:
        if value and _too_deep(value):
            raise NotJsonApi(f"{path}: nested deeper than {MAX_DEPTH} levels")


_UNTYPED: dict[type[Resource], tuple[tuple[str, str], ...]] = {}


def _untyped_wires(model: type[Resource]) -> tuple[tuple[str, str], ...]:
    """(name, wire) of the attributes whose value may hold untyped JSON: free-form objects, and nested objects
    (one of a type the SDK does not know is an ``UnknownNestedObject``, which keeps what it was sent; a known one
    keeps the members it does not know)."""
    kinds = (Kind.NESTED, Kind.LIST_NESTED)
    return tuple(
        (name, spec.wire)
        for name, spec in model.__attributes__.items()
        if spec.kind in kinds or (spec.kind.declared is not None and spec.kind.declared.untyped)
    )


def _untyped(values: dict[str, Any], wires: tuple[tuple[str, str], ...]) -> bool:
    """Whether a decoded attribute holds untyped JSON (then its raw value is checked for depth)."""
    for name, _ in wires:
        value = values.get(name)
        for item in value if type(value) is list else (value,):
            if item is not None and (type(item) is UnknownNestedObject or type(item) is dict):
                return True
            if isinstance(item, NestedObject) and UNKNOWN_MEMBERS in item.__dict__:  # members kept as sent
                return True
    return False


def _check_identity(path: str, value: Any, expected: str | None) -> None:
    """A resource object: a JSON object with its ``type`` (``expected`` when given) and a non-empty string id."""
    if type(value) is not dict:
        raise NotJsonApi(f"{path}: expected a resource object, found {json_type(value)}")
    kind, ident = value.get("type"), value.get("id")
    if type(kind) is not str or (expected is not None and kind != expected):
        raise NotJsonApi(f"{path}.type: expected {expected or 'a string'}, found {shown(kind)}")
    if type(ident) is not str or not ident:
        raise NotJsonApi(f"{path}.id: expected a non-empty string, found {shown(ident)}")


def _resource(model: type[M], value: Any, template: str, n: int = 0) -> M:
    """One resource object of ``model``, validated; ``template.format(n)`` is its place in the document (spelled
    out only for an error: this runs for every resource)."""
    ident = value.get("id") if type(value) is dict else None
    if type(ident) is not str or not ident or value.get("type") != model.TYPE:
        _check_identity(template.format(n), value, model.TYPE)
    try:
        instance: M = _validator(model)(value)
    except ValidationError as exc:
        instance = _salvage(model, value, exc, template.format(n))
    values = instance.__dict__
    relationships = value.get("relationships")
    known = model.__relationship_names__
    if relationships is not None and (type(relationships) is not dict or not relationships.keys() <= known):
        values[UNKNOWN_RELATIONSHIPS] = _unknown_relationships(model, relationships, template, n)
    wires = _UNTYPED.get(model)
    if wires is None:
        wires = _UNTYPED[model] = _untyped_wires(model)
    if (
        values["unknown_attributes"]
        or UNKNOWN_RELATIONSHIPS in values
        or "meta" in value
        or (wires and _untyped(values, wires))
    ):
        attributes = value.get("attributes") or {}
        untyped = [attributes.get(wire) for _, wire in wires]
        path = template.format(n)
        _check_depth(path, instance.unknown_attributes, instance.unknown_relationships, value.get("meta"), *untyped)
    return instance


def _unknown_relationships(model: type[Resource], relationships: Any, template: str, n: int) -> dict[str, Any]:
    """The relationships the spec does not name, as sent (kept in ``unknown_relationships``)."""
    if type(relationships) is not dict:
        found = json_type(relationships)
        raise NotJsonApi(f"{template.format(n)}.relationships: expected an object, found {found}")
    return {k: v for k, v in relationships.items() if k not in model.__relationships__}


def _salvage(model: type[M], value: dict[str, Any], exc: ValidationError, path: str) -> M:
    """The resource without its attributes of an unexpected JSON type (kept raw in ``invalid_attributes``);
    any other error (``relationships`` not an object, an id that is not a string, ...) fails the document."""
    attributes = value.get("attributes")
    known = model.__wire_to_name__
    bad: dict[str, Any] = {}
    for error in exc.errors(include_url=False, include_input=False, include_context=False):
        loc = error["loc"]
        if type(attributes) is dict and len(loc) > 1 and loc[0] == "attributes" and loc[1] in known:
            bad[str(loc[1])] = attributes[loc[1]]
        elif loc[:1] == ("meta",) and "meta" in model.model_fields:  # resource meta: kept raw, as an attribute is
            bad["meta"] = value["meta"]
        else:
            raise NotJsonApi(describe(path, error)) from None
    kept = {k: v for k, v in value.items() if k != "meta" or "meta" not in bad}
    if type(attributes) is dict:
        kept["attributes"] = {k: v for k, v in attributes.items() if k not in bad}
    try:
        instance: M = _validator(model)(kept)
    except ValidationError as again:
        raise NotJsonApi(describe(path, again.errors(include_url=False)[0])) from None
    for wire in bad:
        del instance.__dict__[known.get(wire, wire)]  # reading it raises (Resource.__getattr__)
    instance.__dict__[INVALID_ATTRIBUTES] = bad
    _check_depth(path, bad)
    _warn(model, bad)
    return instance


_WARNED: set[tuple[str, str]] = set()
_WARNED_LOCK = threading.Lock()


def _first_time(key: tuple[str, str]) -> bool:
    """True the first time ``key`` is seen in this process."""
    with _WARNED_LOCK:
        if key in _WARNED:
            return False
        _WARNED.add(key)
        return True


def _warn(model: type[Resource], bad: dict[str, Any]) -> None:
    """One WARNING per (type, attribute) per process: DIDWW changed a field this SDK version reads."""
    for wire, raw in bad.items():
        if not _first_time((model.TYPE, wire)):
            continue
        name = model.__wire_to_name__.get(wire, wire)
        logger.warning(
            "%s.%s: the server sent %s where %s.%s takes %s; the resources are kept and reading the field raises "
            "(raw value in invalid_attributes; logged once per field)",
            model.TYPE,
            wire,
            json_type(raw),
            model.__name__,
            name,
            type_name(model.model_fields[name].annotation),
        )


def _included(n: int, value: Any, models: Any) -> Any:
    """An element of ``included``: a resource of its type's model, or an ``UnknownResource``."""
    model = models.get(value.get("type")) if type(value) is dict and type(value.get("type")) is str else None
    if model is not None:
        return _resource(model, value, "included[{}]", n)
    path = f"included[{n}]"
    _check_identity(path, value, None)
    _check_depth(path, value)
    try:
        return _validator(UnknownResource)(value)
    except ValidationError as exc:
        raise NotJsonApi(describe(path, exc.errors(include_url=False)[0])) from None


def _array(key: str, model: type[M], items: Iterable[Any]) -> list[Any]:
    """The elements of ``data`` (resources of ``model``) or ``included``, validated one by one as they come."""
    if key == "data":
        return [_resource(model, item, "data[{}]", n) for n, item in enumerate(items)]
    models = model.__models__  # its API version's types
    return [_included(n, item, models) for n, item in enumerate(items)]


def _parsed(body: bytes) -> tuple[dict[str, Any], set[str]]:
    """A body of at most one chunk, parsed at once (faster, and its tree is small): its members."""
    try:
        document = json.loads(body.decode("utf-8"))
    except ValueError:
        raise NotJson from None
    if not isinstance(document, dict):
        raise NotJsonApi("the document is not a JSON object")
    return document, set()


def _streamed(body: bytes, model: type[M], many: bool, window: int) -> tuple[dict[str, Any], set[str]]:
    """A larger body, read a member at a time, ``window`` bytes decoded at a time; the ``data`` (of a list) and
    ``included`` arrays are validated element by element as they are read. Returns the members and which
    ones are validated."""
    reader = Reader(body, window)
    if reader.peek() != "{":
        reader.value()
        reader.end()
        raise NotJsonApi("the document is not a JSON object")
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
        return _resource(model, value, "data")
    if not isinstance(value, list):
        raise NotJsonApi(f"{key}: expected an array, found {json_type(value)}")
    return _array(key, model, value)


def _read(body: bytes, model: type[M], many: bool, window: int | None) -> Decoded[M]:
    if window is None and len(body) > CHUNK:
        window = CHUNK
    found, validated = _parsed(body) if window is None else _streamed(body, model, many, window)
    if "data" not in found:
        raise NotJsonApi("data: is missing (a JSON:API document holds its resources in data)")
    for key in ("data", "included"):
        if key in found and key not in validated:
            found[key] = _member(key, found[key], model, many)
    _check_depth("meta", found.get("meta"))
    _check_depth("links", found.get("links"))
    meta = _document_member(model.__document_meta__ or PageMeta, found.get("meta", {}), "meta")
    links = _document_member(PageLinks, found.get("links", {}), "links")
    return Decoded(found["data"], found.get("included", []), meta, links)


def _document_member(model: type[BaseModel], value: Any, path: str) -> Any:
    """The document's ``meta`` or ``links``; a member of an unexpected JSON type (``"total_records": "many"``)
    does not fail the page: the raw value is kept in ``model_extra``; reading that member of ``meta`` raises
    (as an off-type attribute does), a link of another type reads None (no such page)."""
    try:
        return _validator(model)(value)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        if type(value) is not dict or any(not e["loc"] or e["loc"][0] not in value for e in errors):
            raise NotJsonApi(describe(path, errors[0])) from None
        bad = {str(e["loc"][0]) for e in errors}
    kept = _validator(model)({k: v for k, v in value.items() if k not in bad})
    object.__setattr__(kept, "__pydantic_extra__", {**(kept.__pydantic_extra__ or {}), **{k: value[k] for k in bad}})
    if isinstance(kept, PageMeta):  # reading such a member raises, as reading an off-type attribute does
        for key in bad:
            kept.__dict__.pop(key, None)
        kept.__dict__[INVALID_MEMBERS] = {k: value[k] for k in bad}
    for key in sorted(bad):
        if _first_time(("document", f"{path}.{key}")):
            logger.warning("document %s.%s: a value of an unexpected JSON type, kept raw in model_extra", path, key)
    return kept


def excerpt(body: bytes) -> str:
    """A body for an error message: its size only, never its bytes (an unreadable body may hold secrets)."""
    return f"{len(body)} bytes (not shown)"


SMALL = 16_384
"""A body below this many bytes takes the fast path from the second document of its type and cardinality on: the
first (a one-shot script's ``find``) builds no document validator beside the model's, nor imports the fast path."""
_SMALL_SEEN: set[tuple[type[Resource], bool]] = set()


def _fast_path_pays(body: bytes, model: type[Resource], many: bool) -> bool:
    if len(body) >= SMALL or (model, many) in _SMALL_SEEN:
        return True
    _SMALL_SEEN.add((model, many))
    return False


def decode_document(
    body: bytes,
    model: type[M],
    *,
    many: bool,
    status: int = 200,
    window: int | None = None,
    include: Iterable[str] = (),
) -> Decoded[M]:
    """Validate a JSON:API document of ``model`` resources and link its relationships.

    A well-formed document whose included types are those ``include`` (the request's) asks for is validated in
    one pass (``_fast_decode``; a small one from the second of its kind on, see ``SMALL``). Any other is decoded
    resource by resource, with every check: a body larger than ``CHUNK`` bytes streamed in windows of ``CHUNK``,
    a smaller one parsed whole. ``window`` (tests) streams any body in windows of that many bytes, on the
    per-resource path.
    """
    if window is None and _fast_path_pays(body, model, many):
        from didww_gen._fast_decode import decode_fast

        fast = decode_fast(body, model, many, include)
        if fast is not None:
            return fast
    try:
        doc = _read(body, model, many, window)
        link(doc.data if many else [doc.data], "data[{}]" if many else "data", doc.included, model.__models__)
    except NotJson:
        raise DidwwClientError(f"HTTP {status}: the response is not JSON: {excerpt(body)}") from None
    except RecursionError:
        raise DidwwClientError(
            f"HTTP {status}: the response is not a JSON:API document of {model.TYPE}: it is nested deeper than "
            f"{MAX_DEPTH} levels; body: {excerpt(body)}"
        ) from None
    except NotJsonApi as exc:
        raise DidwwClientError(
            f"HTTP {status}: the response is not a JSON:API document of {model.TYPE}: {exc}; body: {excerpt(body)}"
        ) from None
    return doc


def parse_errors(body: bytes) -> list[ErrorObject]:
    """The JSON:API error objects of an error response (an empty list if there are none)."""
    try:
        raw = json.loads(body) if body else {}
    except (ValueError, RecursionError):
        return []
    errors = raw.get("errors") if isinstance(raw, dict) else None
    if not isinstance(errors, list) or _too_deep(errors):
        return []
    return [ErrorObject.from_json(e) for e in errors]
