"""didww-gen: a generated, fully typed Python SDK for the DIDWW API v3.

This package re-exports the latest API version (``API_VERSION``); each version is also its own package,
``didww_gen.v<date>`` (``didww_gen.v2026_04_16``, ``didww_gen.v2022_05_10``).

>>> from didww_gen import DidwwClient, Environment
>>> client = DidwwClient(api_key="...", environment=Environment.SANDBOX)

Importing this package does not build any model class: models load on first use.
"""

from typing import TYPE_CHECKING, Any

from didww_gen._files import EncryptedUpload as EncryptedUpload
from didww_gen._version import __version__ as __version__
from didww_gen.api_info import API_VERSION as API_VERSION
from didww_gen.api_info import Environment as Environment
from didww_gen.client import AsyncDidwwClient as AsyncDidwwClient
from didww_gen.client import DidwwClient as DidwwClient
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


if not TYPE_CHECKING:  # hidden from type checkers, so that importing a name the package lacks is an error

    def __getattr__(name: str) -> Any:
        if name in ("Page", "AsyncPage"):  # on demand: they need pydantic's BaseModel, which the top level avoids
            from didww_gen import _page

            return getattr(_page, name)
        raise AttributeError(f"module 'didww_gen' has no attribute {name!r}")


if TYPE_CHECKING:
    from didww_gen._page import AsyncPage as AsyncPage
    from didww_gen._page import Page as Page
