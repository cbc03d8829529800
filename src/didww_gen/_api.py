"""What the runtime knows of the API version a client speaks: whatever its generated package hands over.

The runtime never imports a generated name. Each version package (``didww_gen.v2026_04_16``, ...) builds
one ``ApiVersion`` in its ``api_info`` and its clients carry it; the runtime reads the version, the
environments and the model registry from there.
"""

from __future__ import annotations

import enum
import importlib.util
import re
from collections.abc import Mapping
from typing import Any

from didww_gen._record import record
from didww_gen.errors import DidwwClientError

ROOT_PACKAGE = "didww_gen"
_VERSION_PACKAGE = r"^v\d{4}_\d{2}_\d{2}$"
"""A version package's name (compiled by ``re`` on first use: the first call needs none)."""


def package_of(version: str) -> str:
    """The package generated for an API version: ``2022-05-10`` -> ``didww_gen.v2022_05_10``."""
    return f"{ROOT_PACKAGE}.v{version.replace('-', '_')}"


def available_versions() -> list[str]:
    """The API versions installed: the ``didww_gen.v<date>`` packages beside the runtime."""
    import pkgutil

    root = importlib.util.find_spec(ROOT_PACKAGE)
    locations = root.submodule_search_locations if root is not None else None
    found = [m.name for m in pkgutil.iter_modules(list(locations or ())) if re.match(_VERSION_PACKAGE, m.name)]
    return sorted(name[1:].replace("_", "-") for name in found)


def version_of(cls: type) -> str | None:
    """The API version whose package defines ``cls`` (None for a class of no version package)."""
    parts = cls.__module__.split(".")
    if len(parts) > 1 and parts[0] == ROOT_PACKAGE and re.match(_VERSION_PACKAGE, parts[1]):
        return parts[1][1:].replace("_", "-")
    return None


def other_version_hint(found: type, expected: type) -> str:
    """Why ``found`` is refused where ``expected`` is wanted, when it is its namesake from another API version."""
    theirs, ours = version_of(found), version_of(expected)
    if found.__name__ != expected.__name__ or theirs is None or theirs == ours:
        return ""
    return (
        f" (a {found.__name__} of API {theirs}, from {package_of(theirs)}; this one is API {ours}'s: "
        "models do not cross versions, build it from the client's own package)"
    )


@record(frozen=True, slots=True)
class ApiVersion:
    """One generated API version: its date, its environments and every JSON:API type's model class."""

    version: str
    environments: type[enum.Enum]
    default_environment: enum.Enum
    models: Mapping[str, type[Any]]

    @property
    def package(self) -> str:
        return package_of(self.version)

    def model(self, type_name: str, purpose: str) -> type[Any]:
        """The model of ``type_name``; a version without it refuses ``purpose`` in plain words."""
        if type_name not in self.models:
            raise DidwwClientError(f"{purpose} is not part of DIDWW API {self.version} (it has no {type_name})")
        return self.models[type_name]

    def check_version(self, requested: object, client: str) -> str:
        """``api_version=``: only this client's own version; another one names the package that speaks it."""
        if requested is None or requested == self.version:
            return self.version
        if not isinstance(requested, str) or not requested.strip():
            raise DidwwClientError(f"api_version takes a version date such as {self.version!r}, got {requested!r}")
        shown = requested if len(requested) <= 16 and requested.isprintable() else f"{requested[:16]!r}..."
        installed = available_versions()
        if requested in installed:
            advice = f"import {client} from {package_of(requested)} instead"
        else:
            advice = f"this SDK has no package for {shown}; it speaks {', '.join(installed)}"
        raise DidwwClientError(
            f"{client} of {self.package} speaks DIDWW API {self.version}, not {shown}: a client sends only its own "
            f"version (another version has other models); {advice}"
        )
