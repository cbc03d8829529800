"""The client core shared by ``DidwwClient`` and ``AsyncDidwwClient``.

Configuration, headers, request building, the retry policy, the rate limiter, logging and error
mapping live in ``_ClientCore`` and ``_Tries``; each flavour (``_sync``, ``_async``) adds only its I/O
loop and the file helpers, which differ by ``await``. The generated clients add the repositories.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

import httpx

if sys.version_info >= (3, 11):
    from typing import Self
else:  # pragma: no cover
    from typing_extensions import Self

from didww_gen import _retries
from didww_gen._logging import logger
from didww_gen._ratelimit import RateLimiter
from didww_gen._version import __version__
from didww_gen.api_info import API_VERSION, Environment
from didww_gen.errors import (
    DidwwApiError,
    DidwwClientError,
    DidwwConnectionError,
    DidwwTimeoutError,
    api_error_class,
)

JSONAPI = "application/vnd.api+json"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
UNAUTHENTICATED_PATHS = frozenset({"public_keys"})
TimeoutTypes = float | httpx.Timeout | None
_UNSET: Any = object()


def _user_agent() -> str:
    return f"didww-gen/{__version__} (python {platform.python_version()}; api {API_VERSION})"


def _timeout(value: TimeoutTypes) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise DidwwClientError(f"timeout takes positive seconds or an httpx.Timeout, got {value!r}")
    return httpx.Timeout(float(value), connect=min(5.0, float(value)))


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DidwwClientError(f"max_retries takes an integer >= 0, got {value!r}")
    return value


def _api_version(value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DidwwClientError(f"api_version takes a version date such as {API_VERSION!r}, got {value!r}")
    return value


HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)


class _ClientCore(Generic[HttpClient]):
    """Configuration and request building, shared by both flavours (generic over the httpx client)."""

    _http: HttpClient
    _http_type: type[HttpClient]

    def __init__(
        self,
        api_key: str,
        *,
        environment: Environment = Environment.SANDBOX,
        base_url: str | None = None,
        api_version: str = API_VERSION,
        timeout: TimeoutTypes = None,
        max_retries: int = 2,
        rate_limit: float | None = None,
        http_client: HttpClient | None = None,
    ) -> None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise DidwwClientError("api_key is required: pass the key from the DIDWW API settings page")
        if not isinstance(environment, Environment):
            raise DidwwClientError(f"environment takes an Environment member, got {environment!r}")
        url = base_url if base_url is not None else environment.value
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise DidwwClientError(f"base_url must be an http(s) URL such as 'https://api.didww.com/v3', got {url!r}")
        if http_client is not None and not isinstance(http_client, self._http_type):
            raise DidwwClientError(
                f"{type(self).__name__} takes an {self._http_type.__module__}.{self._http_type.__name__} "
                f"as http_client, got {type(http_client).__name__}"
            )
        self.__api_key = api_key
        self.base_url = url.rstrip("/")
        self.api_version = _api_version(api_version)
        self.timeout = _timeout(timeout)
        self.max_retries = _max_retries(max_retries)
        self.rate_limiter = RateLimiter(rate_limit) if rate_limit is not None else None
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else self._http_type(timeout=self.timeout)
        self._public_keys: tuple[str, ...] | None = None

    @classmethod
    def from_env(cls, **options: Any) -> Self:
        """A client configured from the environment: ``DIDWW_API_KEY`` (required) and ``DIDWW_BASE_URL``
        (optional: the sandbox when unset, e.g. ``http://127.0.0.1:8080/v3`` for the fake API). ``options``
        are the other constructor arguments (``timeout``, ``max_retries``, ``http_client``, ...)."""
        api_key = os.environ.get("DIDWW_API_KEY", "")
        if not api_key.strip():
            raise DidwwClientError(
                "DIDWW_API_KEY is not set: export the key from the DIDWW API settings page (any non-empty key "
                "works with the fake API, python -m didww_gen.testing)"
            )
        return cls(api_key, base_url=os.environ.get("DIDWW_BASE_URL") or None, **options)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_version={self.api_version!r}, api_key='***')"

    def with_options(
        self,
        *,
        api_version: str = _UNSET,
        timeout: TimeoutTypes = _UNSET,
        max_retries: int = _UNSET,
    ) -> Self:
        """A client with other settings that shares this one's connection pool and rate limiter.

        Closing the derived client leaves the pool open; close the original when done.
        """
        clone = object.__new__(type(self))
        for name in ("_ClientCore__api_key", "base_url", "api_version", "timeout", "max_retries", "rate_limiter"):
            setattr(clone, name, getattr(self, name))
        clone._http = self._http
        clone._owns_http = False
        clone._public_keys = self._public_keys
        if api_version is not _UNSET:
            clone.api_version = _api_version(api_version)
        if timeout is not _UNSET:
            clone.timeout = _timeout(timeout)
        if max_retries is not _UNSET:
            clone.max_retries = _max_retries(max_retries)
        return clone

    def _headers(self, path: str, content_type: str | None) -> dict[str, str]:
        headers = {"Accept": JSONAPI, "X-DIDWW-API-Version": self.api_version, "User-Agent": _user_agent()}
        if path.split("/", 1)[0] not in UNAUTHENTICATED_PATHS:
            headers["Api-Key"] = self.__api_key
        if content_type is not None:
            headers["Content-Type"] = content_type
        return headers

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        files: Any = None,
        data: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> httpx.Request:
        """The request to send; ``path`` is relative to the base URL, or an absolute URL on the same host."""
        url = path if path.startswith(("http://", "https://")) else f"{self.base_url}/{path}"
        headers = self._headers(path, content_type or (JSONAPI if body is not None else None))
        if extra_headers:
            if not isinstance(extra_headers, Mapping):
                raise DidwwClientError("extra_headers takes a mapping of header name to value")
            headers.update({str(k): str(v) for k, v in extra_headers.items()})
        return self._http.build_request(
            method,
            url,
            params=list(params) if params else None,  # any params (even none) make httpx rebuild the URL
            content=body,
            files=files,
            data=data,
            headers=headers,
            timeout=self.timeout if timeout is None else _timeout(timeout),
        )


class _Tries:
    """The retry policy and logging for one request, whatever the flavour that sends it."""

    def __init__(self, core: _ClientCore[Any], request: httpx.Request) -> None:
        self.core = core
        self.request = request
        self.method = request.method
        self.attempt = 0
        self.started = 0.0

    def rate_limit_wait(self) -> float:
        limiter = self.core.rate_limiter
        return limiter.reserve() if limiter is not None else 0.0

    def start(self) -> None:
        self.attempt += 1
        self.started = time.perf_counter()

    def _log(self, outcome: str) -> None:
        elapsed = (time.perf_counter() - self.started) * 1000
        url = self.request.url
        logger.debug("%s %s -> %s in %.1f ms (attempt %d)", self.method, url, outcome, elapsed, self.attempt)

    def failed(self, exc: httpx.TransportError) -> float:
        """Seconds to wait before retrying after a transport error; raises when there is no retry."""
        self._log(type(exc).__name__)
        if self.attempt <= self.core.max_retries and _retries.should_retry_error(self.method, exc):
            return _retries.backoff(self.attempt)
        raise _transport_error(exc, self.method, self.request.url, self.attempt) from None

    def answered(self, response: httpx.Response) -> float | None:
        """None for a success; seconds to wait before retrying; raises the API error otherwise."""
        self._log(str(response.status_code))
        if response.is_success:
            return None
        if self.attempt <= self.core.max_retries and _retries.should_retry_status(self.method, response.status_code):
            return _retries.backoff(self.attempt, response)
        raise api_error(response, self.method, self.attempt)


def api_error(response: httpx.Response, method: str, attempts: int = 1) -> DidwwApiError:
    from didww_gen._decoding import excerpt, parse_errors

    errors = parse_errors(response.content)
    url = str(response.request.url) if response.request else ""
    error = api_error_class(response.status_code)(response.status_code, errors, method, url)
    if not errors:
        error.args = (f"{error.args[0]}; body: {excerpt(response.content)!r}",)
    if attempts > 1:
        error.args = (f"{error.args[0]} (after {attempts} attempts)",)
    return error


def _transport_error(exc: httpx.TransportError, method: str, url: httpx.URL, attempts: int) -> Exception:
    suffix = f" (after {attempts} attempts)" if attempts > 1 else ""
    kind = DidwwTimeoutError if isinstance(exc, httpx.TimeoutException) else DidwwConnectionError
    return kind(f"{method} {url.copy_with(query=None)}: {type(exc).__name__}: {exc}{suffix}")
