# generated from spec/versions.yaml by codegen, do not edit
"""``didww_gen.testing``: a stateful fake of the DIDWW API v3 for tests and demos, driven by the SDK's spec.

``FakeDidww`` here serves the latest API version, 2026-04-16; ``didww_gen.v2026_04_16.testing.FakeDidww`` is the same
class, and every version package has its own (``didww_gen.v<date>.testing.FakeDidww``).

In-process::

    fake = FakeDidww()
    client = DidwwClient(api_key="any", http_client=httpx.Client(transport=fake.transport()))
    # or simply: client = fake.client()

On loopback (any HTTP client, any language)::

    python -m didww_gen.testing --port 8080          # prints http://127.0.0.1:8080/v3

The fake answers every endpoint of the spec with JSON:API semantics (filters, sort, pages, includes,
creates, updates, deletes, the API's error format), checks writes as the API does (422 with
``source.pointer``), and behaves as users exercise it: orders complete and create DIDs, the balance goes
down, reservations hold available DIDs, uploaded files must decrypt with its real RSA keys, exports
produce a gzip CSV. It sends no webhooks.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from didww_gen.testing._server import FakeServer
from didww_gen.testing._world import AddedDidGroup, Sku, World

__all__ = ["AddedDidGroup", "FakeDidww", "FakeServer", "Sku", "World"]

if TYPE_CHECKING:
    from didww_gen.v2026_04_16.testing import FakeDidww as FakeDidww
else:  # loaded on first use: a version's testing package imports this package's engine modules

    def __getattr__(name: str) -> Any:
        if name != "FakeDidww":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = importlib.import_module("didww_gen.v2026_04_16.testing").FakeDidww
        globals()[name] = value
        return value
