"""Voice out trunks: credentials-and-IP and Twilio authentication, a write rule, regenerated credentials.

Run against the sandbox:  DIDWW_API_KEY=... python examples/voice_out_trunks.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/voice_out_trunks.py
(``DIDWW_BASE_URL`` overrides the sandbox URL.)
"""

from __future__ import annotations

import secrets
from decimal import Decimal

from didww_gen import DidwwClient
from didww_gen.enums import DefaultDstAction, OnCliMismatchAction
from didww_gen.errors import DidwwClientError
from didww_gen.models import (
    CredentialsAndIpAuthenticationMethod,
    TwilioAuthenticationMethod,
    VoiceOutTrunk,
    VoiceOutTrunkRegenerateCredential,
)


def main() -> None:
    suffix = secrets.token_hex(3)  # trunk names are unique per account

    with DidwwClient.from_env() as client:
        # Credentials and IP: the server generates the SIP username and password.
        sip = client.voice_out_trunks.create(
            VoiceOutTrunk(
                name=f"Outbound PBX {suffix}",
                authentication_method=CredentialsAndIpAuthenticationMethod(allowed_sip_ips=["203.0.113.10/32"]),
                allow_any_did_as_cli=True,
                on_cli_mismatch_action=OnCliMismatchAction.REJECT_CALL,
                default_dst_action=DefaultDstAction.ALLOW_ALL,
                threshold_amount=Decimal("50.00"),
            )
        )
        auth = sip.authentication_method
        assert isinstance(auth, CredentialsAndIpAuthenticationMethod)
        print(f"Created {sip.name!r} ({sip.id}): allowed IPs {auth.allowed_sip_ips}, username {auth.username!r}")
        print(f"  a password was generated: {bool(auth.password)}")  # never print the password itself

        twilio = client.voice_out_trunks.create(
            VoiceOutTrunk(
                name=f"Twilio {suffix}",
                authentication_method=TwilioAuthenticationMethod(twilio_account_sid="AC" + "0123456789abcdef" * 2),
            )
        )
        assert isinstance(twilio.authentication_method, TwilioAuthenticationMethod)
        sid = twilio.authentication_method.twilio_account_sid
        print(f"Created {twilio.name!r} ({twilio.id}) for Twilio account {sid}")

        # Write rules are checked before anything is sent: a trunk that allows any DID as CLI takes no dids.
        did = next(iter(client.dids.list(filter={"terminated": False}, page_size=1)), None)
        if did is not None:
            sip.dids = [did]
            try:
                client.voice_out_trunks.update(sip)
            except DidwwClientError as exc:
                print(f"Refused before sending: {exc}")
            sip.allow_any_did_as_cli = False  # now the DID can be the only allowed CLI
            sip = client.voice_out_trunks.update(sip, include="dids")
            print(f"{sip.name!r} now allows only {[d.number for d in sip.dids or []]} as CLI")

        # An update of a nested object sends it whole, without the server-generated username / password.
        # (after a write, the model holds the server's answer: narrow its nested object again)
        assert isinstance(sip.authentication_method, CredentialsAndIpAuthenticationMethod)
        sip.authentication_method.allowed_sip_ips = ["203.0.113.10/32", "198.51.100.0/24"]
        sip = client.voice_out_trunks.update(sip)
        assert isinstance(sip.authentication_method, CredentialsAndIpAuthenticationMethod)
        print(f"Allowed IPs now {sip.authentication_method.allowed_sip_ips}")

        before = sip.authentication_method
        client.voice_out_trunk_regenerate_credentials.create(VoiceOutTrunkRegenerateCredential(voice_out_trunk=sip))
        after = client.voice_out_trunks.find(sip).authentication_method
        assert isinstance(after, CredentialsAndIpAuthenticationMethod)
        print(
            f"Regenerated credentials: username changed: {after.username != before.username}, "
            f"password changed: {after.password != before.password}"
        )

        for trunk in (sip, twilio):
            client.voice_out_trunks.delete(trunk)
        print(f"Deleted {sip.name!r} and {twilio.name!r}")


if __name__ == "__main__":
    main()
