"""Bid workspaces: one record per tender holding its intake, chosen activities, draft versions, reviews and exports.

One SQLite file in the data folder (``bids.sqlite3``). Each change replaces the bid's record inside one
transaction, so a crash leaves the last complete version and never half of a new one.
"""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS bids (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    data TEXT NOT NULL
);
"""
PARTS = ("intake", "activities", "drafts", "reviews", "exports")


class BidError(ValueError):
    """Input the user can fix; nothing was saved."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "bid"


class BidWorkspace:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.row_factory = sqlite3.Row
        return db

    def new(self, name: str, intake: dict[str, Any] | None = None, first_draft: dict[str, Any] | None = None) -> str:
        """Start a bid (with its first draft version, if given, in the same write); its id is made from the name
        ('hospital-cleaning', then 'hospital-cleaning-2', ...)."""
        name = " ".join((name or "").split())
        if not name:
            raise BidError("give the bid a name, e.g. the tender's title")
        data = {"intake": intake, "activities": [], "drafts": [], "reviews": [], "exports": []}
        if first_draft is not None:
            data["drafts"].append({"version": 1, "saved": _now(), **first_draft})
            data["activities"] = [c["activity"] for c in first_draft.get("commitments", [])]
        payload = json.dumps(data, ensure_ascii=False)
        base = _slug(name)
        with closing(self._connect()) as db, db:
            taken = {r[0] for r in db.execute("SELECT id FROM bids WHERE id = ? OR id LIKE ?", (base, base + "-%"))}
            bid_id = base if base not in taken else next(f"{base}-{n}" for n in range(2, 10_000) if f"{base}-{n}" not in taken)
            now = _now()
            db.execute("INSERT INTO bids (id, name, created, updated, data) VALUES (?,?,?,?,?)",
                       (bid_id, name, now, now, payload))
        return bid_id

    def list(self) -> list[dict[str, Any]]:
        with closing(self._connect()) as db:
            rows = db.execute("SELECT * FROM bids ORDER BY updated DESC, id").fetchall()
        out = []
        for row in rows:
            data = json.loads(row["data"])
            out.append({"id": row["id"], "name": row["name"], "created": row["created"], "updated": row["updated"],
                        "drafts": len(data["drafts"]), "reviews": len(data["reviews"]),
                        "has_intake": data["intake"] is not None})
        return out

    def get(self, bid_id: str) -> dict[str, Any]:
        with closing(self._connect()) as db:
            row = db.execute("SELECT * FROM bids WHERE id = ?", (bid_id,)).fetchone()
        if row is None:
            raise BidError(f"no bid '{bid_id}': `sva bid list` shows them")
        return {"id": row["id"], "name": row["name"], "created": row["created"], "updated": row["updated"],
                **json.loads(row["data"])}

    def _change(self, bid_id: str, change) -> dict[str, Any]:
        """Read, change and write the bid's record in one transaction (all or nothing)."""
        with closing(self._connect()) as db:
            db.isolation_level = None
            db.execute("BEGIN IMMEDIATE")
            try:
                row = db.execute("SELECT data FROM bids WHERE id = ?", (bid_id,)).fetchone()
                if row is None:
                    raise BidError(f"no bid '{bid_id}': `sva bid list` shows them")
                data = json.loads(row["data"])
                change(data)
                payload = json.dumps(data, ensure_ascii=False)  # fails before anything is written if not serialisable
                db.execute("UPDATE bids SET data = ?, updated = ? WHERE id = ?", (payload, _now(), bid_id))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return data

    def set_intake(self, bid_id: str, intake: dict[str, Any]) -> None:
        self._change(bid_id, lambda d: d.__setitem__("intake", intake))

    def set_activities(self, bid_id: str, activities: list[str]) -> None:
        self._change(bid_id, lambda d: d.__setitem__("activities", [a for a in activities if a.strip()]))

    def add_draft(self, bid_id: str, draft: dict[str, Any]) -> int:
        """Save a draft as the next version; returns its number (from 1)."""
        version = {}

        def change(data: dict[str, Any]) -> None:
            version.update({"version": len(data["drafts"]) + 1, "saved": _now(), **draft})
            data["drafts"].append(version)
            data["activities"] = [c["activity"] for c in draft.get("commitments", [])] or data["activities"]

        self._change(bid_id, change)
        return version["version"]

    def add_review(self, bid_id: str, review: dict[str, Any]) -> None:
        self._change(bid_id, lambda d: d["reviews"].append({"saved": _now(), **review}))

    def add_export(self, bid_id: str, path: str) -> None:
        self._change(bid_id, lambda d: d["exports"].append({"saved": _now(), "path": str(path)}))

    def delete(self, bid_id: str) -> bool:
        with closing(self._connect()) as db, db:
            return db.execute("DELETE FROM bids WHERE id = ?", (bid_id,)).rowcount > 0
