"""The Draft a response tab: the tender pack step, the form, then the draft, its checks and its files."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant import models, render
from assistant.bid_drafts import draft_checks, evidence_for, sub_criteria_of
from assistant.draft_files import response_report, write_draft_files
from assistant.export import table_html, to_html
from assistant.inputs import BadInput
from assistant.models import DraftResult
from assistant.ui.common import ALL_AREAS, AREA_CHOICES, area_value, export_dir, problem as _problem, required
from assistant.ui.feedback import feedback_row
from assistant.ui.tender_pack import bid_choices, build_tender_pack_step, save_draft_to_bid, wire_tender_pack_step


def rated_draft(result: DraftResult) -> dict[str, Any]:
    """What a rating of the draft keeps: the question, the contract, each commitment with its codes and flags."""
    failed: dict[int, list[str]] = {}
    for flag in result.flags:
        failed.setdefault(flag.activity_index, []).append(flag.check)
    return {"question": result.question, **{k: result.contract.get(k) for k in ("service", "value", "months", "area")},
            "commitments": [{"activity": c.activity, "codes": c.codes, "included": c.included,
                             "flags": failed.get(i, [])} for i, c in enumerate(result.commitments)]}


class DraftActions:
    """Drafting a response from the form."""

    DRAFT_HEADER = ["Code", "Activity", "Quantity", "Unit", "Status", "Checks"]

    def draft(self, question, service, value, months, area, activities, partners, words, organisation="",
              appendix=False, characters=None, intake=None, progress=gr.Progress()):
        terms = models.ContractRequest(service=service, value=value, months=months, area=area_value(area))
        try:
            specification = (intake or {}).get("specification") or {}  # the pack's, checked for its requirements
            form = models.DraftRequest.from_form(question, terms, activities, partners, words, characters,
                                                 specification.get("text") or "")
            request = form.task_request(evidence=evidence_for(self.a, organisation))  # the track record's records
        except BadInput as exc:
            return (*_problem(str(exc), 5), gr.skip())  # the message goes under the button; the draft kept is kept
        progress(0.2, desc="Mapping and checking each activity")
        data = self.a.draft(request).as_dict()
        data["compliance"] = draft_checks(data, request, sub_criteria_of(intake))  # the pack's points, if uploaded
        if "specification" in data:
            data["specification"].update({k: specification.get(k) for k in ("from", "names")})
        result = models.DraftResult.of(data)
        progress(0.9, desc="Writing the files")
        paths = write_draft_files(data, export_dir(), organisation=(organisation or "").strip(), appendix=bool(appendix))
        response = to_html(response_report(data))
        table = table_html(self.DRAFT_HEADER, render.draft_rows(result), label="Commitments and checks", css_class="draft")
        return (response, table, render.draft_summary_markdown(result), [str(p) for p in paths], rated_draft(result), "",
                data)


def build_draft(ui: Any) -> None:
    """The Draft a response tab."""
    with gr.Tab("Draft a response", id="draft"):
        with gr.Row():
            with gr.Column(scale=2, min_width=300):
                d_step = build_tender_pack_step()
                d_question = gr.Textbox(label=required("The tender's social value question"), lines=2,
                                        elem_id="d-question")
                d_service = gr.Textbox(label=required("What the contract is for"), elem_id="d-service",
                                       placeholder="e.g. hospital cleaning services")
                with gr.Row():
                    d_value = gr.Textbox(label=required("Contract value (£)"), placeholder="e.g. 250000 or £2.4m",
                                         elem_id="d-value", min_width=140)
                    d_months = gr.Number(label=required("Length (months)"), value=12, precision=0,
                                         elem_id="d-months", min_width=140)
                d_area = gr.Dropdown(AREA_CHOICES, value=ALL_AREAS, label="Area")
                d_activities = gr.Textbox(label=required("What you plan to do, one activity per line"), lines=6,
                                          elem_id="d-activities")
                d_partners = gr.Textbox(label="Named VCFSE partners (comma separated, optional)")
                d_words = gr.Number(label="Word limit (optional)", value=None, precision=0, placeholder="e.g. 500",
                                    elem_id="d-words")
                d_chars = gr.Number(label="Character limit, counted with spaces (optional)", value=None,
                                    precision=0, placeholder="e.g. 3000", elem_id="d-chars")
                d_org = gr.Textbox(label="Your organisation (the Word file's author; your evidence library "
                                         "gives the track record; optional)", elem_id="d-org")
                d_appendix = gr.Checkbox(label="Add the checks to the response as an appendix "
                                         "(otherwise they are a separate file)", value=False)
                d_button = gr.Button("Draft the response", variant="primary", elem_id="d-button")
                d_problem = gr.HTML(elem_id="d-problem")
            with gr.Column(scale=3, min_width=300):
                d_flags = gr.Markdown(elem_id="d-flags")
                d_table = gr.HTML(elem_id="d-table")
                d_files = gr.File(label="Download: response (.docx, .md), checks (.docx), commitments (.csv)",
                                  file_count="multiple", elem_id="d-files")
                d_response = gr.HTML(elem_id="d-response")
                d_rated, d_data = gr.State(None), gr.State(None)
                with gr.Row():
                    d_save_to = gr.Dropdown(label="Save this draft to a bid", choices=[], elem_id="d-save-to")
                    d_save_name = gr.Textbox(label="or to a new bid named", elem_id="d-save-name")
                    d_save = gr.Button("Save the draft", size="sm", elem_id="d-save")
                d_saved = gr.Markdown(elem_id="d-saved")
                feedback_row(ui, "draft", d_rated, "d")
        d_intake = wire_tender_pack_step(d_step, [d_question, d_service, d_value, d_months, d_area, d_words, d_chars])
        d_button.click(ui.draft, [d_question, d_service, d_value, d_months, d_area, d_activities, d_partners,
                                  d_words, d_org, d_appendix, d_chars, d_intake],
                       [d_response, d_table, d_flags, d_files, d_rated, d_problem, d_data])
        d_save_to.focus(lambda: gr.update(choices=bid_choices()), None, d_save_to)
        d_save.click(save_draft_to_bid, [d_data, d_save_to, d_save_name, d_intake], [d_saved, d_save_to])
