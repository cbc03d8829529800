"""Hypothesis profiles of the fuzz tests: ``ci`` (the default, small, for ``make test``) and ``fuzz`` (long).

``DIDWW_FUZZ=1`` selects ``fuzz`` (``make fuzz``); ``DIDWW_FUZZ_EXAMPLES=<n>`` sets its example count.
Import ``FUZZ`` and decorate each fuzz test with ``@FUZZ`` so every fuzz test follows the profile.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_QUIET = [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large]

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True, suppress_health_check=_QUIET)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("DIDWW_FUZZ_EXAMPLES", "5000")),
    deadline=None,
    suppress_health_check=_QUIET,
)
PROFILE = "fuzz" if os.environ.get("DIDWW_FUZZ") == "1" else "ci"
settings.load_profile(PROFILE)

FUZZ = settings(settings.get_profile(PROFILE))
"""The active profile as a decorator."""
