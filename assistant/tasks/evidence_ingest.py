"""Evidence from the bidder's own documents (an annual social value report, case studies): found, shown, then saved.

Deterministic, like the tender intake: it reads the files into located lines (assistant/tender_reader.py) and keeps
a past delivery figure only where one sentence or table row states its quantity, its unit and its year, and says it
was delivered (not planned); a measure code is kept only when the text names one the framework has. Case studies are
the paragraphs under a heading that says "case study". Each found record keeps its file and page, and nothing is
saved until the user confirms (:func:`save_found`). Documents are data: nothing in them is followed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from assistant.evidence import _FIGURE, _FUTURE, _PAST, EvidenceError, EvidenceLibrary, Record
from assistant.measures import Catalogue
from assistant.tasks.intake import _sentences as intake_sentences
from assistant.tender_reader import Line, read_pack

YEAR = re.compile(r"\b(?:(?:in|during|for|over|throughout)\s+(?:the\s+)?(?:(?:financial|calendar|contract)\s+year\s+)?)?"
                  r"(?P<y>(?:19|20)\d\d)(?:\s*[/-]\s*(?P<y2>\d\d(?:\d\d)?))?\b", re.I)
SPAN = re.compile(r"\b(?:since|from|by|until|between|before|up to)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", re.I)
NOT_DELIVERED = re.compile(r"\b(?:target|goal|ambition|forecast|expect\w*|aspir\w*|aims?|hope\w*|budget\w*|"
                           r"estimat\w*|project(?:ed|ion)s?)\b", re.I)
CONTRACT = re.compile(r"\b(?:on|through|under|for|via)\s+(?:the|our)\s+(?P<c>[A-Z][\w&',()-]*(?:\s+[\w&',()-]+){0,7}?)\s+"
                      r"(?:contract|framework|project|programme)\b")
CASE_STUDY = re.compile(r"^\W*case\s+study\b\s*(?:\d+)?\s*[:.\-–]?\s*(?P<title>.*)$", re.I)
_HEADER = {"code": re.compile(r"^(?:measure|code|toms?|ref)", re.I),
           "activity": re.compile(r"activity|description|what|measure name|indicator", re.I),
           "quantity": re.compile(r"quantity|delivered|achieved|actual|total|number|amount|value|figure", re.I),
           "unit": re.compile(r"^units?$", re.I), "year": re.compile(r"year|period", re.I),
           "contract": re.compile(r"contract|client|project", re.I)}


@dataclass
class Found:
    """A record read from a document, with the file, page and words it came from."""

    record: Record
    source: str
    page: int | None
    quote: str

    def as_dict(self) -> dict[str, Any]:
        return {**self.record.as_dict(), "source": self.source, "page": self.page, "quote": self.quote[:300]}


@dataclass
class EvidenceScan:
    """What the documents state: records to confirm, figures left out (with why), files that could not be read."""

    found: list[Found] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    files: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"found": [f.as_dict() for f in self.found], "skipped": self.skipped, "files": self.files,
                "errors": self.errors}


def scan_documents(paths: Iterable[Path | str], organisation: str, catalogue: Catalogue | None = None, *,
                   max_bytes: int = 50 * 1048576, max_pages: int = 2000) -> EvidenceScan:
    """Read every file (one unreadable file is reported and loses nothing else) and find its evidence records."""
    pack = read_pack([Path(p) for p in paths], max_bytes=max_bytes, max_pages=max_pages)
    scan = EvidenceScan(files=pack.files, errors=pack.errors)
    by_file: dict[str, list[Line]] = {}
    for line in pack.lines:
        by_file.setdefault(line.source, []).append(line)
    for lines in by_file.values():
        first = len(scan.found)
        _scan_tables(lines, organisation, catalogue, scan)
        rows = _scan_row_lines(lines, organisation, catalogue, scan)
        _scan_prose([line for line in lines if id(line) not in rows], organisation, catalogue, scan)
        _scan_case_studies(lines, organisation, scan)
        scan.found[first:] = sorted(scan.found[first:], key=lambda f: f.page or 0)  # in the file's page order
    return scan


def _evidence_ref(line: Line) -> str:
    return f"file:{line.source}" + (f"#page={line.page}" if line.page is not None else "")


def _code_in(text: str, catalogue: Catalogue | None) -> str:
    """A measure code the text names and the framework has ('NT17'), else ''."""
    for token in re.findall(r"\b[A-Za-z]{1,5}\d{1,3}[a-z]?\b\*?", text):
        if catalogue is not None and token in catalogue:
            return catalogue.get(token).code
    return ""


def _year_in(text: str) -> int | None:
    """The one year the text states (a financial year '2024/25' is read as its first year); None if none, several,
    or a span ('since 2019', 'by 2030': a running total or a target, not one year's delivery)."""
    if SPAN.search(text):
        return None
    years = {int(m.group("y")) for m in YEAR.finditer(text) if not re.match(r"\s*(?:hours|people|jobs|£)", text[m.end():])}
    return years.pop() if len(years) == 1 else None


def _contract_in(text: str) -> str:
    match = CONTRACT.search(text)
    return match.group("c").strip() if match else ""


# --- prose -------------------------------------------------------------------------------------
def _sentences(lines: list[Line]) -> Iterable[tuple[Line, str]]:
    """Sentences of the prose (not table rows), a sentence wrapped over lines of one page joined back (as the
    tender intake reads them)."""
    yield from ((line, s) for line, s in intake_sentences(lines) if line.cells is None and not line.heading)


def _scan_prose(lines: list[Line], organisation: str, catalogue: Catalogue | None, scan: EvidenceScan) -> None:
    for line, sentence in _sentences(lines):
        figures = [m for m in _FIGURE.finditer(sentence) if m.group("unit") != "%"]
        if not figures:
            continue
        if _FUTURE.search(sentence) or NOT_DELIVERED.search(sentence) or not _PAST.search(sentence) \
                or not _ours(sentence, organisation):
            scan.skipped.append(_skip(line, sentence, "not stated as delivered (a plan, a target or a fact about others)"))
            continue
        year = _year_in(sentence)
        if year is None:
            scan.skipped.append(_skip(line, sentence, "no single year stated in the sentence"))
            continue
        if len(figures) > 1:
            scan.skipped.append(_skip(line, sentence, "several figures in one sentence: add each by hand"))
            continue
        quantity, unit = _quantity(figures[0])
        record = Record(organisation, "figure", code=_code_in(sentence, catalogue), quantity=quantity, unit=unit,
                        year=year, contract=_contract_in(sentence), text=sentence, evidence=_evidence_ref(line))
        scan.found.append(Found(record, line.source, line.page, sentence))


def _ours(sentence: str, organisation: str) -> bool:
    """The sentence is about the bidder: 'we', 'our', 'us' or its name."""
    return bool(re.search(r"\b(?:we|our|us)\b", sentence, re.I)) or organisation.lower() in sentence.lower()


def _quantity(match: re.Match) -> tuple[float, str]:
    if match.group("money"):
        mult = {"k": 1e3, "m": 1e6, "million": 1e6}.get((match.group("mult") or "").lower(), 1)
        return float(match.group("money").replace(",", "")) * mult, "£"
    unit = match.group("unit").lower()
    return float(match.group("n").replace(",", "")), unit


def _skip(line: Line, text: str, why: str) -> dict[str, Any]:
    return {"source": line.source, "page": line.page, "quote": text[:300], "why": why}


# --- tables ------------------------------------------------------------------------------------
def _columns(header: tuple[str, ...]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        for role, pattern in _HEADER.items():
            if role not in roles and pattern.search(cell):
                roles[role] = index
                break
    return roles


def _scan_tables(lines: list[Line], organisation: str, catalogue: Catalogue | None, scan: EvidenceScan) -> None:
    """Rows of a table whose header names a quantity and a unit or year: one delivered figure per row."""
    for line in lines:
        if line.cells is None or line.header is None:
            continue
        roles = _columns(line.header)
        if "quantity" not in roles or not ({"unit", "year"} & set(roles) or _year_in(" ".join(line.header))):
            continue
        cell = lambda role: line.cells[roles[role]] if role in roles and roles[role] < len(line.cells) else ""  # noqa: E731
        number = re.fullmatch(r"(?P<cur>£)?\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>[A-Za-z%]+(?:\s[A-Za-z]+)?)?", cell("quantity"))
        year = _year_in(cell("year")) or _year_in(" ".join(line.header))
        unit = "£" if number and number.group("cur") else (cell("unit") or (number.group("u") if number else "") or "")
        if not number or not unit or year is None or unit == "%":
            scan.skipped.append(_skip(line, line.text, "a row without a quantity, a unit and one year"))
            continue
        code = _code_in(cell("code"), catalogue) or _code_in(line.text, catalogue)
        if not code and _CODE_LIKE.fullmatch(cell("code").strip().rstrip("*")):  # "NT999": a code the framework does not have
            scan.skipped.append(_skip(line, line.text, "not a measure code of the framework"))
            continue
        record = Record(organisation, "figure", code=code, quantity=float(number.group("n").replace(",", "")),
                        unit=unit.strip(), year=year, contract=cell("contract"), text=cell("activity") or line.text,
                        evidence=_evidence_ref(line))
        scan.found.append(Found(record, line.source, line.page, line.text))


_CODE_LIKE = re.compile(r"[A-Za-z]{1,5}\d{1,3}[a-z]?")  # a measure code's shape, known to the framework or not
ROW_LINE = re.compile(rf"^(?P<code>{_CODE_LIKE.pattern})\*?\s+(?P<activity>.*?)\s*(?P<cur>£)?\s*(?P<n>\d[\d,]*(?:\.\d+)?)"
                      r"\s*(?P<unit>[A-Za-z]+(?:\s[a-z]+)?)?\s+(?P<year>(?:19|20)\d\d(?:/\d\d)?)$")


def _scan_row_lines(lines: list[Line], organisation: str, catalogue: Catalogue | None, scan: EvidenceScan) -> set[int]:
    """A table row as a PDF gives it, one line: 'NT3 Local people employed 12 FTE 2024'. Returns the lines used."""
    used: set[int] = set()
    for line in lines:
        match = ROW_LINE.match(line.text) if line.cells is None else None
        if not match:
            continue
        used.add(id(line))
        code = _code_in(match.group("code"), catalogue)
        unit = "£" if match.group("cur") else (match.group("unit") or "")
        if not code or not unit:
            scan.skipped.append(_skip(line, line.text, "not a measure code of the framework" if not code else "no unit stated"))
            continue
        record = Record(organisation, "figure", code=code, quantity=float(match.group("n").replace(",", "")), unit=unit,
                        year=int(match.group("year")[:4]), text=match.group("activity"), evidence=_evidence_ref(line))
        scan.found.append(Found(record, line.source, line.page, line.text))
    return used


# --- case studies ------------------------------------------------------------------------------
def _scan_case_studies(lines: list[Line], organisation: str, scan: EvidenceScan) -> None:
    """A heading (or a short line) 'Case study: Title' and the paragraphs under it, up to the next heading."""
    index = 0
    while index < len(lines):
        match = CASE_STUDY.match(lines[index].text)
        start = lines[index]
        if not match or len(start.text.split()) > 14:
            index += 1
            continue
        body: list[str] = []
        index += 1
        while index < len(lines) and not lines[index].heading and not CASE_STUDY.match(lines[index].text):
            body.append(lines[index].text)
            index += 1
        title = match.group("title").strip() or (body[0][:80] if body else "")
        if not title or not body:
            continue
        text = " ".join(" ".join(body).split())
        record = Record(organisation, "case_study", title=title, text=text[:1200], evidence=_evidence_ref(start))
        scan.found.append(Found(record, start.source, start.page, start.text))


# --- saving ------------------------------------------------------------------------------------
def save_found(library: EvidenceLibrary, scan: EvidenceScan) -> dict[str, Any]:
    """Save what was found in one transaction (or nothing); records already in the library are left as they are."""
    held = {_key(r) for r in library.records()}
    new, already = [], 0
    for found in scan.found:
        key = _key(found.record)
        if key in held:
            already += 1
            continue
        held.add(key)
        new.append(found.record)
    if not new:
        return {"saved": 0, "already_in_library": already}
    try:
        ids = library.add(new)
    except EvidenceError as exc:
        raise EvidenceError(f"{exc} (nothing was saved)") from exc
    return {"saved": len(ids), "already_in_library": already, "ids": ids}


def _key(record: Record) -> tuple:
    return (record.organisation.lower(), record.kind, record.code.upper(), record.quantity, record.unit, record.year,
            record.contract, record.title)
