"""What the ``didww`` command line needs of a version, as plain data for ``cli_table.py.j2``.

The rendered table holds literals only (names, kinds, allowed values), so that building the command tree,
``--help`` and shell completion never import a generated model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from codegen.naming import field_name
from didww_gen._kinds import KINDS

if TYPE_CHECKING:  # the intermediate model is imported after the loader's models are refreshed
    from codegen.ir import Api, Attribute, Resource, TypeRef

DEFAULT_COLUMNS = 4
"""How many plain attributes a table shows when the spec chooses no ``cli: columns:``."""
PLAIN_KINDS = frozenset({*(kind.name for kind in KINDS if kind.column), "enum"})
"""What a table shows by default: the kinds shown in a column, and enums."""


def kind_of(ref: TypeRef) -> str:
    """A type as the command line parses it: ``integer``, ``enum:Codec``, ``list:nested:X``, ..."""
    if ref.kind == "list":
        assert ref.item is not None
        return f"list:{kind_of(ref.item)}"
    return f"{ref.kind}:{ref.name}" if ref.kind in ("enum", "nested") else ref.kind


def default_columns(resource: Resource) -> tuple[str, ...]:
    """The first few plain attributes the server returns, secrets left out."""
    shown = [a.name for a in resource.attributes if a.type.kind in PLAIN_KINDS and not (a.secret or a.write_only)]
    return tuple(shown[:DEFAULT_COLUMNS])


def _attribute(attr: Attribute) -> tuple[Any, ...]:
    """(kind, access, nullable, secret, write-only, Python name)."""
    return (kind_of(attr.type), attr.access, attr.nullable, attr.secret, attr.write_only, field_name(attr.name))


def collection(resource: Resource) -> dict[str, Any]:
    """One collection's entry of the table."""
    summary = resource.description.strip().splitlines()[0] if resource.description.strip() else resource.path
    return {
        "path": resource.path,
        "type": resource.type,
        "summary": summary.split(". ")[0].rstrip("."),
        "operations": tuple(op for op in ("list", "find", "create", "update", "delete") if op in resource.operations),
        "singleton": resource.singleton,
        "paginated": resource.paginated,
        "wait": (resource.wait.attribute, resource.wait.final) if resource.wait else None,
        "includes": resource.includes,
        "sorts": resource.sorts,
        "filters": {f.name: (kind_of(f.type), f.array) for f in resource.filters},
        "attributes": {a.name: _attribute(a) for a in resource.attributes},
        "relationships": {r.name: (r.targets, r.to_many, r.access) for r in resource.relationships},
        "columns": resource.columns or default_columns(resource),
    }


def table(api: Api) -> dict[str, Any]:
    """The template's context: every collection by command name, and every enum's values."""
    return {
        "collections": {r.path.replace("_", "-"): collection(r) for r in api.repositories},
        "enums": {e.name: tuple(m.value for m in e.members) for e in api.enums},
    }
