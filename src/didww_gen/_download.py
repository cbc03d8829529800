"""Export downloads: where the file is fetched from, and the sink that checks and writes it.

A download to a path goes to a temporary file in the destination folder, which replaces the destination
only once the body is complete and is what an export is: the promised length, not a web page, gzip
data that ends properly. On any failure the temporary file is removed and a previous file at the
destination is left as it was.
"""

from __future__ import annotations

import contextlib
import enum
import os
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Protocol
from urllib.parse import urlsplit

import httpx

from didww_gen.errors import DidwwClientError, DidwwConnectionError, DidwwError, DidwwFileError, DidwwTimeoutError


class ExportLike(Protocol):
    """What ``download_export`` reads of an export (the version's ``Export`` model is one)."""

    @property
    def id(self) -> str | None: ...

    @property
    def url(self) -> str | None: ...

    @property
    def status(self) -> object: ...


Progress = Callable[[int, "int | None"], None]
Destination = str | os.PathLike[str] | IO[bytes]

GZIP_MAGIC = b"\x1f\x8b"
MAX_RATIO = 100
"""A gzip body inflating to more than this many times its own size is refused as a gzip bomb ..."""
RATIO_FROM = 10 * 1024 * 1024
"""... once more than this many bytes have been inflated (a small file may legitimately compress better)."""
PIECE = 1024 * 1024
"""The most bytes inflated at once, so memory stays bounded whatever a chunk inflates to."""
NOT_AN_EXPORT = ("text/html", "application/xhtml+xml", "application/json", "application/vnd.api+json", "text/xml")


def download_headers(extra_headers: Any) -> dict[str, str]:
    """The reference asks for the file with ``Accept: text/csv``."""
    return {"Accept": "text/csv", **dict(extra_headers or {})}


def export_path(export_or_url: ExportLike | str, base_url: str) -> str:
    """The download path relative to the client's base URL.

    An export's ``url`` names the production host; the file is fetched from the client's own base URL
    (sandbox, a proxy, a fake), so the API key never goes to a host the client was not given.
    """
    url = export_or_url if isinstance(export_or_url, str) else _completed_url(export_or_url)
    if not isinstance(url, str) or not url:
        raise DidwwClientError("download_export takes an Export or its url")
    base_path = urlsplit(base_url).path.rstrip("/") + "/"
    try:
        path = urlsplit(url).path
    except ValueError:
        path = ""
    segments = path[len(base_path) :].split("/")
    if not path.startswith(base_path) or any(s in ("", ".", "..") or not s.isprintable() for s in segments):
        raise DidwwClientError(f"{url!r} is not an export url of the API (it must be a file under {base_path})")
    return path[len(base_path) :]


def _completed_url(export: ExportLike) -> str:
    if getattr(export, "TYPE", None) != "exports":  # a model of another type, or no model at all
        raise DidwwClientError(f"download_export takes an Export or its url, got {type(export).__name__}")
    if export.url is None:
        status = export.status.value if isinstance(export.status, enum.Enum) else export.status
        raise DidwwClientError(
            f"export {export.id} is not completed yet (status {status!r}), so it has no file: wait for its "
            "callback, or call client.exports.wait(id) (it polls until the export is completed)"
        )
    return export.url


class _Gunzip:
    """Inflates gzip data (concatenated members too) a bounded piece at a time, refusing gzip bombs."""

    def __init__(self) -> None:
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16)
        self.consumed = 0
        self.inflated = 0
        self._head = b""  # the first inflated bytes: gzip again means the export was compressed twice

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data:
            out = self._inflate.decompress(data, PIECE)
            left = self._inflate.unconsumed_tail or (self._inflate.unused_data if self._inflate.eof else b"")
            self.consumed += len(data) - len(left)
            self.inflated += len(out)
            if self.inflated > RATIO_FROM and self.inflated > MAX_RATIO * self.consumed:
                raise DidwwClientError(
                    f"the export inflates to more than {MAX_RATIO} times its size ({self.inflated} bytes from "
                    f"{self.consumed}): refused as a gzip bomb; nothing was written"
                )
            if len(self._head) < len(GZIP_MAGIC):
                self._check_once_compressed(out)
            yield out
            data = left
            if data and self._inflate.eof:  # the next gzip member
                self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16)

    def _check_once_compressed(self, out: bytes) -> None:
        """Refuse a gzip inside the gzip (compressed twice on the way): inflated once it is still not the CSV."""
        self._head += out[: len(GZIP_MAGIC) - len(self._head)]
        if self._head == GZIP_MAGIC:
            raise DidwwClientError(
                "the export is compressed twice (gzip data inside the gzip file, e.g. by a proxy in between); "
                "nothing was written: check the base URL and any proxy in between, and download it again"
            )

    @property
    def complete(self) -> bool:
        return self._inflate.eof


class ExportSink:
    """Where downloaded bytes go: a path (replaced atomically) or a binary file object; optional gunzip."""

    def __init__(self, destination: Destination, *, url: str, decompress: bool, progress: Progress | None) -> None:
        self._decompress = decompress
        self._gzip = decompress or url.endswith(".gz")
        self._gunzip = _Gunzip() if self._gzip else None
        self._progress = progress
        self.received = 0
        self._head = b""
        self.written = 0
        self.total: int | None = None
        self.raw = False  # read the body as sent (see start)
        self._final: Path | None = None
        self._temp: Path | None = None
        if isinstance(destination, (str, os.PathLike)):
            self._final = Path(destination)
            self._out: IO[bytes] = self._open_temp(self._final)
        elif hasattr(destination, "write"):
            self._out = destination
        else:
            raise DidwwClientError("destination takes a file path or a binary file object opened for writing")

    def _open_temp(self, final: Path) -> IO[bytes]:
        if final.is_dir():
            raise DidwwFileError(f"cannot write {final}: it is a folder; give the path of the file to write")
        if not final.parent.is_dir():
            raise DidwwFileError(f"cannot write {final}: folder {final.parent} does not exist")
        import tempfile  # only downloads to a path need it

        try:
            handle, temp = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".part")
        except OSError as exc:
            raise self._file_error(exc) from None
        self._temp = Path(temp)
        return os.fdopen(handle, "wb")

    def _file_error(self, exc: OSError) -> DidwwFileError:
        where = str(self._final) if self._final is not None else "the destination file object"
        reason = exc.strerror or type(exc).__name__
        kept = "; a previous file there is untouched" if self._final is not None else ""
        return DidwwFileError(
            f"cannot write the export to {where}: {reason}{kept}: free disk space, or choose a folder you may "
            "write to, and download again"
        )

    def start(self, response: httpx.Response) -> None:
        """Check the answer is a file, not a page: refuse HTML, JSON and XML bodies."""
        kind = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if kind in NOT_AN_EXPORT:
            raise DidwwClientError(
                f"the export download answered {kind!r} instead of the file (a login or error page?); "
                "nothing was written: check the base URL and any proxy in between"
            )
        length = response.headers.get("Content-Length", "")
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        # a .csv.gz served with "Content-Encoding: gzip" is the file itself: read it as sent, not inflated by httpx
        self.raw = self._gzip and encoding == "gzip"
        encoded = encoding not in ("", "identity") and not self.raw
        self.total = int(length) if length.isdigit() and len(length) < 19 and not encoded else None

    def as_sent(self, response: httpx.Response) -> bool:
        """Whether to read the body as sent (a gzip-labelled .csv.gz), not as httpx decodes it."""
        return self.raw and not response.is_stream_consumed

    def write(self, chunk: bytes) -> None:
        self.received += len(chunk)
        if self._gunzip is not None:
            self._check_magic(chunk)
            pieces = self._gunzip.feed(chunk)
            if self._decompress:
                for piece in pieces:
                    self._put(piece)
            else:
                for _ in pieces:  # inflated only to check the file is whole
                    pass
        if not self._decompress:
            self._put(chunk)
        if self._progress is not None:
            self._progress(self.received, self.total)

    def _check_magic(self, chunk: bytes) -> None:
        """Refuse, from its first bytes, a body that is not gzip at all."""
        if len(self._head) < len(GZIP_MAGIC):
            self._head += chunk[: len(GZIP_MAGIC) - len(self._head)]
            if not GZIP_MAGIC.startswith(self._head):
                raise DidwwClientError(
                    "the export is not valid gzip data (an export is a .csv.gz file); nothing was written: "
                    "check the base URL and any proxy in between"
                )

    def _put(self, data: bytes) -> None:
        try:
            self._out.write(data)
        except OSError as exc:
            raise self._file_error(exc) from None
        self.written += len(data)

    def commit(self) -> int:
        """Finish: check the body is whole, move the temp file into place; returns bytes written."""
        if self.total is not None and self.received != self.total:
            raise DidwwConnectionError(
                f"the export download ended after {self.received} of {self.total} bytes; nothing was written: try again"
            )
        if self._gunzip is not None and not self._gunzip.complete:
            raise DidwwClientError(
                "the export download ended in the middle of the gzip stream; nothing was written: try again"
            )
        if self._temp is not None and self._final is not None:
            try:
                self._out.close()
                os.replace(self._temp, self._final)
            except OSError as exc:
                raise self._file_error(exc) from None
        return self.written

    def abort(self) -> None:
        """Leave nothing behind at the destination path."""
        if self._temp is not None:
            with contextlib.suppress(OSError):
                self._out.close()
            with contextlib.suppress(OSError):
                self._temp.unlink(missing_ok=True)

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """On any failure inside: leave nothing at the destination, and raise the SDK's error."""
        try:
            yield
        except BaseException as exc:
            self.abort()
            if isinstance(exc, httpx.RequestError):
                _redact_request_of(exc)
            error = _error(exc, self.received, self._temp is not None)
            if error is exc:
                raise
            raise error from None


def _redact_request_of(exc: httpx.RequestError) -> None:
    """The request of a failed download holds the API key; the error raised instead is chained to ``exc``."""
    from didww_gen._attempts import redact

    with contextlib.suppress(RuntimeError):  # an exception raised without its request has none
        redact(exc.request)


def _error(exc: BaseException, received: int, to_path: bool) -> BaseException:
    """The SDK's error for a failed download: gzip errors, dropped connections and file errors mapped."""
    if isinstance(exc, DidwwError):
        return exc
    if isinstance(exc, zlib.error):
        return DidwwClientError(f"the export is not valid gzip data ({exc}); nothing was written: try again")
    if isinstance(exc, httpx.DecodingError):  # a body not in the Content-Encoding it is labelled with
        return DidwwClientError(
            "the export download is labelled with a Content-Encoding it is not in; nothing was written: check the "
            "base URL and any proxy in between"
        )
    if isinstance(exc, httpx.TransportError):
        kind = DidwwTimeoutError if isinstance(exc, httpx.TimeoutException) else DidwwConnectionError
        where = "nothing was left at the destination path" if to_path else "the file object holds a partial file"
        return kind(f"the export download broke off after {received} bytes ({exc}); {where}: try again")
    if isinstance(exc, OSError):
        return DidwwFileError(f"cannot write the export: {exc.strerror or type(exc).__name__}; nothing was written")
    return exc
