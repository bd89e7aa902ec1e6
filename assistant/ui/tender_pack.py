"""The Draft tab's first step: a tender pack (or a saved bid) -> a prefilled form, with where each value came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.models import IntakeResult
from assistant.render import intake_markdown
from assistant.settings import Settings
from assistant.ui.common import AREA_CHOICES, escape

PACK_TYPES = [".pdf", ".docx", ".md", ".txt"]


def read_tender_pack(files, settings: Settings | None = None) -> dict[str, Any] | None:
    """The intake (assistant/tasks/intake.py) of the uploaded files, or None when none were given."""
    from assistant.tasks.intake import TenderIntake

    paths = [Path(getattr(f, "name", f)) for f in (files or [])]
    if not paths:
        return None
    settings = settings or Settings()
    return TenderIntake(settings.max_file_bytes, settings.max_pdf_pages).run(paths).as_dict()


def _update(value: Any) -> Any:
    """Set a field when the pack states a value; leave it as it was when not."""
    return gr.update(value=value) if value not in (None, "") else gr.update()


FORM_FIELDS = ("question", "service", "value", "months", "area", "words", "characters")


def _limit(question: Any, name: str) -> Any:
    """A found question sets both limits, clearing one it does not state (an earlier pack's limit must not stay)."""
    return gr.update() if question is None else gr.update(value=getattr(question, name))


def prefill_from_intake(data: dict[str, Any] | None) -> tuple:
    """Updates for the Draft form's FORM_FIELDS (question, service, value, months, area, word limit, character limit)
    and a summary of what was found and where; a field the pack does not state leaves the form as it was."""
    if data is None:
        return (*(gr.update() for _ in FORM_FIELDS), "")
    intake = IntakeResult.of(data)
    question = intake.social_value_question()
    question_text = question.text + "".join(f"\n- {point}" for point in question.sub_criteria) if question else None
    value_gbp, area = intake.stated("value_gbp"), intake.stated("area")
    updates = (
        _update(question_text),
        _update(intake.stated("service")),
        _update(f"£{value_gbp:,.0f}" if value_gbp is not None else None),
        _update(intake.stated("months") or None),
        _update(area if area in AREA_CHOICES else None),
        _limit(question, "word_limit"),
        _limit(question, "char_limit"),
    )
    return (*updates, intake_markdown(intake))


def tender_pack_prefill(files, settings: Settings | None = None) -> tuple:
    """Read an uploaded tender pack into the Draft form's fields (see :func:`prefill_from_intake`)."""
    return prefill_from_intake(read_tender_pack(files, settings))


def _bid_workspace(settings: Settings | None = None):
    from assistant.bids import BidWorkspace

    return BidWorkspace((settings or Settings()).data_dir / "bids.sqlite3")


def bid_choices(settings: Settings | None = None) -> list[tuple[str, str]]:
    return [(f"{b['name']} ({b['id']})", b["id"]) for b in _bid_workspace(settings).list()]


def save_bid(intake: dict[str, Any] | None, name: str | None, settings: Settings | None = None) -> tuple[str, Any]:
    """Save the uploaded pack's intake as a new bid; returns a message and the refreshed list of bids."""
    from assistant.bids import BidError

    if intake is None:
        return "Upload the tender pack first.", gr.update()
    title = (intake["tender"].get("title") or {}).get("value")
    try:
        bid_id = _bid_workspace(settings).new((name or "").strip() or title or "Untitled tender", intake)
    except BidError as exc:
        return escape(str(exc)), gr.update()
    return f"Saved as bid **{escape(bid_id)}**.", gr.update(choices=bid_choices(settings), value=bid_id)


def save_draft_to_bid(draft: dict[str, Any] | None, bid_id: str | None, name: str | None,
                      intake: dict[str, Any] | None, settings: Settings | None = None) -> tuple[str, Any]:
    """Save the last draft (with its checks) as a version of the chosen bid, or of a new bid; a message and the bids."""
    from assistant.bid_drafts import save_draft
    from assistant.bids import BidError

    try:
        saved, version = save_draft(_bid_workspace(settings), draft, bid_id or None, name, intake)
    except BidError as exc:
        return escape(str(exc)), gr.update()
    return (f"Saved as version {version} of bid **{escape(saved)}**.",
            gr.update(choices=bid_choices(settings), value=saved))


def open_bid(bid_id: str | None, settings: Settings | None = None) -> tuple:
    """Prefill the Draft form from a saved bid's intake (and return that intake)."""
    from assistant.bids import BidError

    if not bid_id:
        return (*prefill_from_intake(None), None)
    try:
        intake = _bid_workspace(settings).get(bid_id).get("intake")
    except BidError as exc:
        return (*(gr.update() for _ in FORM_FIELDS), escape(str(exc)), None)
    return (*prefill_from_intake(intake), intake)


@dataclass
class TenderPackStep:
    """The components of the Draft tab's first step."""

    pack: Any
    summary: Any
    bid_name: Any
    save: Any
    bids: Any
    message: Any


def build_tender_pack_step() -> TenderPackStep:
    """The upload box, its summary and the saved bids, shown first in the Draft tab (wire: wire_tender_pack_step)."""
    with gr.Accordion("1. Start from the tender pack (optional)", open=True):
        pack = gr.File(label="Upload the tender pack (PDF, Word, text; several files)", file_count="multiple",
                       file_types=PACK_TYPES, elem_id="d-pack")
        summary = gr.Markdown(elem_id="d-pack-summary")
        with gr.Row():
            bid_name = gr.Textbox(label="Save as a bid named (optional)", elem_id="d-bid-name", scale=2)
            save = gr.Button("Save as a bid", size="sm", elem_id="d-bid-save", scale=1)
        with gr.Row():
            bids = gr.Dropdown(label="Or open a saved bid", choices=[], elem_id="d-bid-open", scale=2)
            message = gr.Markdown(elem_id="d-bid-message")
    return TenderPackStep(pack, summary, bid_name, save, bids, message)


def wire_tender_pack_step(step: TenderPackStep, fields: list[Any]) -> Any:
    """Fill the form's FORM_FIELDS from the uploaded pack or a saved bid; save bids."""
    pack, summary, bid_name, save, bids, message = (step.pack, step.summary, step.bid_name, step.save, step.bids,
                                                    step.message)
    intake = gr.State(None)

    def uploaded(files):
        data = read_tender_pack(files)
        return (*prefill_from_intake(data), data)

    pack.upload(uploaded, pack, [*fields, summary, intake])
    save.click(lambda data, name: save_bid(data, name), [intake, bid_name], [message, bids])
    bids.input(lambda bid_id: open_bid(bid_id), bids, [*fields, summary, intake])
    bids.focus(lambda: gr.update(choices=bid_choices()), None, bids)
    return intake
