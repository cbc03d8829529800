"""Exit codes and the one line an error prints: never a traceback unless ``--debug``.

0 done; 1 a webhook signature that does not match; 2 usage (unknown option, filter key, include, sort, enum
value, a value that does not parse, anything the SDK refuses before sending); 3 the API refused (4xx); 4 server
errors, connection failures and timeouts; 130 interrupted.
"""

from __future__ import annotations

from didww_gen.errors import DidwwApiError, DidwwClientError, DidwwConnectionError, DidwwError

OK, INVALID, USAGE, REFUSED, FAILED, INTERRUPTED = 0, 1, 2, 3, 4, 130


class UsageProblem(Exception):
    """Bad command line input found by the CLI itself (exit 2)."""


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def api_message(exc: DidwwApiError) -> str:
    """The API's refusal: its status and each error object's detail and pointer."""
    details = "; ".join(str(e) for e in exc.errors) or "no error details"
    what = "the API refused the request" if exc.status_code < 500 else "the API failed"
    return f"{what} (HTTP {exc.status_code}): {details}"


def classify(exc: BaseException) -> tuple[int, str]:
    """The exit code and the one-line message of an exception (anything else is re-raised by the caller)."""
    if isinstance(exc, UsageProblem):
        return USAGE, one_line(str(exc))
    if isinstance(exc, DidwwApiError):
        return (REFUSED if exc.status_code < 500 else FAILED), one_line(api_message(exc))
    if isinstance(exc, DidwwConnectionError):  # timeouts and wait timeouts too
        return FAILED, one_line(str(exc))
    if isinstance(exc, DidwwClientError):
        return USAGE, one_line(str(exc))
    if isinstance(exc, DidwwError):
        return FAILED, one_line(str(exc))
    if isinstance(exc, KeyboardInterrupt):
        return INTERRUPTED, "interrupted"
    raise exc
