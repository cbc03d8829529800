"""The fast path of decoding: one pydantic-core validation pass over a well-formed document.

A document of one resource type whose included types are those its request asked for is validated in one
``validate_json`` call by a document validator built on first use for (type, one or many, included types) and
cached: the primary data, the included resources (a union tagged by ``type``), the document ``meta`` and
``links``, plus a guard over the same resource objects (a non-empty string id, no relationship the spec does not
name, no ``meta`` where the model has none). The models' schemas are rewritten for it where pydantic-core has a
check built in that the models make in Python (ISO 8601 text, integer-only enums, unknown attributes): the same
values pass, or fewer. A large list document is validated a slice of resources at a time by the same validator
(``_sliced``), so that pydantic-core's parsed tree is never the whole body's. Then the objects are checked, linked
and marked loaded (``_settling``), as the per-resource path does, without a second walk over the JSON.

Anything unusual is not handled here: a validation error, a value kept untyped (unknown attributes or nested
members, nested objects of unknown types, free-form objects, ``meta`` members nested deeper than ``MAX_DEPTH``),
a naive date and time, an included type the request did not ask for, a bad linkage. Then ``decode_fast``
answers None and the per-resource path (``_decoding``) decodes the document, with every check and error message
it has; the two paths give the same models (``tests/test_fast_decode.py``).
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import SchemaValidator, core_schema

from didww_gen import _decoding, _enums, _sliced
from didww_gen._document import Decoded, PageLinks, PageMeta
from didww_gen._kinds import KINDS
from didww_gen._model import Kind, NestedObject, Resource
from didww_gen._settling import Miss, settle, too_deep
from didww_gen._types import validator_function

_Key = tuple[type[Resource], bool, frozenset[str]]
_Fast = tuple[SchemaValidator, bool]
"""A document validator, and whether it checks every member of nested objects."""
_VALIDATORS: dict[_Key, _Fast | None] = {}
_LOCK = threading.Lock()


def included_types(model: type[Resource], include: Iterable[str]) -> frozenset[str]:
    """The types an ``include`` (``did_group.stock_keeping_units``, ...) can bring, along the relationships' targets."""
    models = model.__models__
    found: set[str] = set()
    for path in include:
        owners = [model]
        for name in path.split("."):
            targets = {t for owner in owners for t in _targets(owner, name) if t in models}
            found |= targets
            owners = [models[t] for t in sorted(targets)]
    return frozenset(found)


def _targets(owner: type[Resource], name: str) -> tuple[str, ...]:
    rel = owner.__relationships__.get(name)
    return rel.targets if rel is not None else ()


_IN_RUST = [kind.in_rust for kind in KINDS if kind.in_rust is not None]
"""The kinds whose decoding check has a pydantic-core equivalent (``ScalarKind.in_rust``)."""
_NONE = core_schema.with_default_schema(core_schema.none_schema(), default=None, on_error="default")
"""Takes anything, makes None."""


class _Rewrite:
    """The document schema with the same validation done without a Python call where pydantic-core has it built
    in, or stricter (then the document goes to the per-resource path): ISO 8601 text checks, integer-only enums,
    unknown attributes of resources and unknown members of nested objects (checked on the resource's attributes,
    so that nested objects are built without the Python validator that keeps such members), nested objects picked
    by their ``type`` (an unknown one goes to the per-resource path)."""

    def __init__(self, definitions: Mapping[str, Any]) -> None:
        self.classes = {ref: _class_of(d, {}) for ref, d in definitions.items()}
        nested = [c for c in self.classes.values() if c is not None and issubclass(c, NestedObject)]
        self.bare_nested = all(_flat(c) for c in nested)  # members of nested objects all checked by the guards
        self.unguarded = False

    def __call__(self, schema: Any) -> Any:
        made = self._rewritten(schema)
        if self.unguarded:  # a nested attribute whose members could not be checked: nested objects stay as built
            self.bare_nested, self.unguarded = False, False
            made = self._rewritten(schema)
        return made

    def _rewritten(self, schema: Any) -> Any:
        if isinstance(schema, list):
            return [self._rewritten(item) for item in schema]
        if not isinstance(schema, dict):
            return schema
        schema = self._in_rust(schema)
        kept = ("cls", "config", "metadata", "serialization", "function", "discriminator", "default", "ref")
        return {k: v if k in kept else self._rewritten(v) for k, v in schema.items()}

    def _in_rust(self, schema: Any) -> Any:
        kind = schema.get("type")
        function = validator_function(schema)
        inner = schema.get("schema")
        for in_rust in _IN_RUST:  # a kind's own check, as pydantic-core does it (ISO 8601 text, ...)
            found = in_rust(schema)
            if found is not None:
                return found
        if kind == "function-before" and function is _enums._integer_only:
            return core_schema.chain_schema([core_schema.int_schema(strict=True), inner])
        if kind == "function-wrap" and self.bare_nested and getattr(function, "__func__", None) is _KEEP_MEMBERS:
            return {**inner, "ref": schema["ref"]} if "ref" in schema else inner
        by_wire_type = _by_wire_type(schema)
        if by_wire_type is not None:
            choices = {w: schema["choices"][tag] for w, tag in by_wire_type.items() if tag in schema["choices"]}
            return {**schema, "choices": choices, "discriminator": "type"}
        if kind == "model" and isinstance(schema.get("cls"), type) and issubclass(schema["cls"], Resource):
            return self._without_unknown_attributes(schema, schema["cls"])
        return schema

    def _without_unknown_attributes(self, schema: Any, cls: type[Resource]) -> Any:
        """A resource's schema whose ``unknown_attributes`` only checks that every attribute is one the spec names,
        and every member of its nested objects one their class names (None; any other goes to the per-resource
        path), without a Python call."""
        fields = dict(schema["schema"]["fields"])
        known = {}
        for name, spec in cls.__attributes__.items():
            value: Any = core_schema.any_schema()
            if spec.kind in (Kind.NESTED, Kind.LIST_NESTED) and self.bare_nested:
                value = self._members_guard(fields[name]["schema"])
            known[spec.wire] = core_schema.typed_dict_field(value, required=False)
        checked = core_schema.typed_dict_schema(known, extra_behavior="forbid")
        unknown = core_schema.nullable_schema(core_schema.chain_schema([checked, _NONE]))
        fields["unknown_attributes"] = {**fields["unknown_attributes"], "schema": unknown}
        return {**schema, "schema": {**schema["schema"], "fields": fields}}

    def _members_guard(self, schema: Any) -> Any:
        """A schema taking the nested object(s) ``schema`` validates only without members their class does not
        name (``NestedObject._keep_unknown_members`` keeps them; the per-resource path then decodes)."""
        kind = schema.get("type")
        if kind == "default":
            return self._members_guard(schema["schema"])
        if kind == "nullable":
            return core_schema.nullable_schema(self._members_guard(schema["schema"]))
        if kind == "list":
            return core_schema.list_schema(self._members_guard(schema["items_schema"]))
        by_wire_type = _by_wire_type(schema)
        if by_wire_type is not None:
            classes = {w: _class_of(schema["choices"].get(tag), self.classes) for w, tag in by_wire_type.items()}
            return core_schema.tagged_union_schema(
                {w: self._members(c) for w, c in classes.items()}, discriminator="type"
            )
        return self._members(_class_of(schema, self.classes))

    def _members(self, cls: type[BaseModel] | None) -> Any:
        if cls is None or not issubclass(cls, NestedObject):
            self.unguarded = True
            return core_schema.any_schema()
        fields = {
            m: core_schema.typed_dict_field(core_schema.any_schema(), required=False) for m in cls.__known_members__
        }
        members = core_schema.typed_dict_schema(fields, extra_behavior="forbid")
        if cls.WIRE_TYPE is None:
            return members
        attributes = core_schema.typed_dict_field(core_schema.nullable_schema(members), required=False)
        return core_schema.typed_dict_schema({"attributes": attributes}, extra_behavior="ignore")


_KEEP_MEMBERS = NestedObject.__dict__["_keep_unknown_members"].__func__


def _flat(cls: type[NestedObject]) -> bool:
    """Whether a nested object class holds no nested or free-form object (its members are checked whole)."""
    return all(
        s.kind not in (Kind.NESTED, Kind.LIST_NESTED) and not (s.kind.declared is not None and s.kind.declared.untyped)
        for s in cls.__attributes__.values()
    )


def _by_wire_type(schema: Any) -> Mapping[str, str] | None:
    """The wire types of a union of nested objects picked by ``_nested.nested_discriminator`` (None for another)."""
    choose = schema.get("discriminator") if schema.get("type") == "tagged-union" else None
    if not callable(choose) or getattr(choose, "__qualname__", "") != "nested_discriminator.<locals>.choose":
        return None
    found = inspect.getclosurevars(choose).nonlocals.get("by_wire_type")
    return found if isinstance(found, dict) else None


def _class_of(schema: Any, classes: Mapping[str, Any]) -> Any:
    """The model class a schema (a model, its wrapper or a reference to a definition) builds, or None."""
    if not isinstance(schema, dict):
        return None
    if schema.get("type") == "definition-ref":
        return classes.get(schema["schema_ref"])
    if schema.get("type") == "model":
        return schema.get("cls")
    if schema.get("type") == "function-wrap":
        return _class_of(schema.get("schema"), classes)
    return None


def _classes(schema: Any, found: set[type[BaseModel]]) -> set[type[BaseModel]]:
    """The model classes a schema builds."""
    if isinstance(schema, list):
        for item in schema:
            _classes(item, found)
    elif isinstance(schema, dict):
        if schema.get("type") == "model" and isinstance(schema.get("cls"), type):
            found.add(schema["cls"])
        for key, value in schema.items():
            if key not in ("metadata", "serialization"):
                _classes(value, found)
    return found


def _compiled(schema: Any) -> SchemaValidator:
    """A validator of ``schema`` as written. pydantic-core reuses a complete model class's own validator where
    a schema names the class (its Python validators included): each class is marked incomplete while the
    validator is built (under the lock), so the rewritten schemas count."""
    classes = [c for c in _classes(schema, set()) if c.__dict__.get("__pydantic_complete__")]
    for cls in classes:
        type.__setattr__(cls, "__pydantic_complete__", False)
    try:
        return SchemaValidator(schema)
    finally:
        for cls in classes:
            type.__setattr__(cls, "__pydantic_complete__", True)


class _Schemas:
    """The models' core schemas, their shared definitions (nested objects, enums) gathered once."""

    def __init__(self) -> None:
        self.definitions: dict[str, core_schema.CoreSchema] = {}

    def of(self, model: type[BaseModel]) -> core_schema.CoreSchema:
        """A model's core schema, its class built first (models are built lazily)."""
        _decoding._validator(model)
        schema: Any = model.__pydantic_core_schema__
        if schema["type"] == "definitions":
            for definition in schema["definitions"]:
                self.definitions.setdefault(definition["ref"], definition)
            schema = schema["schema"]
        return schema  # type: ignore[no-any-return]

    def document(self, fields: dict[str, core_schema.TypedDictField]) -> tuple[core_schema.CoreSchema, bool]:
        """The document's schema, rewritten (``_Rewrite``), and whether it checks every member of nested objects."""
        made: core_schema.CoreSchema = core_schema.typed_dict_schema(fields, extra_behavior="ignore")
        if self.definitions:
            made = core_schema.definitions_schema(made, list(self.definitions.values()))
        rewrite = _Rewrite(self.definitions)
        return rewrite(made), rewrite.bare_nested


def _guard(model: type[Resource]) -> core_schema.CoreSchema:
    """What the per-resource path checks on a resource object and validation does not: a non-empty string id,
    only the relationships the spec names, ``meta`` only where the model takes it. Makes None."""
    anything = core_schema.typed_dict_schema({}, extra_behavior="ignore")
    relationships = {name: core_schema.typed_dict_field(anything, required=False) for name in model.__relationships__}
    fields = {
        "id": core_schema.typed_dict_field(core_schema.str_schema(min_length=1, strict=True)),
        "relationships": core_schema.typed_dict_field(
            core_schema.nullable_schema(core_schema.typed_dict_schema(relationships, extra_behavior="forbid")),
            required=False,
        ),
    }
    if "meta" not in model.model_fields:
        fields["meta"] = core_schema.typed_dict_field(core_schema.none_schema(), required=False)
    checked = core_schema.typed_dict_schema(fields, extra_behavior="ignore")
    return core_schema.chain_schema([checked, _NONE])  # nothing kept: no objects left for the collector to scan


def _tagged(schemas: Mapping[str, core_schema.CoreSchema]) -> core_schema.CoreSchema:
    if not schemas:  # no included type asked for: ``included`` absent or empty
        return core_schema.none_schema()
    return core_schema.tagged_union_schema(dict(schemas), discriminator="type")


def _build(model: type[Resource], many: bool, types: frozenset[str]) -> _Fast:
    """The document validator of ``model`` resources with ``types`` included, and whether it checks every member
    of their nested objects."""
    included = {t: model.__models__[t] for t in sorted(types)}
    schemas = _Schemas()
    primary = _tagged({model.TYPE: schemas.of(model)})
    guard = _tagged({model.TYPE: _guard(model)})
    members = _tagged({t: schemas.of(m) for t, m in included.items()})
    guards_of_included = _tagged({t: _guard(m) for t, m in included.items()})

    def listed(schema: core_schema.CoreSchema) -> core_schema.CoreSchema:
        return core_schema.list_schema(schema, max_length=None if types else 0)

    def field(schema: core_schema.CoreSchema, alias: str, required: bool = True) -> core_schema.TypedDictField:
        return core_schema.typed_dict_field(schema, validation_alias=alias, required=required)

    meta = model.__document_meta__ or PageMeta
    fields = {
        "data": field(core_schema.list_schema(primary) if many else primary, "data"),
        "data_guard": field(core_schema.list_schema(guard) if many else guard, "data"),
        "included": field(listed(members), "included", False),
        "included_guard": field(listed(guards_of_included), "included", False),
        "meta": field(schemas.of(meta), "meta", False),
        "links": field(schemas.of(PageLinks), "links", False),
    }
    sliced: dict[str, tuple[core_schema.CoreSchema, core_schema.CoreSchema]] = {
        "data": (core_schema.list_schema(primary), core_schema.list_schema(guard))
    }
    sliced["included"] = (listed(members), listed(guards_of_included))
    for name, (resources, guards) in sliced.items():  # slices of a large document's arrays (``_sliced``)
        fields[f"sliced_{name}"] = field(core_schema.list_schema(resources), _sliced.KEYS[name], False)
        fields[f"sliced_{name}_guard"] = field(core_schema.list_schema(guards), _sliced.KEYS[name], False)
    schema, nested_checked = schemas.document(fields)
    return _compiled(schema), nested_checked


def _validator(model: type[Resource], many: bool, types: frozenset[str]) -> _Fast | None:
    key = (model, many, types)
    found = _VALIDATORS.get(key, False)
    if found is False:
        with _LOCK:
            try:
                found = _build(model, many, types)
            except Exception:
                found = None
            _VALIDATORS[key] = found
    return found  # type: ignore[return-value]


def decode_fast(body: bytes, model: type[Resource], many: bool, include: Iterable[str]) -> Decoded[Any] | None:
    """The document decoded in one validation pass, or None when it is not one the fast path takes."""
    types = included_types(model, include)
    fast = _validator(model, many, types)
    if fast is None:
        return None
    validator, nested_checked = fast
    try:
        found = _sliced.validate(validator, body, many)
        data = found["data"]
        primary = data if many else [data]
        included = found.get("included") or []
        meta = found.get("meta")
        links = found.get("links")
        if too_deep(meta) or too_deep(links):
            raise Miss
        settle(primary, included, model.__models__, types, nested_checked)
    except (ValidationError, Miss, RecursionError):
        return None
    if meta is None:
        meta = _decoding._validator(model.__document_meta__ or PageMeta)({})
    if links is None:
        links = _decoding._validator(PageLinks)({})
    return Decoded(data, included, meta, links)
