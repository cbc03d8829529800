"""``make demo``: the quickstart against an in-process transport serving the reference examples.

Every answer is a response example of the official 2026-04-16 reference collection, so this runs with
no network and no API key.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quickstart import run

from codegen.reference import reference_handler
from didww_gen import DidwwClient


def main() -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(reference_handler(sent)))
    with DidwwClient(api_key="demo-key", http_client=http) as client:
        run(client, sent)
    print(f"\n{len(sent)} requests answered from the reference examples.")


if __name__ == "__main__":
    main()
