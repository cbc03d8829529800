"""Encrypted file uploads: the parts both client flavours share (export downloads: ``_download``).

The flavours only move bytes (``_send``); request fields, answers and key handling live here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Union

import httpx

from didww_gen.errors import DidwwClientError, DidwwFileError

if TYPE_CHECKING:
    from didww_gen._model import Resource

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


def uploaded_id(response: httpx.Response, model: type[Resource]) -> str:
    """The new file's id from the 201 answer (a JSON:API document of ``model``, the version's encrypted file)."""
    from didww_gen._decoding import decode_document

    ident = decode_document(response.content, model, many=False).data.id
    if not isinstance(ident, str) or not ident:
        raise DidwwClientError(f"HTTP {response.status_code}: the upload answer has no id")
    return ident


def is_outdated_fingerprint(error: Exception) -> bool:
    errors = getattr(error, "errors", [])
    return getattr(error, "status_code", 0) == 422 and any("fingerprint" in (e.detail or "") for e in errors)


def encrypted_upload(data: bytes, name: str, description: str, pems: tuple[str, ...]) -> tuple[EncryptedUpload, str]:
    """``data`` encrypted under the keys, ready to upload, and the keys' fingerprint."""
    from didww_gen.encryption import calculate_fingerprint, encrypt_with_keys

    return EncryptedUpload(encrypt_with_keys(data, pems), description, name), calculate_fingerprint(pems)


def public_key_pems(response: httpx.Response, model: type[Resource]) -> tuple[str, ...]:
    """The PEM strings of ``GET /public_keys`` (``model``: the version's public key), in the API's order."""
    from didww_gen._decoding import decode_document

    keys = decode_document(response.content, model, many=True).data
    pems = [getattr(k, "key", None) for k in keys]
    if not pems or not all(pems):
        raise DidwwClientError("GET /public_keys answered without the keys' PEM values")
    return tuple(str(p) for p in pems)


FileSource = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, BinaryIO]
"""What ``upload_file`` takes: a path, the bytes themselves, or a binary file object (``open(..., "rb")``)."""


def read_source(source: FileSource, filename: str | None) -> tuple[bytes, str]:
    """The bytes to upload and the name to upload them under (``filename`` or the file's own, with ``.enc``)."""
    if isinstance(source, (str, os.PathLike)):
        data, name = read_file(source)
        return data, f"{filename}.enc" if filename else name
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif callable(getattr(source, "read", None)):
        data = _read_binary(source)
    else:
        raise DidwwClientError(
            f"upload_file takes a path, bytes or a binary file object (open(path, 'rb')), got {type(source).__name__}"
        )
    own = getattr(source, "name", None)
    name = filename or (Path(own).name if isinstance(own, str) and own else "upload")
    return data, f"{name}.enc"


def _read_binary(source: Any) -> bytes:
    try:
        data = source.read()
    except OSError as exc:
        raise DidwwFileError(f"cannot read the file object: {exc.strerror or type(exc).__name__}") from None
    if isinstance(data, str):
        raise DidwwClientError("upload_file got a text file: open it in binary mode, open(path, 'rb')")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise DidwwClientError(f"upload_file: the file object's read() returned {type(data).__name__}, not bytes")
    return bytes(data)


def read_file(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    """A local file's bytes and the name to upload it under (its own name, with ``.enc``)."""
    source = Path(path)
    try:
        return source.read_bytes(), f"{source.name}.enc"
    except OSError as exc:
        raise DidwwFileError(f"cannot read {source}: {exc.strerror or type(exc).__name__}") from None
