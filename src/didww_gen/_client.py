"""The client core shared by ``DidwwClient`` and ``AsyncDidwwClient``.

Configuration, headers, request building and the rate limiter live in ``_ClientCore``; one request's
attempts (the retry policy, the deadline, logging and the errors they end in) in ``_attempts``; each flavour
(``_sync``, ``_async``) adds only its I/O loop and the file helpers, which differ by ``await``. The generated
clients add the repositories.
"""

from __future__ import annotations

import enum
import os
import platform
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

import httpx
from typing_extensions import TypedDict, Unpack  # generic TypedDicts before Python 3.11

from didww_gen._api import ApiVersion
from didww_gen._deadline import AUTO, deadline_option, default_deadline
from didww_gen._ratelimit import RateLimiter
from didww_gen._settings import (
    TimeoutTypes,
    _api_key,
    _base_url,
    _header_items,
    _max_retries,
    _timeout,
)
from didww_gen._version import __version__
from didww_gen.errors import (
    DidwwClientError,
)

__all__ = ["TimeoutTypes"]  # the generated repositories import it from here

JSONAPI = "application/vnd.api+json"
UNAUTHENTICATED_PATHS = frozenset({"public_keys"})
_UNSET: Any = object()


def _environment_from(value: str, api: ApiVersion) -> enum.Enum:
    """``DIDWW_ENVIRONMENT``: ``sandbox`` (also when unset) or ``production``, in any case."""
    names = {e.name.lower(): e for e in api.environments}
    chosen = names.get(value.strip().lower() or api.default_environment.name.lower())
    if chosen is None:
        shown = repr(value) if len(value) <= 16 else f"a value of {len(value)} characters"  # never a misplaced key
        raise DidwwClientError(
            f"DIDWW_ENVIRONMENT must be one of {', '.join(names)} (or unset for the sandbox), got {shown}"
        )
    return chosen


def _pause_gc(value: bool) -> bool:
    if not isinstance(value, bool):
        raise DidwwClientError(f"pause_gc takes True or False, got {value!r}")
    return value


def _user_agent(api_version: str) -> str:
    return f"didww-gen/{__version__} (python {platform.python_version()}; api {api_version})"


HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)
Env = TypeVar("Env", bound=enum.Enum)
# the client's own class, for methods that return it: an annotated ``self``/``cls`` rather than ``typing.Self``,
# which Jedi-based editors resolve to the base class (no completion of the generated repositories)
Client = TypeVar("Client", bound="_ClientCore[Any, Any]")


class ClientOptions(TypedDict, Generic[HttpClient, Env], total=False):
    """What ``from_env(**options)`` passes on to the constructor (the key and URL come from the environment)."""

    environment: Env
    api_version: str
    timeout: TimeoutTypes
    max_retries: int
    rate_limit: float | None
    http_client: HttpClient | None
    deadline: float | None
    pause_gc: bool


_OPTION_NAMES = frozenset(ClientOptions.__annotations__)  # anything else is refused: a typo must not pass silently


class _ClientCore(Generic[HttpClient, Env]):
    """Configuration and request building, shared by both flavours and every API version.

    Generic over the httpx client and the version's ``Environment``; the generated client of a version
    sets ``_API``, everything the runtime knows of that version.
    """

    _API: ClassVar[ApiVersion]
    _http: HttpClient
    _http_type: type[HttpClient]

    def __init__(
        self,
        api_key: str,
        *,
        environment: Env | None = None,
        base_url: str | None = None,
        api_version: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int = 2,
        rate_limit: float | None = None,
        http_client: HttpClient | None = None,
        deadline: float | None = AUTO,
        pause_gc: bool = False,
    ) -> None:
        api_key = _api_key(api_key)
        api = self._API
        if environment is None:
            environment = api.default_environment  # type: ignore[assignment]  # the version's own Env
        if not isinstance(environment, api.environments):
            raise DidwwClientError(
                f"environment takes a member of {api.package}.Environment "
                f"({', '.join(e.name for e in api.environments)}), got {environment!r}"
            )
        url = _base_url(base_url if base_url is not None else environment.value)
        if http_client is not None and not isinstance(http_client, self._http_type):
            raise DidwwClientError(
                f"{type(self).__name__} takes an {self._http_type.__module__}.{self._http_type.__name__} "
                f"as http_client, got {type(http_client).__name__}"
            )
        self.__api_key = api_key
        self.base_url = url
        self.api_version = api.check_version(api_version, type(self).__name__)
        self.timeout = _timeout(timeout)
        self.max_retries = _max_retries(max_retries)
        self._deadline = deadline_option(deadline)
        self.pause_gc = _pause_gc(pause_gc)
        self.rate_limiter = RateLimiter(rate_limit) if rate_limit is not None else None
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else self._http_type(timeout=self.timeout)
        self._public_keys: tuple[str, ...] | None = None

    @classmethod
    def from_env(cls: type[Client], **options: Unpack[ClientOptions[HttpClient, Env]]) -> Client:
        """A client configured from the environment: ``DIDWW_API_KEY`` (required), ``DIDWW_ENVIRONMENT``
        (``sandbox``, the default, or ``production``) and ``DIDWW_BASE_URL`` (optional, wins over the
        environment, e.g. ``http://127.0.0.1:8080/v3`` for the fake API). ``options`` are the other
        constructor arguments (``timeout``, ``max_retries``, ``http_client``, ...)."""
        unknown = sorted(set(options) - _OPTION_NAMES)
        if unknown:
            known = ", ".join(sorted(_OPTION_NAMES))
            raise DidwwClientError(f"from_env() has no option {', '.join(unknown)}: it takes {known}")
        api_key = os.environ.get("DIDWW_API_KEY", "")
        if not api_key.strip():
            raise DidwwClientError(
                "DIDWW_API_KEY is not set: export the key from the DIDWW API settings page (any non-empty key "
                "works with the fake API, python -m didww_gen.testing)"
            )
        if "environment" not in options:
            options["environment"] = _environment_from(  # type: ignore[typeddict-item]  # the version's Env
                os.environ.get("DIDWW_ENVIRONMENT", ""), cls._API
            )
        return cls(api_key, base_url=os.environ.get("DIDWW_BASE_URL") or None, **options)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_version={self.api_version!r}, api_key='***')"

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise DidwwClientError(
            f"a {type(self).__name__} is not pickled: the pickle would carry the API key in clear; build the "
            "client where it is used (from_env() reads the key from the environment)"
        )

    def with_options(
        self: Client,
        *,
        api_version: str = _UNSET,
        timeout: TimeoutTypes = _UNSET,
        max_retries: int = _UNSET,
        deadline: float | None = _UNSET,
    ) -> Client:
        """A client with other settings that shares this one's connection pool and rate limiter.

        Closing the derived client leaves the pool open; close the original when done.
        """
        clone = object.__new__(type(self))
        names = (
            "_ClientCore__api_key",
            "base_url",
            "api_version",
            "timeout",
            "max_retries",
            "_deadline",
            "pause_gc",
            "rate_limiter",
        )
        for name in names:
            setattr(clone, name, getattr(self, name))
        clone._http = self._http
        clone._owns_http = False
        clone._public_keys = self._public_keys
        if api_version is not _UNSET:
            clone.api_version = self._API.check_version(api_version, type(self).__name__)
        if timeout is not _UNSET:
            clone.timeout = _timeout(timeout)
        if max_retries is not _UNSET:
            clone.max_retries = _max_retries(max_retries)
        if deadline is not _UNSET:
            clone._deadline = deadline_option(deadline)
        return clone

    @property
    def deadline(self) -> float | None:
        """Seconds one call may take in all (retries, waits and the whole body), or None for no limit.

        Unless set with ``deadline=``, it is ``(max_retries + 1) * 2 * timeout + max_retries * 8``
        (8 s being the longest backoff), from the longest of the timeouts in effect for the call.
        """
        return self._deadline_for(dict(self.timeout.as_dict()))

    def _deadline_for(self, timeouts: Mapping[str, float | None]) -> float | None:
        if self._deadline is AUTO:
            return default_deadline(timeouts, self.max_retries)
        return self._deadline

    def _headers(self, path: str, content_type: str | None) -> dict[str, str]:
        headers = {
            "Accept": JSONAPI,
            "X-DIDWW-API-Version": self.api_version,
            "User-Agent": _user_agent(self.api_version),
        }
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
        if extra_headers is not None:
            extra = _header_items(extra_headers)
            for name in [n for n in extra if n.lower() == "x-didww-api-version"]:
                self._API.check_version(extra.pop(name), type(self).__name__)  # its own version only
            headers.update(extra)
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
