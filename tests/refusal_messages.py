"""A pytest plugin: every ``DidwwClientError`` message the suite triggers, checked for pydantic's phrasing.

Registered by ``tests/test_refusal_messages.py`` (``pytest_plugins``), so it watches the whole session
once that module is collected. A refusal must read like the README (which field, what was wrong, what to
do), and so must a message about an unreadable response (``HTTP <status>: ...``, the place in the document,
what was expected and what was found). At the end of the session any message in pydantic's words fails the
run, listed.
"""

from __future__ import annotations

from typing import Any

import pytest

from didww_gen.errors import DidwwClientError

PYDANTIC_PHRASES = (
    "Input should be",
    "Input tag",
    "found using choose()",
    "validation error for",
    "errors.pydantic.dev",
    "Field required",
    "Object has no attribute",
    "Extra inputs are not permitted",
    "[type=",
)
MESSAGES: list[str] = []
_original_init = DidwwClientError.__init__


def _recording_init(self: DidwwClientError, *args: Any) -> None:
    if args and isinstance(args[0], str):
        MESSAGES.append(args[0])
    _original_init(self, *args)


DidwwClientError.__init__ = _recording_init  # type: ignore[method-assign, assignment]


def pydantic_phrased(messages: list[str]) -> list[str]:
    """The messages (refusals and response-reading errors alike) that use pydantic's phrasing."""
    return sorted({m for m in messages if any(phrase in m for phrase in PYDANTIC_PHRASES)})


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    bad = pydantic_phrased(MESSAGES)
    if bad:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"refusal messages in pydantic's words ({len(bad)} of {len(MESSAGES)}):", red=True)
            for message in bad:
                reporter.write_line(f"  {message}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
