"""Kinds of attribute values: one module per kind, each declaring everything the SDK knows of it.

A kind is one :class:`ScalarKind` (a module of this package with a ``KIND``): its spec name, how the importers
recognise it, its Python type as type checkers see it, how it decodes strictly, encodes, how the testing fake
checks it, how the command line and filters take it and how the docs name it. The generator, runtime, fake,
importers and command line read :data:`KINDS`; nothing else lists kinds. Adding a module here adds a kind
(README "Adding a kind"). Enums, nested objects and lists are the spec's type constructors, not kinds.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

from didww_gen._record import record


def _as_is(value: Any) -> Any:
    return value


def _any(value: Any) -> bool:
    return True


@record(frozen=True)
class ScalarKind:
    """Everything the SDK knows of one kind of value (see the package's docstring)."""

    name: str
    """The spec's name of the kind (``type: datetime``)."""
    summary: str
    """How the spec format's schema describes it (``datetime (ISO 8601, timezone-aware)``)."""
    order: int
    """Its place in the spec format's list of kinds."""
    # -- the generated models --------------------------------------------------------------------
    annotation: str
    """The field's type as type checkers see it, as generated source (``UtcDateTime``)."""
    shown: str
    """The type as the API reference and the migration guide print it (``datetime``)."""
    imports: tuple[str, ...]
    """Import lines the annotations need in a generated module (``from didww_gen._types import UtcDateTime``)."""
    python_doc: str = ""
    """What the API reference says ``shown`` is, where it is not a builtin (``a `decimal.Decimal```)."""
    wire_annotation: str = ""
    """The runtime field's type where it is stricter than ``annotation`` (``StrictInt``); empty: the same."""
    codec: str = "PLAIN"
    """The runtime's ``Kind`` member its attributes travel by (``PLAIN``: ``encode`` by the value's type)."""
    mutable: bool = False
    """Whether a value may be edited in place (change tracking records it first)."""
    untyped: bool = False
    """Whether a value may hold free-form JSON (the decoder checks its depth)."""
    # -- the runtime ---------------------------------------------------------------------------
    python_types: tuple[type, ...] = ()
    """The Python types of its values that ``encode`` turns into JSON (none: sent as they are)."""
    encode: Callable[[Any], Any] = _as_is
    """A Python value (of ``python_types``, or any value for a codec of its own) as JSON."""
    pydantic_errors: tuple[str, ...] = ()
    """The prefixes of the pydantic error types its validation raises (``datetime`` for ``datetime_parsing``)."""
    takes: str = ""
    """What a refusal says a field of the kind takes (``an aware datetime (with tzinfo)``)."""
    expected: str = ""
    """What a document error says was expected (``an ISO 8601 date and time``)."""
    in_rust: Callable[[dict[str, Any]], Any] | None = None
    """Given a pydantic-core schema, the same check of this kind's runtime type without a Python call (the fast
    path of decoding), or None when the schema is not its own; None: the kind has no such equivalent."""
    # -- the testing fake ----------------------------------------------------------------------
    fake_accepts: Callable[[Any], bool] = _any
    """Whether the fake API takes a JSON value as one of this kind."""
    fake_cast: Callable[[Any], Any] = _as_is
    """A JSON value as the API casts it before checking it (form values: ``"true"``, ``"5"``)."""
    # -- the spec and the importers --------------------------------------------------------------
    spec_value_ok: Callable[[Any], bool] = _any
    """Whether a spec's ``default:`` (a YAML value) is a value of the kind."""
    openapi: tuple[tuple[str, str], ...] = ()
    """(type, format) pairs an OpenAPI schema marks it with (format ``*``: any or none)."""
    openapi_hint: str = ""
    """A phrase of a string schema's description that marks it (the document has no format for it)."""
    openapi_precise: bool = False
    """Whether it wins over another kind when one value shows both in the document (richer facts)."""
    postman_shape: Callable[[Any], bool] | None = None
    """Whether a Postman example value shows this kind (None: no example shows it)."""
    postman_fallback: bool = False
    """Whether it is the kind of an example no other kind's shape claims (of its JSON type)."""
    postman_words: tuple[str, ...] = ()
    """The type words of the Postman definitions that name it (``*datetime, nullable*``)."""
    postman_prose: str = ""
    """A word of a string definition's prose that makes it this kind (``decimal``)."""
    json_type: str = ""
    """Its JSON type on the wire (``string``, ``number``, ``boolean``, ``object``)."""
    shaped: Callable[[Any], bool] = _any
    """Whether a JSON value has the kind's shape, loosely (its JSON type, not its format): a seed value carried
    to a new version keeps it."""
    placeholder: tuple[Any, ...] = ()
    """(a JSON value of the kind,) for a seed that knows no other (): none."""
    refines: tuple[str, ...] = ()
    """Kinds an incomplete source (Postman examples) may show for a value of this kind: the spec keeps this one."""
    carried_by: tuple[str, ...] = ()
    """Kinds of the facts any source may show for this kind, which it takes as they are (a decimal arrives as
    a string or an integer)."""
    # -- the command line and filters --------------------------------------------------------
    cli_parse: Callable[[str], Any] | None = None
    """``--set`` text as the value; raises ``ValueError("takes ..., got ...")``. None: the text as it is."""
    cli_json: Callable[[Any], Any] | None = None
    """A ``--json`` value as the model takes it (None: as it is)."""
    cli_checks_filter: bool = True
    """Whether ``--filter`` values are checked by ``cli_parse`` (dates are sent as the API reads them)."""
    cli_choices: tuple[str, ...] = ()
    """The values shell completion offers."""
    filter_array: bool = True
    """Whether a filter of the kind that the importer adds takes several values (not for a boolean)."""
    column: bool = True
    """Whether the command line's tables show it by default (not for free-form objects)."""


_BY_TYPE: list[tuple[ScalarKind, type]] = []
"""(kind, Python type) of every kind that encodes values of a type, subclasses first (filled below)."""


def to_json(value: Any) -> Any:
    """A Python value as JSON, by its type: an enum member by value, a kind's value encoded, others as they are."""
    if isinstance(value, enum.Enum):
        return value.value
    for kind, python_type in _BY_TYPE:
        if isinstance(value, python_type):
            return kind.encode(value)
    return value


def _discover() -> tuple[ScalarKind, ...]:
    found = []
    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            declared = getattr(importlib.import_module(f"{__name__}.{module.name}"), "KIND", None)
            if isinstance(declared, ScalarKind):
                found.append(declared)
    names = [kind.name for kind in found]
    clashes = sorted({name for name in names if names.count(name) > 1 or name in CONSTRUCTORS})
    if clashes:
        raise ValueError(f"didww_gen._kinds: kind names declared twice or taken by a type constructor: {clashes}")
    return tuple(sorted(found, key=lambda kind: (kind.order, kind.name)))


CONSTRUCTORS = ("enum", "list", "nested")
"""The spec's type constructors (``{enum: Name}``, ...): names no kind may take."""


KINDS: tuple[ScalarKind, ...] = _discover()
"""Every kind, in the spec format's order."""
BY_NAME: dict[str, ScalarKind] = {kind.name: kind for kind in KINDS}
"""Every kind by its spec name."""


def kind_named(name: str) -> ScalarKind | None:
    """The kind of that spec name (None: an enum, a nested object or a list, or an unknown name)."""
    return BY_NAME.get(name)


_BY_TYPE[:] = sorted(
    ((kind, python_type) for kind in KINDS for python_type in kind.python_types),
    key=lambda pair: -len(pair[1].__mro__),  # a subclass first: a datetime is a date too
)
