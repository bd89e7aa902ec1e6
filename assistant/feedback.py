"""Thumbs up/down (and an optional comment) on answers, drafts and mappings, kept locally, and exported as eval
cases in the dev-set formats of evals/datasets, so what users flag becomes a regression test.

Stored in ``feedback.sqlite3`` in the data folder; nothing leaves the machine. A liked item is exported as the
expected behaviour (what the assistant did); a disliked one is exported with ``"needs_review": true`` and the
user's comment, and with codes only where the comment names catalogue codes ("should be NT14") — never guessed.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Iterable

KINDS = ("answer", "mapping", "draft")
FILES = {"answer": "feedback_answers.jsonl", "mapping": "feedback_activities.jsonl", "draft": "feedback_drafts.jsonl"}
MAX_COMMENT = 2000
_FIGURE = re.compile(r"£?\d[\d,.]*%?(?:\s?(?:weeks?|hours?|FTE|years?|months?))?|\bNT\d+[a-z]?\b")


class FeedbackError(ValueError):
    """Feedback that cannot be stored as given."""


class FeedbackStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL NOT NULL, "
                       "kind TEXT NOT NULL, rating INTEGER NOT NULL, comment TEXT NOT NULL, item TEXT NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def add(self, kind: str, liked: bool, item: dict[str, Any], comment: str = "") -> int:
        """Keep one rating of an answer, mapping or draft; ``item`` holds what was asked and what came back."""
        if kind not in KINDS:
            raise FeedbackError(f"kind must be one of {', '.join(KINDS)}")
        if not isinstance(item, dict) or not item:
            raise FeedbackError("nothing to rate yet: ask, map or draft first")
        comment = " ".join((comment or "").split())[:MAX_COMMENT]
        with self._lock, self._connect() as db:
            cursor = db.execute("INSERT INTO feedback (created, kind, rating, comment, item) VALUES (?, ?, ?, ?, ?)",
                                (time.time(), kind, 1 if liked else -1, comment, json.dumps(item, ensure_ascii=False)))
            return int(cursor.lastrowid)

    def all(self) -> list[dict[str, Any]]:
        with self._connect() as db:
            rows = db.execute("SELECT id, created, kind, rating, comment, item FROM feedback ORDER BY id").fetchall()
        return [{"id": r[0], "created": r[1], "kind": r[2], "liked": r[3] > 0, "comment": r[4], "item": json.loads(r[5])}
                for r in rows]

    def export(self, folder: Path, codes: Iterable[str] = ()) -> dict[str, Any]:
        """Write the cases, one JSON Lines file per kind, in the dev-set formats; returns what was written."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        cases = to_cases(self.all(), set(codes))
        written = {}
        for kind, items in cases.items():
            if not items:
                continue
            path = folder / FILES[kind]
            path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in items), encoding="utf-8")
            written[kind] = {"file": str(path), "cases": len(items)}
        return {"written": written, "total": sum(len(v) for v in cases.values())}


def _named_codes(comment: str, catalogue: set[str]) -> list[str]:
    lookup = {c.upper(): c for c in catalogue}
    return [lookup[m.upper()] for m in re.findall(r"\bNT\d+[a-z]?\b", comment or "", flags=re.IGNORECASE)
            if m.upper() in lookup]


def to_cases(records: list[dict[str, Any]], catalogue: set[str]) -> dict[str, list[dict[str, Any]]]:
    cases: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for record in records:
        item, liked, comment = record["item"], record["liked"], record["comment"]
        case: dict[str, Any] = {"id": f"fb{record['id']:04d}"}
        if record["kind"] == "answer":
            case["question"] = item.get("question", "")
            snippets = [c.get("snippet", "") for c in item.get("citations", [])[:2]]
            if liked:
                case["key"] = sorted(set(_FIGURE.findall(item.get("answer", ""))))[:4]
                case["evidence"] = [" ".join(s.strip("…").split()[:8]) for s in snippets if s]
            else:
                case.update(key=[], evidence=[], rejected_answer=item.get("answer", ""))
        elif record["kind"] == "mapping":
            case["activity"] = item.get("activity", "")
            given = item.get("code")
            named = _named_codes(comment, catalogue)
            if liked:
                case["codes"] = [given] if given else []
            else:
                case["codes"] = [c for c in named if c != given]
                case["rejected"] = [given] if given else []
        else:
            case.update({k: item.get(k) for k in ("question", "service", "value", "months", "area")})
            case["activities"] = [{"text": c["activity"], "codes": c["codes"] if c.get("included") else None,
                                   "flags": c.get("flags", [])} for c in item.get("commitments", [])]
        if comment:
            case["comment"] = comment
        if not liked:
            case["needs_review"] = True
        cases[record["kind"]].append(case)
    return cases
