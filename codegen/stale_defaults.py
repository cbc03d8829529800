"""Defaults a new version's document made stale: a spec ``default:`` that no longer fits its attribute's type.

A default is a human's finding (often "not stated; the examples show it"), so the importer keeps it when the
document changes the attribute's type. ``drop_stale`` removes each one that no longer fits (the document gives
no default of its own, else the importer would have taken it) and returns one notice per default dropped,
for the human to set a new one if the API documents it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from codegen.diagnose import default_fits


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _attribute_maps(document: Any, nested: bool) -> Iterator[tuple[str, Any]]:
    """(owner, attributes mapping) of a resource file, or of every object of nested.yaml."""
    if not isinstance(document, dict):
        return
    if not nested:
        yield str(document.get("type", "?")), document.get("attributes")
        return
    for section in document.values():
        for name, body in (section if isinstance(section, dict) else {}).items():
            if isinstance(body, dict):
                yield str(name), body.get("attributes")


def _drop_in(path: Path, enums: dict[str, Any], nested: bool, shown: str) -> list[str]:
    yaml = _yaml()
    document = yaml.load(path.read_text(encoding="utf-8"))
    notices = []
    for owner, attributes in _attribute_maps(document, nested):
        for name, attribute in (attributes if isinstance(attributes, dict) else {}).items():
            if not isinstance(attribute, dict) or "default" not in attribute:
                continue
            value = attribute["default"]
            if default_fits(value, attribute.get("type"), bool(attribute.get("nullable")), enums):
                continue
            del attribute["default"]
            notices.append(
                f"{shown}: {owner}.{name}: default {value!r} no longer fits its type {attribute.get('type')}: "
                "dropped (the document states none); add one if the API documents it"
            )
    if notices:
        with path.open("w", encoding="utf-8") as handle:
            yaml.dump(document, handle)
    return notices


def drop_stale(spec_dir: Path, shown: str) -> list[str]:
    """Remove every default of ``spec_dir`` that no longer fits its type; one notice per default removed.
    ``shown``: the folder's name in the notices (``spec/<version>``)."""
    enums = YAML(typ="safe").load((spec_dir / "enums.yaml").read_text(encoding="utf-8")) or {}
    enums = enums.get("enums", enums) if isinstance(enums, dict) else {}
    notices = []
    for path in sorted((spec_dir / "resources").glob("*.yaml")):
        notices += _drop_in(path, enums, False, f"{shown}/resources/{path.name}")
    if (spec_dir / "nested.yaml").is_file():
        notices += _drop_in(spec_dir / "nested.yaml", enums, True, f"{shown}/nested.yaml")
    return notices
