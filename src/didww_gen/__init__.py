"""didww-gen: a generated, fully typed Python SDK for the DIDWW API v3.

This package re-exports the latest API version (``API_VERSION``); each version is also its own package,
``didww_gen.v<date>`` (``didww_gen.v2026_04_16``, ``didww_gen.v2022_05_10``).

>>> from didww_gen import DidwwClient, Environment
>>> client = DidwwClient(api_key="...", environment=Environment.SANDBOX)

Importing this package does not build any model class: models load on first use.
"""

import importlib
from typing import TYPE_CHECKING, Any

from didww_gen._version import __version__ as __version__
from didww_gen.errors import (
    AuthenticationError,
    BadRequestError,
    DidwwApiError,
    DidwwClientError,
    DidwwConnectionError,
    DidwwError,
    DidwwFileError,
    DidwwTimeoutError,
    DidwwWaitTimeoutError,
    ErrorObject,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)

__all__ = [
    "API_VERSION",
    "AsyncDidwwClient",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "DidwwApiError",
    "DidwwClient",
    "DidwwClientError",
    "DidwwConnectionError",
    "DidwwError",
    "DidwwFileError",
    "DidwwTimeoutError",
    "DidwwWaitTimeoutError",
    "EncryptedUpload",
    "Environment",
    "ErrorObject",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnprocessableEntityError",
    "__version__",
]


_LAZY = {
    "API_VERSION": "didww_gen.api_info",
    "Environment": "didww_gen.api_info",
    "AsyncDidwwClient": "didww_gen.client",
    "DidwwClient": "didww_gen.client",
    "EncryptedUpload": "didww_gen._files",
    "Page": "didww_gen._page",
    "AsyncPage": "didww_gen._page",
}
"""Names loaded on first use: the clients (httpx and the latest version's package), the pages (pydantic's
BaseModel). ``import didww_gen`` alone (the ``didww`` command line's ``--help``) loads neither."""


if not TYPE_CHECKING:  # hidden from type checkers, so that importing a name the package lacks is an error

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'didww_gen' has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    from didww_gen._files import EncryptedUpload as EncryptedUpload
    from didww_gen._page import AsyncPage as AsyncPage
    from didww_gen._page import Page as Page
    from didww_gen.api_info import API_VERSION as API_VERSION
    from didww_gen.api_info import Environment as Environment
    from didww_gen.client import AsyncDidwwClient as AsyncDidwwClient
    from didww_gen.client import DidwwClient as DidwwClient
