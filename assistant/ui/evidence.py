"""The Evidence tab: the bidder's own evidence library (assistant/evidence.py), searchable, imported from CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from assistant.inputs import BadInput, read_text_file
from assistant.ui.common import escape

EVIDENCE_HEADERS = ["#", "Organisation", "Kind", "Code", "Quantity", "Unit", "Year", "Contract", "Title", "Evidence"]


def evidence_rows(records) -> list[list[Any]]:
    return [[r.id, r.organisation, r.kind.replace("_", " "), r.code, "" if r.quantity is None else r.quantity, r.unit,
             r.year or "", r.contract, r.title, r.evidence] for r in records]


def evidence_search(assistant: Any, organisation: str | None, query: str | None) -> list[list[Any]]:
    """Every record of the organisation (or all), or those holding every word of the query."""
    organisation = (organisation or "").strip() or None
    library = assistant.evidence
    records = library.search(query, organisation) if (query or "").strip() else library.records(organisation)
    return evidence_rows(records)


def evidence_import(assistant: Any, file) -> tuple[str, list[list[Any]]]:
    """Import a CSV of records: all rows or none, with the reason."""
    from assistant.evidence import EvidenceError

    if file is None:
        return "Choose a CSV file first.", evidence_search(assistant, None, None)
    path = Path(getattr(file, "name", file))
    try:
        added = assistant.evidence.import_csv(read_text_file(path, path.name))
        message = f"Imported {added} records from {escape(path.name)}."
    except (EvidenceError, BadInput) as exc:
        message = f"Nothing imported from {escape(path.name)}: {escape(str(exc))}"
    return message, evidence_search(assistant, None, None)


def build_evidence_tab(assistant: Any) -> None:
    """A tab to search the bidder's own evidence and import it from CSV; drafts quote only these records."""
    with gr.Tab("Evidence", id="evidence"):
        gr.Markdown("Your organisation's own evidence: past delivery figures (measure code, quantity, unit, year, "
                    "contract, link), case studies, policies and accreditations. Drafts quote a track record only "
                    "from these, each cited. CSV columns: `organisation,kind,code,quantity,unit,year,contract,title,"
                    "text,evidence`.")
        with gr.Row():
            organisation = gr.Textbox(label="Organisation (optional)", elem_id="e-org")
            query = gr.Textbox(label="Search (every word must match)", elem_id="e-query")
            search = gr.Button("Search", variant="primary", elem_id="e-search")
        table = gr.Dataframe(headers=EVIDENCE_HEADERS, label="Records", interactive=False, wrap=True, elem_id="e-table")
        with gr.Row():
            upload = gr.File(label="Import a CSV of records", file_types=[".csv"], elem_id="e-csv")
            message = gr.Markdown(elem_id="e-message")
        search.click(lambda o, q: evidence_search(assistant, o, q), [organisation, query], table)
        query.submit(lambda o, q: evidence_search(assistant, o, q), [organisation, query], table)
        upload.upload(lambda f: evidence_import(assistant, f), upload, [message, table])
