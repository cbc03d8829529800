"""didww_gen's side of the suite, run by ``worker.py`` in the project venv.

Every workload goes through the public client, over an ``httpx.MockTransport`` that answers with the
synthesized bytes: what is timed is the SDK's whole call (request, response, decode) and the reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx

from benchmarks.common import READS, Fetch, Paths, Setup, decoding, retaining
from didww_gen import DidwwClient

Handler = Callable[[httpx.Request], httpx.Response]
BASE_URL = "https://api.didww.com/v3"
HEADERS = {"Content-Type": "application/vnd.api+json"}
SKIPPED_HEADERS = {"host", "content-length", "accept-encoding", "connection"}


def serving(body: bytes) -> Handler:
    """An in-process server answering every request with ``body``."""

    def serve(request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(200, content=body, headers=HEADERS)

    return serve


def client(handler: Handler, pause_gc: bool = False) -> DidwwClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return DidwwClient(api_key="bench", base_url=BASE_URL, http_client=http, pause_gc=pause_gc)


def _api(paths: Paths, shape: str) -> DidwwClient:
    return client(serving(Path(paths[shape]).read_bytes()))


def dids(shape: str) -> Callable[[Paths], Fetch]:
    """Shapes a and c: a page of DIDs with their orders included."""

    def fetch(paths: Paths) -> Fetch:
        api = _api(paths, shape)
        return lambda: api.dids.list(include=["order"]).data

    return fetch


def available_dids(paths: Paths) -> Fetch:
    """Shape b: available DIDs with their DID groups and the groups' SKUs included."""
    api = _api(paths, "b")
    return lambda: api.available_dids.list(include=["did_group", "did_group.stock_keeping_units"]).data


def trunks(paths: Paths) -> Fetch:
    """Shape d: SIP voice-in trunks."""
    api = _api(paths, "d")
    return lambda: api.voice_in_trunks.list().data


def find(paths: Paths) -> Fetch:
    """The tiny ``find``: one DID."""
    body, did_id = _did(paths)
    api = client(serving(body))
    return lambda: api.dids.find(did_id)


def dids_pausing_gc(paths: Paths) -> Fetch:
    """Shape a through a client built with ``pause_gc=True``."""
    api = client(serving(Path(paths["a"]).read_bytes()), pause_gc=True)
    return lambda: api.dids.list(include=["order"]).data


FETCHES = {"a": dids("a"), "b": available_dids, "c": dids("c"), "d": trunks, "find": find}


def json_loads(shape: str) -> Setup:
    """The floor of a shape: ``json.loads`` of the same bytes."""

    def setup(paths: Paths) -> Callable[[], int]:
        body = Path(paths[shape]).read_bytes()
        return lambda: len(json.loads(body))

    return setup


def find_and_update(api: DidwwClient, did_id: str) -> str:
    did = api.dids.find(did_id)
    did.description = "benchmark"
    return api.dids.update(did).description or ""


def _did(paths: Paths) -> tuple[bytes, str]:
    body = Path(paths["did"]).read_bytes()
    return body, json.loads(body)["data"]["id"]


def round_trip(paths: Paths) -> Callable[[], str]:
    """Workload 3: ``find`` a DID, change its description, ``update`` it (two requests)."""
    body, did_id = _did(paths)
    api = client(serving(body))
    return lambda: find_and_update(api, did_id)


def raw_httpx(paths: Paths) -> Callable[[], int]:
    """The floor of workload 3: the SDK's two requests (recorded once) sent by a bare ``httpx.Client``.

    Same URL, headers and body bytes, over the same in-process server; each answer is parsed with
    ``response.json()``.
    """
    body, did_id = _did(paths)
    handler = serving(body)
    sent: list[httpx.Request] = []

    def recording(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return handler(request)

    find_and_update(client(recording), did_id)
    calls = [(r.method, str(r.url), _headers(r), r.content or None) for r in sent]
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return lambda: sum(len(http.request(m, url, headers=h, content=c).json()) for m, url, h, c in calls)


def _headers(request: httpx.Request) -> dict[str, str]:
    """The headers the SDK set (httpx adds the transport ones itself)."""
    return {k: v for k, v in request.headers.items() if k not in SKIPPED_HEADERS}


WORKLOADS: dict[str, Setup] = {
    **decoding(FETCHES),
    "retained_paused/a": retaining(dids_pausing_gc, READS["a"]),
    **{f"json.loads/{shape}": json_loads(shape) for shape in FETCHES},
    "round_trip": round_trip,
    "raw_httpx": raw_httpx,
}
