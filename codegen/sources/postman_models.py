"""The "Definitions" folder of a DIDWW Postman collection: the model lines of each object's Markdown.

Each definition describes one object in lines like ``> > > **name** (*integer, NOT nullable*): **1**, **2**``:
the name, a type phrase and, after the colon, the members it lists. Only those facts are read, never the
prose. A phrase this reader does not recognise leaves the field's type silent (``kind`` None).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from didww_gen._kinds import KINDS

_LINE = re.compile(r"^(?P<depth>(?:>[ \t]*)+)\*\*(?P<name>\w+)\*\*[ \t]*\(\*(?P<type>[^)\n]*?)\*\)(?P<rest>.*)$", re.M)
_ANCHOR = re.compile(r'<h1 id="([\w-]+)">')
_LINK = re.compile(r"\]\(#([\w-]+)\)")
_MEMBER = re.compile(r"\*{2,3}([^*\n]+?)\*{2,3}")
_ROW = re.compile(r"^\|\s*(\d+)\s*\|", re.M)
_SCALARS = {word: kind.name for kind in KINDS for word in kind.postman_words}
"""The kind each type word of a definition line names."""
_SECTIONS = ("attributes", "relationships", "meta")


@dataclass(frozen=True)
class DefinedField:
    """One attribute line: its kind (None when the phrase is not recognised) and the members it lists."""

    kind: str | None
    nullable: bool | None = None  # None: the phrase does not say
    enum: tuple[str | int, ...] = ()
    item: DefinedField | None = None


@dataclass
class Definition:
    """One object of the Definitions folder, by its wire ``type``."""

    wire: str
    title: str
    anchor: str
    has_id: bool = False
    attributes: dict[str, DefinedField] = field(default_factory=dict)
    relationships: dict[str, tuple[bool, str]] = field(default_factory=dict)  # name -> (to-many, target anchor)
    meta: dict[str, DefinedField] = field(default_factory=dict)


def _walk(items: list[Any]) -> Iterator[dict[str, Any]]:
    for item in items:
        if isinstance(item, dict):
            yield item
            yield from _walk(item.get("item") or [])


def _text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("content", "")
    return value if isinstance(value, str) else ""


def title_of(name: str) -> str:
    """``SIP Configuration Object`` -> ``SipConfiguration``."""
    words = re.sub(r"[^A-Za-z0-9 ]", " ", name.removesuffix(" Object")).split()
    return "".join(w[:1].upper() + w[1:].lower() for w in words)


def tables(collection: dict[str, Any]) -> dict[str, tuple[int, ...]]:
    """Anchor -> the integer ids of the first column of the table under it (e.g. the codec ids)."""
    found = {}
    for item in _walk(collection.get("item") or []):
        text = _text(item.get("description"))
        anchor = _ANCHOR.search(text)
        rows = _ROW.findall(text)
        if anchor and rows and "#### Model" not in text:
            found[anchor.group(1)] = tuple(int(r) for r in rows)
    return found


def definitions(collection: dict[str, Any]) -> dict[str, Definition]:
    """Every object of the "Definitions" folder that names its wire type, by that type."""
    folder = next(
        (i for i in collection.get("item") or [] if isinstance(i, dict) and i.get("name") == "Definitions"), {}
    )
    ids = tables(collection)
    found: dict[str, Definition] = {}
    for item in _walk(folder.get("item") or []):
        text = _text(item.get("description"))
        model = _model_part(text)
        definition = _definition(str(item.get("name", "")), text, model, ids)
        if definition is not None:
            found.setdefault(definition.wire, definition)
    return found


def _model_part(text: str) -> str:
    """The Markdown of the model, without the JSON examples under it (their lines are not model lines)."""
    return text.split("#### Example", 1)[0]


def _definition(name: str, text: str, model: str, ids: dict[str, tuple[int, ...]]) -> Definition | None:
    lines = list(_LINE.finditer(model))
    wire = next((_members(m.group("rest")) for m in lines if m.group("name") == "type"), ())
    if not wire or not isinstance(wire[0], str):
        return None
    anchor = _ANCHOR.search(text)
    definition = Definition(str(wire[0]), title_of(name), anchor.group(1) if anchor else "")
    section, depth = "", 0
    for index, line in enumerate(lines):
        level = line.group("depth").count(">")
        key = line.group("name")
        if key in _SECTIONS and "object" in line.group("type").lower():
            section, depth = key, level
            continue
        if level <= depth or not section:
            definition.has_id = definition.has_id or key == "id"
            section = ""
            continue
        end = lines[index + 1].start() if index + 1 < len(lines) else len(model)
        _record(definition, section, line, model[line.end() : end], ids)
    return definition


def _record(
    definition: Definition, section: str, line: re.Match[str], prose: str, ids: dict[str, tuple[int, ...]]
) -> None:
    key, phrase, rest = line.group("name").rstrip("_"), line.group("type"), line.group("rest")  # "**name_**": a typo
    if section == "relationships":
        cardinality = _members(rest)
        target = _LINK.search(prose)
        if cardinality and str(cardinality[0]) in ("to-one", "to-many"):
            definition.relationships[key] = (cardinality[0] == "to-many", target.group(1) if target else "")
        return
    parsed = defined_field(phrase, rest, prose, ids)
    (definition.attributes if section == "attributes" else definition.meta)[key] = parsed


def defined_field(phrase: str, rest: str, prose: str, ids: dict[str, tuple[int, ...]]) -> DefinedField:
    """The facts of one type phrase (``enumerate\\[integer\\], NOT nullable``), its listed members and prose."""
    words = [w.strip() for w in phrase.replace("\\", "").lower().split(",")]
    head = words[0]
    nullable = False if "not nullable" in words else True if "nullable" in words else None
    listed = _members(rest) if rest.lstrip().startswith(":") else ()
    link = _LINK.search(prose)
    table = ids.get(link.group(1), ()) if link else ()
    inner = re.fullmatch(r"(?:array|enumerated?)\[(\w+)\]", head)
    if head.startswith("array"):
        item_kind = _SCALARS.get(inner.group(1)) if inner else None
        return DefinedField(
            "list", nullable, item=DefinedField(item_kind, enum=table if item_kind == "integer" else ())
        )
    if head.startswith("enum"):
        kind = _SCALARS.get(inner.group(1)) if inner else "string"
        if kind == "integer":
            listed = tuple(int(m) for m in listed if str(m).isdigit())
        return DefinedField(kind if kind in ("string", "integer") else None, nullable, listed or table)
    kind = _SCALARS.get(re.sub(r"\[.*", "", head))
    if kind == "string":  # a kind the prose names (a "decimal" string)
        kind = next((k.name for k in KINDS if k.postman_prose and k.postman_prose in prose.lower()), kind)
    return DefinedField(kind, nullable, listed if kind == "string" else ())


def _members(rest: str) -> tuple[str | int, ...]:
    """The bold names after a line's colon: ``: **a**, **b** or **c**`` -> ("a", "b", "c")."""
    return tuple(m.strip() for m in _MEMBER.findall(rest.split(":", 1)[-1]) if m.strip())
