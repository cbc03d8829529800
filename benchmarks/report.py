"""``results.md`` and the chart's data, from the figures of one run."""

from __future__ import annotations

import os
import platform
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from benchmarks import before_after
from benchmarks.method import SIDES
from benchmarks.prototypes import figures as prototype_figures

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


SHAPES = {  # shape: what it is (given the sizes), the targets against the official SDK and json.loads (issue 29)
    "a": ("{a:,} DIDs + {a:,} included orders with their items", 5, 2.2),
    "b": ("{b:,} available DIDs + {groups:,} DID groups + {skus:,} SKUs", 6, 2.3),
    "c": ("{c:,} DIDs + {c:,} included orders with their items", 3, 2.5),
    "d": ("{d:,} SIP voice-in trunks", 2.5, 2.5),
    "find": ("`find` of one DID", 3, 2.5),
}
FLOOR = "msgspec (typed, linked)"
FLOOR_LIMIT = 3  # each shape at most 3x msgspec's typed, linked decode (issue 29)


def size(megabytes: float) -> str:
    return f"{megabytes:.1f} MB" if megabytes >= 0.1 else f"{megabytes * 1e3:.1f} KB"


def shape_rows(r: dict[str, Any], shape: str) -> list[Row]:
    """One shape: against the official SDK, ``json.loads`` of the same bytes and msgspec (the typed floor)."""
    s, sizes = r[shape]["seconds"], r["sizes"]
    what, at_least, json_limit = SHAPES[shape]
    label = shape if shape != "find" else "e"
    text = what.format(**sizes, skus=2 * sizes["groups"])
    unit = us if shape == "find" else ms
    return [
        faster(
            f"1. decode ({label}) {text} ({size(r['payload_mb'][shape])})", s["didww_gen"], s["didww"], unit, at_least
        ),
        against(f"1. ({label}) the same bytes", s["didww_gen"], ("`json.loads`", s["json.loads"]), unit, json_limit),
        against(f"1. ({label}) the same document", s["didww_gen"], (FLOOR, s["msgspec"]), unit, FLOOR_LIMIT),
    ]


def decode_rows(r: dict[str, Any]) -> list[Row]:
    return [row for shape in SHAPES for row in shape_rows(r, shape)]


def call_rows(r: dict[str, Any]) -> list[Row]:
    s = r["round_trip"]["seconds"]
    workload = "2. `find` + `update` of a DID (2 requests, in-process transport)"
    return [
        against(workload, s["didww_gen"], ("raw httpx", s["httpx"]), us, limit=2),
        faster("2. the same calls", s["didww_gen"], s["didww"], us),
    ]


def import_rows(r: dict[str, Any]) -> list[Row]:
    s = r["imports"]["import"]
    return [
        against(
            "3. cold `from didww_gen import DidwwClient`",
            s["didww_gen"],
            ("`import httpx, pydantic`", s["floor"]),
            ms,
            limit=1.15,
        ),
        against("3. the same", s["didww_gen"], ("`from didww.client import DidwwClient`", s["didww"]), ms),
    ]


def one_shot_rows(r: dict[str, Any]) -> list[Row]:
    """The one-shot script: its time against the official SDK's, and what its first call adds to memory."""
    m = r["one_shot"]["medians"]
    ours, theirs = m["didww_gen"], m["didww"]
    first, first_theirs = ours["first_call_kb"] / 1024, theirs["first_call_kb"] / 1024
    return [
        against(
            "4. one-shot script: import, client, one `find` (fresh process)",
            ours["script"],
            (OFFICIAL, theirs["script"]),
            ms,
            limit=1.4,
        ),
        against("4. its first `find`", ours["first_call"], (OFFICIAL, theirs["first_call"]), ms, limit=3),
        Row(
            "4. resident memory the first `find` adds",
            f"+{first:.1f} MB",
            f"{OFFICIAL}: +{first_theirs:.1f} MB",
            f"{first / first_theirs:.2f}x" if first_theirs > 0 else "",
            "<= 5 MB",
            first <= 5,
        ),
    ]


def retained_rows(r: dict[str, Any]) -> list[Row]:
    """Shape a decoded while 20 earlier pages are alive, against a clean heap (didww_gen's target)."""
    s, pages = r["retained"]["seconds"], r["sizes"]["a"]
    workload = f"7. decode (a) ({pages:,} DIDs) while the 20 pages decoded before are alive"
    return [
        against(workload, s["didww_gen/retained"], ("clean heap", s["didww_gen/decode"]), ms, limit=1.2),
        against(f"7. the same, {OFFICIAL}", s["didww/retained"], (f"{OFFICIAL}, clean heap", s["didww/decode"]), ms),
        *[
            against(f"7. the same, didww_gen {how}", s[key], ("clean heap", s["didww_gen/decode"]), ms, limit=1.2)
            for key, how in RETAINED_OPTIONS
            if key in s
        ],
    ]


RETAINED_OPTIONS = (
    ("didww_gen/retained_paused", "with pause_gc=True"),
    ("didww_gen/retained_frozen", "after gc.freeze()"),
)


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
    for key in ("a", "b"):
        for suffix, what, _, target in MEMORY_CASES:
            ours, theirs = f"{key}/didww_gen{suffix}", f"{key}/didww{suffix}"
            row = against("", growth(mb, ours), (OFFICIAL, growth(mb, theirs)), str, limit=0.6 if target else 0)
            workload = f"5. peak RSS of decoding ({key}), {what}, above the baseline"
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


def cli_rows(r: dict[str, Any]) -> list[Row]:
    """The ``didww`` command's start-up (results of runs before it have none)."""
    if "cli" not in r:
        return []
    m = r["cli"]["medians"]
    return [
        against(
            "4b. `didww --help` (fresh process, no generated package imported)",
            m["help"],
            ("`import click`", m["click"]),
            ms,
        ),
        against(
            "4b. `didww balance` against the loopback fake (fresh process)",
            m["cli_balance"],
            ("SDK script, `from_env()` + `balance.find()`", m["sdk_balance"]),
            ms,
        ),
    ]


def rows(r: dict[str, Any]) -> list[Row]:
    return [
        *decode_rows(r),
        *call_rows(r),
        *import_rows(r),
        *one_shot_rows(r),
        *cli_rows(r),
        *memory_rows(r),
        *export_rows(r),
        *retained_rows(r),
    ]


MSGSPEC_NOTE = (
    "msgspec decodes into Structs (no per-instance `__dict__` or fields set, no per-value checks beyond "
    "the type) and is the floor of typed decoding in Python. The fast path's validation pass alone is "
    "2.1-2.8x msgspec's whole decode on (a)-(c) and 6-7x on (d), whose trunks carry 40 typed configuration "
    "members each (the pass's ratios to `json.loads` below, measured on 2026-12-07, over msgspec's in the "
    "2026-12-07 run). Within 3x takes a decoder in C into objects without per-instance containers, or fewer "
    "typed members built per resource (nested objects built on first read); models in Python that are not "
    "pydantic models do not get there (the prototype rows below)."
)
MISSED: tuple[tuple[str, str], ...] = (  # (start of a row's workload, what meeting its target would take)
    *((f"1. ({shape}) the same document", MSGSPEC_NOTE) for shape in "abcde"),
    (
        "1. (e) the same bytes",
        "not reachable by an SDK that sends a request: the in-process httpx round trip alone (`GET` + "
        "`response.json()`) took 100.6 us against 10.2 us for `json.loads` of the 4 KB body (9.9x), before any "
        "model (`python -m benchmarks.find_overhead`, 2026-12-07).",
    ),
    (
        "1. decode (e)",
        "the request path outweighs the decode of one DID: in one process (`python -m benchmarks.find_overhead`, "
        "2026-12-07) a `find` took 150.6 us where a bare httpx `GET` of the same bytes took 86.8 us; the fast "
        "path's validation of the 4 KB body is about 20 us of the difference, the rest is the request's "
        "headers, query, deadline and retry bookkeeping and logging (182 us a `find` in round three's first run: "
        "the deadline's words are now made on error only, and ids and queries not parsed when there is nothing "
        "to parse). Three times faster than didww 3.2.0 would need a `find` of about 137 us.",
    ),
    (
        "1. (",
        "what is left is pydantic-core's own work per value, and the reads: the fast path validates the body in "
        "pydantic-core (a body above 512 KiB a slice of about 256 KiB at a time; the checks, unknown members and "
        "ISO 8601 texts inside it) and then links in one Python pass. `python -m benchmarks.reads_share` times, in "
        "one process, the call alone and the call with the benchmark's reads against `json.loads`: the call alone "
        "took 1.43-1.51x on (a), 1.43-1.59x on (b), 1.91-2.10x on (c) and 1.71-1.83x on (d); the reads (the same "
        "code on every side) brought it to 1.67-1.78x, 1.89-2.03x, 2.23-2.41x and 2.28-2.61x (two runs, "
        "2026-12-07; `json.loads` is slower in that process than in the bench's worker, so its ratios run lower "
        "than the table's). A read passes the field's descriptor (the check for a field the answer left out), and "
        "the first read of a mutable field (an order's items, a trunk's configuration of 39 members) records its "
        "clean value for change tracking. On (c), a page of 100 DIDs, the request itself is a larger share. Models "
        "that are not pydantic models do not go lower by themselves: the prototype below (`json.loads`, then "
        "plain classes with `__slots__`) is now no faster than didww_gen on these shapes in the same run; lower "
        "takes less work per value than an eager decode does (attributes read from the JSON on access, as the "
        "official SDK does, which gives up checking a page when it arrives), or a decoder in C into "
        "slot-only objects (msgspec, the floor rows).",
    ),
    (
        "1. decode (",
        "as for the `json.loads` ratio: validation is most of the time (see above); the official SDK reads "
        "attributes lazily from its dicts, so what it pays for a page is little more than `json.loads`, and on "
        "(d) each trunk carries a SIP configuration of 39 members that didww_gen validates, types and builds.",
    ),
    (
        "4. ",
        "the first `find` is mostly pydantic: in a fresh process with bytecode cached it imports pydantic (it and "
        "annotated_types make 53 dataclasses as they load) and builds the DID model. didww_gen's own modules now take "
        "24.9 ms of import time on that path, 36.1 ms before this round (medians of 11 `-X importtime` runs, "
        "2026-12-07): encryption, files, writing, waiting and the refusals load on first use, each enum is a "
        "module of its own, and the runtime's records are made without compiling dataclass methods; the one-shot "
        "script took 0.90x its time on 0.7.0, its first `find` 0.88x (medians of 21 interleaved runs). The rest is "
        "pydantic's import: it takes a first call that does not import pydantic (the prototype row), not a leaner "
        "didww_gen.",
    ),
    (
        "5. peak RSS of decoding",
        "the first call's fixed cost (pydantic's model machinery and the classes and validators of the models in "
        "the answer, about 10 MB, see 4 and the notes below) is most of it; what the data costs is 0.3-0.4x the "
        "official SDK's (the rows after a first small call). The fast path validates a body above 512 KiB a slice "
        "of about 256 KiB at a time (`_sliced`), so no parsed tree of the whole body is alive: round three's first "
        "run, which validated whole bodies, peaked +13.9 MB on (a) and +34.8 MB on (b) after a first small call.",
    ),
    (
        "7. ",
        "the collector's full passes come from how many objects survive (one when the survivors since the last "
        "exceed a quarter of the old generation), so pausing it during a decode defers them rather than removing "
        "them, and `gc.freeze()` covers only the pages alive when it was called (rows above; a separate run of "
        "workload 7 on 2026-11-26: 1.54x, 1.28x with `pause_gc=True`, 1.28x after `gc.freeze()`). Copy-on-write "
        "tracking cut the GC-tracked objects per resource of (a) from 7.0 to 4.5; what is left is each model's and "
        "nested object's instance, `__dict__` and pydantic's per-instance fields set. It would take models without "
        "those per-instance containers, or an interpreter whose collector does not rescan the old generation. "
        "`python -m benchmarks.fewer_containers` measures the first step (2026-12-07, one process, interleaved): "
        "sharing one fields set among the decoded models with the same content took the tracked objects per "
        "resource (read as the benchmark reads them) from 6.5 to 5.0 and this ratio from 1.43x to 1.30x; not "
        "adopted, as pydantic adds to a model's fields set in place on assignment, and still short of 1.2x.",
    ),
)


def missed(r: dict[str, Any]) -> str:
    """For each target missed in this run, what meeting it would take (from ``MISSED``)."""
    lines = []
    for row in rows(r):
        if row.passed is False:
            note = next((text for start, text in MISSED if row.workload.startswith(start)), "no prototype yet.")
            note += prototype_figures.note(r, row.workload)
            lines.append(f"- **{row.workload}** ({row.ratio}, target {row.target}): {note}")
    return "\n".join(lines) or "None: every target holds in this run."


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


def document(r: dict[str, Any], chart: str) -> str:
    s = r["sizes"]
    imports = r["imports"]["process"]
    smoke = "**A smoke run** (tiny sizes): these figures mean nothing.\n\n" if r.get("smoke") else ""
    return f"""# Benchmarks

{smoke}{header(s)}

{table(r)}

![benchmark chart]({chart})

Cold import in whole processes, interpreter start included: didww_gen {ms(imports["didww_gen"])},
`import httpx, pydantic` {ms(imports["floor"])}, didww 3.2.0 {ms(imports["didww"])} (the table times the
import statement in the fresh process). {one_shot_line(r)}
{rounds(r)}
## Missed targets: what it would take

{missed(r)}
{prototypes(r)}
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


def rounds(r: dict[str, Any]) -> str:
    """The "Before and after" section: this run's rows beside earlier rounds' (``before_after``)."""
    found = before_after.table(before_after.cells(table(r)))
    if not found:
        return ""
    return f"""
## Before and after

This run beside the runs of earlier rounds (`python -m benchmarks.before_after`: the main table of
`benchmarks/results.md` at each round's commit); each figure and ratio from its own run.

{found}
"""


def prototypes(r: dict[str, Any]) -> str:
    """The "Prototypes" section: the prototype decoder of ``benchmarks/prototypes`` measured in the same run."""
    found = prototype_figures.table(r)
    if not found:
        return ""
    return f"""
## Prototypes

The prototype of `benchmarks/prototypes/`: {prototype_figures.SUMMARY}

Measured in this run by the same code as `{prototype_figures.COMMAND}` (its own interleaved repetitions,
beside didww_gen and didww 3.2.0; targets of issue 19, and of issue 8 for 5):

{found}
"""


def header(s: dict[str, Any]) -> str:
    """How the figures were taken: clocks, repetitions, batches, fresh processes."""
    return "\n".join(
        [
            "`make bench` (`python -m benchmarks.run`); figures from one run, ratios from figures of the same run.",
            "Timings of 1, 2 and 7 are CPU time of the worker process, those of 3 and 4 wall time; medians of",
            f"{s['repeat']} interleaved repetitions after a warm-up, a repetition of a short call being the mean of",
            f"several (shape c: {s['c_batch']} calls, shape e: {s['calls']}, workload 2: {s['calls']} round trips, "
            f"workload 7: {s['retained_batch']} decodes).",
            f"Fresh processes: workload 3, {s['import_repeat']} per side; workload 4, median of {s['one_shot_repeat']}"
            f" per side; workload 5, median of {s['memory_repeat']}.",
            "Targets: issue 29 (1 and 4; (c), (e) against the official SDK and (d), (e) against `json.loads` kept from "
            "issue 19), issue 19 (7; 2 and 3 kept from issue 8), issue 8 (5, 6).",
        ]
    )


def one_shot_line(r: dict[str, Any]) -> str:
    """The one-shot script as whole processes, and the second ``find`` of the same process."""
    m = r["one_shot"]["medians"]
    ours, theirs = m["didww_gen"], m["didww"]
    return (
        f"The one-shot script in whole processes: didww_gen {ms(ours['process'])}, {OFFICIAL} "
        f"{ms(theirs['process'])}; the script's CPU time: didww_gen {ms(ours['script_cpu'])}, {OFFICIAL} "
        f"{ms(theirs['script_cpu'])}; a second `find` in the same process: didww_gen {us(ours['second_call'])}, "
        f"{OFFICIAL} {us(theirs['second_call'])}. Fresh processes run with bytecode cached (as installed "
        "packages have it)"
        + (
            "; didww_gen's one-shot script in a venv of its runtime dependencies only (as deployed)."
            if r["one_shot"].get("runtime_venv")
            else "."
        )
    )


def notes(r: dict[str, Any]) -> str:
    """Where the memory of shape a goes: the first call's fixed cost against what the data costs."""
    mb = r["memory"]["mb"]
    first = {side: growth(mb, f"a/{side}") - growth(mb, f"a/{side}/warm") for side in ("didww_gen", "didww")}
    data = {side: growth(mb, f"a/{side}/warm") for side in ("didww_gen", "didww")}
    share = first["didww_gen"] / growth(mb, "a/didww")
    return f"""\
Memory of shape a (target 5): the first call of a process pays a fixed cost (the increment of the
first call minus that of a later one): didww_gen {first["didww_gen"]:.1f} MB, {OFFICIAL} {first["didww"]:.1f} MB.
For didww_gen it is pydantic's model machinery, which `import didww_gen` does not load (measured by
importing the pieces one at a time: about 5.4 MB for `pydantic.main`, 3.5 MB for its field and type
modules with the first model class), and the classes and validators of the models in the answer
(about 2.3 MB). That alone is {share:.2f}x the official SDK's whole increment on this workload, data
included. The data itself costs didww_gen {data["didww_gen"]:.1f} MB, {OFFICIAL} {data["didww"]:.1f} MB \
({data["didww_gen"] / max(data["didww"], 0.01):.2f}x); on shape b, ten times the resources, the data dominates.

Reaching 0.6x on shape a would take a first call that does not load pydantic's model machinery
(models that are not pydantic models): a change of the model layer, with decoding kept streamed
(the prototype below has no pydantic but decodes from one `json.loads` tree: its rows 5 show what that
tree costs). The fast path validates a body above 512 KiB a slice of about 256 KiB of resources at a time, so
pydantic-core's parsed tree is never the whole body's (round three's first run validated whole bodies: +13.9 MB
on shape a after a first small call, +34.8 MB on shape b; round two's per-resource streaming: +6.2 MB, +18.1 MB).

Where didww_gen's decoding time goes, shape by shape (pydantic validation, the streaming reader, the
change-tracking snapshot, linking, the garbage collector): `python -m benchmarks.profile a b d`."""


def panels(r: dict[str, Any]) -> list[dict[str, Any]]:
    """The chart: one panel per workload, didww_gen's bars first (``chart.py`` draws it)."""
    c, i, m, e = r["round_trip"]["seconds"], r["imports"]["import"], r["memory"]["mb"], r["export"]
    shot, kept = r["one_shot"]["medians"], r["retained"]["seconds"]
    ours, theirs = "didww_gen", OFFICIAL
    return [
        *(_shape_panel(r, shape) for shape in SHAPES),
        _panel(
            "2. find + update (µs)", (ours, c["didww_gen"]), ("raw httpx", c["httpx"]), (theirs, c["didww"]), scale=1e6
        ),
        _panel(
            "3. cold import (ms)",
            (ours, i["didww_gen"]),
            ("httpx+pydantic", i["floor"]),
            (theirs, i["didww"]),
            scale=1e3,
        ),
        _panel(
            "4. one-shot script (ms)", (ours, shot["didww_gen"]["script"]), (theirs, shot["didww"]["script"]), scale=1e3
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
        _panel(
            "7. decode (a), 20 pages alive (ms)",
            (ours, kept["didww_gen/retained"]),
            (f"{ours}, clean", kept["didww_gen/decode"]),
            (theirs, kept["didww/retained"]),
            (f"{theirs}, clean", kept["didww/decode"]),
            scale=1e3,
        ),
    ]


def _shape_panel(r: dict[str, Any], shape: str) -> dict[str, Any]:
    s = r[shape]["seconds"]
    label, small = (shape, False) if shape != "find" else ("e", True)
    bars = [(name, s[key]) for name, key in (("didww_gen", "didww_gen"), (OFFICIAL, "didww"))]
    bars += [(key, s[key]) for key in ("json.loads", "msgspec")]
    return _panel(f"1. decode ({label}) ({'µs' if small else 'ms'})", *bars, scale=1e6 if small else 1e3)


def _memory_bars(mb: dict[str, Any], suffix: str) -> list[tuple[str, float]]:
    sides = (("didww_gen", "didww_gen"), ("didww", OFFICIAL))
    return [(f"{name} ({key})", growth(mb, f"{key}/{side}{suffix}")) for key in ("a", "b") for side, name in sides]


def _panel(title: str, *bars: tuple[str, float], scale: float = 1, limit: float = 0) -> dict[str, Any]:
    return {"title": title, "bars": [[label, value * scale] for label, value in bars], "limit": limit}
