"""The synchronous flavour of the client core: sends with an ``httpx.Client``."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic

import httpx

from didww_gen._attempts import _Tries, redact
from didww_gen._client import Client, Env, TimeoutTypes, _ClientCore
from didww_gen._deadline import AUTO
from didww_gen.errors import DidwwApiError

if TYPE_CHECKING:  # the file helpers load on first use: a client that only reads never imports them
    from didww_gen._download import Destination, ExportLike, Progress
    from didww_gen._files import EncryptedUpload, FileSource


class BaseClient(_ClientCore[httpx.Client, Env], Generic[Env]):
    """The synchronous flavour: sends with an ``httpx.Client``."""

    _http_type = httpx.Client

    def close(self) -> None:
        """Close the connection pool (only if the client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: Client) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(
        self, method: str, path: str, *, stream: bool = False, deadline: float | None = AUTO, **request: Any
    ) -> httpx.Response:
        """Send one API request with retries; returns a 2xx response or raises the SDK's error.

        ``deadline``: seconds this call may take at most (the client's own deadline still applies)."""
        tries = _Tries(self, self._request(method, path, **request), deadline)
        try:
            return self._attempts(tries, stream)
        except BaseException:
            redact(tries.request)  # an error's chain and traceback must not hold the key
            raise

    def _attempts(self, tries: _Tries, stream: bool) -> httpx.Response:
        """Attempts until a 2xx answer (returned) or an error without a retry (raised)."""
        while True:
            while (wait := tries.rate_limit_wait()) > 0:
                time.sleep(wait)
            tries.start()
            response = None
            try:
                response = self._http.send(tries.request, stream=True)
                tries.watch(response)
                try:
                    if not stream or not response.is_success:
                        response.read()
                except BaseException:
                    response.close()
                    raise
            except (httpx.TransportError, httpx.DecodingError) as exc:  # DecodingError: a body not in its encoding
                time.sleep(tries.failed(exc, response))
                continue
            delay = tries.answered(response)
            if delay is None:
                return response
            time.sleep(delay)

    # -- files -------------------------------------------------------------------------------
    def upload_encrypted_files(
        self,
        files: EncryptedUpload | Sequence[EncryptedUpload],
        *,
        fingerprint: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> list[str]:
        """Upload encrypted files (one ``POST /encrypted_files`` each); returns the new ids, in order.

        Encrypt with ``didww_gen.encryption.encrypt_with_keys`` and pass the keys' fingerprint. A 422
        (e.g. "outdated fingerprint") raises ``UnprocessableEntityError`` with the API's details.
        """
        from didww_gen._files import UPLOAD_PATH, upload_request, uploaded_id, uploads

        options: dict[str, Any] = {"extra_headers": extra_headers, "timeout": timeout}
        model = self._API.model("encrypted_files", "upload_encrypted_files")
        return [
            uploaded_id(self._send("POST", UPLOAD_PATH, **upload_request(item, fingerprint), **options), model)
            for item in uploads(files)
        ]

    def upload_file(
        self,
        file: FileSource,
        *,
        description: str = "",
        filename: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> str:
        """Encrypt a file with DIDWW's public keys and upload it; returns the encrypted file's id.

        ``file`` is a path, the bytes themselves or a binary file object (``open(path, "rb")``); it is
        uploaded as ``<filename>.enc`` (default: the file's own name, or ``upload`` for bytes).

        The keys are fetched once per client; when the API reports them outdated they are fetched
        again and the upload is retried once.
        """
        from didww_gen._files import encrypted_upload, is_outdated_fingerprint, public_key_pems, read_source

        data, name = read_source(file, filename)
        for refresh in (False, True):
            if refresh or self._public_keys is None:
                keys = self._send("GET", "public_keys")
                self._public_keys = public_key_pems(keys, self._API.model("public_keys", "upload_file"))
            upload, fingerprint = encrypted_upload(data, name, description, self._public_keys)
            try:
                return self.upload_encrypted_files(upload, fingerprint=fingerprint, timeout=timeout)[0]
            except DidwwApiError as exc:
                if refresh or not is_outdated_fingerprint(exc):
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def download_export(
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

        ``decompress=True`` gunzips while streaming, in bounded memory; data inflating to more than
        100 times its compressed size (past 10 MiB) is refused as a gzip bomb. A path is written
        atomically: a temp file in the same folder replaces the destination only once the body is whole
        (the Content-Length, gzip that ends properly, not an HTML or JSON page), so a failed download
        leaves nothing behind and a previous file untouched. ``progress(done, total)`` gets the bytes
        received and the Content-Length. ``deadline`` overrides the client's overall deadline for this
        call (a large export may need more time, or ``None``).
        """
        from didww_gen._download import ExportSink, download_headers, export_path

        path = export_path(export_or_url, self.base_url)
        sink = ExportSink(destination, url=path, decompress=decompress, progress=progress)
        with sink.guard():
            sender = self if deadline is AUTO else self.with_options(deadline=deadline)
            response = sender._send(
                "GET", path, stream=True, extra_headers=download_headers(extra_headers), timeout=timeout
            )
            try:
                sink.start(response)
                for chunk in response.iter_raw() if sink.as_sent(response) else response.iter_bytes():
                    sink.write(chunk)
            finally:
                response.close()
            return sink.commit()
