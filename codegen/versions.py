"""The registry of generated API versions (``spec/versions.yaml``) and the names derived from a version."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from codegen.errors import SpecError

REGISTRY = "spec/versions.yaml"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def package_name(version: str) -> str:
    """The subpackage of ``didww_gen`` generated for ``version``: ``2026-04-16`` -> ``v2026_04_16``."""
    return "v" + version.replace("-", "_")


@dataclass(frozen=True)
class Registry:
    """The versions to generate, oldest first, and the one ``didww_gen`` re-exports."""

    versions: tuple[str, ...]
    latest: str
    published: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The documents DIDWW published for each version (``openapi``, ``postman``): the conformance tier runs,
    and CI requires, exactly these; a version not listed has none."""

    def spec_dir(self, root: Path, version: str) -> Path:
        return root / "spec" / version


def check_version(version: str, where: str) -> str:
    if not isinstance(version, str) or not _DATE.match(version):
        raise SpecError.about(where, f"{version!r} is not an API version date such as 2026-04-16")
    return version


def load(root: Path) -> Registry:
    """Read and check ``spec/versions.yaml``: dates, each with its spec folder, ``latest`` among them."""
    path = root / REGISTRY
    if not path.is_file():
        raise SpecError.about(REGISTRY, "missing: it lists the API versions to generate")
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    listed = data.get("versions")
    if not isinstance(listed, list) or not listed:
        raise SpecError.about(REGISTRY, "`versions` must list at least one version date")
    versions = tuple(sorted(check_version(str(v), REGISTRY) for v in listed))
    if len(set(versions)) != len(versions):
        raise SpecError.about(REGISTRY, "a version is listed twice")
    latest = check_version(str(data.get("latest", versions[-1])), REGISTRY)
    if latest not in versions:
        raise SpecError.about(REGISTRY, f"latest {latest} is not among the versions {', '.join(versions)}")
    missing = [v for v in versions if not (root / "spec" / v / "api.yaml").is_file()]
    if missing:
        raise SpecError.about(REGISTRY, f"no spec folder for {', '.join(missing)} (spec/<version>/api.yaml)")
    return Registry(versions, latest, _published(data.get("published"), versions))


DOCUMENT_KINDS = ("openapi", "postman")


def _published(listed: Any, versions: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    if listed is None:
        return {}
    if not isinstance(listed, dict):
        raise SpecError.about(REGISTRY, "`published` maps a version to the documents DIDWW published for it")
    found: dict[str, tuple[str, ...]] = {}
    for version, kinds in listed.items():
        if str(version) not in versions:
            raise SpecError.about(REGISTRY, f"`published` names {version}, which `versions` does not list")
        if not isinstance(kinds, list) or not set(map(str, kinds)) <= set(DOCUMENT_KINDS):
            raise SpecError.about(REGISTRY, f"`published` of {version}: a list of {' and '.join(DOCUMENT_KINDS)}")
        found[str(version)] = tuple(sorted(set(map(str, kinds))))
    return found


def _edit(root: Path, change: Callable[[Any], None]) -> None:
    """Apply ``change`` to the registry's YAML document (round trip: comments kept)."""
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    path = root / REGISTRY
    data = yaml.load(path.read_text(encoding="utf-8"))
    change(data)
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)


def register(root: Path, version: str, published: tuple[str, ...] = ()) -> None:
    """Add ``version`` (with the kinds of document DIDWW published for it) to the registry. What ``didww_gen``
    re-exports (``latest``) stays: see :func:`promote`."""

    def add(data: Any) -> None:
        ordered = sorted({str(v) for v in data["versions"]} | {version})
        data["versions"].clear()
        data["versions"].extend(ordered)
        data["latest"] = str(data["latest"])
        if published:
            if data.get("published") is None:
                data["published"] = {}
            data["published"][version] = sorted(published)

    _edit(root, add)


def promote(root: Path, version: str) -> str:
    """Make the registered ``version`` the one ``didww_gen`` re-exports; returns the one it re-exported."""
    registry = load(root)
    if check_version(version, "VERSION") not in registry.versions:
        raise SpecError.about(REGISTRY, f"{version} is not registered ({', '.join(registry.versions)}): add it first")

    def set_latest(data: Any) -> None:
        data["latest"] = version

    _edit(root, set_latest)
    return registry.latest


def predecessor(root: Path, registry: Registry, version: str) -> str | None:
    """The version whose migration guide leads to ``version``: the ``from`` of its ``changes.yaml`` when that
    is registered, else the registered version just before it (None for the oldest)."""
    changes = root / "spec" / version / "changes.yaml"
    if changes.is_file():
        declared = (YAML(typ="safe").load(changes.read_text(encoding="utf-8")) or {}).get("from")
        if declared is not None and str(declared) in registry.versions and str(declared) < version:
            return str(declared)
    earlier = [v for v in registry.versions if v < version]
    return earlier[-1] if earlier else None


def guide_pairs(root: Path, registry: Registry) -> list[tuple[str, str]]:
    """(FROM, TO) of every migration guide: each version but the oldest, from its :func:`predecessor`."""
    pairs = [(predecessor(root, registry, version), version) for version in registry.versions]
    return [(old, new) for old, new in pairs if old is not None]
