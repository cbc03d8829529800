"""Defaults a new version's document made stale: a spec ``default:`` that no longer fits its attribute's type.

A default is a human's finding (often "not stated; the examples show it"), so the importer keeps it when the
document changes the attribute's type. ``drop_stale`` replaces each one that no longer fits by the document's own
default for the attribute when it states one that fits, else removes it, and returns one notice per default
changed, for the human to review (or to set a new one if the API documents it).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from codegen.diagnose import default_fits

_NONE = object()


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


def _drop_in(
    path: Path, enums: dict[str, Any], nested: bool, shown: str, documented: Mapping[str, Mapping[str, Any]]
) -> list[str]:
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
            stale = f"{shown}: {owner}.{name}: default {value!r} no longer fits its type {attribute.get('type')}"
            given = documented.get(owner, {}).get(name, _NONE)
            if given is not _NONE and default_fits(
                given, attribute.get("type"), bool(attribute.get("nullable")), enums
            ):
                attribute["default"] = given
                if isinstance(attribute, CommentedMap):  # its comment spoke of the old value
                    attribute.ca.items.pop("default", None)
                notices.append(f"{stale}: replaced by the document's default {given!r}")
                continue
            del attribute["default"]
            notices.append(f"{stale}: dropped (the document states none); add one if the API documents it")
    if notices:
        with path.open("w", encoding="utf-8") as handle:
            yaml.dump(document, handle)
    return notices


def drop_stale(spec_dir: Path, shown: str, documented: Mapping[str, Mapping[str, Any]] | None = None) -> list[str]:
    """Replace (by the document's default) or remove every default of ``spec_dir`` that no longer fits its type;
    one notice per default changed. ``shown``: the folder's name in the notices (``spec/<version>``);
    ``documented``: the document's defaults, by resource type and attribute."""
    enums = YAML(typ="safe").load((spec_dir / "enums.yaml").read_text(encoding="utf-8")) or {}
    enums = enums.get("enums", enums) if isinstance(enums, dict) else {}
    notices = []
    for path in sorted((spec_dir / "resources").glob("*.yaml")):
        notices += _drop_in(path, enums, False, f"{shown}/resources/{path.name}", documented or {})
    if (spec_dir / "nested.yaml").is_file():
        notices += _drop_in(spec_dir / "nested.yaml", enums, True, f"{shown}/nested.yaml", {})
    return notices
