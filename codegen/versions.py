"""The registry of generated API versions (``spec/versions.yaml``) and the names derived from a version."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

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
    return Registry(versions, latest)


def register(root: Path, version: str, *, latest: bool) -> None:
    """Add ``version`` to the registry (round trip: comments kept); ``latest``: make it the re-exported one."""
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    path = root / REGISTRY
    data = yaml.load(path.read_text(encoding="utf-8"))
    ordered = sorted({str(v) for v in data["versions"]} | {version})
    data["versions"].clear()
    data["versions"].extend(ordered)
    data["latest"] = str(data["latest"])
    if latest:
        data["latest"] = version
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
