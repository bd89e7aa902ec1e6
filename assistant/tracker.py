"""The Partner VCFSE commitment record: organisations, baselines, year-on-year targets and actuals.

The roadmap asks public bodies and VCFSEs to measure progress with NT14 and private companies with NT14,
NT15, NT16 and NT17 (pages 42-46). One SQLite file in the data folder; every change is validated first
and written in one transaction, so a bad value saves nothing.

CSV format (import and export), one row per value:
    organisation,sector,area,code,year,kind,value,note,evidence
``kind`` is ``baseline``, ``target`` or ``actual``; ``sector`` is ``public``, ``private`` or ``vcfse``.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from assistant.csv_safety import restored_dict, safe_dict
from assistant.areas import normalise_area
from assistant.measures import Catalogue

# The roadmap's rule (pp. 42-46): public bodies and VCFSEs measure NT14; private companies every Partner VCFSE key
# measure, which the catalogue marks (None: read them from the catalogue, see CommitmentTracker.sector_codes).
SECTOR_CODES: dict[str, tuple[str, ...] | None] = {
    "public": ("NT14",),
    "vcfse": ("NT14",),
    "private": None,
}
# Where the roadmap says so (page, words of the passage) and its recommendations for each sector.
SECTOR_SOURCE = {
    "public": (42, "measure progress using NT14 from the"),
    "vcfse": (46, "increase meaningful collaboration with other VCFSE organisations"),
    "private": (45, "measure progress using NT14, NT15, NT16 and NT17"),
}
SECTOR_PAGES = {"public": (43, 44), "private": (45,), "vcfse": (46,)}  # the sector sections of chapter 8
KINDS = ("baseline", "target", "actual")
FIRST_YEAR, LAST_YEAR = 2015, 2050
CSV_FIELDS = ["organisation", "sector", "area", "code", "year", "kind", "value", "note", "evidence"]
SHORT_NAMES = {"NT14": "spend with VCSEs", "NT15": "expert advice to VCSEs", "NT16": "resources donated to VCSEs",
               "NT17": "volunteering"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS organisations (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    sector TEXT NOT NULL CHECK (sector IN ('public', 'private', 'vcfse')),
    area TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS entries (
    organisation TEXT NOT NULL COLLATE NOCASE REFERENCES organisations(name) ON DELETE CASCADE,
    code TEXT NOT NULL,
    year INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('baseline', 'target', 'actual')),
    value REAL NOT NULL CHECK (value >= 0),
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    rule TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (organisation, code, year, kind)
);
"""


class TrackerError(ValueError):
    """Input the user can fix; nothing was saved."""


@dataclass
class Entry:
    organisation: str
    code: str
    year: int
    kind: str
    value: float
    note: str = ""
    evidence: str = ""
    rule: str = ""


@dataclass
class MeasureProgress:
    code: str
    name: str
    unit: str
    baseline: dict[str, Any] | None
    years: list[dict[str, Any]] = field(default_factory=list)
    summary: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def framework_sector_codes(catalogue: Catalogue) -> dict[str, tuple[str, ...]]:
    """On a loaded framework every sector tracks the measures its file marks ``partner_vcfse_key`` (the roadmap's
    NT14-NT17 rule is the TOMs' own)."""
    keys = catalogue.partner_vcfse_codes()
    return {sector: keys for sector in SECTOR_CODES}


class CommitmentTracker:
    def __init__(self, path: Path, catalogue: Catalogue, sector_codes: dict[str, tuple[str, ...]] | None = None) -> None:
        """``sector_codes`` for a loaded framework (:func:`framework_sector_codes`); the roadmap's TOMs codes by default."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.catalogue = catalogue
        self.shipped = sector_codes is None
        self._sector_codes = SECTOR_CODES if sector_codes is None else sector_codes
        with closing(self._connect()) as db:
            db.executescript(_SCHEMA)

    def codes(self) -> list[str]:
        """Every Partner VCFSE measure code tracked on this framework, in the framework's order."""
        tracked = {code for sector in self._sector_codes for code in self.sector_codes(sector)}
        return [m.code for m in self.catalogue if m.code in tracked]

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys = ON")
        return db

    # --- validation -------------------------------------------------------------------
    def organisation(self, name: str) -> dict[str, str]:
        with closing(self._connect()) as db:
            row = db.execute("SELECT * FROM organisations WHERE name = ?", (name.strip(),)).fetchone()
        if row is None:
            raise TrackerError(f"no organisation called '{name}': add it first")
        return dict(row)

    def organisations(self) -> list[dict[str, str]]:
        with closing(self._connect()) as db:
            return [dict(r) for r in db.execute("SELECT * FROM organisations ORDER BY name")]

    def sector_codes(self, sector: str) -> tuple[str, ...]:
        """The Partner VCFSE measures a ``sector`` organisation tracks."""
        return self._sector_codes[sector] or self.catalogue.partner_vcfse_codes()

    def _check(self, entry: Entry, sector: str) -> Entry:
        try:
            code = self.catalogue.get(entry.code).code
        except Exception as exc:
            if self.shipped:
                raise TrackerError(f"'{entry.code}' is not a TOMs measure code") from exc
            raise TrackerError(f"'{entry.code}' is not a measure code of the {self.catalogue.name} (its Partner VCFSE "
                               f"measures: {', '.join(self.sector_codes(sector)) or 'none'})") from exc
        allowed = self.sector_codes(sector)
        if not allowed:
            raise TrackerError(f"the {self.catalogue.name} marks no measure as a Partner VCFSE key measure "
                               "(partner_vcfse_key in its file): there is nothing to track")
        if code not in allowed:
            rule = "the roadmap asks" if self.shipped else f"on the {self.catalogue.name},"
            raise TrackerError(f"{code} is not a Partner VCFSE measure for a {sector} organisation: {rule} "
                               f"{sector} organisations {'to ' if self.shipped else ''}measure {', '.join(allowed)}")
        if entry.kind not in KINDS:
            raise TrackerError(f"kind must be one of {', '.join(KINDS)} (got '{entry.kind}')")
        if not isinstance(entry.year, int) or not FIRST_YEAR <= entry.year <= LAST_YEAR:
            raise TrackerError(f"year must be between {FIRST_YEAR} and {LAST_YEAR} (got {entry.year})")
        if not isinstance(entry.value, (int, float)) or entry.value != entry.value or entry.value < 0:
            raise TrackerError(f"value must be a number of zero or more (got {entry.value})")
        entry.code = code
        return entry

    # --- changes ----------------------------------------------------------------------
    def add_organisation(self, name: str, sector: str, area: str | None = None) -> dict[str, str]:
        name = " ".join((name or "").split())
        if not name:
            raise TrackerError("give the organisation's name")
        sector = (sector or "").strip().lower()
        if sector not in SECTOR_CODES:
            raise TrackerError(f"sector must be one of {', '.join(SECTOR_CODES)} (got '{sector}')")
        try:
            area_name = normalise_area(area) or ""
        except ValueError as exc:
            raise TrackerError(str(exc)) from exc
        with closing(self._connect()) as db, db:
            db.execute("INSERT INTO organisations(name, sector, area) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE "
                       "SET sector = excluded.sector, area = excluded.area", (name, sector, area_name))
        return self.organisation(name)

    def record(self, entries: Iterable[Entry]) -> int:
        """Validate every entry, then write them all in one transaction (or none)."""
        entries = list(entries)
        sectors: dict[str, str] = {}
        for entry in entries:
            key = entry.organisation.strip().lower()
            if key not in sectors:
                sectors[key] = self.organisation(entry.organisation)["sector"]
            self._check(entry, sectors[key])
        with closing(self._connect()) as db, db:
            for e in entries:
                if e.kind == "baseline":  # one baseline per measure
                    db.execute("DELETE FROM entries WHERE organisation = ? AND code = ? AND kind = 'baseline'",
                               (e.organisation.strip(), e.code))
                db.execute(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (self.organisation(e.organisation)["name"], e.code, e.year, e.kind, float(e.value), e.note,
                     e.evidence, e.rule),
                )
        return len(entries)

    def replace_entries(self, organisation: str, entries: list[Entry]) -> int:
        """Make ``entries`` the organisation's whole record (the app's editable table): all checked, then one swap."""
        org = self.organisation(organisation)
        seen = set()
        for entry in entries:
            entry.organisation = org["name"]
            self._check(entry, org["sector"])
            key = (entry.code, entry.year, entry.kind)
            if key in seen or (entry.kind == "baseline" and any(k[0] == entry.code and k[2] == "baseline" for k in seen)):
                raise TrackerError(f"{entry.code} has two {entry.kind} values" + (f" for {entry.year}" if entry.kind != "baseline" else ""))
            seen.add(key)
        old = {(e.code, e.year, e.kind): e.rule for e in self.entries(org["name"])}
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM entries WHERE organisation = ?", (org["name"],))
            for e in entries:
                db.execute("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           (org["name"], e.code, e.year, e.kind, float(e.value), e.note, e.evidence,
                            e.rule or old.get((e.code, e.year, e.kind), "")))
        return len(entries)

    def set_target(self, organisation: str, code: str, year: int, value: float | None = None,
                   percent: float | None = None, note: str = "") -> Entry:
        """A target for ``year``: an absolute value, or a % increase on the year before (its target, else the baseline)."""
        if (value is None) == (percent is None):
            raise TrackerError("give either a target value or a percentage increase, not both")
        rule = ""
        if percent is not None:
            start = self._previous(organisation, code, year)
            if start is None:
                raise TrackerError(f"record a baseline for {code} before setting a % target")
            value = round(start[1] * (1 + percent / 100), 2)
            rule = f"+{percent:g}% on {start[0]} ({start[1]:,.2f})"
        entry = Entry(organisation, code, year, "target", float(value), note, "", rule)
        self.record([entry])
        return entry

    def _previous(self, organisation: str, code: str, year: int) -> tuple[str, float] | None:
        rows = self.entries(organisation)
        code = code.upper()
        targets = [e for e in rows if e.code == code and e.kind == "target" and e.year < year]
        if targets:
            last = max(targets, key=lambda e: e.year)
            return f"the {last.year} target", last.value
        baseline = [e for e in rows if e.code == code and e.kind == "baseline"]
        if baseline:
            return f"the {baseline[0].year} baseline", baseline[0].value
        return None

    def delete_organisation(self, name: str) -> None:
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM organisations WHERE name = ?", (name.strip(),))

    # --- reading ----------------------------------------------------------------------
    def entries(self, organisation: str | None = None) -> list[Entry]:
        query = "SELECT * FROM entries" + (" WHERE organisation = ?" if organisation else "") + " ORDER BY organisation, code, year, kind"
        with closing(self._connect()) as db:
            rows = db.execute(query, (organisation.strip(),) if organisation else ()).fetchall()
        return [Entry(**dict(r)) for r in rows]

    def progress(self, organisation: str) -> list[MeasureProgress]:
        org = self.organisation(organisation)
        rows = self.entries(org["name"])
        result = []
        for code in self.sector_codes(org["sector"]):
            measure = self.catalogue.get(code)
            mine = [e for e in rows if e.code == code]
            baseline = next((e for e in mine if e.kind == "baseline"), None)
            years = sorted({e.year for e in mine if e.kind != "baseline"})
            name = SHORT_NAMES.get(code, measure.measure) if self.shipped else measure.measure
            progress = MeasureProgress(code, name, measure.unit,
                                       {"year": baseline.year, "value": baseline.value} if baseline else None)
            for year in years:
                target = next((e for e in mine if e.kind == "target" and e.year == year), None)
                actual = next((e for e in mine if e.kind == "actual" and e.year == year), None)
                item: dict[str, Any] = {"year": year, "target": target.value if target else None,
                                        "actual": actual.value if actual else None,
                                        "rule": target.rule if target else ""}
                if target and actual and target.value > 0:
                    item["percent_of_target"] = round(100 * actual.value / target.value, 1)
                if baseline and actual and baseline.value > 0:
                    item["change_on_baseline_percent"] = round(100 * (actual.value - baseline.value) / baseline.value, 1)
                progress.years.append(item)
            progress.summary = self._summary(progress)
            result.append(progress)
        return result

    @staticmethod
    def _summary(p: MeasureProgress) -> str:
        label = f"{p.code} {p.name}"
        if p.baseline is None:
            return f"{label}: no baseline yet — record what you did in a recent year first."
        scored = [y for y in p.years if y.get("percent_of_target") is not None]
        if not scored:
            if any(y["target"] is not None for y in p.years):
                return f"{label}: baseline {p.baseline['year']} recorded and targets set; no actuals yet."
            return f"{label}: baseline {p.baseline['year']} recorded; set year-on-year targets next."
        latest = scored[-1]
        gap = latest["percent_of_target"] - 100
        if gap < 0:
            return f"{label} is {abs(gap):.0f}% behind its {latest['year']} target."
        if gap == 0:
            return f"{label} met its {latest['year']} target exactly."
        return f"{label} is {gap:.0f}% ahead of its {latest['year']} target."

    # --- CSV --------------------------------------------------------------------------
    def export_csv(self, organisation: str | None = None) -> str:
        """The record as CSV; cells a spreadsheet would run as formulas are neutralised (assistant/csv_safety.py)."""
        orgs = {o["name"].lower(): o for o in self.organisations()}
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for e in self.entries(organisation):
            org = orgs[e.organisation.lower()]
            writer.writerow(safe_dict({
                "organisation": org["name"], "sector": org["sector"], "area": org["area"], "code": e.code,
                "year": e.year, "kind": e.kind, "value": f"{e.value:.12g}", "note": e.note, "evidence": e.evidence}))
        return buffer.getvalue()

    def import_csv(self, text: str) -> int:
        """Add organisations and entries from CSV; every row is checked before anything is saved."""
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        missing = [f for f in ("organisation", "sector", "code", "year", "kind", "value") if f not in (reader.fieldnames or [])]
        if missing:
            raise TrackerError(f"the CSV needs the columns {', '.join(CSV_FIELDS)}; missing {', '.join(missing)}")
        organisations: dict[str, tuple[str, str, str]] = {}
        entries = []
        for number, row in enumerate(reader, start=2):
            row = restored_dict(row)  # cells neutralised by export_csv ('=...) come back as they were saved
            try:
                name = " ".join((row["organisation"] or "").split())
                sector = (row["sector"] or "").strip().lower()
                if sector not in SECTOR_CODES:
                    raise TrackerError(f"sector must be one of {', '.join(SECTOR_CODES)}")
                organisations.setdefault(name.lower(), (name, sector, row.get("area") or ""))
                entry = Entry(name, (row["code"] or "").strip(), int(row["year"]), (row["kind"] or "").strip().lower(),
                              float(row["value"]), row.get("note") or "", row.get("evidence") or "")
                self._check(entry, organisations[name.lower()][1])
                normalise_area(row.get("area") or None)
            except (TrackerError, ValueError, TypeError) as exc:
                raise TrackerError(f"row {number}: {exc}") from exc
            entries.append(entry)
        for name, sector, area in organisations.values():
            self.add_organisation(name, sector, area or None)
        return self.record(entries)
