"""One request's attempts, whatever the flavour that sends it: the retry policy, the deadline, logging, and the
SDK errors an attempt ends in (an API error, a transport error, a body not in its encoding)."""

from __future__ import annotations

import enum
import time
from typing import TYPE_CHECKING, Any

import httpx

from didww_gen import _retries
from didww_gen._deadline import AUTO, Deadline, DeadlineStream
from didww_gen._logging import logger
from didww_gen.errors import (
    DidwwApiError,
    DidwwClientError,
    DidwwConnectionError,
    DidwwTimeoutError,
    api_error_class,
)

if TYPE_CHECKING:
    from didww_gen._client import _ClientCore


class _Tries:
    """The retry policy, deadline and logging for one request, whatever the flavour that sends it."""

    def __init__(self, core: _ClientCore[Any, Any], request: httpx.Request, deadline: float | None = AUTO) -> None:
        self.core = core
        self.request = request
        self.method = request.method
        self.attempt = 0
        self.started = 0.0
        self.uncertain = False  # an earlier attempt may have been acted on without our seeing the answer
        self.timeouts: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
        own = core._deadline_for(self.timeouts)
        if deadline is not AUTO and deadline is not None:  # a caller's bound (wait(): the time left)
            own = deadline if own is None else min(own, deadline)
        self.deadline = Deadline(own, lambda: f"{request.method} {request.url.copy_with(query=None)}")

    def rate_limit_wait(self) -> float:
        limiter = self.core.rate_limiter
        wait = limiter.reserve() if limiter is not None else 0.0
        if wait > 0 and not self.deadline.allows(wait):
            raise self.deadline.error()
        return wait

    def start(self) -> None:
        """Before each attempt: check the deadline and give the attempt no more time than is left."""
        self.deadline.check()
        self.attempt += 1
        self.started = time.perf_counter()
        self.request.extensions["timeout"] = self.deadline.clamp(self.timeouts)

    def watch(self, response: httpx.Response) -> None:
        """Make reading ``response``'s body check the deadline between chunks."""
        response.stream = DeadlineStream(response.stream, self.deadline)

    def _log(self, outcome: str) -> None:
        elapsed = (time.perf_counter() - self.started) * 1000
        url = self.request.url
        logger.debug("%s %s -> %s in %.1f ms (attempt %d)", self.method, url, outcome, elapsed, self.attempt)

    def _retry_in(self, wait: float) -> float | None:
        """``wait`` when another attempt is allowed and fits before the deadline, else None."""
        return wait if self.attempt <= self.core.max_retries and self.deadline.allows(wait) else None

    def failed(self, exc: httpx.RequestError, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retrying after a transport error; raises when there is no retry."""
        self._log(type(exc).__name__)
        if isinstance(exc, httpx.DecodingError) and response is not None and not _starts_encoded(response):
            raise _not_in_its_encoding(response, self.method, self.request.url) from None
        if isinstance(exc, httpx.TimeoutException) and self.deadline.expired():
            raise self.deadline.error() from None
        self.uncertain = self.uncertain or not isinstance(exc, httpx.ConnectError)
        if _retries.should_retry_error(self.method, exc):
            wait = self._retry_in(_retries.backoff(self.attempt))
            if wait is not None:
                return wait
        raise _transport_error(exc, self.method, self.request.url, self.attempt) from None

    def answered(self, response: httpx.Response) -> float | None:
        """None for a success; seconds to wait before retrying; raises the API error otherwise."""
        self._log(str(response.status_code))
        if response.is_success or self._deleted_before(response):
            return None
        self.uncertain = self.uncertain or response.status_code >= 500
        if _retries.should_retry_status(self.method, response.status_code):
            wait = self._retry_in(_retries.backoff(self.attempt, response))
            if wait is not None:
                return wait
        raise api_error(response, self.method, self.attempt, self.core._API.environments)

    def _deleted_before(self, response: httpx.Response) -> bool:
        """A 404 to a DELETE retried after an attempt whose outcome is unknown: that attempt deleted it."""
        if self.method == "DELETE" and response.status_code == 404 and self.uncertain:
            logger.debug("DELETE %s -> 404 after a retry: deleted by an earlier attempt", self.request.url)
            return True
        return False


def redact(request: httpx.Request | None) -> None:
    """Mask the API key of a request that failed: the httpx exceptions and responses an SDK error may be chained
    to (``__context__``), and the frames of its traceback, hold this request object."""
    if request is not None and "Api-Key" in request.headers:
        request.headers["Api-Key"] = "***"


def api_error(
    response: httpx.Response, method: str, attempts: int = 1, environments: type[enum.Enum] | None = None
) -> DidwwApiError:
    from didww_gen._decoding import parse_errors

    errors = parse_errors(response.content)
    url = str(response.request.url) if response.request else ""
    error = api_error_class(response.status_code)(response.status_code, errors, method, url)
    if not errors:
        error.args = (f"{error.args[0]}; body: {describe_body(response)}",)
    if response.status_code == 401 and response.request is not None:
        error.args = (f"{error.args[0]}. {unauthorized_hint(response.request.url, environments)}",)
    if attempts > 1:
        error.args = (f"{error.args[0]} (after {attempts} attempts)",)
    return error


def unauthorized_hint(url: httpx.URL, environments: type[enum.Enum] | None = None) -> str:
    """What to check after a 401: the environment the key was sent to, and a base URL without ``/v3``."""
    plain = str(url.copy_with(query=None, fragment=None))
    env = next((e for e in environments or () if plain.startswith(e.value + "/")), None)
    where = f"the {env.name.lower()} environment ({env.value})" if env else f"{url.scheme}://{url.netloc.decode()}"
    hint = (
        f"Check the API key: it was sent to {where}, and keys are per environment (a sandbox key is refused "
        "by production and the reverse; DidwwClient uses Environment.SANDBOX unless given "
        "environment=Environment.PRODUCTION, or DIDWW_ENVIRONMENT=production with from_env())"
    )
    if "/v3/" not in url.path + "/":
        hint += f"; the base URL lacks /v3 (the request went to {plain}): end base_url with /v3"
    return hint


def describe_body(response: httpx.Response) -> str:
    """A body described by its size and type, never quoted (an unreadable body may still hold secrets)."""
    kind = response.headers.get("Content-Type", "").split(";", 1)[0].strip()
    of = f"of {kind!r}" if kind else "without a content type"
    return f"{len(response.content)} bytes {of} (not shown)"


def _starts_encoded(response: httpx.Response) -> bool:
    """Whether a body that failed to decode at least began in its encoding (gzip's magic): then it was damaged on
    the way (cut short, corrupted), which a retry may cure; a body never in its encoding is the server's label."""
    head = getattr(response.stream, "head", b"")
    encoding = response.headers.get("Content-Encoding", "").split(",")[-1].strip().lower()
    return encoding in ("gzip", "x-gzip") and head == b"\x1f\x8b"


def _not_in_its_encoding(response: httpx.Response, method: str, url: httpx.URL) -> DidwwClientError:
    encoding = response.headers.get("Content-Encoding", "")
    shown = repr(encoding) if len(encoding) <= 40 and encoding.isprintable() else "an encoding"
    return DidwwClientError(
        f"{method} {url.copy_with(query=None)}: HTTP {response.status_code}: the body is labelled Content-Encoding "
        f"{shown} but is not in that encoding ({_body_kind(response)}); not retried (the server, or a proxy "
        "in between, labels it wrongly)"
    )


def _body_kind(response: httpx.Response) -> str:
    kind = response.headers.get("Content-Type", "").split(";", 1)[0].strip()
    return f"a body of {kind!r}" if kind else "a body without a content type"


def _transport_error(exc: httpx.RequestError, method: str, url: httpx.URL, attempts: int) -> Exception:
    suffix = f" (after {attempts} attempts)" if attempts > 1 else ""
    kind = DidwwTimeoutError if isinstance(exc, httpx.TimeoutException) else DidwwConnectionError
    return kind(f"{method} {url.copy_with(query=None)}: {type(exc).__name__}: {exc}{suffix}")
