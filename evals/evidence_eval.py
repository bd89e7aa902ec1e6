"""Evidence-ingest eval: write the bidder's documents, read them, compare the figures kept with the ones stated.

Figures right: an expected figure found with its code (or none), quantity, unit, year, file and page. Wrong figures:
any figure kept that the documents do not state as delivered in that year (a guess, a target, a running total, a
fact about someone else). Case studies: expected titles found.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from evals.common import table
from evals.tender_packs import write_pack


def score_pack(pack: dict, found: list[dict]) -> dict[str, Any]:
    figures = [(f["code"], float(f["quantity"]), f["unit"].lower(), f["year"], f["source"], f["page"])
               for f in found if f["kind"] == "figure"]
    expected = [(c, float(q), u.lower(), y, s, p) for c, q, u, y, s, p in pack["figures"]]
    right = [f for f in expected if f in figures]
    wrong = [f for f in figures if f not in expected]
    titles = [f["title"] for f in found if f["kind"] == "case_study"]
    return {"name": pack["name"], "expected": len(expected), "right": len(right), "wrong": wrong,
            "missed": [f for f in expected if f not in figures],
            "case_studies": sum(t in titles for t in pack["case_studies"]), "case_studies_expected": len(pack["case_studies"]),
            "extra_case_studies": [t for t in titles if t not in pack["case_studies"]]}


def run(packs: list[dict] | None = None) -> dict[str, Any]:
    from assistant.tasks.evidence_ingest import scan_documents
    from assistant.measures import Catalogue
    from assistant.settings import Settings
    from evals.evidence_docs import ORG, PACKS

    catalogue = Catalogue.load(Settings().knowledge_dir)
    rows = []
    with tempfile.TemporaryDirectory(prefix="sva-evidence-") as folder:
        for pack in packs or PACKS:
            paths = write_pack(pack["files"], Path(folder) / pack["name"])
            rows.append(score_pack(pack, scan_documents(paths, ORG, catalogue).as_dict()["found"]))
    expected = sum(r["expected"] for r in rows)
    return {"packs": rows, "figures_right": sum(r["right"] for r in rows) / expected if expected else 0.0,
            "figures": expected, "wrong_figures": sum(len(r["wrong"]) for r in rows),
            "case_studies_found": sum(r["case_studies"] for r in rows),
            "case_studies": sum(r["case_studies_expected"] for r in rows),
            "extra_case_studies": sum(len(r["extra_case_studies"]) for r in rows)}


def render(result: dict[str, Any], title: str = "Evidence from the bidder's documents") -> str:
    rows = [[r["name"], f"{r['right']}/{r['expected']}", len(r["wrong"]), f"{r['case_studies']}/{r['case_studies_expected']}",
             "; ".join(map(str, r["wrong"] + r["missed"]))[:140]] for r in result["packs"]]
    head = (f"{title}: figures right {result['figures_right']:.3f} of {result['figures']}, wrong figures kept "
            f"{result['wrong_figures']}, case studies {result['case_studies_found']}/{result['case_studies']} "
            f"(extra {result['extra_case_studies']})")
    return head + "\n" + table(["pack", "figures", "wrong", "case studies", "wrong (then missed)"], rows)
