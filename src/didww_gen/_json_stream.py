"""Reading a JSON document a top-level member (or array element) at a time, for large response bodies.

``json.loads`` needs the whole body as one ``str`` and returns the whole document as one tree of
Python objects; for a page of thousands of resources both are many times the size of the bytes, and
both are alive at once with the models being built from them. ``Reader`` walks only the top level of
the document by hand (``{``, keys, ``:``, ``,``, ``[``, ``]``) and reads every value below it with the
standard library's C scanner, so the caller can validate each element of an array into its model and
drop its dict before the next one is read. The bytes are decoded to text a window at a time (an
incremental UTF-8 decoder keeps a multi-byte sequence cut by a window), and the window keeps only the
text not read yet: the document never exists whole as a Python tree or as text.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from json.scanner import make_scanner
from typing import Any

CHUNK = 1 << 18  # bytes decoded at a time when the window runs out; a value longer than that doubles it

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER_GOES_ON = frozenset(".eE")  # where the scanner stops a number that the window may have cut
_scan = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # typeshed: any object with its attributes


class NotJson(Exception):
    """The body is not a JSON document (or not UTF-8)."""


class Reader:
    """Walks the top level of a JSON document; every value below it is read whole by the C scanner.

    The body is decoded to text ``chunk`` bytes at a time (the window keeps only what is not read yet),
    so the document's text never exists whole either.
    """

    __slots__ = ("body", "chunk", "decoded", "decoder", "pos", "text")

    def __init__(self, body: bytes, chunk: int = CHUNK) -> None:
        if chunk < 1:
            raise ValueError(f"chunk must be at least 1 byte, not {chunk}")
        self.body = memoryview(body)
        self.chunk = chunk
        self.decoded = 0
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.text = ""
        self.pos = 0

    def _more(self) -> bool:
        """Decode more of the body after the unread rest of the window; False when it is all decoded."""
        start = self.decoded
        if start >= len(self.body):
            return False
        self.decoded = start + max(self.chunk, len(self.text) - self.pos)  # doubles for a value longer than a chunk
        try:
            more = self.decoder.decode(self.body[start : self.decoded], self.decoded >= len(self.body))
        except UnicodeDecodeError:
            raise NotJson from None
        self.text = self.text[self.pos :] + more
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not whitespace ("" at the end), not consumed."""
        while True:
            text, pos = self.text, self.pos
            if pos < len(text) and text[pos] in " \t\n\r":
                pos = self.pos = _WHITESPACE.match(text, pos).end()  # type: ignore[union-attr]
            if pos < len(text):
                return text[pos]
            if not self._more():
                return ""

    def take(self, char: str) -> bool:
        """Consume ``char`` if it comes next."""
        if self.peek() != char:
            return False
        self.pos += 1
        return True

    def expect(self, char: str) -> None:
        if not self.take(char):
            raise NotJson

    def _whole(self, value: Any, end: int) -> bool:
        """Whether the scanner, stopping at ``end``, read all of ``value``: only a number has no closing
        character, and the window may cut it anywhere ("1", "1." and "1e" all scan as 1)."""
        if type(value) not in (int, float):
            return True
        return end < len(self.text) and self.text[end] not in _NUMBER_GOES_ON

    def value(self) -> Any:
        """The value that comes next (read again with more text when the window cuts it)."""
        text, pos = self.text, self.pos
        if pos >= len(text) or text[pos] in " \t\n\r":
            self.peek()
        while True:
            try:
                value, end = _scan(self.text, self.pos)
            except (StopIteration, ValueError):
                if self._more():
                    continue
                raise NotJson from None
            kind = type(value)
            if (kind is not int and kind is not float) or self._whole(value, end) or not self._more():
                self.pos = end
                return value

    def members(self) -> Iterator[str]:
        """The keys of the object that comes next; the caller reads each value before the next key."""
        self.expect("{")
        if self.take("}"):
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise NotJson
            self.expect(":")
            yield key
            if not self.take(","):
                self.expect("}")
                return

    def elements(self) -> Iterator[Any]:
        """The elements of the array that comes next, each read when the caller asks for it."""
        self.expect("[")
        if self.take("]"):
            return
        while True:
            yield self.value()
            text, pos = self.text, self.pos
            if pos < len(text) and text[pos] == ",":  # the common case, without a call
                self.pos = pos + 1
            elif not self.take(","):
                self.expect("]")
                return

    def end(self) -> None:
        """Nothing but whitespace may follow the document."""
        if self.peek():
            raise NotJson
