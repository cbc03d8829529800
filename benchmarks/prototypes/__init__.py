"""Prototypes behind the missed targets of issue 19, measured by ``python -m benchmarks.prototypes``.

A decoder that does not use pydantic, for the shapes the benchmarks use (DIDs with orders and order items,
available DIDs with DID groups and SKUs, SIP voice-in trunks, one DID): ``json.loads``, then plain classes
with ``__slots__`` (``models.py``), filled with didww_gen's strictness (``kinds.py``, ``fill.py``), linked
(``decode.py``), with copy-on-write change tracking (``plain.py``); a client sending through httpx only
(``client.py``). What it leaves out against didww_gen: ``figures.SUMMARY``. Never imported by ``src/``.
"""
