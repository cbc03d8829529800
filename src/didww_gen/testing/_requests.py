"""What the fake keeps of a request it is sent, what it checks before routing it, and which operation it asks."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from didww_gen.testing._problems import bad_request
from didww_gen.testing._spec import Collection

LOGGED_BODY = 64 * 1024  # how much of each request body the log keeps (``extensions["body_size"]``: all of it)


def logged(method: str, url: str, headers: dict[str, str], body: bytes) -> httpx.Request | None:
    """The request as ``FakeDidww.requests`` keeps it: its body cut to ``LOGGED_BODY`` bytes
    (``extensions["body_size"]`` is its whole size); headers and a URL httpx cannot hold are kept in a form it
    can (None: nothing can be kept)."""
    extensions = {"body_size": len(body)}
    try:
        return httpx.Request(method, url, headers=headers, content=body[:LOGGED_BODY], extensions=extensions)
    except Exception:  # a hostile request line or header: keep what can be kept
        safe = {k: v for k, v in headers.items() if k.isascii() and v.isascii() and k.isprintable()}
        readable = "".join(c if c.isascii() and c.isprintable() and c != " " else "?" for c in url)
        try:
            kept = httpx.Request(method, readable, headers=safe, content=body[:LOGGED_BODY])
        except Exception:
            return None
        kept.extensions = extensions
        return kept


def check_headers(headers: Mapping[str, str]) -> None:
    """HTTP header names and values are ASCII (a request with others is answered 400, never a crash)."""
    for name, value in headers.items():
        if not (name.isascii() and value.isascii()):
            shown = repr(name) if name.isascii() and len(name) <= 40 else "a header"
            raise bad_request("Invalid header", f"The value of {shown} holds characters that are not ASCII.")


def operation(method: str, has_id: bool, collection: Collection | None) -> str:
    """The operation a request asks of a collection (``none``: no such operation)."""
    singleton = collection is not None and collection.singleton
    if method == "GET":
        return "find" if has_id or singleton else "list"
    return {("POST", False): "create", ("PATCH", True): "update", ("DELETE", True): "delete"}.get(
        (method, has_id), "none"
    )
