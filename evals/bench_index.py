"""Time to build the index of the shipped knowledge from nothing, and to re-check it when unchanged."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from evals.common import table


def run() -> dict[str, Any]:
    from assistant.assistant import build
    from assistant.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="sva-bench-index-"))
    start = time.perf_counter()
    assistant = build(Settings(data_dir=folder), index_shipped=False)
    setup = time.perf_counter() - start
    start = time.perf_counter()
    report = assistant.ensure_knowledge()
    first = time.perf_counter() - start
    start = time.perf_counter()
    again = assistant.ensure_knowledge()
    unchanged = time.perf_counter() - start
    return {
        "model_and_store_setup_s": setup,
        "index_from_nothing_s": first,
        "recheck_unchanged_s": unchanged,
        "chunks": assistant.store.count(),
        "sources": len(report.ingested),
        "all_unchanged_on_recheck": all(e["status"] == "unchanged" for e in again.ingested),
    }


def render(results: dict[str, Any]) -> str:
    rows = [
        ["load model, open store", results["model_and_store_setup_s"]],
        [f"index shipped knowledge ({results['sources']} sources, {results['chunks']} chunks)",
         results["index_from_nothing_s"]],
        ["re-check when nothing changed", results["recheck_unchanged_s"]],
    ]
    return "Shipped-knowledge index build, seconds\n" + table(["step", "seconds"], rows)
