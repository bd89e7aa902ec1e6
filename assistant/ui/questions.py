"""The Tender questions tab (for commissioners): questions, measures, evaluation matrix and notes; downloads."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.export import to_html, write_report
from assistant.inputs import BadInput, contract
from assistant.ui.common import ALL_AREAS, AREA_CHOICES, area_value, export_dir, problem as _problem, required


class QuestionsActions:
    """Writing tender questions for a contract."""

    def questions(self, service, value, months, area, sector, priorities, organisation=""):
        from assistant.tasks.questions import BadContractError

        try:
            result = self.a.tender_questions(contract(service, value, months, area_value(area), sector, priorities))
        except (BadInput, BadContractError) as exc:
            return _problem(str(exc), 2)
        folder = export_dir()
        report = result.report()
        author = (organisation or "").strip()
        docx_path = write_report(report, folder / "tender-questions.docx", author)
        md_path = write_report(report, folder / "tender-questions.md")
        return to_html(report), [str(docx_path), str(md_path)], ""


def build_questions(ui: Any, outcomes: list[tuple[str, str]]) -> None:
    """The Tender questions tab; ``outcomes`` are the priority outcomes to choose from."""
    with gr.Tab("Tender questions", id="questions"):
        with gr.Row():
            with gr.Column(scale=2, min_width=300):
                q_service = gr.Textbox(label=required("What the contract is for"), elem_id="q-service")
                with gr.Row():
                    q_value = gr.Textbox(label=required("Contract value (£)"), elem_id="q-value", min_width=140)
                    q_months = gr.Number(label=required("Length (months)"), value=12, precision=0, min_width=140)
                q_area = gr.Dropdown(AREA_CHOICES, value=ALL_AREAS, label="Area")
                q_sector = gr.Radio(["council", "nhs", "other"], value="council", label="Buyer")
                q_priorities = gr.Dropdown(outcomes, multiselect=True, label="Priority outcomes (optional)")
                q_org = gr.Textbox(label="Your organisation (the author of the Word file, optional)")
                q_button = gr.Button("Draft tender questions", variant="primary", elem_id="q-button")
                q_problem = gr.HTML(elem_id="q-problem")
            with gr.Column(scale=3, min_width=300):
                q_files = gr.File(label="Download (.docx and .md)", file_count="multiple")
                q_output = gr.HTML(elem_id="q-output")
        q_button.click(ui.questions, [q_service, q_value, q_months, q_area, q_sector, q_priorities, q_org],
                       [q_output, q_files, q_problem])
