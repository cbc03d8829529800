"""The ``didww`` command's start-up, in fresh processes: ``didww --help`` beside ``python -c "import click"``,
and ``didww balance`` against the loopback fake beside the SDK script doing the same (import,
``DidwwClient.from_env()``, ``balance.find()``).

``python -m benchmarks.cli_startup [--repeat N]`` prints the medians as JSON (``make bench`` runs it as a
workload). Each case runs once first (writing the bytecode, not counted), then ``N`` times, interleaved.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.measure import OURS_PYTHON, ROOT, compiled
from didww_gen.v2026_04_16.testing import FakeDidww

SDK_SCRIPT = (
    "from didww_gen import DidwwClient\n"
    "with DidwwClient.from_env() as client:\n"
    "    print(client.balance.find().total_balance)\n"
)


def cases() -> dict[str, list[str]]:
    script = str(Path(OURS_PYTHON).parent / "didww")
    return {
        "help": [script, "--help"],
        "click": [str(OURS_PYTHON), "-c", "import click"],  # what any click command pays to start
        "cli_balance": [script, "balance", "--output", "json"],
        "sdk_balance": [str(OURS_PYTHON), "-c", SDK_SCRIPT],
    }


def _once(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def run(repeat: int) -> dict[str, Any]:
    """Median wall seconds of each case's process (``balance`` cases against one loopback fake)."""
    with FakeDidww().serve() as server:
        env = {**compiled(), "DIDWW_BASE_URL": server.base_url, "DIDWW_API_KEY": "bench"}
        commands = cases()
        for command in commands.values():  # warm-up: writes the bytecode
            _once(command, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for round_ in range(repeat):
            order = list(commands.items()) if round_ % 2 == 0 else list(reversed(commands.items()))
            for name, command in order:
                samples[name].append(_once(command, env))
    return {"medians": {name: statistics.median(found) for name, found in samples.items()}, "repeat": repeat}


def main() -> None:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 10
    if not os.access(cases()["help"][0], os.X_OK):
        sys.exit("the didww script is missing: pip install -e '.[cli]' (make install)")
    print(json.dumps(run(repeat)))


if __name__ == "__main__":
    main()
