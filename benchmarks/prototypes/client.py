"""The prototype's client: httpx and the plain decoder, nothing else (no pydantic is imported).

Only what the benchmark calls: ``find`` of one resource and ``list`` of one page, with ``include``. The
requests carry the headers didww_gen sends. It leaves out didww_gen's settings checks, retries, deadline,
rate limiter, pagination and logging: what is compared is the decode, and what a first call must import.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import httpx

from benchmarks.prototypes.decode import Page, decode
from benchmarks.prototypes.plain import DecodeError, Resource

JSONAPI = "application/vnd.api+json"


class PlainClient:
    """``find`` and ``list`` over ``http_client`` (the caller's ``httpx.Client``)."""

    def __init__(
        self,
        api_key: str,
        base_url: str,
        http_client: httpx.Client,
        pause_gc: bool = False,
        version: str = "2026-04-16",
    ) -> None:
        """``pause_gc``: the collector paused while a body is decoded, as didww_gen's ``pause_gc=True``."""
        self._http, self._base, self._pause = http_client, base_url.rstrip("/"), pause_gc
        self._headers = {"Accept": JSONAPI, "X-DIDWW-API-Version": version, "Api-Key": api_key}

    def __repr__(self) -> str:
        return f"PlainClient({self._base!r})"

    def find(self, model: type[Resource], id_: str, include: Sequence[str] | None = None) -> Any:
        """One resource by id."""
        url = f"{self._base}/{model.TYPE}/{quote(id_, safe='')}"
        return self._get(url, model, include, many=False).data

    def list(self, model: type[Resource], include: Sequence[str] | None = None) -> Page:
        """The first page of ``model``'s resources."""
        return self._get(f"{self._base}/{model.TYPE}", model, include, many=True)

    def _get(self, url: str, model: type[Resource], include: Sequence[str] | None, many: bool) -> Page:
        params = {"include": ",".join(include)} if include else None
        response = self._http.get(url, params=params, headers=self._headers)
        if response.status_code != 200:
            raise DecodeError(f"GET {model.TYPE} answered {response.status_code}")
        if not (self._pause and gc.isenabled()):
            return decode(response.content, model, many)
        gc.disable()
        try:
            return decode(response.content, model, many)
        finally:
            gc.enable()
