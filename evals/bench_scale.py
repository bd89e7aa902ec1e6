"""Scale: memory of a 1,000-page PDF ingest against a 100-page one, and retrieval time on 50,000 chunks
against the shipped store (218 chunks), each measured in the same run.

- PDF: each ingest runs in a fresh process; its peak resident memory (ru_maxrss) is read back. Flat means
  the 1,000-page file needs about the memory of the 100-page one, not ten times more.
- 50,000 chunks: synthetic report paragraphs; their vectors are real MiniLM embeddings of 500 distinct
  paragraphs, each reused with small noise (embedding 50,000 texts on 2 cores would take 15 minutes and
  says nothing about search). Times are warm hybrid searches (query embedding, vector search, BM25, fusion);
  the first search, which builds the BM25 index, is reported on its own.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from evals.common import table

REPO = Path(__file__).resolve().parents[1]
QUERIES = ["volunteering hours with food banks in Halton", "spend with social enterprises in the supply chain",
           "apprenticeships for young people in Knowsley", "carbon savings from electric vehicles",
           "What is the Partner VCFSE commitment?", "befriending for isolated older people in Wirral"]
TOPICS = ["food parcels", "befriending", "apprenticeships", "debt advice", "carbon savings", "youth clubs",
          "volunteering days", "social enterprise spend", "digital inclusion", "mental health peer support"]
AREAS = ["Halton", "Knowsley", "Liverpool", "Sefton", "St Helens", "Wirral", "Warrington", "Cheshire East"]


def _pdf(path: Path, pages: int) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for page in range(pages):
        pdf.add_page()
        topic, area = TOPICS[page % len(TOPICS)], AREAS[page % len(AREAS)]
        pdf.multi_cell(0, 5, (f"Page {page + 1}. The {topic} programme in {area} reached {page * 3 + 7} people this "
                              f"quarter, working with local charities and community groups. ") * 12)
    pdf.output(str(path))
    return path


def _ingest_peak_mb(pdf: Path) -> tuple[float, float]:
    data = Path(tempfile.mkdtemp(prefix="sva-scale-"))
    code = ("import json, resource, sys, time\n"
            "from assistant.assistant import build\n"
            "a = build(index_shipped=False)\n"
            "t = time.perf_counter()\n"
            "r = a.ingest([sys.argv[1]])\n"
            "assert not r.errors, r.errors\n"
            "print(json.dumps({'s': time.perf_counter() - t, 'kb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))\n")
    env = {**os.environ, "SVA_DATA_DIR": str(data), "SVA_LLM_PROVIDER": "none"}
    out = subprocess.run([sys.executable, "-c", code, str(pdf)], env=env, cwd=REPO, capture_output=True, text=True,
                         check=True, timeout=3600)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return result["kb"] / 1024, result["s"]


def _search_times(assistant, rounds: int = 5) -> list[float]:
    times = []
    for _ in range(rounds):
        for query in QUERIES:
            start = time.perf_counter()
            assistant.retriever.search(query)
            times.append(time.perf_counter() - start)
    return times


def run(pdf_pages: tuple[int, int] = (100, 1000), chunks: int = 50_000) -> dict[str, Any]:
    from assistant.assistant import build
    from assistant.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="sva-scale-pdf-"))
    small, large = (_pdf(folder / f"report-{n}.pdf", n) for n in pdf_pages)
    small_mb, small_s = _ingest_peak_mb(small)
    large_mb, large_s = _ingest_peak_mb(large)

    shipped = build(Settings(data_dir=Path(tempfile.mkdtemp(prefix="sva-scale-shipped-")), llm_provider="none"))
    shipped.retriever.search(QUERIES[0])
    base = _search_times(shipped)

    big = build(Settings(data_dir=Path(tempfile.mkdtemp(prefix="sva-scale-big-")), llm_provider="none"))
    rng = np.random.default_rng(7)
    texts = [f"The {TOPICS[i % 10]} project in {AREAS[i % 8]} (report {i}) supported {i % 97 + 3} residents with "
             f"{TOPICS[(i * 7) % 10]} and {TOPICS[(i * 3) % 10]} through local VCFSE partners." for i in range(chunks)]
    seeds = big.embedder.embed(texts[:500])
    start = time.perf_counter()
    for offset in range(0, chunks, 2000):
        batch = list(range(offset, min(offset + 2000, chunks)))
        vectors = seeds[[i % 500 for i in batch]] + rng.normal(0, 0.01, (len(batch), seeds.shape[1])).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        big.store.collection.upsert(
            ids=[f"synthetic-{i:06d}" for i in batch], embeddings=vectors.tolist(), documents=[texts[i] for i in batch],
            metadatas=[{"source": f"synthetic-{i // 500:03d}.txt", "source_id": f"synthetic-{i // 500:03d}.txt", "area": AREAS[i % 8], "kind": "document"} for i in batch],
        )
    load_s = time.perf_counter() - start
    from assistant.store import SourceRecord

    big.store.registry.put(SourceRecord("synthetic", "document", "-", chunks=chunks, status="complete"))
    start = time.perf_counter()
    big.retriever.search(QUERIES[0])
    first_s = time.perf_counter() - start
    scaled = _search_times(big)
    searched = big.store.count()
    start = time.perf_counter()
    removed = big.store.delete_source("synthetic-050.txt")  # one source (by id) of 500 chunks out of 50,000
    delete_s = time.perf_counter() - start
    p = lambda xs, q: sorted(xs)[int(q * (len(xs) - 1))]  # noqa: E731
    return {
        "pdf": {"pages": pdf_pages, "peak_mb": (small_mb, large_mb), "seconds": (small_s, large_s),
                "memory_ratio": large_mb / small_mb, "pages_ratio": pdf_pages[1] / pdf_pages[0]},
        "retrieval": {"chunks": (shipped.store.count(), searched),
                      "p50_s": (statistics.median(base), statistics.median(scaled)),
                      "p95_s": (p(base, 0.95), p(scaled, 0.95)),
                      "ratio_p50": statistics.median(scaled) / statistics.median(base),
                      "first_search_s": first_s, "load_s": load_s,
                      "delete": {"chunks": removed, "seconds": delete_s, "left": big.store.count()}},
    }


def render(r: dict[str, Any]) -> str:
    pdf, ret = r["pdf"], r["retrieval"]
    return (
        "Scale: PDF ingest memory (fresh process each)\n"
        + table(["pages", "peak RSS MB", "ingest s"], [[pdf["pages"][i], pdf["peak_mb"][i], pdf["seconds"][i]] for i in (0, 1)])
        + f"\n{pdf['pages_ratio']:.0f}x the pages took {pdf['memory_ratio']:.2f}x the peak memory\n\n"
        + "Retrieval (hybrid, warm)\n"
        + table(["chunks", "p50 s", "p95 s"], [[ret["chunks"][i], ret["p50_s"][i], ret["p95_s"][i]] for i in (0, 1)])
        + f"\n{ret['chunks'][1] / ret['chunks'][0]:.0f}x the chunks: p50 {ret['ratio_p50']:.1f}x; the first search on "
        f"{ret['chunks'][1]:,} chunks (building BM25) took {ret['first_search_s']:.1f} s; loading them {ret['load_s']:.0f} s\n"
        f"deleting one source ({ret['delete']['chunks']} chunks) from that store took {ret['delete']['seconds']:.2f} s "
        f"({ret['delete']['left']:,} chunks left)"
    )
