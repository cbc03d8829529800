"""Encrypted file uploads and export downloads: the parts both client flavours share.

The flavours only move bytes (``_send`` and the response iteration); request fields, answers,
destination handling, gunzip and progress reporting live here.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from didww_gen.errors import DidwwClientError, DidwwConnectionError, DidwwTimeoutError

if TYPE_CHECKING:
    from didww_gen.models import Export

Progress = Callable[[int, "int | None"], None]
Destination = str | os.PathLike[str] | IO[bytes]
UPLOAD_PATH = "encrypted_files"


@dataclass(frozen=True)
class EncryptedUpload:
    """One file to upload: its already encrypted bytes (``encryption.encrypt_with_keys``) and description."""

    data: bytes = field(repr=False)
    description: str = ""
    filename: str = "file.enc"

    def __post_init__(self) -> None:
        if not isinstance(self.data, bytes):
            raise DidwwClientError("EncryptedUpload.data takes the encrypted bytes (see didww_gen.encryption)")
        if not isinstance(self.description, str) or not isinstance(self.filename, str):
            raise DidwwClientError("EncryptedUpload.description and filename take strings")


def uploads(files: EncryptedUpload | Sequence[EncryptedUpload]) -> list[EncryptedUpload]:
    """The uploads to send, one request each (the API takes one file per request)."""
    items = [files] if isinstance(files, EncryptedUpload) else list(files)
    if not items or not all(isinstance(item, EncryptedUpload) for item in items):
        raise DidwwClientError("upload_encrypted_files takes one EncryptedUpload or a non-empty sequence of them")
    return items


def upload_request(item: EncryptedUpload, fingerprint: str) -> dict[str, Any]:
    """The multipart fields of ``POST /encrypted_files``, named as the reference documents them."""
    if not isinstance(fingerprint, str) or ":::" not in fingerprint:
        raise DidwwClientError("fingerprint takes encryption.calculate_fingerprint(keys) of the keys used to encrypt")
    return {
        "data": {
            "encrypted_files[encryption_fingerprint]": fingerprint,
            "encrypted_files[description]": item.description,
        },
        "files": {"encrypted_files[file]": (item.filename, item.data, "application/octet-stream")},
    }


def uploaded_id(response: httpx.Response) -> str:
    """The new file's id from the 201 answer (a JSON:API document sent as ``application/json``)."""
    from didww_gen._decoding import decode_document
    from didww_gen.models import EncryptedFile

    created: EncryptedFile = decode_document(response.content, EncryptedFile, many=False).data
    if not created.id:
        raise DidwwClientError(f"HTTP {response.status_code}: the upload answer has no id")
    return created.id


def is_outdated_fingerprint(error: Exception) -> bool:
    errors = getattr(error, "errors", [])
    return getattr(error, "status_code", 0) == 422 and any("fingerprint" in (e.detail or "") for e in errors)


def encrypted_upload(data: bytes, name: str, description: str, pems: tuple[str, ...]) -> tuple[EncryptedUpload, str]:
    """``data`` encrypted under the keys, ready to upload, and the keys' fingerprint."""
    from didww_gen.encryption import calculate_fingerprint, encrypt_with_keys

    return EncryptedUpload(encrypt_with_keys(data, pems), description, name), calculate_fingerprint(pems)


def public_key_pems(response: httpx.Response) -> tuple[str, ...]:
    """The PEM strings of ``GET /public_keys``, in the order the API lists them."""
    from didww_gen._decoding import decode_document
    from didww_gen.models import PublicKey

    keys: list[PublicKey] = decode_document(response.content, PublicKey, many=True).data
    if not keys or not all(k.key for k in keys):
        raise DidwwClientError("GET /public_keys answered without the keys' PEM values")
    return tuple(str(k.key) for k in keys)


def download_headers(extra_headers: Any) -> dict[str, str]:
    """The reference asks for the file with ``Accept: text/csv``."""
    return {"Accept": "text/csv", **dict(extra_headers or {})}


def read_file(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    """A local file's bytes and the name to upload it under (its own name, with ``.enc``)."""
    source = Path(path)
    try:
        return source.read_bytes(), f"{source.name}.enc"
    except OSError as exc:
        raise DidwwClientError(f"cannot read {source}: {exc.strerror or exc}") from None


def export_path(export_or_url: Export | str, base_url: str) -> str:
    """The download path relative to the client's base URL.

    An export's ``url`` names the production host; the file is fetched from the client's own base URL
    (sandbox, a proxy, a fake), so the API key never goes to a host the client was not given.
    """
    url = export_or_url if isinstance(export_or_url, str) else _completed_url(export_or_url)
    if not isinstance(url, str) or not url:
        raise DidwwClientError("download_export takes an Export or its url")
    base_path = urlsplit(base_url).path.rstrip("/") + "/"
    path = urlsplit(url).path
    if not path.startswith(base_path):
        raise DidwwClientError(f"{url!r} is not an export url of the API (it must be under {base_path})")
    return path[len(base_path) :]


def _completed_url(export: Export) -> str:
    from didww_gen.enums import ExportStatus
    from didww_gen.models import Export

    if not isinstance(export, Export):
        raise DidwwClientError(f"download_export takes an Export or its url, got {type(export).__name__}")
    if export.url is None:
        status = export.status.value if isinstance(export.status, ExportStatus) else export.status
        raise DidwwClientError(
            f"export {export.id} is not completed yet (status {status!r}), so it has no file: wait for its "
            "callback or poll client.exports.find(id) until status is 'completed'"
        )
    return export.url


class ExportSink:
    """Where downloaded bytes go: a path (written atomically) or a binary file object; optional gunzip."""

    def __init__(self, destination: Destination, *, decompress: bool, progress: Progress | None) -> None:
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16) if decompress else None
        self._progress = progress
        self.received = 0
        self.written = 0
        self.total: int | None = None
        self._final: Path | None = None
        if isinstance(destination, (str, os.PathLike)):
            self._final = Path(destination)
            if not self._final.parent.is_dir():
                raise DidwwClientError(f"cannot write {self._final}: folder {self._final.parent} does not exist")
            import tempfile  # only downloads to a path need it

            handle, temp = tempfile.mkstemp(dir=self._final.parent, prefix=f".{self._final.name}.", suffix=".part")
            self._temp: Path | None = Path(temp)
            self._out: IO[bytes] = os.fdopen(handle, "wb")
        elif hasattr(destination, "write"):
            self._temp, self._out = None, destination
        else:
            raise DidwwClientError("destination takes a file path or a binary file object opened for writing")

    def start(self, response: httpx.Response) -> None:
        length = response.headers.get("Content-Length")
        self.total = int(length) if length and length.isdigit() else None

    def write(self, chunk: bytes) -> None:
        self.received += len(chunk)
        if self._inflate is not None:
            chunk = self._gunzip(chunk)
        self._out.write(chunk)
        self.written += len(chunk)
        if self._progress is not None:
            self._progress(self.received, self.total)

    def _gunzip(self, chunk: bytes) -> bytes:
        assert self._inflate is not None
        out = [self._inflate.decompress(chunk)]
        while self._inflate.eof and self._inflate.unused_data:  # concatenated gzip members
            rest = self._inflate.unused_data
            self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16)
            out.append(self._inflate.decompress(rest))
        return b"".join(out)

    def commit(self) -> int:
        """Finish: check the gzip stream ended, move the temp file into place; returns bytes written."""
        if self._inflate is not None and not self._inflate.eof:
            raise DidwwClientError("the export download ended in the middle of the gzip stream; try again")
        if self._temp is not None and self._final is not None:
            self._out.close()
            os.replace(self._temp, self._final)
        return self.written

    def abort(self) -> None:
        """Leave nothing behind at the destination path."""
        if self._temp is not None:
            self._out.close()
            self._temp.unlink(missing_ok=True)

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """On any failure inside: leave nothing at the destination, and raise the SDK's error."""
        try:
            yield
        except BaseException as exc:
            error = self._error(exc)
            if error is exc:
                raise
            raise error from exc

    def _error(self, exc: BaseException) -> BaseException:
        """Abort, and turn a gzip error or a dropped connection into the SDK's error."""
        self.abort()
        if isinstance(exc, zlib.error):
            return DidwwClientError(f"the export is not valid gzip data ({exc}); download it with decompress=False")
        if isinstance(exc, httpx.TransportError):
            kind = DidwwTimeoutError if isinstance(exc, httpx.TimeoutException) else DidwwConnectionError
            where = "nothing was left at the destination path" if self._temp else "the file object holds a partial file"
            return kind(f"the export download broke off after {self.received} bytes ({exc}); {where}: try again")
        return exc
