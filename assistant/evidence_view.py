"""What the app shows when it finds evidence in the bidder's documents, and the save that follows on confirmation.

Front-end free (no Gradio), so any front end can show the same rows and messages: the found records with their
file and page, what was left out and why, files that could not be read; nothing is saved until the user says so.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from assistant.evidence import EvidenceError
from assistant.tasks.evidence_ingest import EvidenceScan, save_found, scan_documents

FOUND_HEADERS = ["Kind", "Code", "Quantity", "Unit", "Year", "Contract", "Title", "From (file, page)", "Words"]


def _escape(text: str) -> str:
    return html.escape(text or "", quote=False)


def found_rows(scan: EvidenceScan) -> list[list[Any]]:
    """One row per record found, with the file and page it came from and its words."""
    return [[f.record.kind.replace("_", " "), f.record.code, "" if f.record.quantity is None else f.record.quantity,
             f.record.unit, f.record.year or "", f.record.contract, f.record.title,
             f.source + (f", p. {f.page}" if f.page is not None else ""), f.quote] for f in scan.found]


def evidence_find(assistant: Any, files: Any, organisation: str | None) -> tuple[str, list[list[Any]], Any]:
    """Read the uploaded documents; a message, the rows found, and the scan to save (None when nothing to save)."""
    name = " ".join((organisation or "").split())
    if not name or not files:
        return "Give your organisation's name and upload its documents first.", [], None
    paths = [Path(getattr(f, "name", f)) for f in (files if isinstance(files, list) else [files])]
    settings = assistant.settings
    scan = scan_documents(paths, name, assistant.evidence.catalogue, max_bytes=settings.max_file_bytes,
                          max_pages=settings.max_pdf_pages)
    lines = [f"Found {len(scan.found)} records for **{_escape(name)}**: check them, then save them."
             if scan.found else "No delivered figure or case study was found."]
    lines += [f"- Left out: {_escape(s['quote'][:80])} ({_escape(s['why'])})" for s in scan.skipped[:10]]
    lines += [f"- Could not read {_escape(e['source'])}: {_escape(e['error'])}" for e in scan.errors]
    return "\n".join(lines), found_rows(scan), scan if scan.found else None


def evidence_save_found(assistant: Any, scan: EvidenceScan | None) -> tuple[str, Any]:
    """Save the records found, all at once (or none, with the reason); a message and what is left to save."""
    if scan is None:
        return "Find records in your documents first.", None
    try:
        saved = save_found(assistant.evidence, scan)
    except EvidenceError as exc:
        return f"Nothing saved: {_escape(str(exc))}", scan
    return f"Saved {saved['saved']} records" + (
        f" ({saved['already_in_library']} already in the library)." if saved["already_in_library"] else "."), None
