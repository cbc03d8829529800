"""Client settings checked at construction: API key, base URL, timeout, retries, extra headers.

Every refusal is a ``DidwwClientError`` that says what is wrong and never quotes a secret: not the API
key, not a header value, not the password of a URL.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import TypeGuard

import httpx

from didww_gen.errors import DidwwClientError

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
TimeoutTypes = float | httpx.Timeout | None


def is_seconds(value: object) -> TypeGuard[float]:
    """Whether ``value`` is a duration a user may give: a positive, finite number of seconds (not a bool)."""
    return not isinstance(value, bool) and isinstance(value, (int, float)) and 0 < value < math.inf


def _timeout(value: TimeoutTypes) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if not is_seconds(value):
        raise DidwwClientError(f"timeout takes positive seconds or an httpx.Timeout, got {value!r}")
    return httpx.Timeout(float(value), connect=min(5.0, float(value)))


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DidwwClientError(f"max_retries takes an integer >= 0, got {value!r}")
    return value


def _api_key(value: str) -> str:
    """The key as given, refused (without ever quoting it) when it cannot be an HTTP header value."""
    if not isinstance(value, str) or not value.strip():
        raise DidwwClientError("api_key is required: pass the key from the DIDWW API settings page")
    for position, char in enumerate(value):
        if not " " < char < "\x7f":
            raise DidwwClientError(
                f"api_key has {_char_class(char)} at position {position} (of {len(value)} characters): an API "
                "key is printable ASCII only; strip whitespace such as the newline a key file ends with"
            )
    return value


def _char_class(char: str) -> str:
    """What kind of character ``char`` is, for messages that must not quote the text it came from."""
    if char.isspace():
        return "a whitespace character"
    if char < " " or char == "\x7f":
        return "a control character"
    return "a non-ASCII character"


def _base_url(value: object) -> str:
    """The API root URL without a trailing slash; refused when it is not http(s) or carries credentials."""
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        shown = redact_url(value) if isinstance(value, str) else type(value).__name__
        raise DidwwClientError(f"base_url must be an http(s) URL such as 'https://api.didww.com/v3', got {shown!r}")
    if "@" in value.split("/", 3)[2]:
        raise DidwwClientError(
            "base_url must not carry a user name or password ('user:password@host'): the API authenticates "
            "with api_key alone; remove them from the URL"
        )
    try:
        httpx.URL(value)
    except (httpx.InvalidURL, ValueError, UnicodeError):
        raise DidwwClientError(
            f"base_url {redact_url(value)!r} is not a valid URL: check it for stray characters"
        ) from None
    return value.rstrip("/")


def redact_url(url: str) -> str:
    """``url`` with any ``user:password@`` replaced by ``***@``, for messages."""
    return _USERINFO.sub(r"\1***@", url)


_USERINFO = re.compile(r"^([^:/?#]*://)[^/?#]*@")


def _header_items(extra_headers: object) -> dict[str, str]:
    """Extra headers as ``str`` pairs; refused (naming the header, never its value) when unsendable."""
    if not isinstance(extra_headers, Mapping):
        raise DidwwClientError("extra_headers takes a mapping of header name to value")
    headers: dict[str, str] = {}
    for name, value in extra_headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise DidwwClientError(
                f"extra_headers: {name!r} is not a header name (letters, digits and -_.!#$%&'*+^`|~)"
            )
        text = value if isinstance(value, str) else str(value)
        bad = next((i for i, c in enumerate(text) if not (" " <= c < "\x7f" or c == "\t")), None)
        if bad is not None:
            raise DidwwClientError(
                f"extra_headers[{name!r}] has {_char_class(text[bad])} at position {bad}: header values are "
                "printable ASCII on one line; strip newlines and encode other text"
            )
        headers[name] = text
    return headers


_TOKEN = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")
