"""Checking the signature of DIDWW callbacks (webhooks).

DIDWW signs each callback request with the ``X-DIDWW-Signature`` header: the lower-case hex
HMAC-SHA1, keyed with your account's API key, of

    normalized callback URL + key1 + value1 + key2 + value2 + ...

over every callback parameter (the query parameters of a GET callback, the form fields of a
POST one), keys sorted, with nothing between the parts, all UTF-8.

The URL is normalized to ``scheme://[userinfo@]host:port/path[?query][#fragment]``: the scheme
lower-cased, the port always written (443 for https, 80 for anything else when the URL has none,
otherwise as written), and every other part kept as given, so an IPv6 host keeps its brackets.

Usage::

    validator = RequestValidator(api_key)
    ok = validator.validate(request_url, dict(request_params), request.headers.get(SIGNATURE_HEADER))
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import Any

from didww_gen.errors import DidwwClientError

__all__ = ["SIGNATURE_HEADER", "RequestValidator", "normalize_url"]

SIGNATURE_HEADER = "X-DIDWW-Signature"
"""The request header carrying a callback's signature."""


def normalize_url(url: str) -> str:
    """``url`` as DIDWW signs it: ``scheme://[userinfo@]host:port/path[?query][#fragment]``.

    The scheme is lower-cased and a missing port becomes 443 (https) or 80 (anything else);
    everything else is kept as written. Raises ``DidwwClientError`` when ``url`` is not an
    absolute URL with a host (the text of the URL is not repeated in the message).
    """
    if not isinstance(url, str):
        raise DidwwClientError(f"the callback URL must be a str, not {type(url).__name__}")
    rest, hash_mark, fragment = url.partition("#")
    rest, question_mark, query = rest.partition("?")
    scheme, separator, rest = rest.partition("://")
    if not separator or not scheme:
        raise DidwwClientError("the callback URL must be absolute, as scheme://host/path (the URL DIDWW was given)")
    slash = rest.find("/")
    authority, path = (rest, "") if slash < 0 else (rest[:slash], rest[slash:])
    userinfo, at, host_port = authority.rpartition("@")
    if host_port.startswith("["):
        end = host_port.find("]")
        if end < 0:
            raise DidwwClientError("the callback URL has an IPv6 host without its closing ']'")
        host, after_host = host_port[: end + 1], host_port[end + 1 :]
        if after_host and not after_host.startswith(":"):
            raise DidwwClientError("the callback URL has text after its IPv6 host that is not a :port")
        port = after_host[1:]
    else:
        host, _, port = host_port.partition(":")
    if not host:
        raise DidwwClientError("the callback URL has no host")
    if port and not (port.isascii() and port.isdigit()):
        raise DidwwClientError("the callback URL has a port that is not a number")
    scheme = scheme.lower()
    if not port:
        port = "443" if scheme == "https" else "80"
    return f"{scheme}://{userinfo}{at}{host}:{port}{path}{question_mark}{query}{hash_mark}{fragment}"


class RequestValidator:
    """Checks ``X-DIDWW-Signature`` headers with ``secret``, your DIDWW API key.

    The secret is kept out of ``repr()`` and out of every exception message, and never pickled: pickling a
    validator raises ``DidwwClientError`` (build one where it is used, from where the secret is kept).
    """

    __slots__ = ("_secret",)

    def __init__(self, secret: str) -> None:
        if not isinstance(secret, str) or not secret:
            raise DidwwClientError("the webhook secret must be a non-empty str: the API key of your DIDWW account")
        self._secret = secret.encode("utf-8")

    def __repr__(self) -> str:
        return "RequestValidator(secret=<hidden>)"

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise DidwwClientError(
            "a RequestValidator is not pickled: the pickle would carry the webhook secret in clear; build a "
            "RequestValidator(secret) where it is needed, from where the secret is kept (an environment variable, "
            "a secret store)"
        )

    def __copy__(self) -> RequestValidator:
        return self  # immutable: a copy is the same validator

    def __deepcopy__(self, memo: Any) -> RequestValidator:
        return self

    def sign(self, url: str, payload: Mapping[str, str]) -> str:
        """The signature DIDWW sends for a callback to ``url`` with parameters ``payload`` (lower-case hex)."""
        parts = [normalize_url(url)]
        for key in sorted(payload):
            value = payload[key]
            if not isinstance(key, str) or not isinstance(value, str):
                raise DidwwClientError(
                    "callback parameter names and values must be str, as received in the query or form; "
                    f"got {type(key).__name__} = {type(value).__name__}"
                )
            parts += (key, value)
        return hmac.new(self._secret, "".join(parts).encode("utf-8"), hashlib.sha1).hexdigest()

    def validate(self, url: str, payload: Mapping[str, str], signature: str | None) -> bool:
        """True when ``signature`` (the ``X-DIDWW-Signature`` header) matches ``url`` and ``payload``.

        ``url`` is the full URL the callback was sent to and ``payload`` every parameter it carried.
        A missing or empty signature gives False. The comparison takes constant time; hex digits
        are compared case-insensitively and surrounding whitespace is ignored.
        """
        if not signature or not isinstance(signature, str):
            return False
        expected = self.sign(url, payload).encode("ascii")
        given = signature.strip().lower().encode("utf-8", "replace")
        return hmac.compare_digest(expected, given)
