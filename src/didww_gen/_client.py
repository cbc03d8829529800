"""The synchronous client core: configuration, headers, sending with retries, error mapping.

The generated ``DidwwClient`` adds one repository accessor per API collection on top of this.
"""

from __future__ import annotations

import platform
import sys
import time
from collections.abc import Sequence

import httpx

if sys.version_info >= (3, 11):
    from typing import Self
else:  # pragma: no cover
    from typing_extensions import Self

from didww_gen import _retries
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


class BaseClient:
    """Holds the configuration and sends requests; repositories call :meth:`_send`."""

    def __init__(
        self,
        api_key: str,
        *,
        environment: Environment = Environment.SANDBOX,
        base_url: str | None = None,
        api_version: str = API_VERSION,
        timeout: TimeoutTypes = None,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
    ) -> None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise DidwwClientError("api_key is required: pass the key from the DIDWW API settings page")
        if not isinstance(environment, Environment):
            raise DidwwClientError(f"environment takes an Environment member, got {environment!r}")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise DidwwClientError(f"max_retries takes an integer >= 0, got {max_retries!r}")
        url = base_url if base_url is not None else environment.value
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise DidwwClientError(f"base_url must be an http(s) URL such as 'https://api.didww.com/v3', got {url!r}")
        self.__api_key = api_key
        self.base_url = url.rstrip("/")
        self.api_version = api_version
        self.timeout = _timeout(timeout)
        self.max_retries = max_retries
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(timeout=self.timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_version={self.api_version!r}, api_key='***')"

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection pool (only if the client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sending -----------------------------------------------------------------------------
    def _headers(self, path: str, has_body: bool) -> dict[str, str]:
        headers = {"Accept": JSONAPI, "X-DIDWW-API-Version": self.api_version, "User-Agent": _user_agent()}
        if path.split("/", 1)[0] not in UNAUTHENTICATED_PATHS:
            headers["Api-Key"] = self.__api_key
        if has_body:
            headers["Content-Type"] = JSONAPI
        return headers

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] | None = None,
        body: bytes | None = None,
    ) -> httpx.Response:
        """Send one API request with retries; returns a 2xx response or raises the SDK's error."""
        request = self._http.build_request(
            method,
            f"{self.base_url}/{path}",
            params=list(params or ()),
            content=body,
            headers=self._headers(path, body is not None),
            timeout=self.timeout,
        )
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                if attempt <= self.max_retries and _retries.should_retry_error(method, exc):
                    time.sleep(_retries.backoff(attempt))
                    continue
                raise _transport_error(exc, method, request.url, attempt) from None
            if response.is_success:
                return response
            if attempt <= self.max_retries and _retries.should_retry_status(method, response.status_code):
                time.sleep(_retries.backoff(attempt, response))
                continue
            raise api_error(response, method, attempt)


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
