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
    from assistant.evidence_view import FOUND_HEADERS, evidence_find, evidence_save_found
    from assistant.ui.tender_pack import PACK_TYPES

    with gr.Tab("Evidence", id="evidence"):
        gr.Markdown("Your organisation's own evidence: past delivery figures (measure code, quantity, unit, year, "
                    "contract, link), case studies, policies and accreditations. Drafts quote a track record only "
                    "from these, each cited. CSV columns: `organisation,kind,code,quantity,unit,year,contract,title,"
                    "text,evidence`.")
        with gr.Row():
            organisation = gr.Textbox(label="Organisation (optional to search; needed to find evidence in documents)",
                                      elem_id="e-org")
            query = gr.Textbox(label="Search (every word must match)", elem_id="e-query")
            search = gr.Button("Search", variant="primary", elem_id="e-search")
        table = gr.Dataframe(headers=EVIDENCE_HEADERS, label="Records", interactive=False, wrap=True, elem_id="e-table")
        with gr.Row():
            upload = gr.File(label="Import a CSV of records", file_types=[".csv"], elem_id="e-csv")
            message = gr.Markdown(elem_id="e-message")
        with gr.Accordion("Find evidence in your own documents (annual social value report, case studies)", open=False):
            documents = gr.File(label="Your documents (PDF, Word, text)", file_count="multiple", file_types=PACK_TYPES,
                                elem_id="e-docs")
            find = gr.Button("Find figures and case studies", elem_id="e-find")
            found_message = gr.Markdown(elem_id="e-found-message")
            found = gr.Dataframe(headers=FOUND_HEADERS, label="Found (nothing is saved until you save it)",
                                 interactive=False, wrap=True, elem_id="e-found")
            save_found_button = gr.Button("Save these records", variant="primary", elem_id="e-save-found")
            scan = gr.State(None)
        find.click(lambda f, o: evidence_find(assistant, f, o), [documents, organisation], [found_message, found, scan])
        save_found_button.click(lambda s: evidence_save_found(assistant, s), scan, [found_message, scan]).then(
            lambda: evidence_search(assistant, None, None), None, table)
        search.click(lambda o, q: evidence_search(assistant, o, q), [organisation, query], table)
        query.submit(lambda o, q: evidence_search(assistant, o, q), [organisation, query], table)
        upload.upload(lambda f: evidence_import(assistant, f), upload, [message, table])
