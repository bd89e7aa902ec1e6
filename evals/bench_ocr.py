"""OCR speed: pages per second read from scanned pages (text drawn into images, no text layer) on this machine,
against reading the same text from a PDF that has a text layer, in the same run. Prints the machine's load so a
busy machine's figure is read as such."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

PAGE = ("Our social value plan for the Halton Community Larder sets out how we will recruit volunteers, buy from "
        "local suppliers and report every quarter against the measures agreed with the commissioner. ") * 4


def run(pages: int = 4) -> dict[str, Any]:
    from assistant.documents import ocr
    from assistant.documents.loaders import load_file
    from tests.conftest import make_pdf
    from tests.test_ocr import scanned_pdf

    folder = Path(tempfile.mkdtemp(prefix="sva-ocr-bench-"))
    scanned = scanned_pdf(folder / "scanned.pdf", [PAGE] * pages)
    texted = make_pdf(folder / "text.pdf", [PAGE] * pages)
    start = time.perf_counter()
    ocr.engine()
    warm = time.perf_counter() - start
    start = time.perf_counter()
    docs = load_file(scanned, max_bytes=10**9, max_pages=pages)
    ocr_seconds = time.perf_counter() - start
    start = time.perf_counter()
    load_file(texted, max_bytes=10**9, max_pages=pages)
    text_seconds = time.perf_counter() - start
    words = set(PAGE.lower().split())
    read = " ".join(d.page_content for d in docs).lower().split()
    return {"pages": pages, "ocr_pages_per_s": pages / ocr_seconds, "text_layer_pages_per_s": pages / text_seconds,
            "slowdown": ocr_seconds / text_seconds, "engine_start_s": warm,
            "word_recall": sum(w in words for w in read) / max(1, len(read)),
            "cores": os.cpu_count(), "load_average": os.getloadavg()[0]}


def render(r: dict[str, Any]) -> str:
    return (f"OCR: {r['ocr_pages_per_s']:.2f} pages/s over {r['pages']} scanned pages (engine start {r['engine_start_s']:.1f} s), "
            f"against {r['text_layer_pages_per_s']:.0f} pages/s from a text layer ({r['slowdown']:.0f}x slower); "
            f"{r['word_recall']:.0%} of the words read are words of the page; {r['cores']} cores, load average "
            f"{r['load_average']:.1f}")


if __name__ == "__main__":
    print(render(run()))
