"""Retrieval quality on the roadmap dev set: recall@k and MRR, hybrid against vector-only and keyword-only."""

from __future__ import annotations

from typing import Any

from evals.common import load_jsonl, normalise, table

DATASET = "roadmap_questions.jsonl"
MODES = ("hybrid", "vector", "keyword")


def first_relevant_rank(hits: list[Any], evidence: list[str]) -> int | None:
    wanted = [normalise(e) for e in evidence]
    for rank, hit in enumerate(hits, start=1):
        text = normalise(hit.text)
        if any(w in text for w in wanted):
            return rank
    return None


def run(assistant, k: int = 4, depth: int = 10) -> dict[str, Any]:
    items = load_jsonl(DATASET)
    answerable = [i for i in items if not i.get("unanswerable")]
    unanswerable = [i for i in items if i.get("unanswerable")]
    results: dict[str, Any] = {"questions": len(answerable), "unanswerable": len(unanswerable), "k": k, "modes": {}}
    for mode in MODES:
        ranks, misses = [], []
        for item in answerable:
            found = assistant.retriever.search(item["question"], k=depth, mode=mode)
            rank = first_relevant_rank(found.hits, item["evidence"])
            ranks.append(rank)
            if rank is None or rank > k:
                misses.append(item["id"])
        n = len(ranks)
        results["modes"][mode] = {
            "recall@1": sum(1 for r in ranks if r == 1) / n,
            f"recall@{k}": sum(1 for r in ranks if r is not None and r <= k) / n,
            f"mrr@{depth}": sum(1.0 / r for r in ranks if r is not None) / n,
            "missed": misses,
        }
    floor_hits = [assistant.retriever.search(i["question"]).grounded for i in answerable]
    floor_misses = [assistant.retriever.search(i["question"]).grounded for i in unanswerable]
    results["floor"] = {
        "answerable_kept": sum(floor_hits) / len(floor_hits),
        "unanswerable_declined": (len(floor_misses) - sum(floor_misses)) / max(len(floor_misses), 1),
    }
    return results


def render(results: dict[str, Any]) -> str:
    k = results["k"]
    rows = [
        [mode, m["recall@1"], m[f"recall@{k}"], m["mrr@10"], ", ".join(m["missed"]) or "-"]
        for mode, m in results["modes"].items()
    ]
    floor = results["floor"]
    return (
        f"Retrieval on {results['questions']} roadmap questions (top {k})\n"
        + table(["mode", "recall@1", f"recall@{k}", "MRR@10", f"missed at {k}"], rows)
        + f"\nrelevance floor: answerable questions kept {floor['answerable_kept']:.3f}, "
        f"unanswerable declined {floor['unanswerable_declined']:.3f} ({results['unanswerable']} questions)"
    )
