"""The Partner VCFSE progress chart: baseline, targets and actuals per measure, as a PNG (matplotlib, no display)."""

from __future__ import annotations

import math
from pathlib import Path

from assistant.tracker import MeasureProgress


def progress_chart(progress: list[MeasureProgress], path: Path, title: str = "") -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # Only measures with something recorded get a panel (the summary says which have nothing yet).
    drawn = [p for p in progress if p.baseline or any(y["actual"] is not None or y["target"] is not None for y in p.years)]
    cols = min(2, len(drawn)) or 1
    rows = max(1, math.ceil(len(drawn) / cols))
    fig, axes = plt.subplots(rows, cols, figsize=(6.4 * cols, 4.0 * rows), squeeze=False)
    cells = [ax for row in axes for ax in row]
    for ax in cells[len(drawn):]:
        ax.axis("off")
    if not drawn:
        cells[0].text(0.5, 0.5, "Nothing recorded yet", ha="center", va="center", transform=cells[0].transAxes,
                      fontsize=12, color="#374151")
    for ax, p in zip(cells, drawn):
        ax.set_title(f"{p.code} {p.name} ({p.unit})", fontsize=12, pad=12)
        actual = [(y["year"], y["actual"]) for y in p.years if y["actual"] is not None]
        target = [(y["year"], y["target"]) for y in p.years if y["target"] is not None]
        if p.baseline:
            ax.bar([p.baseline["year"]], [p.baseline["value"]], color="#6b7280", width=0.6, label="baseline")
        if actual:
            ax.bar([a[0] for a in actual], [a[1] for a in actual], color="#2f6f4f", width=0.6, label="actual")
        if target:
            ax.plot([t[0] for t in target], [t[1] for t in target], color="#b45309", marker="o", markersize=8,
                    linewidth=2, label="target")
        years = sorted({*(a[0] for a in actual), *(t[0] for t in target), *([p.baseline["year"]] if p.baseline else [])})
        ax.set_xticks(years)
        ax.set_xticklabels([str(y) for y in years], fontsize=11)
        ax.tick_params(axis="y", labelsize=11)
        ax.set_ylim(0, ax.get_ylim()[1] * 1.15)  # room above the highest bar or target, below the title
        ax.legend(fontsize=10, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=3, frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
    if title:
        fig.suptitle(title, fontsize=13)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
