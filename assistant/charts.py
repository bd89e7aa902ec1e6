"""The Partner VCFSE progress chart: baseline, targets and actuals per measure, as a PNG (matplotlib, no display)."""

from __future__ import annotations

import math
from pathlib import Path

from assistant.tracker import MeasureProgress


def progress_chart(progress: list[MeasureProgress], path: Path, title: str = "") -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cols = min(2, len(progress)) or 1
    rows = max(1, math.ceil(len(progress) / cols))
    fig, axes = plt.subplots(rows, cols, figsize=(5.2 * cols, 3.2 * rows), squeeze=False)
    cells = [ax for row in axes for ax in row]
    for ax in cells[len(progress):]:
        ax.axis("off")
    for ax, p in zip(cells, progress):
        ax.set_title(f"{p.code} {p.name} ({p.unit})", fontsize=10)
        actual = [(y["year"], y["actual"]) for y in p.years if y["actual"] is not None]
        target = [(y["year"], y["target"]) for y in p.years if y["target"] is not None]
        if not (p.baseline or actual or target):
            ax.axis("off")
            ax.text(0.5, 0.5, "nothing recorded yet", ha="center", va="center", transform=ax.transAxes, color="#666666")
            continue
        if p.baseline:
            ax.bar([p.baseline["year"]], [p.baseline["value"]], color="#9aa5a0", width=0.6, label="baseline")
        if actual:
            ax.bar([a[0] for a in actual], [a[1] for a in actual], color="#2f6f4f", width=0.6, label="actual")
        if target:
            ax.plot([t[0] for t in target], [t[1] for t in target], color="#d08a00", marker="o", linewidth=2, label="target")
        years = sorted({*(a[0] for a in actual), *(t[0] for t in target), *([p.baseline["year"]] if p.baseline else [])})
        ax.set_xticks(years)
        ax.set_xticklabels([str(y) for y in years])
        ax.legend(fontsize=8, loc="upper left", frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
    if title:
        fig.suptitle(title, fontsize=12)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
