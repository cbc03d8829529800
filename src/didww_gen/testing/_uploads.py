"""``POST /encrypted_files``: the multipart upload of an encrypted file, checked and decrypted."""

from __future__ import annotations

import datetime as dt
from email import policy
from email.parser import BytesParser
from typing import TYPE_CHECKING

from didww_gen.testing._domain import new_id, timestamp
from didww_gen.testing._keys import NotDecryptable
from didww_gen.testing._problems import bad_request, invalid, unprocessable
from didww_gen.testing._store import Record

if TYPE_CHECKING:
    from didww_gen.testing._fake import FakeDidww

FIELD = "encrypted_files[{}]"
EXPIRES_AFTER = dt.timedelta(days=1)


def multipart_fields(content_type: str, body: bytes) -> dict[str, bytes]:
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise bad_request("invalid params")
    fields = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            fields[name] = payload
    return fields


def receive_upload(fake: FakeDidww, content_type: str, body: bytes) -> Record:
    """Store the file if it decrypts with the fake's keys; 422 as the API answers otherwise."""
    fields = multipart_fields(content_type, body)
    fingerprint = fields.get(FIELD.format("encryption_fingerprint"), b"").decode(errors="replace")
    if fingerprint != fake.keys.fingerprint:
        raise unprocessable([invalid("/data", "outdated fingerprint")])
    data = fields.get(FIELD.format("file"))
    if not data:
        raise unprocessable([invalid("/data/attributes/file", "can't be blank")])
    try:
        plaintext = fake.keys.decrypt(data)
    except NotDecryptable as exc:
        raise unprocessable([invalid("/data/attributes/file", f"could not be decrypted: {exc}")]) from None
    description = fields.get(FIELD.format("description"), b"").decode(errors="replace")
    expires = fake.schema.attribute("encrypted_files", "expires_at", "expire_at") or "expires_at"  # 2022: expire_at
    attributes = {"description": description, expires: timestamp(fake.now() + EXPIRES_AFTER)}
    record: Record = {"id": new_id(fake.rng), "type": "encrypted_files", "attributes": attributes}
    fake.uploaded_files[record["id"]] = plaintext
    return fake.store.put(record)
