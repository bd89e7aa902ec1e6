"""'No measure fits this': the mapper's top score on real activities against gibberish and off-topic text.

The threshold is chosen on the dev sets only (activities.jsonl against nofit.jsonl): the highest score that still
lets at least 98% of real activities through, so a real activity is rarely refused. It is then reported, unchanged,
on the held-out sets (activities_heldout.jsonl against nofit_heldout.jsonl).
"""

from __future__ import annotations

from typing import Any

from evals.common import load_jsonl

KEEP_REAL = 0.98


def top_scores(mapper, dataset: str) -> list[float]:
    return [mapper.map(item["activity"], top=1).measures[0].score for item in load_jsonl(dataset)]


def choose(real: list[float], junk: list[float], keep: float = KEEP_REAL) -> float:
    """The highest threshold under which at most (1 - keep) of the real activities fall."""
    ordered = sorted(real)
    allowed = int((1 - keep) * len(ordered))
    return round(ordered[allowed] - 1e-3, 3)


def rates(threshold: float, real: list[float], junk: list[float]) -> dict[str, float]:
    return {"real_kept": sum(s >= threshold for s in real) / len(real),
            "junk_refused": sum(s < threshold for s in junk) / len(junk)}


def run(mapper) -> dict[str, Any]:
    dev_real, dev_junk = top_scores(mapper, "activities.jsonl"), top_scores(mapper, "nofit.jsonl")
    threshold = choose(dev_real, dev_junk)
    held_real, held_junk = top_scores(mapper, "activities_heldout.jsonl"), top_scores(mapper, "nofit_heldout.jsonl")
    return {"threshold": threshold, "dev": rates(threshold, dev_real, dev_junk),
            "held_out": rates(threshold, held_real, held_junk),
            "dev_sizes": [len(dev_real), len(dev_junk)], "held_out_sizes": [len(held_real), len(held_junk)],
            "max_junk_dev": round(max(dev_junk), 3), "min_real_dev": round(min(dev_real), 3)}


def render(r: dict[str, Any]) -> str:
    return (f"No-fit threshold {r['threshold']} (chosen on dev to keep >= {KEEP_REAL:.0%} of real activities)\n"
            f"  dev ({r['dev_sizes'][0]} real, {r['dev_sizes'][1]} junk): real kept {r['dev']['real_kept']:.3f}, "
            f"junk refused {r['dev']['junk_refused']:.3f}\n"
            f"  held-out ({r['held_out_sizes'][0]} real, {r['held_out_sizes'][1]} junk): real kept "
            f"{r['held_out']['real_kept']:.3f}, junk refused {r['held_out']['junk_refused']:.3f}")


if __name__ == "__main__":
    from evals.common import scratch_assistant

    print(render(run(scratch_assistant().mapper)))
