"""Tender questions: policy figures always right, measure precision, and counts that grow with value."""

from __future__ import annotations

from typing import Any

from evals.common import load_jsonl, table

DATASET = "contracts.jsonl"
VALUE_LADDER = (50_000, 250_000, 900_000, 3_000_000, 25_000_000)


def run(assistant) -> dict[str, Any]:
    from assistant.tasks.questions import Contract

    rows, policy_errors, monotonic_errors = [], [], []
    precisions = []
    for item in load_jsonl(DATASET):
        contract = Contract(item["service"], item["value"], item["months"], item["area"], item["sector"])
        data = assistant.tender_questions(contract).as_dict()
        chosen = [m["code"] for m in data["measures"]]
        precision = len(set(chosen) & set(item["relevant"])) / len(chosen)
        precisions.append(precision)
        expected = (10, 60, 40, item["vcfse_relevant"], 6 if item["vcfse_relevant"] else None)
        got = (data["weighting_percent"], data["qualitative_percent"], data["quantitative_percent"],
               data["vcfse_relevant"], data["min_tender_weeks"])
        if got != expected:
            policy_errors.append(f"{item['id']}: {got} != {expected}")
        counts = [
            len(assistant.tender_questions(Contract(item["service"], value, item["months"], item["area"], item["sector"])).as_dict()["measures"])
            for value in VALUE_LADDER
        ]
        if counts != sorted(counts):
            monotonic_errors.append(f"{item['id']}: {counts}")
        rows.append([item["id"], item["service"][:40], f"£{item['value']:,.0f}", len(chosen), precision,
                     ", ".join(c for c in chosen if c not in item["relevant"]) or "-"])
    return {
        "contracts": len(rows),
        "rows": rows,
        "precision": sum(precisions) / len(precisions),
        "policy_errors": policy_errors,
        "monotonic_errors": monotonic_errors,
    }


def render(results: dict[str, Any]) -> str:
    return (
        f"Tender questions on {results['contracts']} contracts\n"
        + table(["id", "service", "value", "measures", "precision", "not judged relevant"], results["rows"])
        + f"\nmean measure precision {results['precision']:.3f}; policy figures wrong: "
        + (", ".join(results["policy_errors"]) or "none")
        + "; measure count falling as value grows: "
        + (", ".join(results["monotonic_errors"]) or "never")
    )
