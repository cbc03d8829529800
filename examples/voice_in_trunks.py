"""Voice in trunks: a SIP trunk, a PSTN trunk, SIP registration, updates, listing with PoPs, cleanup.

Run against the sandbox:  DIDWW_API_KEY=... python examples/voice_in_trunks.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/voice_in_trunks.py
(``DIDWW_BASE_URL`` overrides the sandbox URL.)
"""

from __future__ import annotations

import secrets

from didww_gen import DidwwClient
from didww_gen.enums import CliFormat, Codec, TransportProtocol
from didww_gen.models import PstnConfiguration, SipConfiguration, VoiceInTrunk


def main() -> None:
    suffix = secrets.token_hex(3)  # trunk names are unique per account

    with DidwwClient.from_env() as client:
        pop = next(iter(client.pops.list()), None)  # bind the trunk to a DIDWW point of presence
        sip = client.voice_in_trunks.create(
            VoiceInTrunk(
                name=f"Office PBX {suffix}",
                pop=pop,
                configuration=SipConfiguration(
                    host="pbx.example.com",
                    port=5060,
                    codec_ids=[Codec.PCMU, Codec.PCMA, Codec.TELEPHONE_EVENT],
                    transport_protocol_id=TransportProtocol.UDP,
                ),
            )
        )
        assert isinstance(sip.configuration, SipConfiguration)
        where = f"{sip.configuration.host}:{sip.configuration.port}"
        print(f"Created SIP trunk {sip.name!r} ({sip.id}) -> {where}, PoP {pop.name if pop else '-'}")

        pstn = client.voice_in_trunks.create(
            VoiceInTrunk(name=f"Mobile forward {suffix}", configuration=PstnConfiguration(dst="441234567890"))
        )
        assert isinstance(pstn.configuration, PstnConfiguration)
        print(f"Created PSTN trunk {pstn.name!r} ({pstn.id}) -> forwards to {pstn.configuration.dst}")

        # SIP registration: the PBX registers to DIDWW instead of DIDWW calling a host. The SDK sends
        # host and port as null; the server generates the credentials the PBX registers with.
        assert isinstance(sip.configuration, SipConfiguration)
        sip.configuration.enabled_sip_registration = True
        sip.configuration.use_did_in_ruri = True
        sip = client.voice_in_trunks.update(sip)
        assert isinstance(sip.configuration, SipConfiguration)
        config = sip.configuration
        print(
            f"SIP registration on: host={config.host}, port={config.port}, "
            f"username generated: {config.incoming_auth_username is not None}, "
            f"password generated: {config.incoming_auth_password is not None}"  # never print the password
        )

        # An update sends only what changed: here two attributes.
        sip.description = "Reception desk"
        sip.cli_format = CliFormat.E164
        sip = client.voice_in_trunks.update(sip)
        print(f"Updated {sip.name!r}: description={sip.description!r}, cli_format={sip.cli_format}")

        pstn.configuration.dst = "441234567891"  # a changed configuration is sent whole, with its type
        pstn.capacity_limit = 5
        pstn = client.voice_in_trunks.update(pstn)
        assert isinstance(pstn.configuration, PstnConfiguration)
        print(f"Updated {pstn.name!r}: dst={pstn.configuration.dst}, capacity_limit={pstn.capacity_limit}")

        page = client.voice_in_trunks.list(include="pop", sort="-created_at", page_size=10)
        print(f"Trunks of the account ({page.meta.total_records} in all), newest first:")
        for trunk in page.data:
            kind = "SIP" if isinstance(trunk.configuration, SipConfiguration) else "PSTN"
            print(f"  {kind:4} {trunk.name!r} ({trunk.pop.name if trunk.pop else 'any PoP'})")

        for trunk in (sip, pstn):
            client.voice_in_trunks.delete(trunk)
        print(f"Deleted {sip.name!r} and {pstn.name!r}")


if __name__ == "__main__":
    main()
