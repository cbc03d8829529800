"""Earlier rounds beside this run: the "before and after" table of ``results.md``.

``python -m benchmarks.before_after [RESULTS]`` prints it for a ``results.md`` (``benchmarks/results.md`` by
default). Each earlier round's figures are the main table of ``benchmarks/results.md`` as committed at its
revision (``ROUNDS``), read with ``git show``; rows are matched by their workload's text. Each cell is didww_gen's
figure and the row's ratio, both from its own run (the machine's speed moves between runs; the ratios less).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = (  # (label, revision whose benchmarks/results.md holds that round's run)
    ("round two", "7e1b9d5"),
    ("round three, first run", "8a53c52"),
)
Cells = dict[str, tuple[str, str, str, str]]  # workload -> (didww_gen, ratio, target, result)


def cells(markdown: str) -> Cells:
    """The main table's rows of a ``results.md``: its first table, whose header starts ``| workload |``."""
    found: Cells = {}
    rows = markdown.split("| workload | didww_gen |", 1)[-1].split("\n\n", 1)[0].splitlines()[2:]
    for row in rows:
        parts = [part.strip() for part in row.strip().strip("|").split("|")]
        if len(parts) == 6:
            workload, ours, _, ratio, target, result = parts
            found[workload] = (ours, ratio, target, result)
    return found


def committed(revision: str) -> str:
    """``benchmarks/results.md`` at ``revision`` ("" when git or the revision is not there)."""
    try:
        shown = subprocess.run(
            ["git", "show", f"{revision}:benchmarks/results.md"], cwd=ROOT, capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return shown.stdout if shown.returncode == 0 else ""


def table(now: Cells) -> str:
    """The rows of this run beside the same rows of each earlier round ("" when no round can be read)."""
    earlier = [(label, cells(committed(revision))) for label, revision in ROUNDS]
    earlier = [(label, found) for label, found in earlier if found]
    if not earlier:
        return ""
    head = ["workload", *(f"{label} (didww_gen; ratio)" for label, _ in earlier), "this run", "target", "result"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for workload, (ours, ratio, target, result) in now.items():
        before = [found.get(workload) for _, found in earlier]
        if not any(before):
            continue
        shown = [f"{b[0]}; {b[1]}" if b else "" for b in before]
        lines.append("| " + " | ".join([workload, *shown, f"{ours}; {ratio}", target, result]) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks" / "results.md"
    print(table(cells(path.read_text(encoding="utf-8"))) or "no earlier round could be read (git show)")
