# generated from spec/2022-05-10 by codegen, do not edit
"""The DIDWW API version this package speaks, and where the API is served."""

import enum

from didww_gen._api import ApiVersion
from didww_gen.v2022_05_10.models import MODELS

API_VERSION = "2022-05-10"
"""Sent as ``X-DIDWW-API-Version`` on every request."""


class Environment(str, enum.Enum):
    """Where the API is served; the value is the base URL."""

    SANDBOX = "https://sandbox-api.didww.com/v3"
    PRODUCTION = "https://api.didww.com/v3"


DEFAULT_ENVIRONMENT = Environment.SANDBOX


API = ApiVersion(API_VERSION, Environment, DEFAULT_ENVIRONMENT, MODELS)
"""What the shared runtime knows of this version (its clients carry it)."""
