"""Rewrite a hand-kept text with only the lines whose content changed: the rest keeps its own wrapping.

A YAML dump of a tree re-wraps every long line at one width, but a hand-kept file mixes widths (a line a human
joined, another one wrapped by an older tool). :func:`splice` takes the file as it is (``ours``), the dump of
the tree as read (``base``) and the dump of the changed tree (``theirs``), both at one width: the lines ``base``
and ``theirs`` share come from ``ours`` as they were, the changed ones from ``theirs`` (a three-way merge where
``ours`` only changed the formatting and ``theirs`` only the content).
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True)
class _Unit:
    """Lines ``start..end`` of ``base`` written as ``text`` in ``ours`` (one line, or one re-wrapped block)."""

    start: int
    end: int
    text: tuple[str, ...]


def _units(base: list[str], ours: list[str]) -> list[_Unit]:
    """``base`` cut into units, each with the lines ``ours`` writes it as (lines only ``ours`` has join the next)."""
    units: list[_Unit] = []
    pending: list[str] = []  # lines of ours with no base counterpart (kept before the next unit)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, base, ours, autojunk=False).get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                units.append(_Unit(i1 + offset, i1 + offset + 1, (*pending, ours[j1 + offset])))
                pending = []
        elif tag == "insert":
            pending += ours[j1:j2]
        else:  # replace (the same content wrapped differently) or delete
            units.append(_Unit(i1, i2, (*pending, *ours[j1:j2])))
            pending = []
    if pending:
        if units:
            last = units[-1]
            units[-1] = _Unit(last.start, last.end, (*last.text, *pending))
        else:
            units.append(_Unit(0, 0, tuple(pending)))
    return units


def splice(ours: str, base: str, theirs: str) -> str:
    """``theirs``'s content written with ``ours``'s lines wherever ``base`` and ``theirs`` agree."""
    ours_lines, base_lines, their_lines = ours.splitlines(True), base.splitlines(True), theirs.splitlines(True)
    unit_at: dict[int, _Unit] = {}
    leading: list[str] = []
    for unit in _units(base_lines, ours_lines):
        if unit.start == unit.end:
            leading += unit.text
        for index in range(unit.start, unit.end):
            unit_at[index] = unit
    out: list[str] = list(leading)
    opcodes = SequenceMatcher(None, base_lines, their_lines, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "equal":
            out += their_lines[j1:j2]
            continue
        for index in range(i1, i2):
            whole = unit_at.get(index)
            if whole is not None and i1 <= whole.start and whole.end <= i2:
                if index == whole.start:
                    out += whole.text
            else:  # a re-wrapped block only partly unchanged: its lines as the dump writes them
                out.append(their_lines[j1 + index - i1])
    return "".join(out)
