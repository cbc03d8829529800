"""The SDK's exceptions (also exported from ``didww_gen``).

``DidwwError`` is the base of everything the SDK raises on purpose:

- ``DidwwApiError`` and its status subclasses: the API answered with an error document;
- ``DidwwClientError``: bad input caught before anything was sent, or a response the SDK cannot read;
- ``DidwwFileError`` (a ``DidwwClientError``): a local file could not be read or written;
- ``DidwwConnectionError`` / ``DidwwTimeoutError``: the request did not get an answer;
- ``DidwwWaitTimeoutError`` (a ``DidwwTimeoutError``): ``wait()`` ran out of time before a final status.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "DidwwApiError",
    "DidwwClientError",
    "DidwwConnectionError",
    "DidwwError",
    "DidwwFileError",
    "DidwwTimeoutError",
    "DidwwWaitTimeoutError",
    "ErrorObject",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnprocessableEntityError",
]


class DidwwError(Exception):
    """Base class of every exception the SDK raises."""


class DidwwClientError(DidwwError, ValueError):
    """Bad input caught before sending, or a response that is not a readable JSON:API document."""


class DidwwFileError(DidwwClientError):
    """A local file could not be read or written (disk full, folder not writable, path is a folder)."""


class DidwwConnectionError(DidwwError):
    """The request could not be sent or its answer could not be received."""


class DidwwTimeoutError(DidwwConnectionError):
    """The request timed out."""


class DidwwWaitTimeoutError(DidwwTimeoutError):
    """``wait()`` gave up: the resource did not reach a final status within the timeout.

    ``resource`` (the class name), ``id``, ``last_status`` and ``elapsed`` (seconds) say where it stood."""

    def __init__(self, resource: str, id: str, last_status: str, elapsed: float, final: tuple[str, ...]) -> None:
        self.resource, self.id, self.last_status, self.elapsed = resource, id, last_status, elapsed
        super().__init__(
            f"{resource} {id} is still {last_status!r} after {elapsed:.1f} s (final: {', '.join(final)}): "
            "it may still settle; wait again with a longer timeout=, or find() it later"
        )


@dataclass(frozen=True)
class ErrorObject:
    """One JSON:API error object of an error response."""

    title: str | None = None
    detail: str | None = None
    code: str | None = None
    status: str | None = None
    source_pointer: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, raw: Any) -> ErrorObject:
        if not isinstance(raw, dict):
            return cls(detail=str(raw))
        source = raw.get("source")
        source = source if isinstance(source, dict) else {}
        meta = raw.get("meta")
        meta = meta if isinstance(meta, dict) else {}
        return cls(
            title=_opt_str(raw.get("title")),
            detail=_opt_str(raw.get("detail")),
            code=_opt_str(raw.get("code")),
            status=_opt_str(raw.get("status")),
            source_pointer=_opt_str(source.get("pointer")),
            meta=dict(meta),
        )

    def __str__(self) -> str:
        text = self.detail or self.title or "error"
        return f"{text} (at {self.source_pointer})" if self.source_pointer else text


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


class DidwwApiError(DidwwError):
    """The API answered with an HTTP error status; ``errors`` holds its JSON:API error objects."""

    def __init__(self, status_code: int, errors: list[ErrorObject], method: str = "", url: str = "") -> None:
        self.status_code = status_code
        self.errors = errors
        self.method = method
        self.url = url
        details = "; ".join(str(e) for e in errors) or "no error details"
        where = f" for {method} {url}" if method else ""
        super().__init__(f"HTTP {status_code}{where}: {details}")


class BadRequestError(DidwwApiError):
    """400 Bad Request."""


class AuthenticationError(DidwwApiError):
    """401 Unauthorized: the API key is missing or wrong."""


class PermissionDeniedError(DidwwApiError):
    """403 Forbidden."""


class NotFoundError(DidwwApiError):
    """404 Not Found."""


class UnprocessableEntityError(DidwwApiError):
    """422 Unprocessable Entity: the API rejected the values sent (see ``errors[i].source_pointer``)."""


class RateLimitError(DidwwApiError):
    """429 Too Many Requests."""


class ServerError(DidwwApiError):
    """5xx: the API failed."""


_BY_STATUS: dict[int, type[DidwwApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def api_error_class(status_code: int) -> type[DidwwApiError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, DidwwApiError)
