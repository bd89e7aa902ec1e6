"""The Gradio app: the tabs of assistant/ui/ put together. Every action calls the same Assistant as the CLI.

Private by default: binds to 127.0.0.1, analytics off, login with SVA_AUTH=user:password, a queue with a
concurrency limit. Text that comes from documents is HTML-escaped before it is shown.
"""

from __future__ import annotations

import os
import threading
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant.assistant import Assistant, build  # noqa: E402
from assistant.inputs import item_lines as lines  # noqa: E402,F401
from assistant.measures import outcome_label  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.ui.ask import AskActions, build_ask, history_pairs, link_markers, sources_html  # noqa: E402,F401
from assistant.ui.common import (  # noqa: E402,F401
    ALL_AREAS, AREA_CHOICES, FIELDS, FormProblem, app_head, area_value, clean_exports, escape, export_dir, form_words,
    private_folder, problem_html, remove_older_than, required, theme, use_private_temp,
)
from assistant.ui.draft import DraftActions, build_draft  # noqa: E402
from assistant.ui.evidence import build_evidence_tab, evidence_import, evidence_rows, evidence_search  # noqa: E402,F401
from assistant.ui.feedback import FeedbackActions, feedback_row  # noqa: E402,F401
from assistant.ui.library import LibraryActions, build_library  # noqa: E402
from assistant.ui.map import MapActions, build_map  # noqa: E402
from assistant.ui.partner import PartnerActions, add_row, build_partner  # noqa: E402,F401
from assistant.ui.questions import QuestionsActions, build_questions  # noqa: E402
from assistant.ui.review import ReviewActions, build_review  # noqa: E402
from assistant.ui.status import StatusActions, build_status  # noqa: E402
from assistant.ui.tender_pack import (  # noqa: E402,F401
    bid_choices, build_tender_pack_step, open_bid, prefill_from_intake, read_tender_pack, save_bid, save_draft_to_bid,
    tender_pack_prefill,
    wire_tender_pack_step,
)

HEADER = ("<div class='app-header'><h1>Social Value Assistant</h1><p>Cheshire and Merseyside social value: "
          "answers cited to the page, measure codes for your activities, bid drafts and tender questions.</p></div>")


class UI(StatusActions, AskActions, FeedbackActions, MapActions, DraftActions, QuestionsActions, ReviewActions,
         PartnerActions, LibraryActions):
    """The app's actions, each a thin call into the Assistant (one mixin a tab, in assistant/ui/)."""

    def __init__(self, assistant: Assistant) -> None:
        self.a = assistant
        self._write_lock = threading.Lock()  # one ingest or delete at a time from this app
        self.resume_thread: threading.Thread | None = None  # redoing unfinished ingests after start-up


def make_app(assistant: Assistant) -> gr.Blocks:
    """The whole app for ``assistant``: one tab a builder (assistant/ui/), filled from the store when it loads."""
    use_private_temp(assistant.settings)
    ui = UI(assistant)
    outcomes = sorted({(outcome_label(m.outcome), m.outcome) for m in assistant.catalogue})
    max_age = max(60, int(assistant.settings.temp_max_age_hours * 3600))
    with gr.Blocks(title="Social Value Assistant", analytics_enabled=False,
                   delete_cache=(min(3600, max_age), max_age)) as app:
        app.sva_ui = ui
        gr.HTML(HEADER)
        gr.HTML(ui.banner(), elem_id="banner")
        with gr.Tabs():
            build_ask(ui)
            build_map(ui)
            build_draft(ui)
            build_questions(ui, outcomes)
            build_review(ui)
            organisations = build_partner(ui)
            build_evidence_tab(assistant)
            library = build_library(ui)
            build_status(ui)
        app.load(ui.source_names, None, library.to_delete)
        app.load(ui.library_html, None, library.table)
        app.load(ui.organisations, None, organisations)
    return app


def launch(settings: Settings | None = None, *, prevent_thread_lock: bool = False, app: gr.Blocks | None = None) -> Any:
    """Start the app on ``settings``; ``app``: one already made by make_app (the root app.py's ``demo``)."""
    import atexit

    from assistant.web_security import check_exposure, middleware

    settings = settings or Settings()
    check_exposure(settings)  # before anything is built: no login on a network address is refused
    app = app if app is not None else make_app(build(settings))
    atexit.register(clean_exports)
    ui = getattr(app, "sva_ui", None)
    if ui is not None:
        ui.resume_in_background()  # unfinished ingests are redone while the app already answers
    app.queue(default_concurrency_limit=settings.app_concurrency, max_size=settings.app_queue_size)
    auth = None
    if settings.auth is not None:
        user, _, password = settings.auth.get_secret_value().partition(":")
        if not user or not password:
            raise ValueError("SVA_AUTH must look like user:password")
        auth = (user, password)
    return app.launch(
        server_name=settings.host, server_port=settings.port, auth=auth, prevent_thread_lock=prevent_thread_lock,
        ssr_mode=False, footer_links=[], show_error=True, theme=theme(), head=app_head(),
        max_file_size=f"{int(settings.max_file_mb)}mb", quiet=prevent_thread_lock,
        app_kwargs={"middleware": middleware(settings)},
    )
