"""Shared helpers for the eval runner and benchmarks: datasets, a throw-away assistant, tables."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

DATASETS = Path(__file__).resolve().parent / "datasets"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def load_jsonl(name: str) -> list[dict[str, Any]]:
    with open(DATASETS / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def normalise(text: str) -> str:
    """Lower case, straight quotes, no emphasis stars, single spaces: for evidence matching."""
    return " ".join(text.translate(_QUOTES).replace("*", "").split()).lower()


def scratch_assistant(**overrides: Any):
    """An Assistant over the shipped knowledge in a new temporary data folder."""
    from assistant.assistant import build
    from assistant.settings import Settings

    folder = tempfile.mkdtemp(prefix="sva-eval-")
    return build(Settings(data_dir=Path(folder), **overrides))


def table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(h) for h in headers]] + [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
