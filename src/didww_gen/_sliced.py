"""Validating a large document a slice of resources at a time, so that the parsed tree is never the whole body's.

pydantic-core parses a body whole into its own tree before it validates it; for a page of thousands of resources
that tree is several times the body's size. A large document's ``data`` and ``included`` arrays are therefore cut
into slices of about ``SLICE`` bytes, each validated by the same document validator as a list of one list
(``{"data":[],"\u0000data":[[<slice>]]}``, see ``KEYS``), and what is left (the document with the sliced elements
taken out: the last elements of each array, ``meta``, ``links``) is validated last.

The cuts are found without parsing: the first ``}`` ``,`` ``{`` after ``SLICE`` bytes (most often right), and when
that slice does not validate, the first where the braces since the last cut balance. A nested array of objects or a
brace inside a string can make such a guess wrong, and no guess can tell the array's own end; but then the wrapped
slice is not JSON: it ends inside a string or a nested value (the wrapper's ``]]}`` cannot close it), or it closes
the array early and goes on with a ``"key":`` inside the wrapper's outer list. Only a slice of whole elements of the
array parses. When no guess validates, the slice is tried shorter, down to ``SHORTEST`` bytes; then slicing that
array stops there, and what is not sliced is validated with the rest (walked past in Python, up to ``WALKED`` bytes:
more, and the body is validated whole; an end is sought ``REACH`` bytes at most, so a failed guess costs little).
The document's top level is walked exactly (strings read whole), so the arrays sliced are the document's own; a key
given twice or escaped, or text that is not JSON, ends slicing (``validate`` then validates the whole body at once).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from pydantic_core import SchemaValidator

SLICE = 1 << 18
"""Bytes of resources validated at a time (at least: a slice ends at the first element boundary after them)."""
SHORTEST = 1 << 12
"""The shortest slice tried where the array may end: the elements after the last slice are walked in Python."""
LARGE = 2 * SLICE
"""A body of more bytes is validated in slices; a smaller one at once (its tree is small)."""
REACH = 3 * SLICE
"""How far past a slice's length its end is sought (a resource longer than that ends slicing)."""
WALKED = 4 * SLICE
"""The longest value walked past in Python (what slicing left of an array, ``meta``, ...): a longer one, which no
well-formed page holds, has the body validated whole rather than walked a token at a time."""

_STRING_TEXT = rb'"[^"\\]*(?:\\.[^"\\]*)*"'
_STRING = re.compile(_STRING_TEXT, re.DOTALL)
_SPACE = re.compile(rb"[ \t\n\r]*")
_SCALAR = re.compile(rb"-?[0-9][0-9.eE+-]*|true|false|null")
_STRUCTURE = re.compile(_STRING_TEXT + rb"|[{}\[\]]", re.DOTALL)
_CUT = re.compile(rb"\}[ \t\n\r]*,[ \t\n\r]*\{")
_SLICED = {b'"data"': "data", b'"included"': "included"}
KEYS = {"data": "\x00data", "included": "\x00included"}
"""The document validator's members that take slices of ``data`` and ``included``, as a list of one list."""
_WRAPPED = {name: (b'{"data":[],"\\u0000' + name.encode() + b'":[[', b"]]}") for name in KEYS}


class _Unsliceable(Exception):
    """The document's top level is not one this module walks: it is validated whole."""


def validate(validator: SchemaValidator, body: bytes, many: bool) -> Any:
    """What ``validator.validate_json(body)`` answers: the same members, the large arrays of a document with a list
    of resources in ``data`` validated a slice at a time (raises ``ValidationError`` as it does)."""
    if not many or len(body) <= LARGE:
        return validator.validate_json(body)
    try:
        return _Slicer(validator, body).validated()
    except _Unsliceable:
        return validator.validate_json(body)


class _Slicer:
    """One document's walk: its top level read exactly, its ``data`` and ``included`` arrays sliced."""

    def __init__(self, validator: SchemaValidator, body: bytes) -> None:
        self.validator = validator
        self.body = body
        self.sliced: dict[str, list[Any]] = {"data": [], "included": []}
        self.kept: list[bytes] = []  # the pieces of the body left to validate last
        self.last = 0  # where the piece being kept starts

    def validated(self) -> Any:
        seen = set()
        pos = self._space(self._expect(self._space(0), b"{"))
        if self.body[pos : pos + 1] != b"}":
            while True:
                key = _STRING.match(self.body, pos)
                if key is None:
                    raise _Unsliceable
                pos = self._space(self._expect(self._space(key.end()), b":"))
                if key.group() in seen or b"\\" in key.group():
                    raise _Unsliceable  # a key given twice or escaped: which value counts is the parser's to say
                seen.add(key.group())
                name = _SLICED.get(key.group())
                pos = self._array(name, pos + 1) if name and self.body[pos : pos + 1] == b"[" else self._value(pos)
                pos = self._space(pos)
                if self.body[pos : pos + 1] != b",":
                    break
                pos = self._space(pos + 1)
        pos = self._expect(pos, b"}")
        if self._space(pos) != len(self.body):
            raise _Unsliceable
        return self._rest()

    def _rest(self) -> Any:
        """The document left once the slices are taken out, validated, with the slices' resources put first."""
        found = self.validator.validate_json(b"".join([*self.kept, self.body[self.last :]]))
        for name, resources in self.sliced.items():
            if resources:
                found[name] = [*resources, *(found.get(name) or ())]
        return found

    def _array(self, name: str, start: int) -> int:
        """Slice the array whose elements start at ``start``; the position after it. A failed slice is tried again
        shorter (the array may end inside it), down to ``SHORTEST``: what is left is walked past."""
        pos, size = start, SLICE
        while size >= SHORTEST:
            guess = _CUT.search(self.body, pos + size, pos + size + REACH)  # most often right: braces not counted
            if guess is not None and self._validated(name, pos, guess.start() + 1):
                pos = guess.end() - 1
                continue
            cut = _cut(self.body, pos, size)
            tried = guess is not None and cut is not None and cut[0] == guess.start() + 1
            if cut is not None and not tried and self._validated(name, pos, cut[0]):
                pos = cut[1]
            else:
                size //= 4
        if pos > start:  # the elements before pos are validated: keep the rest of the body from pos on
            self.kept.append(self.body[self.last : start])
            self.last = pos
        return self._elements(pos)

    def _validated(self, name: str, start: int, end: int) -> bool:
        """Whether ``body[start:end]`` validates as elements of the array ``name`` (then they are kept)."""
        head, tail = _WRAPPED[name]
        try:
            found = self.validator.validate_json(head + self.body[start:end] + tail)
        except ValidationError:
            return False  # not a cut between elements, or a value the whole validation is to judge
        self.sliced[name].extend(found[f"sliced_{name}"][0])
        return True

    def _elements(self, pos: int) -> int:
        """Past the rest of an array: its elements from ``pos``, then its ``]`` (at most ``WALKED`` bytes of them)."""
        pos = self._space(pos)
        if self.body[pos : pos + 1] == b"]":
            return pos + 1
        limit = pos + WALKED
        while True:
            if pos > limit:  # slicing stopped early (a value the validation refuses): the body is validated whole
                raise _Unsliceable
            pos = self._space(self._value(pos))
            if self.body[pos : pos + 1] != b",":
                return self._expect(pos, b"]")
            pos = self._space(pos + 1)

    def _value(self, pos: int) -> int:
        """Past the value at ``pos`` (strings read whole, so brackets inside them do not count)."""
        first = self.body[pos : pos + 1]
        if first not in (b"{", b"["):
            found = (_STRING if first == b'"' else _SCALAR).match(self.body, pos)
            if found is None:
                raise _Unsliceable
            return found.end()
        depth = 0
        for token in _STRUCTURE.finditer(self.body, pos, pos + WALKED):
            mark = token.group()
            if mark[0] != 34:  # not a string: a bracket
                depth += 1 if mark in (b"{", b"[") else -1
                if depth == 0:
                    return token.end()
        raise _Unsliceable  # not JSON, or a value longer than WALKED: the body is validated whole

    def _space(self, pos: int) -> int:
        return _SPACE.match(self.body, pos).end()  # type: ignore[union-attr]  # matches the empty text too

    def _expect(self, pos: int, char: bytes) -> int:
        if self.body[pos : pos + 1] != char:
            raise _Unsliceable
        return pos + 1


def _cut(body: bytes, start: int, size: int) -> tuple[int, int] | None:
    """(end of a slice, start of the next) for a slice from ``start`` of ``size`` to ``size + REACH`` bytes: after
    a ``}`` followed by ``,`` and ``{``, where the braces since ``start`` balance (a guess: see the module's text)."""
    checked, depth = start, 0
    for found in _CUT.finditer(body, start + size, start + size + REACH):  # no further: a failed guess costs little
        close = found.start() + 1
        depth += body.count(b"{", checked, close) - body.count(b"}", checked, close)
        checked = close
        if depth == 0:
            return close, found.end() - 1
    return None
