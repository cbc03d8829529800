"""Regulation flow: identity -> address -> encrypted upload -> proofs -> address verification.

Run against the sandbox:
    DIDWW_API_KEY=... python examples/regulation.py passport.pdf <country id> <proof type id> <did id>
(``DIDWW_BASE_URL`` overrides the sandbox URL.) Which proof types a country needs is in
``client.address_requirements`` / ``client.proof_types``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from didww_gen import DidwwClient
from didww_gen.enums import IdentityType
from didww_gen.models import (
    Address,
    AddressVerification,
    Country,
    Did,
    EncryptedFile,
    Identity,
    Proof,
    ProofType,
)


def run(client: DidwwClient, document: Path, country_id: str, proof_type_id: str, did_id: str) -> AddressVerification:
    identity = client.identities.create(
        Identity(
            identity_type=IdentityType.PERSONAL,
            first_name="Ada",
            last_name="Lovelace",
            phone_number="442071234567",
            country=Country.ref(country_id),
        )
    )
    print(f"Identity {identity.id} ({identity.first_name} {identity.last_name})")

    address = client.addresses.create(
        Address(
            city_name="London",
            postal_code="W1A 1AA",
            address="1 Example Street",
            identity=identity,
            country=Country.ref(country_id),
        )
    )
    print(f"Address {address.id} ({address.address}, {address.city_name})")

    file_id = client.upload_file(document, description=document.name)  # encrypted with DIDWW's public keys
    print(f"Uploaded {document.name} as encrypted file {file_id}")

    proof = client.proofs.create(
        Proof(proof_type=ProofType.ref(proof_type_id), entity=identity, files=[EncryptedFile.ref(file_id)])
    )
    print(f"Proof {proof.id} attached to identity {identity.id}")

    verification = client.address_verifications.create(
        AddressVerification(address=address, dids=[Did.ref(did_id)])
    )
    print(f"Address verification {verification.id}: {verification.status}")
    return verification


def main() -> None:
    if len(sys.argv) != 5 or "DIDWW_API_KEY" not in os.environ:
        raise SystemExit(__doc__)
    document, country_id, proof_type_id, did_id = Path(sys.argv[1]), *sys.argv[2:]
    with DidwwClient(api_key=os.environ["DIDWW_API_KEY"], base_url=os.environ.get("DIDWW_BASE_URL")) as client:
        run(client, document, country_id, proof_type_id, did_id)


if __name__ == "__main__":
    main()
