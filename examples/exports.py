"""CDR exports: request an export of inbound CDRs, wait for it, download it gzipped and as plain CSV.

Run against the sandbox:  DIDWW_API_KEY=... python examples/exports.py
Run against the fake API: python -m didww_gen.testing --port 0 -- python examples/exports.py
(``DIDWW_BASE_URL`` overrides the sandbox URL.) The files are written to a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
import time
from pathlib import Path

from didww_gen import DidwwClient
from didww_gen.enums import ExportStatus, ExportType
from didww_gen.models import Export, ExportFilters

POLL_SECONDS = 2.0
MAX_POLLS = 30


def main() -> None:

    # The last 7 days, from inclusive, to exclusive: aware datetimes in whole seconds (sent as YYYY-MM-DD HH:MM:SS).
    today = dt.datetime.now(dt.timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    since = today - dt.timedelta(days=7)

    with DidwwClient.from_env() as client:
        export = client.exports.create(
            Export(
                export_type=ExportType.CDR_IN,
                filters=ExportFilters(from_=since, to=today),
                external_reference_id="weekly-cdr-in",
            )
        )
        assert export.id is not None
        print(f"Requested export {export.id} of {export.export_type} CDRs since {since:%Y-%m-%d}: {export.status}")

        for _ in range(MAX_POLLS):
            if export.status == ExportStatus.COMPLETED:
                break
            time.sleep(POLL_SECONDS)
            export = client.exports.find(export.id)
            print(f"  status: {export.status}")
        else:
            raise SystemExit(f"export {export.id} not completed after {MAX_POLLS} polls; try again later")

        with tempfile.TemporaryDirectory() as folder:
            gzipped, plain = Path(folder, "cdr_in.csv.gz"), Path(folder, "cdr_in.csv")
            size = client.download_export(export, gzipped)
            print(f"Downloaded {gzipped.name}: {size} bytes")
            size = client.download_export(export, plain, decompress=True)
            print(f"Downloaded {plain.name} (gunzipped while streaming): {size} bytes")
            with plain.open(encoding="utf-8") as lines:
                for line in itertools.islice(lines, 3):  # the header and the first records
                    print(f"  | {line.rstrip()}")


if __name__ == "__main__":
    main()
