"""The command line's view of an API version: its generated ``cli_table`` module, read without importing the
version's package (whose ``__init__`` loads the client), so that building the command tree stays cheap."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from didww_gen._api import ROOT_PACKAGE, available_versions, package_of
from didww_gen.cli._errors import UsageProblem

OPERATIONS = ("list", "find", "create", "update", "delete")


@dataclass(frozen=True)
class Field:
    """An attribute or relationship of a collection, as ``--set`` and the outputs need it."""

    name: str
    kind: str  # "integer", "enum:Codec", "list:nested:X", ...; "relationship" for a relationship
    access: str
    nullable: bool = False
    secret: bool = False
    write_only: bool = False
    python: str = ""
    targets: tuple[str, ...] = ()
    to_many: bool = False

    @property
    def is_relationship(self) -> bool:
        return self.kind == "relationship"

    def writable(self, operation: str) -> bool:
        wanted = {"create": ("create-only", "create-update"), "update": ("update-only", "create-update")}
        return self.access in wanted.get(operation, ())


@dataclass(frozen=True)
class Collection:
    """One command group: a collection of the API (``didww voice-in-trunks ...``)."""

    command: str
    path: str
    type: str
    summary: str
    operations: tuple[str, ...]
    singleton: bool
    paginated: bool
    wait: tuple[str, tuple[str, ...]] | None
    includes: tuple[str, ...]
    sorts: tuple[str, ...]
    filters: dict[str, tuple[str, bool]]
    attributes: dict[str, tuple[Any, ...]]
    relationships: dict[str, tuple[Any, ...]]
    columns: tuple[str, ...]

    @property
    def fields(self) -> dict[str, Field]:
        found = {
            name: Field(name, kind, access, nullable, secret, write_only, python)
            for name, (kind, access, nullable, secret, write_only, python) in self.attributes.items()
        }
        for name, (targets, to_many, access) in self.relationships.items():
            found[name] = Field(
                name, "relationship", access, not to_many, python=name, targets=targets, to_many=to_many
            )
        return found

    def writable(self, operation: str) -> dict[str, Field]:
        return {name: f for name, f in self.fields.items() if f.writable(operation)}


@dataclass(frozen=True)
class Table:
    """Every collection of one API version, and its enums' values."""

    version: str
    collections: dict[str, Collection]
    enums: dict[str, tuple[Any, ...]]

    @property
    def package(self) -> str:
        return package_of(self.version)

    def enum_values(self, kind: str) -> tuple[str, ...]:
        """The values (as text) of an ``enum:<Name>`` kind; empty for any other kind."""
        name = kind.rsplit("enum:", 1)[1] if "enum:" in kind else ""
        return tuple(str(v) for v in self.enums.get(name, ()))


def latest_version() -> str:
    from didww_gen.cli._latest import LATEST

    return LATEST


def _module_file(version: str) -> ModuleType:
    spec = importlib.util.find_spec(ROOT_PACKAGE)
    roots = list(spec.submodule_search_locations or ()) if spec is not None else []
    name = f"{package_of(version)}.cli_table"
    for root in roots:
        path = Path(root) / package_of(version).rsplit(".", 1)[1] / "cli_table.py"
        if path.exists():
            found = importlib.util.spec_from_file_location(name, path)
            if found is not None and found.loader is not None:
                module = importlib.util.module_from_spec(found)
                found.loader.exec_module(module)
                return module
    raise UsageProblem(f"the API version {version} has no command table (cli_table.py): reinstall didww-gen")


@cache
def load(version: str | None = None) -> Table:
    """The table of ``version`` (None: the version ``didww_gen`` re-exports)."""
    version = version or latest_version()
    installed = available_versions()
    if version not in installed:
        raise UsageProblem(f"--api-version: no API version {version!r} here; installed: {', '.join(installed)}")
    module = _module_file(version)
    collections = {name: Collection(command=name, **entry) for name, entry in module.COLLECTIONS.items()}
    return Table(module.VERSION, collections, dict(module.ENUMS))
