"""The Review a draft tab: a score out of 100 (60:40), the evidence per criterion, flags, and an improvement."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant import models, render
from assistant.export import table_html
from assistant.inputs import BadInput
from assistant.models import ReviewResult
from assistant.review_view import improve_review
from assistant.ui.common import ALL_AREAS, AREA_CHOICES, FormProblem, area_value, escape, problem as _problem, required


class ReviewActions:
    """Reviewing a pasted or uploaded response."""

    REVIEW_HEADER = ["Criterion", "Points", "Evidence found", "To raise it", "Part"]

    def _review_request(self, text, file, question, service, value, months, area):
        """The review task's request from the form; an uploaded file is read in place of the pasted text."""
        terms = models.ContractRequest(service=service, value=value, months=months, area=area_value(area))
        given = str(file if isinstance(file, str) else file.name) if file else (text or "")
        try:
            return models.ReviewRequest(text=given, question=question, contract=terms).task_request()
        except BadInput as exc:
            raise FormProblem(str(exc)) from exc

    @staticmethod
    def _review_view(result: ReviewResult) -> tuple[str, str, str]:
        table = table_html(ReviewActions.REVIEW_HEADER, render.review_rows(result), label="Rubric", css_class="review")
        return f"## {escape(render.score_line(result))}", table, render.review_flags_markdown(result)

    def review(self, text, file, question, service, value, months, area):
        try:
            request = self._review_request(text, file, question, service, value, months, area)
        except FormProblem as exc:
            return _problem(str(exc), 4)
        return (*self._review_view(ReviewResult.of(self.a.review(request))), "", "")

    def improve(self, text, file, question, service, value, months, area):
        try:
            request = self._review_request(text, file, question, service, value, months, area)
        except FormProblem as exc:
            return _problem(str(exc), 4)
        task = self.a.review_task()
        before = task(request)
        improved = improve_review(task, request, before)
        head, rows, flags = self._review_view(ReviewResult.of(improved["review"]))
        return head, rows, flags, render.improvement_markdown(ReviewResult.of(before), improved), ""


def build_review(ui: Any) -> None:
    """The Review a draft tab."""
    with gr.Tab("Review a draft", id="review"):
        gr.Markdown("See how an evaluator might score your social value answer (60:40 qualitative to "
                    "quantitative), with the evidence found, what would raise each score, and flags.")
        with gr.Row():
            with gr.Column(scale=2, min_width=300):
                r_text = gr.Textbox(label=required("Your response (paste it, or upload a file below)"), lines=10,
                                    elem_id="r-text")
                r_file = gr.File(label="…or a .docx, .md or .txt file", file_types=[".docx", ".md", ".txt"])
                r_question = gr.Textbox(label="The tender's social value question (optional)")
                r_service = gr.Textbox(label=required("What the contract is for"), elem_id="r-service")
                with gr.Row():
                    r_value = gr.Textbox(label=required("Contract value (£)"), elem_id="r-value", min_width=140)
                    r_months = gr.Number(label=required("Length (months)"), value=12, precision=0, min_width=140)
                r_area = gr.Dropdown(AREA_CHOICES, value=ALL_AREAS, label="Area")
                with gr.Row():
                    r_button = gr.Button("Review", variant="primary", elem_id="r-button")
                    r_improve = gr.Button("Improve the weakest section", elem_id="r-improve")
                r_problem = gr.HTML(elem_id="r-problem")
            with gr.Column(scale=3, min_width=300):
                r_score = gr.Markdown(elem_id="r-score")
                r_flags = gr.Markdown(elem_id="r-flags")
                r_table = gr.HTML(elem_id="r-table")
                r_changed = gr.Markdown(elem_id="r-changed")
        r_inputs = [r_text, r_file, r_question, r_service, r_value, r_months, r_area]
        r_button.click(ui.review, r_inputs, [r_score, r_table, r_flags, r_changed, r_problem])
        r_improve.click(ui.improve, r_inputs, [r_score, r_table, r_flags, r_changed, r_problem])
