"""The newcomer's first hour: buy a number in a country, route it to a SIP trunk, fetch last week's CDRs.

Find a DID group in the United States, order a DID from its SKU, create a SIP trunk, route the DID to it,
then request a CDR export, wait for it and download it. Orders and exports complete asynchronously in the
real API: ``wait()`` polls until they settle.

Run against the sandbox:  DIDWW_API_KEY=... python examples/newcomer.py
Run against the fake API: python -m didww_gen.testing --port 0 --complete-after 2 -- python examples/newcomer.py
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from didww_gen import DidwwClient
from didww_gen.enums import ExportType, OrderStatus
from didww_gen.models import (
    Did,
    DidOrderItem,
    Export,
    ExportFilters,
    Order,
    SipConfiguration,
    VoiceInTrunk,
)


def main() -> None:
    with DidwwClient.from_env() as client:
        # 1. A DID group in a country, with its SKUs (prices).
        country = client.countries.list(filter={"iso": "US"}).data[0]
        groups = client.did_groups.list(
            filter={"country.id": country.id}, include=["stock_keeping_units", "city"], sort="area_name"
        )
        group = groups.data[0]
        sku = group.stock_keeping_units[0]
        print(f"{country.name} (+{country.prefix}): {group.area_name} ({group.prefix}), {sku.monthly_price}/month")

        # 2. Order one DID from that SKU and wait for the order to settle.
        order = client.orders.create(Order(items=[DidOrderItem(sku_id=sku.id, qty=1)]))
        print(f"order {order.reference}: {order.status}")
        order = client.orders.wait(order, timeout=300)
        assert order.status is OrderStatus.COMPLETED, f"order {order.reference} ended {order.status}"
        did = client.dids.list(filter={"order.id": order.id}).data[0]
        print(f"order {order.reference}: {order.status}, DID {did.number}")

        # 3. A SIP trunk, and the DID routed to it.
        trunk = client.voice_in_trunks.create(
            VoiceInTrunk(name=f"newcomer {did.number}", configuration=SipConfiguration(host="pbx.example.com"))
        )
        routed = Did.ref(did.id)
        routed.voice_in_trunk = VoiceInTrunk.ref(trunk.id)
        client.dids.update(routed)
        print(f"DID {did.number} -> trunk {trunk.name} ({trunk.id})")

        # 4. Last week's inbound CDRs: request an export, wait for it, download it.
        today = dt.datetime.now(dt.timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
        filters = ExportFilters(from_=today - dt.timedelta(days=7), to=today)
        export = client.exports.create(Export(export_type=ExportType.CDR_IN, filters=filters))
        export = client.exports.wait(export, timeout=600)
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "cdr_in.csv"
            size = client.download_export(export, target, decompress=True)
            rows = target.read_text().splitlines()
        print(f"export {export.status}: {size} bytes, {len(rows) - 1} calls")


if __name__ == "__main__":
    main()
