"""The prototype's side of the suite (``benchmarks/prototypes``), run by ``worker.py`` in the project venv.

The same calls as didww_gen's side, through the prototype's client: an ``httpx.Client`` over the same
in-process transport answering with the same bytes, then the plain decoder (no pydantic), then the same reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx

from benchmarks.common import READS, Fetch, Paths, Setup, decoding, retaining
from benchmarks.prototypes.client import PlainClient
from benchmarks.prototypes.decode import decode
from benchmarks.prototypes.models import AvailableDid, Did, VoiceInTrunk

BASE_URL = "https://api.didww.com/v3"
HEADERS = {"Content-Type": "application/vnd.api+json"}


def client(body: bytes, pause_gc: bool = False) -> PlainClient:
    """The prototype's client over an in-process server answering every request with ``body``."""

    def serve(request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(200, content=body, headers=HEADERS)

    return PlainClient("bench", BASE_URL, httpx.Client(transport=httpx.MockTransport(serve)), pause_gc=pause_gc)


def dids(shape: str) -> Callable[[Paths], Fetch]:
    """Shapes a and c: a page of DIDs with their orders included."""

    def fetch(paths: Paths) -> Fetch:
        api = client(Path(paths[shape]).read_bytes())
        return lambda: api.list(Did, include=["order"]).data

    return fetch


def available_dids(paths: Paths) -> Fetch:
    """Shape b: available DIDs with their DID groups and the groups' SKUs included."""
    api = client(Path(paths["b"]).read_bytes())
    return lambda: api.list(AvailableDid, include=["did_group", "did_group.stock_keeping_units"]).data


def trunks(paths: Paths) -> Fetch:
    """Shape d: SIP voice-in trunks."""
    api = client(Path(paths["d"]).read_bytes())
    return lambda: api.list(VoiceInTrunk).data


def find(paths: Paths) -> Fetch:
    """The tiny ``find``: one DID."""
    body = Path(paths["find"]).read_bytes()
    did_id = json.loads(body)["data"]["id"]
    api = client(body)
    return lambda: api.find(Did, did_id)


def dids_pausing_gc(paths: Paths) -> Fetch:
    """Shape a through a client that pauses the collector while it decodes."""
    api = client(Path(paths["a"]).read_bytes(), pause_gc=True)
    return lambda: api.list(Did, include=["order"]).data


def find_bytes(paths: Paths) -> Fetch:
    """The tiny ``find``'s body decoded without a request: what the decode alone costs."""
    body = Path(paths["find"]).read_bytes()
    return lambda: decode(body, Did, False).data


FETCHES = {"a": dids("a"), "b": available_dids, "c": dids("c"), "d": trunks, "find": find}
WORKLOADS: dict[str, Setup] = {
    **decoding(FETCHES),
    "retained_paused/a": retaining(dids_pausing_gc, READS["a"]),
    "decode_only/find": decoding({"find": find_bytes})["decode/find"],
}
