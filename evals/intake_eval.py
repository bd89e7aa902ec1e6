"""Tender intake eval: write each pack (PDF, DOCX, MD, TXT), run the intake, compare with the expected fields.

A field is right when the value (and its file and page) matches, or when both are null. A wrong value is any
asserted value that does not match: a guess where the pack says nothing counts. Questions are matched by id,
else by text; a question found that is not in the pack counts as a wrong value. The social value question
must be found verbatim with its limit and page in every pack.
"""

from __future__ import annotations

import importlib
import re
import tempfile
from pathlib import Path
from typing import Any

from evals.common import table
from evals.tender_packs import write_pack

TENDER_FIELDS = ("title", "buyer", "service", "area", "value_gbp", "months", "extension_months", "deadline",
                 "social_value_weighting_percent", "qualitative_percent", "quantitative_percent", "scoring_scale",
                 "framework")
QUESTION_FIELDS = ("id", "text", "word_limit", "char_limit", "weighting_percent", "social_value", "page", "sub_criteria")


# Every held-out pack set, by its key in the results: (module holding PACKS, title). The sixth to seventeenth were
# each written by a separate writer and first run unseen, at 0.866 fields / 4 wrong values / SV question 4 of 6,
# 0.947 / 5 / 5 of 6, 0.949 / 4 / 6 of 6, 0.888 / 9 / 5 of 6, 0.820 / 17 / 5 of 6, 0.891 / 7 / 5 of 6, 0.816 / 10 /
# 5 of 6, 0.836 / 5 / 6 of 6, 0.878 / 2 / 5 of 6, 0.869 / 6 / 5 of 6, 0.902 / 4 / 6 of 6 and 0.760 / 8 / 4 of 6
# (the seventeenth); their failures were
# then looked at and their mechanisms fixed (issue #19), so each is gated like dev: a later change must not break
# what they cover.
HELD_OUT_SETS: dict[str, tuple[str, str]] = {
    "intake_held_out": ("evals.intake_heldout", "Tender intake (held-out)"),
    "intake_held_out_2": ("evals.intake_heldout2", "Tender intake (second held-out)"),
    "intake_held_out_3": ("evals.intake_heldout3", "Tender intake (third held-out)"),
    "intake_held_out_4": ("evals.intake_heldout4", "Tender intake (fourth held-out)"),
    "intake_held_out_5": ("evals.intake_heldout5", "Tender intake (fifth held-out)"),
    "intake_held_out_6": ("evals.intake_heldout6", "Tender intake (sixth held-out)"),
    "intake_held_out_7": ("evals.intake_heldout7", "Tender intake (seventh held-out)"),
    "intake_held_out_8": ("evals.intake_heldout8", "Tender intake (eighth held-out)"),
    "intake_held_out_9": ("evals.intake_heldout9", "Tender intake (ninth held-out)"),
    "intake_held_out_10": ("evals.intake_heldout10", "Tender intake (tenth held-out)"),
    "intake_held_out_11": ("evals.intake_heldout11", "Tender intake (eleventh held-out)"),
    "intake_held_out_12": ("evals.intake_heldout12", "Tender intake (twelfth held-out)"),
    "intake_held_out_13": ("evals.intake_heldout13", "Tender intake (thirteenth held-out)"),
    "intake_held_out_14": ("evals.intake_heldout14", "Tender intake (fourteenth held-out)"),
    "intake_held_out_15": ("evals.intake_heldout15",
                           "Tender intake (fifteenth held-out, first run on af1475d 0.869 / 6 / 5 of 6)"),
    "intake_held_out_16": ("evals.intake_heldout16",
                           "Tender intake (sixteenth held-out, first run on 88ea4cc 0.902 / 4 / 6 of 6)"),
    "intake_held_out_17": ("evals.intake_heldout17",
                           "Tender intake (seventeenth held-out, first run on fbb4d51 0.760 / 8 / 4 of 6)"),
    "intake_held_out_18": ("evals.intake_heldout18",
                           "Tender intake (eighteenth held-out, first run on 593ddd3 0.822 / 14 / 4 of 6)"),
    "intake_held_out_19": ("evals.intake_heldout19",
                           "Tender intake (nineteenth held-out, first run unseen on 78afd8d 0.854 / 14 / 3 of 6)"),
    "intake_held_out_20": ("evals.intake_heldout20",
                           "Tender intake (twentieth held-out, first run unseen on 54636f1 0.717 / 13 / 3 of 6)"),
    "intake_held_out_21": ("evals.intake_heldout21",
                           "Tender intake (twenty-first held-out, first run unseen on f595ca4 0.550 / 13 / 2 of 6)"),
}
# Held-out sets reported but not yet gated: first run unseen, not yet fixed for.
NOT_GATED: frozenset[str] = frozenset({"intake_held_out_18", "intake_held_out_21"})


def held_out_packs(key: str) -> list[dict]:
    return importlib.import_module(HELD_OUT_SETS[key][0]).PACKS


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(re.sub(r"[^\w£%]+", " ", value.lower().replace("&", "and")).split())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _options(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def value_matches(expected: Any, got: Any) -> bool:
    if isinstance(expected, list) and expected and isinstance(expected[0], str) or isinstance(expected, str):
        for option in _options(expected):
            a, b = _norm(option), _norm(got) if isinstance(got, str) else None
            if b is None:
                return False
            if a == b or (a and b and (a in b or b in a) and min(len(a), len(b)) >= 0.6 * max(len(a), len(b))):
                return True
        return False
    return _norm(expected) == _norm(got)


def _field(expected: tuple | None, got: dict | None) -> str:
    """'right', 'wrong' (a value asserted that does not match) or 'missed'."""
    if expected is None:
        return "right" if got is None else "wrong"
    if got is None:
        return "missed"
    value, source, page = expected
    ok = value_matches(value, got["value"]) and got["source"] in _options(source) and got["page"] in _options(page)
    return "right" if ok else "wrong"


def _match_question(expected: dict, found: list[dict]) -> dict | None:
    for q in found:
        if "lot" in expected and q.get("lot") != expected["lot"]:
            continue  # two lots may each print an 'SV1'
        if expected["id"] is not None and q["id"] is not None and any(_norm(i) == _norm(q["id"]) for i in _options(expected["id"])):
            return q
    for q in found:
        if value_matches(expected["text"], q["text"]):
            return q
    return None


def _question_field(name: str, expected: dict, got: dict) -> bool:
    if name == "id":
        return (expected["id"] is None and got["id"] is None) or (
            expected["id"] is not None and got["id"] is not None and any(_norm(i) == _norm(got["id"]) for i in _options(expected["id"])))
    if name == "text":
        return any(_norm(t) == _norm(got["text"]) for t in _options(expected["text"]))
    if name == "sub_criteria":
        return [_norm(s) for s in expected["sub_criteria"]] == [_norm(s) for s in got["sub_criteria"]]
    if name == "page":
        return got["source"] == expected["source"] and got["page"] == expected["page"]
    return _norm(expected[name]) == _norm(got[name])


def score_pack(pack: dict, result: dict) -> dict[str, Any]:
    right = total = 0
    wrong: list[str] = []
    missed: list[str] = []
    for name in TENDER_FIELDS:
        verdict = _field(pack["tender"][name], result["tender"].get(name))
        total += 1
        if verdict == "right":
            right += 1
        elif verdict == "wrong":
            got = result["tender"].get(name)
            wrong.append(f"{name}: {got['value'] if got else None!r} (p{got['page'] if got else '-'}) "
                         f"expected {pack['tender'][name]!r}")
        else:
            missed.append(name)
    matched: set[int] = set()
    sv_ok = True
    for expected in pack["questions"]:
        got = _match_question(expected, result["questions"])
        if got is not None:
            matched.add(id(got))
        optional = tuple(name for name in ("page_limit", "lot") if name in expected)  # scored where a pack states them
        for name in QUESTION_FIELDS + optional:
            total += 1
            if got is None:
                missed.append(f"{expected['id']}.{name}")
                continue
            if _question_field(name, expected, got):
                right += 1
            elif got.get(name) in (None, [], "") and name != "social_value":
                missed.append(f"{expected['id']}.{name}")
            else:
                wrong.append(f"{expected['id']}.{name}: {got.get(name)!r} expected {expected[name]!r}")
        if expected["social_value"]:
            limit_ok = got is not None and all(
                _question_field(n, expected, got) for n in ("text", "word_limit", "char_limit", "page")
                + (("page_limit",) if "page_limit" in expected else ()))
            sv_ok = sv_ok and limit_ok and got is not None and got["social_value"]
    for q in result["questions"]:
        if id(q) not in matched:
            wrong.append(f"extra question {q['id']!r}: {q['text'][:60]!r}")
    return {"name": pack["name"], "right": right, "total": total, "wrong": wrong, "missed": missed, "sv_question": sv_ok}


def run(packs: list[dict] | None = None) -> dict[str, Any]:
    from assistant.tasks.intake import TenderIntake

    if packs is None:
        from evals.intake_dev import PACKS as packs
    intake = TenderIntake()
    rows = []
    with tempfile.TemporaryDirectory(prefix="sva-intake-") as folder:
        for pack in packs:
            paths = write_pack(pack["files"], Path(folder) / pack["name"])
            rows.append(score_pack(pack, intake.run(paths).as_dict()))
    right = sum(r["right"] for r in rows)
    total = sum(r["total"] for r in rows)
    return {"packs": rows, "fields_right": right / total if total else 0.0, "fields": total,
            "wrong_values": sum(len(r["wrong"]) for r in rows),
            "sv_question_found": sum(r["sv_question"] for r in rows) / len(rows) if rows else 0.0}


def render(result: dict[str, Any], title: str = "Tender intake") -> str:
    rows = [[r["name"], f"{r['right']}/{r['total']}", len(r["wrong"]), "yes" if r["sv_question"] else "NO",
             "; ".join(r["wrong"])[:160]] for r in result["packs"]]
    head = (f"{title}: fields right {result['fields_right']:.3f} of {result['fields']}, wrong values asserted "
            f"{result['wrong_values']}, social value question verbatim with limit and page {result['sv_question_found']:.3f}")
    return head + "\n" + table(["pack", "right", "wrong", "SV question", "wrong values"], rows)
