"""Emergency calling: requirements, validating an address against one, services, verifications.

Run against the sandbox:  DIDWW_API_KEY=... python examples/emergency.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/emergency.py
(``DIDWW_BASE_URL`` overrides the sandbox URL.) It uses the account's first address; create one
first if there is none (see examples/regulation.py).
"""

from __future__ import annotations

from didww_gen import DidwwClient
from didww_gen.enums import EmergencyCallingServiceStatus, EmergencyVerificationStatus, Feature
from didww_gen.errors import DidwwClientError, UnprocessableEntityError
from didww_gen.models import EmergencyRequirementValidation, EmergencyVerification

RESUBMITTABLE = {
    EmergencyCallingServiceStatus.NEW,
    EmergencyCallingServiceStatus.CHANGES_REQUIRED,
    EmergencyCallingServiceStatus.ACTIVE,
}


def main() -> None:

    with DidwwClient.from_env() as client:
        requirements = client.emergency_requirements.list(include=["country", "did_group_type"])
        print(f"{requirements.meta.total_records} emergency requirements, e.g.:")
        for req in requirements.data[:3]:
            where = req.country.name if req.country else "any country"
            price = f"{req.meta.monthly_price}/month" if req.meta else "price n/a"
            print(f"  {where}: {req.identity_type} identity, address at {req.address_area_level} level, {price}")

        requirement = next((r for r in requirements.data if r.country is not None), requirements.data[0])
        if requirement.country is not None and requirement.country.id is not None:
            same_country = client.emergency_requirements.list(filter={"country.id": requirement.country.id})
            print(f"Requirements for {requirement.country.name}: {len(same_country.data)}")

        address = next(iter(client.addresses.list(include="identity", page_size=1)), None)
        if address is None:
            raise SystemExit("No address on the account: create one first (see examples/regulation.py)")
        try:
            client.emergency_requirement_validations.create(
                EmergencyRequirementValidation(emergency_requirement=requirement, address=address)
            )
            print(f"Address {address.id} meets requirement {requirement.id}")
        except UnprocessableEntityError as exc:  # the unmet requirements, one error each
            print(f"Address {address.id} does not meet requirement {requirement.id}:")
            for error in exc.errors:
                print(f"  {error.source_pointer}: {error.detail}")

        services = client.emergency_calling_services.list(include=["country", "dids"], sort="name")
        for service in services.data:
            numbers = ", ".join(str(d.number) for d in service.dids or []) or "no DIDs"
            print(f"Service {service.name!r} ({service.reference}): {service.status}, {numbers}")

        # Verify the address for an existing service (resubmit, or change its address) ...
        existing = next((s for s in services.data if s.status in RESUBMITTABLE), None)
        if existing is not None:
            assert existing.id is not None
            existing = client.emergency_calling_services.find(existing.id, include="emergency_requirement")
            registered = existing.emergency_requirement
            print(f"{existing.name!r} renews {existing.renew_date}, requirement {registered.id if registered else '-'}")
            verification = client.emergency_verifications.create(
                EmergencyVerification(address=address, emergency_calling_service=existing)
            )
            print(f"Verification {verification.reference} of {existing.name!r}: {verification.status}")

        # ... or for DIDs with the emergency feature: a new emergency calling service is created.
        candidates = client.dids.list(filter={"did_group.features": Feature.EMERGENCY, "emergency_enabled": False})
        did = next(iter(candidates), None)
        if did is None:
            print("No DID with the emergency feature to register")
        else:
            verification = client.emergency_verifications.create(
                EmergencyVerification(address=address, dids=[did], external_reference_id="ticket-7")
            )
            print(f"Verification {verification.reference} for DID {did.number}: {verification.status}")

        # It is one or the other: both at once is refused before anything is sent.
        some_did = did or next(iter(client.dids.list(page_size=1)), None)
        if existing is not None and some_did is not None:
            try:
                client.emergency_verifications.create(
                    EmergencyVerification(address=address, dids=[some_did], emergency_calling_service=existing)
                )
            except DidwwClientError as exc:
                print(f"Refused before sending: {exc}")

        pending = client.emergency_verifications.list(
            filter={"status": EmergencyVerificationStatus.PENDING},
            include="emergency_calling_service",
            sort="-created_at",
        )
        print(f"{len(pending.data)} pending emergency verifications:")
        for verification in pending.data:
            for_what = verification.emergency_calling_service.name if verification.emergency_calling_service else "-"
            print(f"  {verification.reference} ({verification.created_at:%Y-%m-%d}) for {for_what!r}")


if __name__ == "__main__":
    main()
