"""Regulation flow: identity -> address -> encrypted upload -> proofs -> address verification of a DID.

Run against the sandbox:  DIDWW_API_KEY=... python examples/regulation.py [document.pdf]
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/regulation.py
(``DIDWW_BASE_URL`` overrides the sandbox URL.) Without a document, a temporary file is uploaded.
Which proofs a country needs is in ``client.address_requirements`` (with its ``*_proof_types``).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from didww_gen import DidwwClient, EncryptedUpload
from didww_gen.encryption import EncryptionKeys
from didww_gen.enums import IdentityType, ProofTypeEntityType
from didww_gen.models import Address, AddressVerification, Country, EncryptedFile, Identity, Proof


def upload_documents(client: DidwwClient, document: Path) -> tuple[str, list[str]]:
    """Encrypt with DIDWW's public keys and upload: the one-call way, then step by step (two pages)."""
    scan = client.upload_file(document, description=f"{document.name} (scan)")
    print(f"Uploaded {document.name} as encrypted file {scan}")

    keys = EncryptionKeys(client)  # fetches the public keys once
    data = document.read_bytes()
    uploads = [EncryptedUpload(keys.encrypt(data), f"page {n}", f"{document.name}.{n}.enc") for n in (1, 2)]
    pages = client.upload_encrypted_files(uploads, fingerprint=keys.fingerprint())
    print(f"Uploaded 2 pages as encrypted files {', '.join(pages)}")
    return scan, pages


def add_proof(client: DidwwClient, entity: Identity | Address, kind: ProofTypeEntityType, file_ids: list[str]) -> None:
    """A proof belongs to an identity or an address (its `entity`), with a proof type of that kind."""
    proof_type = next(iter(client.proof_types.list(filter={"entity_type": kind})), None)
    if proof_type is None:
        print(f"No {kind} proof type: skipping the proof of {entity.TYPE} {entity.id}")
        return
    files = [EncryptedFile.ref(file_id) for file_id in file_ids]
    proof = client.proofs.create(Proof(proof_type=proof_type, entity=entity, files=files), include="proof_type")
    assert proof.proof_type is not None
    print(f"Proof {proof.id} ({proof.proof_type.name!r}, {len(files)} files) for {entity.TYPE} {entity.id}")


def run(client: DidwwClient, document: Path) -> None:
    country = next(iter(client.countries.list(filter={"iso": "GB"})), None)
    assert country is not None and country.id is not None, "no United Kingdom in the coverage"

    identity = client.identities.create(
        Identity(
            identity_type=IdentityType.PERSONAL,
            first_name="Ada",
            last_name="Lovelace",
            phone_number="442071234567",
            country=Country.ref(country.id),
        )
    )
    print(f"Identity {identity.id}: {identity.first_name} {identity.last_name} ({identity.identity_type})")

    address = client.addresses.create(
        Address(
            address="1 Example Street",
            city_name="London",
            postal_code="W1A 1AA",
            identity=identity,
            country=Country.ref(country.id),
        )
    )
    print(f"Address {address.id}: {address.address}, {address.city_name} {address.postal_code}")

    scan, pages = upload_documents(client, document)
    add_proof(client, identity, ProofTypeEntityType.PERSONAL, [scan])
    add_proof(client, address, ProofTypeEntityType.ADDRESS, pages)

    # Verify the address for a DID: one that awaits registration if there is one.
    did = next(iter(client.dids.list(filter={"awaiting_registration": True}, page_size=1)), None)
    did = did or next(iter(client.dids.list(filter={"terminated": False}, page_size=1)), None)
    if did is None:
        print("No DID to verify the address for")
        return
    verification = client.address_verifications.create(
        AddressVerification(address=address, dids=[did], service_description="Office phone line"),
        include="dids",
    )
    numbers = ", ".join(str(d.number) for d in verification.dids or [])
    print(f"Address verification {verification.reference} for {numbers}: {verification.status}")


def main() -> None:
    with DidwwClient.from_env() as client:
        if len(sys.argv) > 1:
            run(client, Path(sys.argv[1]))
            return
        with tempfile.TemporaryDirectory() as folder:
            document = Path(folder, "passport.pdf")
            document.write_bytes(b"%PDF-1.4\n% a stand-in for a scanned passport\n%%EOF\n")
            run(client, document)


if __name__ == "__main__":
    main()
