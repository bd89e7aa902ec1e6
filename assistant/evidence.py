"""The bidder's evidence library: its own delivery figures, case studies, policies and accreditations.

One SQLite file in the data folder, records kept per organisation. Drafts quote a track record only from
these records, each cited to its evidence (:func:`track_record`); a review flags a figure the response
claims to have delivered that no record holds (:func:`unsupported_claims`). Every change is checked first
and written in one transaction, so a bad row saves nothing.

CSV format (import and export), one row per record:
    organisation,kind,code,quantity,unit,year,contract,title,text,evidence
``kind`` is ``figure`` (a past delivery figure: quantity, unit and year required, and a measure code or the activity
in ``text``), ``case_study``,
``policy`` or ``accreditation`` (a title required).
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable

from assistant.measures import Catalogue

KINDS = ("figure", "case_study", "policy", "accreditation")
CSV_FIELDS = ["organisation", "kind", "code", "quantity", "unit", "year", "contract", "title", "text", "evidence"]
FIRST_YEAR, LAST_YEAR = 1990, 2100

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation TEXT NOT NULL COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('figure', 'case_study', 'policy', 'accreditation')),
    code TEXT NOT NULL DEFAULT '',
    quantity REAL,
    unit TEXT NOT NULL DEFAULT '',
    year INTEGER,
    contract TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    UNIQUE (organisation, kind, code, quantity, unit, year, contract, title)
);
CREATE INDEX IF NOT EXISTS records_by_organisation ON records (organisation, kind);
"""


class EvidenceError(ValueError):
    """Input the user can fix; nothing was saved."""


@dataclass
class Record:
    organisation: str
    kind: str
    code: str = ""
    quantity: float | None = None
    unit: str = ""
    year: int | None = None
    contract: str = ""
    title: str = ""
    text: str = ""
    evidence: str = ""
    id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def label(self) -> str:
        """How a draft quotes it: '400 hours (NT17) in 2025 on the Wirral meals contract'."""
        if self.kind != "figure":
            return self.title
        amount = f"£{_number(self.quantity)}" if self.unit in ("£", "GBP", "gbp") else f"{_number(self.quantity)} {self.unit}"
        parts = [amount.strip(), f"({self.code})" if self.code else "",
                 f"in {self.year}" if self.year else "", f"on {self.contract}" if self.contract else ""]
        return " ".join(p for p in parts if p)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _cell(value: str) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class EvidenceLibrary:
    def __init__(self, path: Path, catalogue: Catalogue | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.catalogue = catalogue
        with closing(self._connect()) as db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.row_factory = sqlite3.Row
        return db

    # --- checks -------------------------------------------------------------------------
    def check(self, record: Record) -> Record:
        record.organisation = " ".join((record.organisation or "").split())
        if not record.organisation:
            raise EvidenceError("give the organisation the record belongs to")
        record.kind = (record.kind or "").strip().lower().replace("-", "_").replace(" ", "_")
        if record.kind not in KINDS:
            raise EvidenceError(f"kind must be one of {', '.join(KINDS)} (got '{record.kind}')")
        for name in ("code", "unit", "contract", "title", "text", "evidence"):
            setattr(record, name, " ".join(str(getattr(record, name) or "").split()))
        if record.year is not None and not (isinstance(record.year, int) and FIRST_YEAR <= record.year <= LAST_YEAR):
            raise EvidenceError(f"year must be a whole number between {FIRST_YEAR} and {LAST_YEAR} (got {record.year})")
        if record.kind == "figure":
            if record.quantity is None or not record.unit or record.year is None or not (record.code or record.text):
                raise EvidenceError("a delivery figure needs its quantity, unit and year, and its measure code or the "
                                    "activity it counts (text)")
            if self.catalogue is not None and record.code:
                try:
                    record.code = self.catalogue.get(record.code).code
                except Exception as exc:
                    raise EvidenceError(f"'{record.code}' is not a measure code in the framework") from exc
            if not isinstance(record.quantity, (int, float)) or record.quantity != record.quantity or record.quantity < 0:
                raise EvidenceError(f"quantity must be a number of zero or more (got {record.quantity})")
        elif not record.title:
            raise EvidenceError(f"a {record.kind.replace('_', ' ')} needs a title")
        if record.evidence and not re.match(r"^(?:https?://|file:|[\w./ -]+\.\w{2,5}$)", record.evidence):
            raise EvidenceError("evidence must be a link (https://…) or a file name")
        return record

    # --- changes --------------------------------------------------------------------------
    def add(self, records: Iterable[Record]) -> list[int]:
        """Check every record, then write them all in one transaction (or none)."""
        checked = [self.check(r) for r in records]
        keys = [(r.organisation.lower(), r.kind, r.code, r.quantity, r.unit, r.year, r.contract, r.title) for r in checked]
        if len(set(keys)) < len(keys):
            raise EvidenceError("the same record is given twice: nothing was saved")
        ids = []
        with closing(self._connect()) as db:
            try:
                with db:
                    for r in checked:
                        if db.execute("SELECT 1 FROM records WHERE organisation = ? AND kind = ? AND code = ? AND quantity IS ? "
                                      "AND unit = ? AND year IS ? AND contract = ? AND title = ?",
                                      (r.organisation, r.kind, r.code, r.quantity, r.unit, r.year, r.contract,
                                       r.title)).fetchone():
                            raise sqlite3.IntegrityError("duplicate")
                        cursor = db.execute(
                            "INSERT INTO records (organisation, kind, code, quantity, unit, year, contract, title, text, "
                            "evidence) VALUES (?,?,?,?,?,?,?,?,?,?)",
                            (r.organisation, r.kind, r.code, r.quantity, r.unit, r.year, r.contract, r.title, r.text,
                             r.evidence))
                        ids.append(cursor.lastrowid)
            except sqlite3.IntegrityError as exc:
                raise EvidenceError("that record is already in the library: nothing was saved") from exc
        return ids

    def delete(self, record_id: int) -> bool:
        with closing(self._connect()) as db, db:
            return db.execute("DELETE FROM records WHERE id = ?", (record_id,)).rowcount > 0

    # --- reading ----------------------------------------------------------------------------
    def records(self, organisation: str | None = None, kind: str | None = None) -> list[Record]:
        query, args = "SELECT * FROM records WHERE 1=1", []
        if organisation:
            query += " AND organisation = ?"
            args.append(" ".join(organisation.split()))
        if kind:
            query += " AND kind = ?"
            args.append(kind)
        with closing(self._connect()) as db:
            return [Record(**dict(row)) for row in db.execute(query + " ORDER BY organisation, kind, year, id", args)]

    def organisations(self) -> list[str]:
        with closing(self._connect()) as db:
            return [r[0] for r in db.execute("SELECT DISTINCT organisation FROM records ORDER BY organisation")]

    def search(self, query: str, organisation: str | None = None) -> list[Record]:
        """Records holding every word of the query (in any field), best (most matches) first."""
        words = [w for w in re.findall(r"\w+", query.lower()) if len(w) > 1]
        if not words:
            return []
        scored = []
        for record in self.records(organisation):
            haystack = " ".join(str(v) for v in record.as_dict().values() if v is not None).lower()
            if all(w in haystack for w in words):
                scored.append((-sum(haystack.count(w) for w in words), record.id or 0, record))
        return [r for *_, r in sorted(scored, key=lambda x: (x[0], x[1]))]

    # --- CSV ----------------------------------------------------------------------------------
    def import_csv(self, text: str) -> int:
        """Check every row, then add them all (or none); returns the number added."""
        reader = csv.DictReader(io.StringIO(text))
        missing = [f for f in ("organisation", "kind") if f not in (reader.fieldnames or [])]
        if missing:
            raise EvidenceError(f"the CSV needs the columns {', '.join(CSV_FIELDS)} (missing {', '.join(missing)})")
        records = []
        for number, row in enumerate(reader, start=2):
            row = {k.strip(): (v or "").strip().lstrip("'") for k, v in row.items() if k}
            try:
                records.append(self.check(Record(
                    organisation=row.get("organisation", ""), kind=row.get("kind", ""), code=row.get("code", ""),
                    quantity=float(row["quantity"].replace(",", "")) if row.get("quantity") else None,
                    unit=row.get("unit", ""), year=int(row["year"]) if row.get("year") else None,
                    contract=row.get("contract", ""), title=row.get("title", ""), text=row.get("text", ""),
                    evidence=row.get("evidence", ""))))
            except ValueError as exc:
                raise EvidenceError(f"row {number}: {exc if isinstance(exc, EvidenceError) else 'quantity and year must be numbers'}"
                                    "; nothing was imported") from exc
        if not records:
            raise EvidenceError("the CSV has no records")
        return len(self.add(records))

    def export_csv(self, organisation: str | None = None) -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for record in self.records(organisation):
            row = record.as_dict()
            row["quantity"] = "" if record.quantity is None else _number(record.quantity).replace(",", "")
            row["year"] = "" if record.year is None else record.year
            writer.writerow({k: _cell(str(row[k])) for k in CSV_FIELDS})
        return out.getvalue()


def open_library(settings) -> EvidenceLibrary:
    """The evidence library in the data folder, checking codes against the framework in use."""
    if settings.framework != "cm-toms":
        from assistant.frameworks import FrameworkRegistry

        catalogue = FrameworkRegistry(settings.data_dir / "frameworks").get(settings.framework).catalogue
    else:
        catalogue = Catalogue.load(settings.knowledge_dir)
    return EvidenceLibrary(settings.data_dir / "evidence.sqlite3", catalogue)


# --- what drafts and reviews call ---------------------------------------------------------------
def track_record(records: list[Record], codes: Iterable[str] = ()) -> dict[str, Any] | None:
    """A track-record paragraph quoting only the library's figures, each with its evidence as a numbered source.

    Figures for the draft's own measure codes come first. Returns None when there are no records to quote.
    """
    wanted = {c.upper() for c in codes}
    figures = sorted((r for r in records if r.kind == "figure"), key=lambda r: (r.code.upper() not in wanted, -(r.year or 0)))
    others = [r for r in records if r.kind in ("case_study", "accreditation", "policy")]
    if not figures and not others:
        return None
    sources: list[dict[str, Any]] = []
    sentences = []

    def mark(record: Record) -> str:
        sources.append({"n": len(sources) + 1, "record_id": record.id, "label": record.label(),
                        "evidence": record.evidence or "the organisation's own records (no link given)"})
        return f"[E{len(sources)}]"

    for record in figures[:5]:
        sentences.append(_figure_sentence(record, mark(record)))
    for record in [r for r in others if r.kind == "case_study"][:2]:
        summary = f": {record.text}" if record.text else ""
        sentences.append(f"Case study, {record.title}{summary.rstrip('.')} {mark(record)}.")
    held = [r for r in others if r.kind in ("accreditation", "policy")][:4]
    if held:
        sentences.append("We hold " + "; ".join(f"{r.title} {mark(r)}" for r in held) + ".")
    return {"heading": "Our track record", "text": " ".join(sentences), "sources": sources,
            "figures": [asdict(r) for r in figures[:5]]}


def _figure_sentence(record: Record, marker: str) -> str:
    """'We delivered 420 hours (NT17) in 2025 [E1].'; a figure with no code says what it counts, in the record's words."""
    if record.code or not record.text:
        return f"We delivered {record.label()} {marker}."
    quantity = _number(record.quantity)
    if quantity and (quantity in record.text or quantity.replace(",", "") in record.text):
        return f"{record.text.rstrip('. ')} {marker}."  # the bidder's own sentence, as its document states it
    return f"We delivered {record.label()} ({record.text.rstrip('. ')}) {marker}."


_PAST = re.compile(r"\b(?:we|our (?:team|staff|organisation|company))\s+(?:have\s+|has\s+)?(?:delivered|created|provided|"
                   r"donated|recruited|employed|spent|supported|trained|achieved|completed|generated|contributed|gave|"
                   r"volunteered)\b|\b(?:in|during)\s+20\d\d\b|\blast year\b|\bpreviously\b|\bto date\b|\bso far\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|commit|plan|aim|propose|intend|pledge)\b", re.I)
_FIGURE = re.compile(r"£\s?(?P<money>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|m|million)?\b|"
                     r"\b(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?:(?!(?:hours?|days?|weeks?|people|jobs?|on|in|at|with|for|across|from|to|of|and|by|the|our|a)\b)(?-i:[a-z-]+)\s+){0,2}?(?P<unit>%|hours?|days?|weeks?|FTEs?|people|apprentices?|"
                     r"apprenticeships?|jobs?|tonnes?|volunteers?|placements?|young people|residents|students|schools)\b",
                     re.I)


def _figures(sentence: str) -> list[tuple[float, str, str]]:
    found = []
    for m in _FIGURE.finditer(sentence):
        if m.group("money"):
            value = float(m.group("money").replace(",", "")) * {"k": 1e3, "m": 1e6, "million": 1e6}.get(
                (m.group("mult") or "").lower(), 1)
            found.append((value, "£", m.group(0)))
        else:
            found.append((float(m.group("n").replace(",", "")), m.group("unit").lower(), m.group(0)))
    return found


def unsupported_claims(sentences: list[str], records: list[Record]) -> list[dict[str, Any]]:
    """Flags for each figure a response says the bidder has already delivered that no library figure holds."""
    held = {float(r.quantity) for r in records if r.kind == "figure" and r.quantity is not None}
    held_text = " ".join(f"{r.title} {r.text}" for r in records if r.kind != "figure")
    flags = []
    for sentence in sentences:
        if not _PAST.search(sentence) or _FUTURE.search(sentence) or not re.search(r"\b(?:we|our|us)\b", sentence, re.I):
            continue  # a claim about what the bidder did; a cited fact about the area is not one
        if re.search(r"\[\d+\]", sentence):
            continue
        for value, unit, quoted in _figures(sentence):
            if value in held or quoted in held_text:
                continue
            flags.append({"kind": "figure_not_in_evidence", "quote": sentence,
                          "why": f"'{quoted}' is claimed as delivered but is not in the bidder's evidence library: add "
                                 "the record with its evidence, or remove the claim"})
    return flags
