"""Reviewing drafts: do scores rank responses in their intended order, and are planted faults flagged?"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from evals.common import load_jsonl, table

DATASET = "review_responses.jsonl"
ORDER = {"strong": 3, "adequate": 2, "weak": 1}


def run(assistant) -> dict[str, Any]:
    from assistant.tasks.questions import Contract
    from assistant.tasks.review import ReviewRequest

    rows, scored, missed_faults, unplanted = [], [], [], []
    for item in load_jsonl(DATASET):
        contract = Contract(item["service"], item["value"], item["months"], item["area"])
        data = assistant.review(ReviewRequest(item["text"], item["question"], contract)).as_dict()
        kinds = sorted({f["kind"] for f in data["flags"]})
        missing = [k for k in item["faults"] if k not in kinds]
        missed_faults += [f"{item['id']}:{k}" for k in missing]
        unplanted += [f"{item['id']}:{k}" for k in kinds if k not in item["faults"]]
        scored.append((item["id"], item["quality"], data["score"]))
        rows.append([item["id"], item["quality"], data["score"], data["band"], ",".join(kinds) or "-",
                     ",".join(item["faults"]) or "-", "ok" if not missing else "MISSED"])
    by_id = {i: score for i, _, score in scored}
    padded = [(item["id"], item["pads"]) for item in load_jsonl(DATASET) if item.get("pads")]
    raised = [f"{p}: {by_id[p]} > {b}: {by_id[b]}" for p, b in padded if by_id[p] > by_id[b]]
    pairs = [(a, b) for a, b in combinations(scored, 2) if ORDER[a[1]] != ORDER[b[1]]]
    concordant = sum(1 for a, b in pairs if (ORDER[a[1]] - ORDER[b[1]]) * (a[2] - b[2]) > 0)
    planted = sum(len(item["faults"]) for item in load_jsonl(DATASET))
    return {
        "responses": len(scored), "rows": rows,
        "pairwise_order": concordant / len(pairs) if pairs else 1.0,
        "faults_flagged": (planted - len(missed_faults)) / planted if planted else 1.0,
        "missed_faults": missed_faults,
        "unplanted_flags": unplanted,
        "band_agreement": sum(1 for r in rows if r[1] == r[3]) / len(rows),
        "padded_pairs": len(padded),
        "padding_raised": raised,
    }


def render(results: dict[str, Any]) -> str:
    return (
        f"Reviewing {results['responses']} responses of known quality\n"
        + table(["id", "intended", "score", "band", "flags", "planted", "faults"], results["rows"])
        + f"\nscores in the intended order for {results['pairwise_order']:.3f} of pairs (target 1.0); planted faults "
        f"flagged {results['faults_flagged']:.3f} (target 1.0); band agrees {results['band_agreement']:.3f}"
        + ("\nmissed: " + ", ".join(results["missed_faults"]) if results["missed_faults"] else "")
        + f"\nflags on responses where none was planted: {', '.join(results['unplanted_flags']) or 'none'}"
        + f"\npadding raised the score in {len(results['padding_raised'])} of {results['padded_pairs']} padded responses"
        + (": " + "; ".join(results["padding_raised"]) if results["padding_raised"] else "")
    )
