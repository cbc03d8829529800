"""``python -m didww_gen.testing``: serve the fake DIDWW API on loopback, or run a command against it.

    python -m didww_gen.testing --port 8080 [--api-version DATE] [--api-key KEY] [--seed reference|empty]
                                [--rate-limit 20] [--fail-rate 0.1] [--complete-after 3 [--outcome failed]]
                                [-- COMMAND ...]

It serves one API version (default: the latest; ``--api-version`` picks another installed one) and
prints its base URL. With a command after ``--``, it runs it with ``DIDWW_BASE_URL`` and
``DIDWW_API_KEY`` set to the fake, then stops and exits with the command's status.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import subprocess
import sys
from typing import Any

from didww_gen._api import available_versions, package_of
from didww_gen.errors import DidwwClientError
from didww_gen.testing._fake import FakeDidww
from didww_gen.testing._server import FakeServer


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m didww_gen.testing", description="A fake DIDWW API v3 on loopback.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (0: any free one; default 8080)")
    parser.add_argument("--api-version", default=None, help="the API version to serve (default: the latest)")
    parser.add_argument("--api-key", default=None, help="the only API key accepted (default: any non-empty key)")
    parser.add_argument("--seed", choices=("reference", "empty"), default="reference", help="initial resources")
    parser.add_argument("--rate-limit", type=float, default=None, help="requests per second per key, then 429")
    parser.add_argument("--fail-rate", type=float, default=0.0, help="share of requests answered with a 500")
    parser.add_argument("--random-seed", type=int, default=None, help="repeatable ids, numbers and failures")
    parser.add_argument(
        "--complete-after",
        type=int,
        default=None,
        help="orders, exports and verifications stay pending for N reads (default: orders, exports complete at once)",
    )
    parser.add_argument(
        "--outcome", choices=("completed", "failed"), default="completed", help="how they settle after N reads"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="after --: a command to run against the fake")
    return parser


def fake_class(version: str | None) -> type[FakeDidww[Any, Any]]:
    """The fake of an installed API version (None: the latest)."""
    if version is None:
        return FakeDidww
    installed = available_versions()
    if version not in installed:
        raise DidwwClientError(f"--api-version: no API version {version!r} here; installed: {', '.join(installed)}")
    found: type[FakeDidww[Any, Any]] = importlib.import_module(f"{package_of(version)}.testing").FakeDidww
    return found


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    try:
        fake = fake_class(args.api_version)(
            api_key=args.api_key,
            seed=args.seed,
            rate_limit=args.rate_limit,
            fail_rate=args.fail_rate,
            random_seed=args.random_seed,
            complete_after=args.complete_after,
            outcome=args.outcome,
        )
        server = FakeServer(fake, args.host, args.port, verbose=args.verbose)
    except (DidwwClientError, OSError) as exc:
        print(f"didww_gen.testing: {exc}", file=sys.stderr)
        return 2
    # with a command, the banner goes to stderr: the command's own output stays parseable (`... | jq`)
    banner = sys.stderr if command else sys.stdout
    print(f"fake DIDWW API listening on {server.base_url} (API {fake.schema.version})", file=banner, flush=True)
    if not command:
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
        server.close()
        return 0
    with server.start():
        env = {**os.environ, "DIDWW_BASE_URL": server.base_url, "DIDWW_API_KEY": args.api_key or "fake-api-key"}
        return subprocess.call(command, env=env)


if __name__ == "__main__":
    raise SystemExit(main())
