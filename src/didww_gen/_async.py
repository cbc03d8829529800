"""The asynchronous flavour of the client core: sends with an ``httpx.AsyncClient``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic

import httpx

from didww_gen._attempts import _Tries, redact
from didww_gen._client import Client, Env, TimeoutTypes, _ClientCore
from didww_gen._deadline import AUTO
from didww_gen.errors import DidwwApiError

if TYPE_CHECKING:  # the file helpers load on first use: a client that only reads never imports them
    from didww_gen._download import Destination, ExportLike, ExportSink, Progress
    from didww_gen._files import EncryptedUpload, FileSource


class AsyncBaseClient(_ClientCore[httpx.AsyncClient, Env], Generic[Env]):
    """The asynchronous flavour: sends with an ``httpx.AsyncClient``."""

    _http_type = httpx.AsyncClient

    async def aclose(self) -> None:
        """Close the connection pool (only if the client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def close(self) -> None:
        """Same as :meth:`aclose`."""
        await self.aclose()

    async def __aenter__(self: Client) -> Client:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _send(
        self, method: str, path: str, *, stream: bool = False, deadline: float | None = AUTO, **request: Any
    ) -> httpx.Response:
        """Send one API request with retries; returns a 2xx response or raises the SDK's error.

        ``deadline``: seconds this call may take at most (the client's own deadline still applies).
        Cancelling the caller cancels the request cleanly: the pool keeps no busy connection (``_cancel``)."""
        from didww_gen._cancel import isolated  # here, not at the top: the sync client's import stays free of asyncio

        return await isolated(
            self._http,
            lambda: self._send_now(method, path, stream=stream, deadline=deadline, **request),
            abandon=_close if stream else None,
        )

    async def _send_now(
        self, method: str, path: str, *, stream: bool, deadline: float | None, **request: Any
    ) -> httpx.Response:
        tries = _Tries(self, self._request(method, path, **request), deadline)
        try:
            return await self._attempts(tries, stream)
        except BaseException:
            redact(tries.request)  # an error's chain and traceback must not hold the key
            raise

    async def _attempts(self, tries: _Tries, stream: bool) -> httpx.Response:
        """Attempts until a 2xx answer (returned) or an error without a retry (raised)."""
        import asyncio

        while True:
            while (wait := tries.rate_limit_wait()) > 0:
                await asyncio.sleep(wait)
            tries.start()
            response = None
            try:
                response = await self._http.send(tries.request, stream=True)
                tries.watch(response)
                try:
                    if not stream or not response.is_success:
                        await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
            except (httpx.TransportError, httpx.DecodingError) as exc:  # DecodingError: a body not in its encoding
                await asyncio.sleep(tries.failed(exc, response))
                continue
            delay = tries.answered(response)
            if delay is None:
                return response
            await asyncio.sleep(delay)

    # -- files -------------------------------------------------------------------------------
    async def upload_encrypted_files(
        self,
        files: EncryptedUpload | Sequence[EncryptedUpload],
        *,
        fingerprint: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> list[str]:
        """Upload encrypted files (one ``POST /encrypted_files`` each); returns the new ids, in order."""
        from didww_gen._files import UPLOAD_PATH, upload_request, uploaded_id, uploads

        options: dict[str, Any] = {"extra_headers": extra_headers, "timeout": timeout}
        model = self._API.model("encrypted_files", "upload_encrypted_files")
        return [
            uploaded_id(await self._send("POST", UPLOAD_PATH, **upload_request(item, fingerprint), **options), model)
            for item in uploads(files)
        ]

    async def upload_file(
        self,
        file: FileSource,
        *,
        description: str = "",
        filename: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> str:
        """Encrypt a file (a path, bytes or a binary file object) and upload it; returns the encrypted file's id.

        As ``DidwwClient.upload_file``; reading a file object here does not await (read it beforehand if slow)."""
        from didww_gen._files import encrypted_upload, is_outdated_fingerprint, public_key_pems, read_source

        data, name = read_source(file, filename)
        for refresh in (False, True):
            if refresh or self._public_keys is None:
                keys = await self._send("GET", "public_keys")
                self._public_keys = public_key_pems(keys, self._API.model("public_keys", "upload_file"))
            upload, fingerprint = encrypted_upload(data, name, description, self._public_keys)
            try:
                return (await self.upload_encrypted_files(upload, fingerprint=fingerprint, timeout=timeout))[0]
            except DidwwApiError as exc:
                if refresh or not is_outdated_fingerprint(exc):
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    async def download_export(
        self,
        export_or_url: ExportLike | str,
        destination: Destination,
        *,
        decompress: bool = False,
        progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        deadline: float | None = AUTO,
    ) -> int:
        """Stream a completed export's ``.csv.gz`` to a path or a binary file object; returns bytes written.

        Checked and written as ``DidwwClient.download_export`` does; writing to the destination is plain
        blocking file I/O, chunk by chunk.
        """
        from didww_gen._cancel import isolated
        from didww_gen._download import ExportSink, download_headers, export_path

        path = export_path(export_or_url, self.base_url)
        sink = ExportSink(destination, url=path, decompress=decompress, progress=progress)
        with sink.guard():
            sender = self if deadline is AUTO else self.with_options(deadline=deadline)
            response = await sender._send(
                "GET", path, stream=True, extra_headers=download_headers(extra_headers), timeout=timeout
            )
            await isolated(self._http, lambda: _stream_to(sink, response))
            return sink.commit()


async def _stream_to(sink: ExportSink, response: httpx.Response) -> None:
    """Write ``response``'s body to ``sink`` chunk by chunk, then close it (in ``isolated``: cancellable cleanly)."""
    try:
        sink.start(response)
        async for chunk in response.aiter_raw() if sink.as_sent(response) else response.aiter_bytes():
            sink.write(chunk)
    finally:
        await response.aclose()


async def _close(response: httpx.Response) -> None:
    await response.aclose()
