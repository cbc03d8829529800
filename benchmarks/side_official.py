"""The official SDK's side of the suite (``didww`` 3.2.0), run by ``worker.py`` in the bench venv only.

``didww`` sends with ``requests``; an in-process adapter mounted on the client's session answers with
the synthesized bytes, so what is timed is the SDK's whole public call (``client.dids().list(...)``:
request, ``response.json()``, ``JsonApiResponse.from_data``, ``Did.from_response_content``) and the
reads, as for didww_gen.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import requests
from didww.client import DidwwClient
from didww.query_params import QueryParams

from benchmarks.common import Fetch, Paths, Setup, decoding

BASE_URL = "https://api.didww.com/v3"


class Serving(requests.adapters.BaseAdapter):  # type: ignore[misc, unused-ignore]  # untyped where not installed
    """An in-process server answering every request with ``body`` (no sockets, like httpx's MockTransport)."""

    def __init__(self, body: bytes) -> None:
        super().__init__()
        self.body = body

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        response = requests.Response()
        response.status_code = 200
        response._content = self.body
        response.headers["Content-Type"] = "application/vnd.api+json"
        response.url = request.url or ""
        response.request = request
        return response

    def close(self) -> None:
        pass


def client(body: bytes) -> Any:
    api = DidwwClient("bench", base_url=BASE_URL)
    api._session.mount("https://", Serving(body))  # the client builds its own session: mount on it
    return api


def dids(shape: str) -> Callable[[Paths], Fetch]:
    """Shapes a and c: a page of DIDs with their orders included."""

    def fetch(paths: Paths) -> Fetch:
        api = client(Path(paths[shape]).read_bytes())
        return lambda: api.dids().list(QueryParams().include("order")).data

    return fetch


def available_dids(paths: Paths) -> Fetch:
    """Shape b: available DIDs with their DID groups and the groups' SKUs included."""
    api = client(Path(paths["b"]).read_bytes())
    query = QueryParams().include("did_group", "did_group.stock_keeping_units")
    return lambda: api.available_dids().list(query).data


def trunks(paths: Paths) -> Fetch:
    """Shape d: SIP voice-in trunks."""
    api = client(Path(paths["d"]).read_bytes())
    return lambda: api.voice_in_trunks().list().data


def find(paths: Paths) -> Fetch:
    """The tiny ``find``: one DID."""
    body = Path(paths["find"]).read_bytes()
    api, did_id = client(body), json.loads(body)["data"]["id"]
    return lambda: api.dids().find(did_id).data


def find_and_update(api: Any, did_id: str) -> str:
    did = api.dids().find(did_id).data
    did.description = "benchmark"
    return str(api.dids().update(did).data.description)


def round_trip(paths: Paths) -> Callable[[], str]:
    body = Path(paths["did"]).read_bytes()
    api, did_id = client(body), json.loads(body)["data"]["id"]
    return lambda: find_and_update(api, did_id)


FETCHES = {"a": dids("a"), "b": available_dids, "c": dids("c"), "d": trunks, "find": find}

WORKLOADS: Mapping[str, Setup] = {**decoding(FETCHES), "round_trip": round_trip}
