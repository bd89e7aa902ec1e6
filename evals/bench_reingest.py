"""Re-ingesting a corrected report: one page of a 300-page PDF edited, against ingesting it from nothing.

Embedding is the cost of ingest (MiniLM on 2 cores). The store keeps each chunk's vector under the sha256 of
its text, so a re-ingest parses and chunks the file again but embeds only chunks whose text changed. Target:
the corrected re-ingest takes at most a fifth of the full ingest, both measured in this run on the same file.
The pages are sentences of the shipped roadmap drawn at random (seeded), so no two pages repeat a chunk.
"""

from __future__ import annotations

import random
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from evals.common import table

PAGES = 300
WORDS_PER_PAGE = 330
TARGET_RATIO = 0.2


def _sentences(knowledge_dir: Path) -> list[str]:
    text = (knowledge_dir / "roadmap" / "towards-a-social-value-economy.md").read_text(encoding="utf-8")
    text = re.sub(r"[#*|>`_]+", " ", text)
    found = [" ".join(s.split()) for s in re.split(r"(?<=[.!?])\s+", text)]
    return [s.encode("latin-1", "replace").decode("latin-1") for s in found if 6 <= len(s.split()) <= 60]


def _page(rng: random.Random, sentences: list[str], number: int) -> str:
    words, picked = 0, [f"Page {number}."]
    while words < WORDS_PER_PAGE:
        sentence = rng.choice(sentences)
        picked.append(sentence)
        words += len(sentence.split())
    return " ".join(picked)


def _write_pdf(path: Path, pages: list[str]) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 5, text)
    pdf.output(str(path))


class _Counting:
    """The store's embedder, counting the texts it embeds."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.texts = inner, 0

    def embed(self, texts: list[str]) -> Any:
        self.texts += len(texts)
        return self.inner.embed(texts)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _timed(assistant: Any, path: Path, counting: _Counting) -> tuple[float, dict[str, Any], int]:
    counting.texts = 0
    start = time.perf_counter()
    report = assistant.ingest([path])
    elapsed = time.perf_counter() - start
    if report.errors:
        raise RuntimeError(f"benchmark file not ingested: {report.errors}")
    return elapsed, report.ingested[0], counting.texts


def run(pages: int = PAGES) -> dict[str, Any]:
    from assistant.assistant import build
    from assistant.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="sva-bench-reingest-"))
    try:
        assistant = build(Settings(data_dir=folder / "data"), index_shipped=False)
        counting = assistant.store.embedder = _Counting(assistant.store.embedder)
        rng = random.Random(16)
        sentences = _sentences(assistant.settings.knowledge_dir)
        texts = [_page(rng, sentences, n) for n in range(1, pages + 1)]
        report = folder / "annual-report.pdf"
        _write_pdf(report, texts)
        full_s, full, full_embedded = _timed(assistant, report, counting)
        same_s, same, _ = _timed(assistant, report, counting)
        corrected = pages // 2
        texts[corrected - 1] = texts[corrected - 1].replace(f"Page {corrected}.", f"Page {corrected}. Corrected: the "
                                                            "figures on this page were restated in March.", 1)
        _write_pdf(report, texts)
        edit_s, edited, edit_embedded = _timed(assistant, report, counting)
        return {
            "pages": full["pages"], "chunks": full["chunks"],
            "full_ingest_s": full_s, "full_embedded": full_embedded,
            "unchanged_recheck_s": same_s, "unchanged_status": same["status"],
            "corrected_reingest_s": edit_s, "corrected_embedded": edit_embedded, "corrected_status": edited["status"],
            "ratio": edit_s / full_s, "target_ratio": TARGET_RATIO,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def meets_target(results: dict[str, Any]) -> bool:
    return results["corrected_status"] == "updated" and results["ratio"] <= TARGET_RATIO


def render(results: dict[str, Any]) -> str:
    rows = [
        [f"ingest from nothing ({results['pages']} pages, {results['chunks']} chunks)", results["full_ingest_s"],
         results["full_embedded"]],
        ["re-ingest, file unchanged", results["unchanged_recheck_s"], 0],
        ["re-ingest, one page corrected", results["corrected_reingest_s"], results["corrected_embedded"]],
    ]
    return ("Re-ingesting a corrected 300-page PDF (content-hash embedding cache)\n"
            + table(["step", "seconds", "chunks embedded"], rows)
            + f"\ncorrected / full = {results['ratio']:.3f} (target <= {results['target_ratio']})")
