"""The SDK's own version (the API version it speaks is in ``api_info``)."""

__version__ = "0.8.0"
