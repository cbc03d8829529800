"""Encrypted file upload and export download, on both clients."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import gzip
import io
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from conftest import Recorder, from_example, jsonapi
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import padding as asym_padding
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from codegen.fixtures import example
from didww_gen import DidwwClientError, DidwwConnectionError, EncryptedUpload, UnprocessableEntityError
from didww_gen.encryption import calculate_fingerprint
from didww_gen.v2026_04_16 import AsyncDidwwClient, DidwwClient
from didww_gen.v2026_04_16.models import Export

CREATED_ID = "377dc5cf-55b3-45b8-9fed-156600a7f151"  # the reference's 201 example
CSV = example("Get CSV File of Export", "200 OK (CDR In)").body.encode() * 200
GZ = gzip.compress(CSV)


def form_fields(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    """The multipart form of a request: field name -> (filename, bytes)."""
    head = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition"))
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        fields[name] = (part.get_filename(), payload)
    return fields


@pytest.fixture(scope="module")
def private_keys() -> list[rsa.RSAPrivateKey]:
    return [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(2)]


def pems_of(keys: list[rsa.RSAPrivateKey]) -> list[str]:
    return [
        k.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
        for k in keys
    ]


def public_keys_answer(keys: list[rsa.RSAPrivateKey]) -> httpx.Response:
    data = [{"id": f"k{i}", "type": "public_keys", "attributes": {"key": pem}} for i, pem in enumerate(pems_of(keys))]
    return jsonapi(200, {"data": data})


def decrypt(blob: bytes, key: rsa.RSAPrivateKey, position: int) -> bytes:
    size = key.key_size // 8
    oaep = asym_padding.OAEP(mgf=asym_padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    secret = key.decrypt(blob[position * size : (position + 1) * size], oaep)
    decryptor = Cipher(algorithms.AES(secret[:32]), modes.CBC(secret[32:])).decryptor()
    padded = decryptor.update(blob[2 * size :]) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def created() -> httpx.Response:
    ex = example("Create Encrypted File", "201 Created")
    return httpx.Response(201, content=ex.body.encode(), headers={"Content-Type": "application/json"})


# -- upload ------------------------------------------------------------------------------------


def test_upload_sends_the_documented_multipart_fields(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve(created())
    ids = client.upload_encrypted_files(EncryptedUpload(b"\x00sealed", "passport", "p.enc"), fingerprint="a:::b")
    assert ids == [CREATED_ID]
    request = recorder.last
    assert (request.method, request.url.path) == ("POST", "/v3/encrypted_files")
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert request.headers["Api-Key"] == "test-key-123"
    assert form_fields(request) == {
        "encrypted_files[encryption_fingerprint]": (None, b"a:::b"),
        "encrypted_files[description]": (None, b"passport"),
        "encrypted_files[file]": ("p.enc", b"\x00sealed"),
    }


def test_several_files_one_request_each(client: DidwwClient, recorder: Recorder) -> None:
    second = json.loads(example("Create Encrypted File", "201 Created").body)
    second["data"]["id"] = "second-id"
    recorder.serve(created(), jsonapi(201, second))
    files = [EncryptedUpload(b"one", "first"), EncryptedUpload(b"two", "second")]
    assert client.upload_encrypted_files(files, fingerprint="a:::b") == [CREATED_ID, "second-id"]
    assert [form_fields(r)["encrypted_files[file]"][1] for r in recorder.requests] == [b"one", b"two"]


def test_upload_422_carries_the_api_details(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve(from_example(example("Create Encrypted File", "422 Unprocessable Entity (Validation Error)")))
    with pytest.raises(UnprocessableEntityError) as info:
        client.upload_encrypted_files(EncryptedUpload(b""), fingerprint="a:::b")
    assert info.value.errors[0].source_pointer == "/data/attributes/file"
    assert "file - can't be blank" in str(info.value)


def test_bad_upload_arguments_are_refused(client: DidwwClient) -> None:
    with pytest.raises(DidwwClientError, match="EncryptedUpload"):
        client.upload_encrypted_files([], fingerprint="a:::b")
    with pytest.raises(DidwwClientError, match="calculate_fingerprint"):
        client.upload_encrypted_files(EncryptedUpload(b"x"), fingerprint="")
    with pytest.raises(DidwwClientError, match="encrypted bytes"):
        EncryptedUpload("not bytes")  # type: ignore[arg-type]


def test_upload_file_encrypts_with_the_api_keys(
    client: DidwwClient, recorder: Recorder, private_keys: list[rsa.RSAPrivateKey], tmp_path: Path
) -> None:
    source = tmp_path / "passport.pdf"
    source.write_bytes(b"%PDF-1.7 " + bytes(range(256)) * 40)
    recorder.serve(public_keys_answer(private_keys), created())
    assert client.upload_file(source, description="passport") == CREATED_ID
    keys_request, upload = recorder.requests
    assert keys_request.url.path == "/v3/public_keys" and "Api-Key" not in keys_request.headers
    fields = form_fields(upload)
    assert fields["encrypted_files[encryption_fingerprint]"][1].decode() == calculate_fingerprint(pems_of(private_keys))
    filename, blob = fields["encrypted_files[file]"]
    assert filename == "passport.pdf.enc"
    assert decrypt(blob, private_keys[0], 0) == decrypt(blob, private_keys[1], 1) == source.read_bytes()


def test_upload_file_refetches_outdated_keys_once(
    client: DidwwClient, recorder: Recorder, private_keys: list[rsa.RSAPrivateKey], tmp_path: Path
) -> None:
    source = tmp_path / "bill.png"
    source.write_bytes(b"\x89PNG")
    newer = [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(2)]
    outdated = from_example(example("Create Encrypted File", "422 Unprocessable Entity (Outdated Fingerprint)"))
    recorder.serve(public_keys_answer(private_keys), outdated, public_keys_answer(newer), created())
    assert client.upload_file(source) == CREATED_ID
    last = form_fields(recorder.last)
    assert last["encrypted_files[encryption_fingerprint]"][1].decode() == calculate_fingerprint(pems_of(newer))
    assert decrypt(last["encrypted_files[file]"][1], newer[1], 1) == b"\x89PNG"


def test_upload_file_of_a_missing_path(client: DidwwClient, tmp_path: Path) -> None:
    with pytest.raises(DidwwClientError, match="cannot read"):
        client.upload_file(tmp_path / "nope.pdf")


# -- download ----------------------------------------------------------------------------------


def completed_export() -> Export:
    export = Export.model_validate(json.loads(example("Get Export", "200 OK").body)["data"])
    assert export.url and export.url.startswith("https://api.didww.com/v3/exports/")
    return export


def gz_response(body: bytes = GZ) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"Content-Type": "application/gzip"})


def test_download_to_a_path(client: DidwwClient, recorder: Recorder, tmp_path: Path) -> None:
    recorder.serve(gz_response())
    seen: list[tuple[int, int | None]] = []
    target = tmp_path / "cdr.csv.gz"
    written = client.download_export(
        completed_export(), target, progress=lambda done, total: seen.append((done, total))
    )
    assert target.read_bytes() == GZ and written == len(GZ)
    request = recorder.last
    assert str(request.url).startswith("https://sandbox-api.didww.com/v3/exports/")  # the client's own host
    assert request.headers["Api-Key"] == "test-key-123" and request.headers["Accept"] == "text/csv"
    assert seen[-1] == (len(GZ), len(GZ))
    assert list(tmp_path.iterdir()) == [target]


def test_download_decompressed_to_a_file_object(client: DidwwClient, recorder: Recorder) -> None:
    recorder.serve(gz_response(GZ + gzip.compress(b"second member\n")))
    out = io.BytesIO()
    written = client.download_export("https://api.didww.com/v3/exports/x.csv.gz", out, decompress=True)
    assert out.getvalue() == CSV + b"second member\n" and written == len(out.getvalue())


class BrokenStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Sends the first chunk, then the connection drops."""

    def __iter__(self) -> Iterator[bytes]:
        yield GZ[:1000]
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield GZ[:1000]
        raise httpx.ReadError("connection reset")


def test_failed_download_leaves_nothing_behind(client: DidwwClient, recorder: Recorder, tmp_path: Path) -> None:
    recorder.serve(httpx.Response(200, stream=BrokenStream()))
    target = tmp_path / "cdr.csv"
    with pytest.raises(DidwwConnectionError, match="broke off after 1000 bytes"):
        client.download_export(completed_export(), target, decompress=True)
    assert list(tmp_path.iterdir()) == []


def test_truncated_gzip_is_an_error(client: DidwwClient, recorder: Recorder, tmp_path: Path) -> None:
    recorder.serve(gz_response(GZ[: len(GZ) // 2]))
    with pytest.raises(DidwwClientError, match="middle of the gzip stream"):
        client.download_export(completed_export(), tmp_path / "cdr.csv", decompress=True)
    assert list(tmp_path.iterdir()) == []


def test_not_gzip_is_an_error(client: DidwwClient, recorder: Recorder, tmp_path: Path) -> None:
    recorder.serve(gz_response(b"plain,csv\n"))
    with pytest.raises(DidwwClientError, match="not valid gzip"):
        client.download_export(completed_export(), tmp_path / "cdr.csv", decompress=True)


def test_export_not_completed(client: DidwwClient, tmp_path: Path) -> None:
    pending = Export.model_validate(
        json.loads(example("Create CDR In Export", "201 Created (CDR In Export)").body)["data"]
    )
    with pytest.raises(DidwwClientError, match=r"not completed yet \(status 'pending'\)"):
        client.download_export(pending, tmp_path / "x.csv.gz")
    with pytest.raises(DidwwClientError, match="not an export url"):
        client.download_export("https://example.com/other/x.csv.gz", tmp_path / "x.csv.gz")


def test_download_error_status_is_raised(client: DidwwClient, recorder: Recorder, tmp_path: Path) -> None:
    recorder.serve(jsonapi(404, {"errors": [{"title": "Record not found", "status": "404"}]}))
    with pytest.raises(Exception, match="Record not found"):
        client.download_export(completed_export(), tmp_path / "x.csv.gz")
    assert list(tmp_path.iterdir()) == []


# -- async -------------------------------------------------------------------------------------


def async_client(recorder: Recorder) -> AsyncDidwwClient:
    transport = httpx.MockTransport(recorder)
    return AsyncDidwwClient(api_key="k", http_client=httpx.AsyncClient(transport=transport), max_retries=0)


def test_async_upload_and_download(private_keys: list[rsa.RSAPrivateKey], tmp_path: Path) -> None:
    source = tmp_path / "id.jpg"
    source.write_bytes(b"\xff\xd8 jpeg")
    recorder = Recorder().serve(public_keys_answer(private_keys), created(), gz_response())
    client = async_client(recorder)

    async def scenario() -> tuple[str, int]:
        async with client:
            new_id = await client.upload_file(source)
            size = await client.download_export(completed_export(), tmp_path / "cdr.csv", decompress=True)
            return new_id, size

    assert asyncio.run(scenario()) == (CREATED_ID, len(CSV))
    assert (
        decrypt(form_fields(recorder.requests[1])["encrypted_files[file]"][1], private_keys[0], 0) == b"\xff\xd8 jpeg"
    )
    assert (tmp_path / "cdr.csv").read_bytes() == CSV


def test_async_failed_download_leaves_nothing_behind(tmp_path: Path) -> None:
    recorder = Recorder().serve(httpx.Response(200, stream=BrokenStream()))
    client = async_client(recorder)
    with pytest.raises(DidwwConnectionError, match="nothing was left"):
        asyncio.run(client.download_export(completed_export(), tmp_path / "cdr.csv.gz"))
    assert list(tmp_path.iterdir()) == []
