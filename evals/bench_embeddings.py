"""Embedding throughput: our MiniLM class against Chroma's stock ONNX function on the same model files.

Both run the same int8 model.onnx and tokenizer.json; the stock function pads every
text to 256 tokens, ours pads each batch to its longest text. Reported as ratios
measured in one run.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from evals.common import load_jsonl, table


def stock_chroma_function(model_path: Path, tokenizer_path: Path):
    """Chroma's ONNXMiniLM_L6_V2, pointed at our files instead of its download folder."""
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    folder = Path(tempfile.mkdtemp(prefix="sva-stock-onnx-"))
    (folder / "onnx").mkdir()
    os.symlink(model_path, folder / "onnx" / "model.onnx")
    os.symlink(tokenizer_path, folder / "onnx" / "tokenizer.json")

    class StockOnOurFiles(ONNXMiniLM_L6_V2):
        DOWNLOAD_PATH = folder

        def _download_model_if_not_exists(self) -> None:  # the files are already here; never download
            return None

    return StockOnOurFiles(preferred_providers=["CPUExecutionProvider"])


def _rate(func: Callable[[], Any], items: int, repeats: int) -> tuple[float, float]:
    """(items per second, best seconds per call) over ``repeats`` calls after one warm-up.

    The best run, not the median: on a shared 2-core machine other work only ever adds time.
    """
    func()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    best = min(times)
    return items / best, best


def run(documents: list[str] | None = None, repeats: int = 5) -> dict[str, Any]:
    from assistant.embeddings import MiniLMEmbedder

    ours = MiniLMEmbedder()
    stock = stock_chroma_function(ours.model_path, ours.tokenizer_path)
    questions = [q["question"] for q in load_jsonl("roadmap_questions.jsonl")][:20]
    if documents is None:
        from evals.common import scratch_assistant

        documents = [hit.text for hit in scratch_assistant().store.all_chunks()]

    def queries(embed: Callable[[list[str]], Any]) -> Callable[[], None]:
        return lambda: [embed([q]) for q in questions]

    sentences = _sentences(documents)
    results: dict[str, Any] = {
        "queries": len(questions), "sentences": len(sentences), "documents": len(documents),
        "mean_tokens": {
            "sentences": statistics.mean(ours.count_tokens(s) for s in sentences),
            "documents": statistics.mean(ours.count_tokens(d) for d in documents),
        },
    }
    q_ours, _ = _rate(queries(ours.embed), len(questions), repeats)
    q_stock, _ = _rate(queries(stock), len(questions), repeats)
    s_ours, _ = _rate(lambda: ours.embed(sentences), len(sentences), repeats)
    s_stock, _ = _rate(lambda: stock(sentences), len(sentences), repeats)
    d_ours, _ = _rate(lambda: ours.embed(documents), len(documents), repeats)
    d_stock, _ = _rate(lambda: stock(documents), len(documents), repeats)
    results.update(
        query_per_s={"ours": q_ours, "stock": q_stock, "ratio": q_ours / q_stock},
        sentence_per_s={"ours": s_ours, "stock": s_stock, "ratio": s_ours / s_stock},
        document_per_s={"ours": d_ours, "stock": d_stock, "ratio": d_ours / d_stock},
    )
    return results


def _sentences(documents: list[str]) -> list[str]:
    """The sentences the extractive answerer embeds at question time, taken from the chunks."""
    from assistant.store import Hit
    from assistant.tasks.ask import candidate_sentences

    found: list[str] = []
    for index, text in enumerate(documents):
        found.extend(candidate_sentences(Hit(str(index), text, {})))
    return list(dict.fromkeys(found))


def render(results: dict[str, Any]) -> str:
    tokens = results["mean_tokens"]
    rows = [
        ["query (one short question a call)", results["query_per_s"]["ours"], results["query_per_s"]["stock"],
         f"{results['query_per_s']['ratio']:.1f}x"],
        [f"sentences ({results['sentences']}, mean {tokens['sentences']:.0f} tokens)", results["sentence_per_s"]["ours"],
         results["sentence_per_s"]["stock"], f"{results['sentence_per_s']['ratio']:.1f}x"],
        [f"chunks ({results['documents']}, mean {tokens['documents']:.0f} tokens)", results["document_per_s"]["ours"],
         results["document_per_s"]["stock"], f"{results['document_per_s']['ratio']:.1f}x"],
    ]
    return "Embedding throughput, texts/s (same model files, same run)\n" + table(
        ["workload", "ours", "chroma stock", "ours/stock"], rows
    )
