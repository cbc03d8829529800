"""The bar chart of a run: ``python -m benchmarks.chart OUT.png < panels.json``, in the bench venv (matplotlib).

Each panel is ``{"title": ..., "bars": [[label, value], ...], "limit": target or 0}``; didww_gen's bars
(labels starting with ``didww_gen``) are blue, the others grey.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

OURS, OTHERS, LIMIT = "#2b6cb0", "#a0aec0", "#c53030"


def draw(panels: list[dict[str, Any]], out: str) -> None:
    columns = 4
    rows = -(-len(panels) // columns)
    figure, axes = plt.subplots(rows, columns, figsize=(3.6 * columns, 3.4 * rows), squeeze=False)
    for ax, panel in zip(axes.flat, panels, strict=False):
        labels = [bar[0] for bar in panel["bars"]]
        values = [bar[1] for bar in panel["bars"]]
        colors = [OURS if label.startswith("didww_gen") else OTHERS for label in labels]
        bars = ax.bar(range(len(values)), values, color=colors)
        ax.bar_label(bars, labels=[f"{v:.0f}" if v >= 100 else f"{v:.3g}" for v in values], fontsize=8)
        ax.set_xticks(range(len(labels)), labels, fontsize=8, rotation=15)
        ax.set_title(panel["title"], fontsize=9)
        if panel["limit"]:
            ax.axhline(panel["limit"], color=LIMIT, linestyle="--", linewidth=1)
            ax.text(len(values) - 0.5, panel["limit"], "target", color=LIMIT, fontsize=7, ha="right", va="bottom")
        ax.margins(y=0.15)
    for ax in list(axes.flat)[len(panels) :]:
        ax.axis("off")
    figure.suptitle("didww_gen (blue) against didww 3.2.0 and the floors, one run of make bench", fontsize=10)
    figure.tight_layout()
    figure.savefig(out, dpi=110)


if __name__ == "__main__":
    draw(json.load(sys.stdin), sys.argv[1])
