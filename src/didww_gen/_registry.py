"""Lazy loading of generated modules, so ``import didww_gen`` stays as cheap as its dependencies."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any


def lazy_attribute(package: str, modules: Mapping[str, str], name: str) -> Any:
    """Module ``__getattr__`` helper: import the submodule that defines ``name`` on first use."""
    module = modules.get(name)
    if module is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{package}.{module}"), name)


class ModelRegistry(Mapping[str, Any]):
    """Every JSON:API type to its model class, importing each model module on first access."""

    def __init__(self, package: str, classes: Mapping[str, str], modules: Mapping[str, str]) -> None:
        self._package = package
        self._classes = dict(classes)
        self._modules = modules
        self._loaded: dict[str, Any] = {}

    def __getitem__(self, type_name: str) -> Any:
        found = self._loaded.get(type_name)
        if found is None:
            class_name = self._classes[type_name]
            found = lazy_attribute(self._package, self._modules, class_name)
            self._loaded[type_name] = found
        return found

    def __contains__(self, type_name: object) -> bool:
        return type_name in self._classes

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def __repr__(self) -> str:
        return f"ModelRegistry({len(self)} types)"
