# generated from spec/2026-04-16 by codegen, do not edit
"""The DIDWW API version this SDK speaks, and where the API is served."""

import enum

API_VERSION = "2026-04-16"
"""Sent as ``X-DIDWW-API-Version`` on every request."""


class Environment(str, enum.Enum):
    """Where the API is served; the value is the base URL."""

    SANDBOX = "https://sandbox-api.didww.com/v3"
    PRODUCTION = "https://api.didww.com/v3"


DEFAULT_ENVIRONMENT = Environment.SANDBOX
