"""Parsing of what a person types, once for every front end: money, months, areas, contracts, lists, record rows.

Each parser raises :class:`BadInput` with a message that says what to fix; the CLI prints it (exit status 2) and
the app shows it beside the form, naming the field instead of the flag.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from assistant.areas import UnknownAreaError, normalise_area

if TYPE_CHECKING:  # the task modules import the retrieval stack; parsing does not need it
    from assistant.tasks.questions import Contract
    from assistant.tracker import Entry

_SUFFIXES = (("bn", 1e9), ("k", 1e3), ("m", 1e6))


class BadInput(Exception):
    """Input the user can fix: the message says what to change (CLI exit status 2, a form problem in the app)."""


def parse_money(text: Any, flag: str = "--value") -> float:
    """'250000', '£250k', '1.2m', '£2.4bn' -> pounds; anything else is bad input naming ``flag``."""
    raw = "" if text is None else str(text)
    cleaned = raw.strip().replace("£", "").replace(",", "").lower()
    factor = 1.0
    for suffix, multiplier in _SUFFIXES:
        if cleaned.endswith(suffix):
            cleaned, factor = cleaned[: -len(suffix)], multiplier
            break
    try:
        return float(cleaned) * factor
    except ValueError as exc:
        raise BadInput(f"{flag} must be an amount in £, e.g. 250000, £250k or 1.2m (got '{raw}')") from exc


def parse_months(value: Any, flag: str = "--months") -> int:
    """A contract length in whole months, from a number or its text (a form sends 12.0 or None)."""
    try:
        return int(float(value)) if value not in (None, "") else 0
    except (TypeError, ValueError) as exc:
        raise BadInput(f"{flag} must be a whole number of months (got '{value}')") from exc


def parse_area(value: str | None) -> str | None:
    """A borough or the region by its usual spellings; None (or empty) means the whole region."""
    try:
        return normalise_area(value or None)
    except UnknownAreaError as exc:
        raise BadInput(str(exc)) from exc


def parse_limit(value: Any, flag: str) -> int | None:
    """An optional positive whole number (a word or character limit); empty means no limit."""
    if value in (None, ""):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError) as exc:
        raise BadInput(f"{flag} must be a whole number (got '{value}')") from exc


def contract(service: str | None, value: Any, months: Any, area: str | None, sector: str | None = "other",
             priorities: Iterable[str] | None = None) -> "Contract":
    """A validated contract from typed fields; a problem is bad input that names the field to fix."""
    from assistant.tasks.questions import BadContractError, Contract

    try:
        return Contract(service or "", parse_money(value), parse_months(months), parse_area(area), sector or "other",
                        list(priorities or [])).validate()
    except BadContractError as exc:
        raise BadInput(str(exc)) from exc


def item_lines(text: str | None) -> list[str]:
    """One item a line (a bullet or dash at the start is dropped), blank lines skipped."""
    return [line.strip(" -•\t") for line in (text or "").splitlines() if line.strip(" -•\t")]


def comma_list(text: str | None) -> list[str]:
    """'A, B ,, C' -> ['A', 'B', 'C']."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def out_path(value: str | None, flag: str = "--out") -> Path | None:
    """A report file to write: it must end in .docx or .md."""
    out = Path(value) if value else None
    if out is not None and out.suffix.lower() not in (".docx", ".md", ".markdown"):
        raise BadInput(f"{flag} must end in .docx or .md (got '{out.name}')")
    return out


def read_text_file(path: str | Path, shown: str | None = None) -> str:
    """A file to import (CSV), as UTF-8 text; one that cannot be read is bad input naming it (as ``shown``)."""
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"cannot read {shown or path}: {getattr(exc, 'strerror', None) or exc}") from exc


def is_blank_row(row: Iterable[Any]) -> bool:
    """A table row with nothing typed in it."""
    return not any(str(cell).strip() for cell in row if cell is not None)


def tracker_entries(organisation: str, rows: Iterable[Iterable[Any]]) -> list["Entry"]:
    """Rows of (code, year, kind, value, note, evidence) -> record entries; blank rows are skipped."""
    from assistant.tracker import Entry

    entries = []
    for number, row in enumerate(rows, start=1):
        if is_blank_row(row):
            continue
        code, year, kind, value, note, evidence = (list(row) + [""] * 6)[:6]
        try:
            entries.append(Entry(organisation, str(code).strip(), int(float(year)), str(kind).strip().lower(),
                                 float(value), str(note or ""), str(evidence or "")))
        except (TypeError, ValueError) as exc:
            raise BadInput(f"row {number}: year and value must be numbers") from exc
    return entries
