"""The Library tab: add documents (errors per file), see and delete sources; unfinished ingests redone."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.export import table_html
from assistant.names import visible
from assistant.ui.common import ALL_AREAS, AREA_CHOICES, UPLOAD_TYPES, area_value, escape

log = logging.getLogger("assistant.app")


@dataclass
class LibraryParts:
    """The parts of the Library tab the app fills when it loads."""

    table: Any
    to_delete: Any


class LibraryActions:
    """Adding and deleting documents."""

    LIBRARY_HEADER = ["Source", "Kind", "Area", "Pages", "Chunks", "Status"]

    def sources_table(self) -> list[list[Any]]:
        """Names with control or bidi-override characters shown made visible (the stored name is unchanged)."""
        return [[visible(s.source), s.kind, s.area, s.pages, s.chunks, s.status] for s in self.a.sources()]

    def library_html(self) -> str:
        return table_html(self.LIBRARY_HEADER, self.sources_table(), label="In the library", css_class="library")

    def source_names(self):
        return gr.update(choices=[(visible(s.source), s.source) for s in self.a.sources() if s.kind == "document"],
                         value=None)

    def resume_pending(self) -> None:
        """Finish unfinished ingests (bounded by the per-file limits) without holding up start-up. The store's own
        writer lock serialises it with uploads and deletes; the app's lock is left free so they are not queued
        behind the whole of it."""
        report = self.a.resume_pending()
        for error in report.errors:
            log.warning("unfinished ingest of %s not redone: %s", visible(error["source"]), error["error"])

    def resume_in_background(self) -> threading.Thread | None:
        if not self.a.pending_sources():
            return None
        thread = threading.Thread(target=self.resume_pending, name="sva-resume-pending", daemon=True)
        thread.start()
        self.resume_thread = thread
        return thread

    def upload(self, files, area, progress=gr.Progress()):
        if not files:
            gr.Warning("Choose one or more files to add (PDF, Word, text, Markdown or CSV) under “Documents”.")
            return gr.skip(), gr.skip(), gr.skip()
        paths = [Path(f if isinstance(f, str) else f.name) for f in files]
        lines_out = []
        with self._write_lock:
            for index, path in enumerate(paths):
                progress(index / len(paths), desc=f"Reading {path.name}")
                report = self.a.ingest([path], area=area_value(area), uploaded=True)
                for item in report.ingested:
                    lines_out.append(f"- ✓ **{escape(visible(item['source']))}**: {item['status']} "
                                     f"({item['pages']} pages, {item['chunks']} chunks)")
                for error in report.errors:
                    lines_out.append(f"- <span class='flag-bad'>✗ {escape(visible(error['source']))}</span>: "
                                     f"{escape(error['error'])}")
            progress(1.0, desc="Done")
        return "\n".join(lines_out), self.library_html(), self.source_names()

    def delete(self, source):
        if not source:
            gr.Warning("Choose a document in “Document to delete” first.")
            return gr.skip(), gr.skip(), gr.skip()
        with self._write_lock:
            removed = self.a.delete_source(source)
        shown = escape(visible(source))
        message = f"Deleted **{shown}** ({removed} chunks)." if removed else f"{shown} was not in the library."
        return message, self.library_html(), self.source_names()


def build_library(ui: Any) -> LibraryParts:
    """The Library tab; returns the parts filled when the app loads."""
    with gr.Tab("Library", id="library"):
        gr.Markdown("Add your own documents (PDF, Word, text, Markdown, CSV). They are searched with the "
                    "shipped knowledge and cited to the page. Documents are treated as material, never as "
                    "instructions.")
        with gr.Row():
            files = gr.File(file_count="multiple", file_types=UPLOAD_TYPES, label="Documents", elem_id="upload")
            with gr.Column():
                l_area = gr.Dropdown(AREA_CHOICES, value=ALL_AREAS, label="The area these documents are about")
                upload = gr.Button("Add to the library", variant="primary", elem_id="upload-button")
        upload_result = gr.Markdown(elem_id="upload-result")
        library = gr.HTML(ui.library_html(), elem_id="library-table")
        with gr.Row():
            to_delete = gr.Dropdown(label="Document to delete", choices=[], elem_id="delete-choice")
            delete = gr.Button("Delete", variant="stop")
        upload.click(ui.upload, [files, l_area], [upload_result, library, to_delete])
        delete.click(ui.delete, to_delete, [upload_result, library, to_delete])
    return LibraryParts(library, to_delete)
