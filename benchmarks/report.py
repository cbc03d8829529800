"""``results.md`` and the chart's data, from the figures of one run."""

from __future__ import annotations

import os
import platform
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

OFFICIAL = "didww 3.2.0"


@dataclass(frozen=True)
class Row:
    workload: str
    ours: str
    reference: str
    ratio: str
    target: str
    passed: bool | None = None

    def markdown(self) -> str:
        result = {None: "", True: "pass", False: "**miss**"}[self.passed]
        return f"| {self.workload} | {self.ours} | {self.reference} | {self.ratio} | {self.target} | {result} |"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def faster(workload: str, ours: float, theirs: float, unit: Callable[[float], str], at_least: float = 0) -> Row:
    """didww_gen against the official SDK: how many times faster (at least ``at_least``, if a target)."""
    speedup = theirs / ours
    target = f">= {at_least:g}x faster" if at_least else ""
    return Row(
        workload,
        unit(ours),
        f"{OFFICIAL}: {unit(theirs)}",
        f"{speedup:.1f}x faster",
        target,
        speedup >= at_least if at_least else None,
    )


def against(
    workload: str, ours: float, floor: tuple[str, float], unit: Callable[[float], str], limit: float = 0
) -> Row:
    """didww_gen against a floor: the ratio (at most ``limit``, if a target)."""
    name, value = floor
    ratio = ours / value if value > 0 else float("inf")
    target = f"<= {limit:g}x" if limit else ""
    return Row(
        workload, unit(ours), f"{name}: {unit(value)}", f"{ratio:.2f}x", target, ratio <= limit if limit else None
    )


def decode_rows(r: dict[str, Any]) -> list[Row]:
    d, a, size, mb = r["decode_dids"]["seconds"], r["decode_available_dids"]["seconds"], r["sizes"], r["payload_mb"]
    w1 = f"1. decode {size['dids']:,} DIDs + {size['dids']:,} included orders ({mb['dids']:.1f} MB)"
    w2 = (
        f"2. decode {size['available']:,} available DIDs + {size['groups']:,} DID groups"
        f" + {2 * size['groups']:,} SKUs ({mb['available_dids']:.1f} MB)"
    )
    return [
        faster(w1, d["didww_gen"], d["didww"], ms, at_least=5),
        against("1. the same bytes", d["didww_gen"], ("`json.loads`", d["json.loads"]), ms, limit=3),
        faster(w2, a["didww_gen"], a["didww"], ms),
    ]


def call_rows(r: dict[str, Any]) -> list[Row]:
    s = r["round_trip"]["seconds"]
    workload = "3. `find` + `update` of a DID (2 requests, in-process transport)"
    return [
        against(workload, s["didww_gen"], ("raw httpx", s["httpx"]), us, limit=2),
        faster("3. the same calls", s["didww_gen"], s["didww"], us),
    ]


def import_rows(r: dict[str, Any]) -> list[Row]:
    s = r["imports"]["import"]
    return [
        against(
            "4. cold `from didww_gen import DidwwClient`",
            s["didww_gen"],
            ("`import httpx, pydantic`", s["floor"]),
            ms,
            limit=1.15,
        ),
        against("4. the same", s["didww_gen"], ("`from didww.client import DidwwClient`", s["didww"]), ms),
    ]


def rss(baseline: float, peak: float) -> str:
    return f"+{peak - baseline:.1f} MB ({baseline:.1f} → {peak:.1f})"


def growth(mb: dict[str, Any], label: str) -> float:
    baseline, peak = mb[label]
    return float(peak - baseline)


MEMORY_CASES = (  # label suffix, what the row says, the chart's title, target
    ("", "first call in a fresh process", "first call", "<= 0.6x"),
    ("/warm", "after a first small call (models built)", "after a small first call", ""),
)


def memory_rows(r: dict[str, Any]) -> list[Row]:
    mb, rows = r["memory"]["mb"], []
    for key, name in (("dids", "1"), ("available_dids", "2")):
        for suffix, what, _, target in MEMORY_CASES:
            ours, theirs = f"{key}/didww_gen{suffix}", f"{key}/didww{suffix}"
            row = against("", growth(mb, ours), (OFFICIAL, growth(mb, theirs)), str, limit=0.6 if target else 0)
            workload = f"5. peak RSS of workload {name}, {what}, above the baseline"
            rows.append(
                replace(row, workload=workload, ours=rss(*mb[ours]), reference=f"{OFFICIAL}: {rss(*mb[theirs])}")
            )
    return rows


def export_rows(r: dict[str, Any]) -> list[Row]:
    base = r["export"]["baseline"]["peak_mb"]
    rows = []
    for mode, what in (("file", "to a file"), ("decompress", "gunzipped to a file")):
        peak = r["export"][mode]["peak_mb"]
        rows.append(
            Row(
                f"6. download a {r['sizes']['export_mb']} MB `.csv.gz` export, {what}",
                f"peak RSS {peak:.1f} MB",
                f"import + client only: {base:.1f} MB",
                "",
                "< 50 MB",
                peak < 50,
            )
        )
    return rows


def rows(r: dict[str, Any]) -> list[Row]:
    return [*decode_rows(r), *call_rows(r), *import_rows(r), *memory_rows(r), *export_rows(r)]


def table(r: dict[str, Any]) -> str:
    head = "| workload | didww_gen | reference | ratio | target | result |\n|---|---|---|---|---|---|"
    return "\n".join([head, *(row.markdown() for row in rows(r))])


def machine() -> str:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
        platform.processor() or "unknown CPU",
    )
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"CPython {platform.python_version()}; load average at the end of the run: {load}"
    )


def _lines(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read().splitlines()
    except OSError:
        return []


SIDES = """\
Both sides run the same public calls over in-process transports that answer with the same bytes,
each in its own interpreter (`worker.py`): didww_gen in the project venv (`.venv`), the official SDK in
the bench venv (`benchmarks/.venv`, `didww==3.2.0` pinned in `benchmarks/requirements.txt`; it is
never a dependency of didww_gen).

- **didww_gen**: `DidwwClient(http_client=httpx.Client(transport=httpx.MockTransport(...)))`, then
  `client.dids.list(include=["order"]).data` (1), `client.available_dids.list(include=["did_group",
  "did_group.stock_keeping_units"]).data` (2), `client.dids.find(id)` + `client.dids.update(did)` (3).
  Each resource of the response is read by the standard library's C JSON scanner and validated by
  pydantic-core into its model at once; then relationships are linked and change tracking takes its
  snapshot.
- **didww 3.2.0**: `DidwwClient(...)` with an in-process `requests` adapter mounted on its session
  (`client._session.mount`: the client copies any session it is given into a new one), then
  `client.dids().list(QueryParams().include("order")).data` (1),
  `client.available_dids().list(QueryParams().include("did_group", "did_group.stock_keeping_units")).data`
  (2), `client.dids().find(id).data` + `client.dids().update(did)` (3): `response.json()`, then
  jsonapi-requests' `JsonApiResponse.from_data` and `Model.from_response_content`, which wrap the dicts
  and resolve relationships from `included`; attributes are read from the dicts on access.
- **Reads**: (1) `number`, `created_at` and `order.amount` of every DID; (2) `number`, `did_group.prefix`
  and every `did_group.stock_keeping_units[*].monthly_price`. The reading code is shared
  (`common.py`) and both sides must produce the same checksum, or the run fails.
- **Floors**: `json.loads` of the same bytes (1); raw httpx (3): the two requests didww_gen sends
  (recorded once: same URL, headers and body bytes) sent by a bare `httpx.Client` over the same
  in-process server, each answer read with `response.json()`; `import httpx, pydantic` (4).
- **Memory** (5): each figure from a fresh process (median of several); the baseline is the peak RSS
  (`VmHWM`) after the imports, the client and reading the response bytes from disk, the peak is after
  the call and the reads. The target compares the increments (peak minus baseline) of the first call
  in the process: what the call costs, including what it loads on first use (for didww_gen, pydantic's
  model machinery, the model classes and their validators). The second figure runs the same call in a
  process that first made the same call on a tiny body (1 DID; 10 available DIDs): what the data costs.
- **Export** (6): `client.download_export(url, path, decompress=...)` of a generated gzip export
  streamed by an in-process transport, in a fresh process; the baseline only imports and builds the client.
"""


def document(r: dict[str, Any], chart: str) -> str:
    s = r["sizes"]
    imports = r["imports"]["process"]
    smoke = "**A smoke run** (tiny sizes): these figures mean nothing.\n\n" if r.get("smoke") else ""
    return f"""# Benchmarks

{smoke}`make bench` (`python -m benchmarks.run`); figures from one run. Timings are medians of {s["repeat"]}
interleaved repetitions after a warm-up (workload 3: {s["calls"]} round trips per repetition; workload 4:
{s["import_repeat"]} fresh processes per side; workload 5: median of {s["memory_repeat"]} fresh processes).
Ratios compare figures of the same run.

{table(r)}

![benchmark chart]({chart})

Cold import in whole processes, interpreter start included: didww_gen {ms(imports["didww_gen"])},
`import httpx, pydantic` {ms(imports["floor"])}, didww 3.2.0 {ms(imports["didww"])} (the table times the
import statement in the fresh process).

## What each side does

{SIDES}
## Also measured: the rate limiter

```
{chr(10).join(r["rate_limit"])}
```

## Notes

{notes(r)}

## Machine

{machine()}.

A shared, noisy machine: figures move by 10-20% between runs; ratios measured in the same run move less.
"""


def notes(r: dict[str, Any]) -> str:
    """Where the memory of workload 1 goes: the first call's fixed cost against what the data costs."""
    mb = r["memory"]["mb"]
    first = {side: growth(mb, f"dids/{side}") - growth(mb, f"dids/{side}/warm") for side in ("didww_gen", "didww")}
    data = {side: growth(mb, f"dids/{side}/warm") for side in ("didww_gen", "didww")}
    share = first["didww_gen"] / growth(mb, "dids/didww")
    return f"""\
Memory of workload 1 (target 5): the first call of a process pays a fixed cost (the increment of the
first call minus that of a later one): didww_gen {first["didww_gen"]:.1f} MB, {OFFICIAL} {first["didww"]:.1f} MB.
For didww_gen it is pydantic's model machinery, which `import didww_gen` does not load (measured by
importing the pieces one at a time: about 5.4 MB for `pydantic.main`, 3.5 MB for its field and type
modules with the first model class), and the classes and validators of the models in the answer
(about 2.3 MB). That alone is {share:.2f}x the official SDK's whole increment on this workload, data
included. The data itself costs didww_gen {data["didww_gen"]:.1f} MB, {OFFICIAL} {data["didww"]:.1f} MB \
({data["didww_gen"] / max(data["didww"], 0.01):.2f}x); on workload 2, ten times the resources, the data dominates.

Reaching 0.6x on workload 1 would take a first call that does not load pydantic's model machinery
(models that are not pydantic models): a change of the model layer, not of decoding. The decoder
already keeps the data part small: each resource is validated as soon as the scanner has read it, and
the body is decoded a window at a time, so no whole-document tree exists at any point."""


def panels(r: dict[str, Any]) -> list[dict[str, Any]]:
    """The chart: one panel per workload, didww_gen's bars first (``chart.py`` draws it)."""
    d, a, c = (r[k]["seconds"] for k in ("decode_dids", "decode_available_dids", "round_trip"))
    i, m, e = r["imports"]["import"], r["memory"]["mb"], r["export"]
    ours, theirs = "didww_gen", OFFICIAL
    return [
        _panel(
            "1. decode DIDs + orders (ms)",
            (ours, d["didww_gen"]),
            (theirs, d["didww"]),
            ("json.loads", d["json.loads"]),
            scale=1e3,
        ),
        _panel("2. decode available DIDs (ms)", (ours, a["didww_gen"]), (theirs, a["didww"]), scale=1e3),
        _panel(
            "3. find + update (µs)", (ours, c["didww_gen"]), ("raw httpx", c["httpx"]), (theirs, c["didww"]), scale=1e6
        ),
        _panel(
            "4. cold import (ms)",
            (ours, i["didww_gen"]),
            ("httpx+pydantic", i["floor"]),
            (theirs, i["didww"]),
            scale=1e3,
        ),
        *(
            _panel(f"5. RSS above baseline (MB), {title}", *_memory_bars(m, suffix))
            for suffix, _, title, _ in MEMORY_CASES
        ),
        _panel(
            "6. export download, peak RSS (MB)",
            ("import + client", e["baseline"]["peak_mb"]),
            (f"{ours} to file", e["file"]["peak_mb"]),
            (f"{ours} gunzipped", e["decompress"]["peak_mb"]),
            limit=50,
        ),
    ]


def _memory_bars(mb: dict[str, Any], suffix: str) -> list[tuple[str, float]]:
    sides = (("didww_gen", "didww_gen"), ("didww", OFFICIAL))
    return [
        (f"{name} ({n})", growth(mb, f"{key}/{side}{suffix}"))
        for n, key in ((1, "dids"), (2, "available_dids"))
        for side, name in sides
    ]


def _panel(title: str, *bars: tuple[str, float], scale: float = 1, limit: float = 0) -> dict[str, Any]:
    return {"title": title, "bars": [[label, value * scale] for label, value in bars], "limit": limit}
