"""The Gradio app: UI only. Every action calls the same Assistant methods as the CLI (assistant/assistant.py).

Private by default: binds to 127.0.0.1, analytics off, login with SVA_AUTH=user:password, a queue with a
concurrency limit. Text that comes from documents is HTML-escaped before it is shown.
"""

from __future__ import annotations

import csv
import html
import logging
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant import __version__  # noqa: E402
from assistant.areas import BOROUGHS, REGION  # noqa: E402
from assistant.assistant import Assistant, build  # noqa: E402
from assistant.csv_safety import safe_row  # noqa: E402
from assistant.draft_files import write_draft_files  # noqa: E402
from assistant.export import table_html, to_html, write_report  # noqa: E402
from assistant.inputs import BadInput, comma_list, contract, item_lines, parse_limit, tracker_entries  # noqa: E402
from assistant.measures import outcome_label  # noqa: E402
from assistant.names import visible  # noqa: E402
from assistant.settings import Settings  # noqa: E402

log = logging.getLogger(__name__)

ALL_AREAS = f"All of {REGION}"
AREA_CHOICES = [ALL_AREAS, *BOROUGHS]
EXAMPLES = [
    "What is social value?",
    "What is the Partner VCFSE commitment?",
    "Which measure counts volunteering hours for charities?",
    "How much of the score should social value carry?",
    "How long should tenders relevant to VCFSEs stay open?",
]
UPLOAD_TYPES = [".pdf", ".docx", ".txt", ".md", ".csv"]
CSS_FILE = Path(__file__).with_name("app.css")
# Form fields by the CLI flag a shared error message names: the app says the field, never the flag.
FIELDS = {
    "--question": "The tender's social value question",
    "--service": "What the contract is for",
    "--value": "Contract value (£)",
    "--months": "Length (months)",
    "--area": "Area",
    "--activity": "What you plan to do",
    "--partner": "Named VCFSE partners",
    "--words": "Word limit",
    "--sector": "Buyer",
    "--priority": "Priority outcomes",
}


def app_head() -> str:
    """The app's stylesheet, put in the page's head as it is: Gradio's ``css=`` drops @container rules."""
    return f"<style>{CSS_FILE.read_text(encoding='utf-8')}</style>"


def theme() -> gr.themes.Base:
    """The Soft theme with text and buttons dark enough for WCAG 2.2 AA (4.5:1) on their backgrounds."""
    return gr.themes.Soft(primary_hue="emerald", neutral_hue="slate").set(
        body_text_color_subdued="#4b5563",
        block_info_text_color="#4b5563",
        block_label_text_color="#1f2937",
        block_title_text_color="#1f2937",
        input_placeholder_color="#6b7280",
        button_primary_background_fill="#065f46",
        button_primary_background_fill_hover="#064e3b",
        button_primary_text_color="#ffffff",
        button_secondary_text_color="#1f2937",
        button_cancel_background_fill="#b91c1c",
        button_cancel_text_color="#ffffff",
        link_text_color="#065f46",
        link_text_color_visited="#065f46",
        checkbox_label_text_color="#1f2937",
        checkbox_label_text_color_selected="#064e3b",
        checkbox_label_background_fill_selected="#d1fae5",
    )


# --- small helpers (pure; tested without a browser) -----------------------------------------------
def area_value(choice: str | None) -> str | None:
    return None if not choice or choice == ALL_AREAS else choice


def escape(text: str) -> str:
    """Document text shown as text: '<script>' stays visible characters, never markup."""
    return html.escape(text or "", quote=False)


def link_markers(answer: str) -> str:
    """'… [2]' -> '… [[2]](#source-2)': each marker jumps to its source in the sources panel."""
    return re.sub(r"\[(\d+)\]", r"[[\1]](#source-\1)", answer)


def sources_html(citations: list[dict[str, Any]]) -> str:
    if not citations:
        return "<p><em>Sources for the answer appear here.</em></p>"
    parts = []
    for c in citations:
        where = ", ".join(x for x in (f"p. {c['page']}" if c.get("page") is not None else "", c.get("section") or "",
                                      "scanned page, read by OCR" if c.get("ocr") else "") if x)
        parts.append(
            f'<div class="source" id="source-{c["n"]}"><strong>[{c["n"]}] {escape(visible(c["source"]))}</strong>'
            f'{f" <span class=where>{escape(where)}</span>" if where else ""}<br>“{escape(c["snippet"])}”</div>'
        )
    return "".join(parts)


def history_pairs(history: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Chatbot messages -> (question, answer) pairs for follow-up questions."""
    pairs, question = [], None
    for message in history or []:
        content = message.get("content")
        text = content if isinstance(content, str) else ""
        if message.get("role") == "user":
            question = text
        elif message.get("role") == "assistant" and question is not None:
            pairs.append((question, re.sub(r"\[\[(\d+)\]\]\(#source-\d+\)", r"[\1]", text)))
            question = None
    return pairs


lines = item_lines  # one activity a line (kept under its old name for callers)


_EXPORT_ROOT: Path | None = None


def private_folder(path: Path) -> Path:
    """``path`` created (with its parents) and set to mode 0700: only this user can list or read it."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def use_private_temp(settings: Settings) -> Path:
    """Keep the app's uploads (Gradio's cache, via GRADIO_TEMP_DIR) and exports in ``tmp/`` under the data folder,
    mode 0700, instead of the system-wide temporary folder; delete what is older than ``temp_max_age_hours``."""
    global _EXPORT_ROOT
    root = private_folder(settings.temp_dir)
    uploads, exports = private_folder(root / "gradio"), private_folder(root / "exports")
    remove_older_than(root, settings.temp_max_age_hours * 3600)
    os.environ["GRADIO_TEMP_DIR"] = str(uploads)  # read by gr.Blocks() and at launch, so set before both
    _EXPORT_ROOT = exports
    return root


def remove_older_than(root: Path, seconds: float) -> int:
    """Delete files under ``root`` not changed for ``seconds``, then the folders left empty; returns files removed."""
    import time

    cutoff, removed = time.time() - seconds, 0
    for path in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        try:
            if path.is_file() or path.is_symlink():
                if path.lstat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            elif path.is_dir() and path.parent != root and not any(path.iterdir()):
                path.rmdir()
        except OSError:
            continue
    return removed


def clean_exports() -> None:
    """Remove every export this process wrote (run when the app stops)."""
    import shutil

    if _EXPORT_ROOT is not None and _EXPORT_ROOT.is_dir():
        for child in _EXPORT_ROOT.iterdir():
            shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)


def export_dir() -> Path:
    """A new folder for one export: in the private temporary folder when the app set one up."""
    if _EXPORT_ROOT is not None:
        return Path(tempfile.mkdtemp(prefix="sva-export-", dir=private_folder(_EXPORT_ROOT)))
    return Path(tempfile.mkdtemp(prefix="sva-export-"))


def check_mark(check: dict[str, Any]) -> str:
    return ("✓ " if check["ok"] else "✗ FLAGGED: ") + check["why"]


def form_words(message: str) -> str:
    """A shared validation message in the form's words: '(--question)' -> '(“The tender's social value question”)'."""
    text = str(message)
    for flag, label in FIELDS.items():
        text = re.sub(rf"\(?{re.escape(flag)}\)?(?![\w-])", lambda m: f"({label})" if m.group(0).startswith("(")
                      else f"“{label}”", text)
    return text[:1].upper() + text[1:]


class FormProblem(Exception):
    """Input the user can fix: shown beside the form in plain words, never as a traceback."""


def problem_html(message: str) -> str:
    return f"<div class='form-problem' role='alert'>⚠ {escape(form_words(message))}</div>"


def _problem(message: str, outputs: int):
    """A warning toast and the message under the button; the other outputs keep what they showed."""
    gr.Warning(form_words(message))
    return (*[gr.skip()] * outputs, problem_html(message))


def required(label: str) -> str:
    return f"{label} (required)"


class UI:
    """The app's actions, each a thin call into the Assistant."""

    def __init__(self, assistant: Assistant) -> None:
        self.a = assistant
        self._write_lock = threading.Lock()  # one ingest or delete at a time from this app
        self.resume_thread: threading.Thread | None = None  # redoing unfinished ingests after start-up

    # --- status ---------------------------------------------------------------------------
    def banner(self) -> str:
        """What the assistant does and how answers are made, in words; settings and variables are under Status."""
        provider = self.a.settings.llm_provider
        what = ("Ask about social value in Cheshire and Merseyside, find the measure code for an activity, draft or "
                "review a bid response, or write tender questions. Every answer cites its source.")
        if provider == "local":
            how = ("Answers are written by a small offline model and checked against the sources." if self.a.writes_answers
                   else "Answers quote the sources; tick the box under the question to have the small offline model "
                   "write one (slower).")
        elif provider == "none":
            how = "No language model is connected, so answers quote the sources directly."
        else:
            how = "Answers are written by the connected language model and checked against the sources."
        more = (" A stronger language model writes better answers and drafts: the Status tab says how to connect one."
                if provider in ("local", "none") else "")
        return f"<div class='banner'><p>{what}</p><p>{how}{more}</p></div>"

    def status(self) -> str:
        sources = self.a.sources()
        return "\n".join([
            "### Status",
            f"- **Answers:** {escape(self.a.answer_description())}",
            f"- **Language model:** {escape(self.a.model_description())}",
            f"- **Index:** {self.a.store.count():,} chunks from {len(sources)} sources",
            f"- **Data folder:** `{self.a.settings.data_dir}`",
            f"- **Version:** {__version__}",
            "",
            "#### Connecting a stronger language model",
            "Set these environment variables before starting the app, then restart it:",
            "",
            "- OpenAI: `SVA_LLM_PROVIDER=openai` and `OPENAI_API_KEY=…` (optionally `SVA_LLM_MODEL`).",
            "- A server on your own network (Ollama, vLLM, a llama.cpp server): `SVA_LLM_PROVIDER=openai-compatible`, "
            "`SVA_LLM_BASE_URL=http://…/v1` and `SVA_LLM_MODEL=…`.",
            "",
            "Answers and drafts are checked against the sources either way.",
        ])

    # --- ask ------------------------------------------------------------------------------
    def ask(self, message: str, history: list[dict[str, Any]], area: str | None, write: bool | None = None):
        message = (message or "").strip()
        history = list(history or [])
        if not message:
            yield history, "", gr.update(), gr.skip()
            return
        pending = history + [{"role": "user", "content": escape(message)},
                             {"role": "assistant", "content": "*Searching the sources…*"}]
        yield pending, "", gr.update(), gr.skip()
        from assistant.store import StoreUnavailableError

        try:
            for answer in self.a.ask_stream(message, area=area_value(area), history=history_pairs(history),
                                            write=write):
                text = link_markers(escape(answer.answer))
                if answer.notice:
                    text += f"\n\n*{escape(answer.notice)}*"
                data = answer.as_dict()
                rated = {"question": message, "answer": answer.answer, "citations": data["citations"],
                         "area": area_value(area)}
                yield (pending[:-1] + [{"role": "assistant", "content": text}], "", sources_html(data["citations"]),
                       {"index": len(pending) - 1, **rated})
        except StoreUnavailableError as exc:
            yield (pending[:-1] + [{"role": "assistant", "content": f"*{escape(str(exc))}*"}], message, gr.update(),
                   gr.skip())

    # --- the source viewer ------------------------------------------------------------------
    @staticmethod
    def source_choices(last: dict | None):
        citations = (last or {}).get("citations") or []
        choices = []
        for c in citations:
            where = f", p. {c['page']}" if c.get("page") is not None else (f", {c['section']}" if c.get("section") else "")
            choices.append((f"[{c['n']}] {c['source']}{where}"[:90], int(c["n"])))
        return gr.update(choices=choices, value=None, visible=bool(choices))

    def open_source(self, n, last: dict | None):
        """The cited source at the cited place: the PDF page with the passage highlighted, or the marked text."""
        from assistant.viewer import show

        citation = next((c for c in (last or {}).get("citations") or [] if c["n"] == n), None)
        if citation is None:
            return "", gr.update(value=None, visible=False)
        view = show(citation, self.a.store, export_dir())
        return view.html, gr.update(value=view.image, visible=bool(view.image))

    # --- feedback ---------------------------------------------------------------------------
    def rate_answer(self, last: dict | None, like: gr.LikeData):
        """The chat's thumbs: the rated answer is stored with its question and citations."""
        if not last or (like.index is not None and _index(like.index) != last.get("index")):
            return "<p role='status'>Only the latest answer can be rated.</p>"
        item = {k: v for k, v in last.items() if k != "index"}
        self.a.feedback.add("answer", bool(like.liked), item)
        return f"<p role='status'>Thanks: your {'👍' if like.liked else '👎'} on this answer is saved on this computer.</p>"

    def rate(self, kind: str, liked: bool, item: dict | list | None, comment: str) -> str:
        """Thumbs and a comment for a mapping (one record per activity) or a draft."""
        from assistant.feedback import FeedbackError

        items = item if isinstance(item, list) else [item]
        try:
            for one in items:
                self.a.feedback.add(kind, liked, one, comment)
        except FeedbackError as exc:
            return problem_html(str(exc))
        return f"Saved your {'👍' if liked else '👎'}" + (" and comment" if (comment or "").strip() else "") + \
            " on this computer. Thank you."

    # --- map ------------------------------------------------------------------------------
    MAP_HEADER = ["Code", "Measure", "Quantity", "Unit", "Activity", "Also consider", "Why"]

    def map_rows(self, text: str) -> list[list[Any]]:
        """One row per activity, key columns first; an activity no measure fits says so instead of a code."""
        activities = lines(text)
        if not activities:
            raise FormProblem("Paste at least one activity, one per line, in “Activities”.")
        rows = []
        for activity in activities:
            mapping = self.a.map_activity(activity)
            best = mapping.measures[0]
            quantity = mapping.quantity
            if not mapping.fits:
                rows.append(["none", "No measure fits this activity", quantity.as_dict()["value"] if quantity else "",
                             quantity.unit if quantity else "", activity,
                             ", ".join(m.measure.code for m in mapping.measures),
                             f"the closest measure ({best.measure.code}) is not close enough "
                             f"(score {best.score:.2f}): describe who benefits and how"])
                continue
            in_unit = best.in_unit.as_dict() if best.in_unit is not None else {"value": None}
            rows.append([  # the quantity in the measure's own unit, never in another (the why says how)
                best.measure.code, best.measure.measure,
                "" if in_unit["value"] is None else in_unit["value"], best.measure.unit,
                activity, ", ".join(m.measure.code for m in mapping.measures[1:]), best.why,
            ])
        return rows

    def map_activities(self, text: str):
        try:
            rows = self.map_rows(text)
        except FormProblem as exc:
            return _problem(str(exc), 3)
        path = export_dir() / "activity-measures.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(self.MAP_HEADER)
            writer.writerows(safe_row(row) for row in rows)  # no cell runs as a spreadsheet formula
        rated = [{"activity": row[4], "code": None if row[0] == "none" else row[0], "measure": row[1]} for row in rows]
        return table_html(self.MAP_HEADER, rows, label="Measure codes", css_class="map"), str(path), rated, ""

    # --- draft ----------------------------------------------------------------------------
    DRAFT_HEADER = ["Code", "Activity", "Quantity", "Unit", "Status", "Checks"]

    def draft(self, question, service, value, months, area, activities, partners, words, organisation="",
              appendix=False, progress=gr.Progress()):
        from assistant.tasks.draft import DraftRequest
        from assistant.tasks.questions import BadContractError

        try:
            request = DraftRequest(
                question=question or "", contract=contract(service, value, months, area_value(area)),
                activities=item_lines(activities), partners=comma_list(partners), words=parse_limit(words, "--words"),
            ).validate()
        except (BadInput, BadContractError) as exc:
            return _problem(str(exc), 5)
        progress(0.2, desc="Mapping and checking each activity")
        result = self.a.draft(request)
        data = result.as_dict()
        progress(0.9, desc="Writing the files")
        paths = write_draft_files(data, export_dir(), organisation=(organisation or "").strip(), appendix=bool(appendix))
        rows = []
        for c in data["commitments"]:
            rows.append([", ".join(c["codes"]), c["activity"], "" if c["quantity"] is None else c["quantity"], c["unit"],
                         "in the response" if c["included"] else "FLAGGED — left out",
                         " ".join(f"{check_mark(c['checks'][name])} ({name})."
                                  for name in ("relevant", "proportionate", "additional"))])
        flags = "\n".join(
            f"- <span class='flag-bad'>Activity {f['activity_index'] + 1} — {f['check']}</span>: {escape(f['why'])}"
            for f in data["flags"]
        ) or "No activity was flagged."
        notes = "\n".join(f"- {escape(n)}" for n in data["notes"])
        summary = f"**{data['words']} words**" + (f" (limit {data['word_limit']})" if data["word_limit"] else "")
        from assistant.draft_files import response_report

        response = to_html(response_report(data))
        table = table_html(self.DRAFT_HEADER, rows, label="Commitments and checks", css_class="draft")
        failed = {}
        for f in data["flags"]:
            failed.setdefault(f["activity_index"], []).append(f["check"])
        rated = {"question": data["question"], **{k: data["contract"][k] for k in ("service", "value", "months", "area")},
                 "commitments": [{"activity": c["activity"], "codes": c["codes"], "included": c["included"],
                                  "flags": failed.get(i, [])} for i, c in enumerate(data["commitments"])]}
        return (response, table, f"### Flags\n{flags}" + (f"\n\n### Notes\n{notes}" if notes else "") + f"\n\n{summary}",
                [str(p) for p in paths], rated, "")

    # --- tender questions -------------------------------------------------------------------
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

    # --- review ------------------------------------------------------------------------------
    def _review_request(self, text, file, question, service, value, months, area):
        from assistant.review_view import response_text
        from assistant.tasks.questions import BadContractError
        from assistant.tasks.review import ReviewRequest

        try:
            text = response_text(str(file if isinstance(file, str) else file.name)) if file else response_text(text or "")
            return ReviewRequest(text or "", question or "",
                                 contract(service, value, months, area_value(area))).validate()
        except (BadInput, BadContractError) as exc:
            raise FormProblem(str(exc)) from exc

    REVIEW_HEADER = ["Criterion", "Points", "Evidence found", "To raise it", "Part"]

    @staticmethod
    def _review_view(data: dict[str, Any]):
        from assistant.review_view import score_line

        rows = [[c["criterion"], f"{c['points']}/{c['max_points']}", " / ".join(c["evidence"][:2]), c["to_raise"], c["part"]]
                for part in ("qualitative", "quantitative") for c in data[part]["criteria"].values()]
        head = f"## {escape(score_line(data))}"
        flags = "\n".join(f"- <span class='flag-bad'>{f['kind'].replace('_', ' ')}</span>: {escape(f['why'])}<br>“{escape(f['quote'])}”"
                          for f in data["flags"]) or "No flags."
        return head, table_html(UI.REVIEW_HEADER, rows, label="Rubric", css_class="review"), "### Flags\n" + flags

    def review(self, text, file, question, service, value, months, area):
        try:
            request = self._review_request(text, file, question, service, value, months, area)
        except FormProblem as exc:
            return _problem(str(exc), 4)
        data = self.a.review(request).as_dict()
        return (*self._review_view(data), "", "")

    def improve(self, text, file, question, service, value, months, area):
        try:
            request = self._review_request(text, file, question, service, value, months, area)
        except FormProblem as exc:
            return _problem(str(exc), 4)
        from assistant.review_view import improve_review

        task = self.a.review_task()
        before = task(request)
        improved = improve_review(task, request, before)
        head, rows, flags = self._review_view(improved["review"])
        change = (f"### Reworked: {escape(improved['criterion_name'])}\nScore {before.data['score']} → "
                  f"{improved['score']}. {escape(improved['note'])}\n\n" + escape(improved["text"]))
        return head, rows, flags, change, ""

    # --- Partner VCFSE tracker ----------------------------------------------------------------
    def organisations(self, selected: str | None = None):
        names = [o["name"] for o in self.a.tracker.organisations()]
        return gr.update(choices=names, value=selected if selected in names else (names[0] if names else None))

    def add_organisation(self, name, sector, area):
        from assistant.tracker import TrackerError

        try:
            org = self.a.tracker.add_organisation(name or "", sector or "", area_value(area))
        except TrackerError as exc:
            gr.Warning(form_words(str(exc)))
            return gr.skip()
        return self.organisations(org["name"])

    def show_record(self, organisation):
        from assistant.charts import progress_chart
        from assistant.tracker import TrackerError

        if not organisation:  # no empty chart or file panels: they appear with a record
            return ([], "Add your organisation to start its Partner VCFSE record.", gr.update(value=None, visible=False),
                    gr.update(value=None, visible=False))
        try:
            tracker = self.a.tracker
            report = self.a.commitment_report(organisation)
        except TrackerError as exc:
            gr.Warning(form_words(str(exc)))
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        folder = export_dir()
        chart = progress_chart(tracker.progress(organisation), folder / "partner-vcfse.png", organisation)
        csv_path = folder / "partner-vcfse.csv"
        csv_path.write_text(tracker.export_csv(organisation), encoding="utf-8")
        alt = f"Chart of baseline, targets and actuals for {organisation}. " + " ".join(report["summary"])
        return (_tracker_rows(tracker.entries(organisation)), _report_md(report),
                gr.update(value=chart_html(Path(chart), alt), visible=True),
                gr.update(value=str(csv_path), visible=True))

    def save_record(self, organisation, table):
        from assistant.tracker import TrackerError

        if not organisation:
            gr.Warning("Choose an organisation in “Organisation”, or add one, first.")
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        rows = table.values.tolist() if hasattr(table, "values") else list(table or [])
        try:
            self.a.tracker.replace_entries(organisation, tracker_entries(organisation, rows))
        except (BadInput, TrackerError) as exc:
            gr.Warning(f"Nothing was saved: {exc}")
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return self.show_record(organisation)

    def percent_target(self, organisation, code, year, percent):
        from assistant.tracker import TrackerError

        try:
            self.a.tracker.set_target(organisation or "", code or "", int(year or 0), percent=float(percent or 0))
        except (TrackerError, ValueError) as exc:
            gr.Warning(form_words(str(exc)))
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return self.show_record(organisation)

    def import_record(self, file, organisation):
        from assistant.tracker import TrackerError

        if not file:
            gr.Warning("Choose a CSV file to import under “Import CSV”.")
            return gr.skip()
        try:
            text = Path(file if isinstance(file, str) else file.name).read_text(encoding="utf-8-sig")
            self.a.tracker.import_csv(text)
        except (TrackerError, UnicodeDecodeError) as exc:
            gr.Warning(f"Nothing was imported: {exc}")
            return gr.skip()
        names = [o["name"] for o in self.a.tracker.organisations()]
        return gr.update(choices=names, value=organisation if organisation in names else (names[0] if names else None))

    # --- library --------------------------------------------------------------------------
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


TRACKER_HEADERS = ["Code", "Year", "Kind", "Value", "Note", "Evidence"]


def add_row(table) -> list[list[Any]]:
    """The record with an empty row at the end to fill in (the table's own '+' hides once it has rows)."""
    rows = table.values.tolist() if hasattr(table, "values") else [list(r) for r in (table or [])]
    rows = [r for r in rows if any(str(c).strip() for c in r if c is not None)]
    return rows + [["", None, "", None, "", ""]]


def _tracker_rows(entries) -> list[list[Any]]:
    return [[e.code, e.year, e.kind, e.value, e.note, e.evidence] for e in entries]


def _report_md(report: dict[str, Any]) -> str:
    lines = [f"### {escape(report['organisation']['name'])} ({report['organisation']['sector']})", escape(report["rule"]), "",
             "**Progress**"]
    lines += [f"- {escape(s)}" for s in report["summary"]]
    for m in report["measures"]:
        for y in m["years"]:
            if y.get("proxy"):
                lines.append(f"- {m['code']} {y['year']}: £{y['proxy']['value_gbp']:,.2f} — {escape(y['proxy']['label'])}")
    lines += ["", "**Suggestions from the roadmap for your sector**"] + [f"- {escape(r)}" for r in report["recommendations"]]
    return "\n".join(lines) + "\n\n" + _sources_md(report["citations"])


def chart_html(path: Path, alt: str) -> str:
    """The chart as an image with a text alternative that says what it shows (the progress summary)."""
    import base64

    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return (f"<figure class='chart'><img src='data:image/png;base64,{data}' alt='{html.escape(alt, quote=True)}' "
            f"style='max-width:100%;height:auto'><figcaption>Baseline, targets and actuals</figcaption></figure>")


def _sources_md(citations: list[dict[str, Any]]) -> str:
    if not citations:
        return ""
    from assistant.export import citation_lines

    return "### Sources\n" + "\n".join(f"- {escape(line)}" for line in citation_lines(citations))


# --- the Draft tab's first step: a tender pack -> a prefilled form ---------------------------------
PACK_TYPES = [".pdf", ".docx", ".md", ".txt"]


def read_tender_pack(files, settings: Settings | None = None) -> dict[str, Any] | None:
    """The intake (assistant/tasks/intake.py) of the uploaded files, or None when none were given."""
    from assistant.tasks.intake import TenderIntake

    paths = [Path(getattr(f, "name", f)) for f in (files or [])]
    if not paths:
        return None
    settings = settings or Settings()
    return TenderIntake(settings.max_file_bytes, settings.max_pdf_pages).run(paths).as_dict()


def prefill_from_intake(data: dict[str, Any] | None) -> tuple:
    """Updates for the Draft form's (question, service, value, months, area, words) and a summary of what was found
    and where; a field the pack does not state leaves the form as it was, and says so."""
    if data is None:
        return (*(gr.update() for _ in range(6)), "")
    tender = data["tender"]
    question = next((q for q in data["questions"] if q["social_value"]), None)

    def value(name: str):
        item = tender.get(name)
        return None if item is None else item["value"]

    question_text = None
    if question is not None:
        question_text = question["text"] + "".join(f"\n- {point}" for point in question["sub_criteria"])
    limit = question["word_limit"] if question is not None else None
    area = value("area")
    updates = (
        gr.update(value=question_text) if question_text else gr.update(),
        gr.update(value=value("service")) if value("service") else gr.update(),
        gr.update(value=f"£{value('value_gbp'):,.0f}") if value("value_gbp") is not None else gr.update(),
        gr.update(value=value("months")) if value("months") else gr.update(),
        gr.update(value=area) if area in AREA_CHOICES else gr.update(),
        gr.update(value=limit) if limit else gr.update(),
    )
    return (*updates, _pack_summary(data, question))


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


def open_bid(bid_id: str | None, settings: Settings | None = None) -> tuple:
    """Prefill the Draft form from a saved bid's intake (and return that intake)."""
    from assistant.bids import BidError

    if not bid_id:
        return (*prefill_from_intake(None), None)
    try:
        intake = _bid_workspace(settings).get(bid_id).get("intake")
    except BidError as exc:
        return (*(gr.update() for _ in range(6)), escape(str(exc)), None)
    return (*prefill_from_intake(intake), intake)


def _pack_summary(data: dict[str, Any], question: dict[str, Any] | None) -> str:
    def where(item: dict[str, Any]) -> str:
        return escape(item["source"]) + (f", p. {item['page']}" if item.get("page") is not None else "")

    found = [f"- **{escape(name.replace('_', ' '))}**: {escape(str(item['value']))} ({where(item)})"
             for name, item in data["tender"].items() if item is not None]
    lines = ["### From the tender pack"] + found
    if question is not None:
        limits = ", ".join(x for x in (f"{question['word_limit']} words" if question["word_limit"] else "",
                                       f"{question['char_limit']} characters" if question["char_limit"] else "") if x)
        lines.append(f"- **social value question** {escape(question['id'] or '')}: {escape(question['text'])}"
                     f"{f' ({limits})' if limits else ''} ({where(question)})")
    else:
        lines.append("- No social value question was found: type it in.")
    if data["not_found"]:
        lines.append(f"\nNot stated in the pack (left as it was): {escape(', '.join(n.replace('_', ' ') for n in data['not_found']))}")
    if data["errors"]:
        lines.append("\nFiles that could not be read:\n" + "\n".join(
            f"- {escape(e['source'])}: {escape(e['error'])}" for e in data["errors"]))
    return "\n".join(lines)


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


def wire_tender_pack_step(step: TenderPackStep, fields: list[Any]) -> None:
    """Fill (question, service, value, months, area, words) from the uploaded pack or a saved bid; save bids."""
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


# --- the Evidence tab: the bidder's evidence library (assistant/evidence.py), searchable ---------------------
EVIDENCE_HEADERS = ["#", "Organisation", "Kind", "Code", "Quantity", "Unit", "Year", "Contract", "Title", "Evidence"]


def evidence_rows(records) -> list[list[Any]]:
    return [[r.id, r.organisation, r.kind.replace("_", " "), r.code, "" if r.quantity is None else r.quantity, r.unit,
             r.year or "", r.contract, r.title, r.evidence] for r in records]


def evidence_search(assistant: Assistant, organisation: str | None, query: str | None) -> list[list[Any]]:
    """Every record of the organisation (or all), or those holding every word of the query."""
    organisation = (organisation or "").strip() or None
    library = assistant.evidence
    records = library.search(query, organisation) if (query or "").strip() else library.records(organisation)
    return evidence_rows(records)


def evidence_import(assistant: Assistant, file) -> tuple[str, list[list[Any]]]:
    """Import a CSV of records: all rows or none, with the reason."""
    from assistant.evidence import EvidenceError

    if file is None:
        return "Choose a CSV file first.", evidence_search(assistant, None, None)
    path = Path(getattr(file, "name", file))
    try:
        added = assistant.evidence.import_csv(path.read_text(encoding="utf-8-sig"))
        message = f"Imported {added} records from {escape(path.name)}."
    except (EvidenceError, UnicodeDecodeError, OSError) as exc:
        message = f"Nothing imported from {escape(path.name)}: {escape(str(exc))}"
    return message, evidence_search(assistant, None, None)


def build_evidence_tab(assistant: Assistant) -> None:
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


def _index(index: Any) -> int:
    return int(index[0] if isinstance(index, (list, tuple)) else index)


def feedback_row(ui: UI, kind: str, rated: gr.State, prefix: str) -> gr.HTML:
    """👍 / 👎 with an optional comment, stored locally (assistant/feedback.py)."""
    with gr.Accordion("Was this right? Rate it (kept on this computer)", open=False, elem_id=f"{prefix}-feedback"):
        comment = gr.Textbox(label="Comment (optional)", lines=2, elem_id=f"{prefix}-comment",
                             placeholder="e.g. this should be NT14: we spend with a social enterprise")
        with gr.Row():
            up = gr.Button("👍 Right", size="sm", elem_id=f"{prefix}-up")
            down = gr.Button("👎 Not right", size="sm", elem_id=f"{prefix}-down")
        said = gr.HTML(elem_id=f"{prefix}-rated")
    up.click(lambda item, text: ui.rate(kind, True, item, text), [rated, comment], said)
    down.click(lambda item, text: ui.rate(kind, False, item, text), [rated, comment], said)
    return said


def make_app(assistant: Assistant) -> gr.Blocks:
    use_private_temp(assistant.settings)
    ui = UI(assistant)
    outcomes = sorted({(outcome_label(m.outcome), m.outcome) for m in assistant.catalogue})
    max_age = max(60, int(assistant.settings.temp_max_age_hours * 3600))
    with gr.Blocks(title="Social Value Assistant", analytics_enabled=False,
                   delete_cache=(min(3600, max_age), max_age)) as app:
        app.sva_ui = ui
        gr.HTML("<div class='app-header'><h1>Social Value Assistant</h1><p>Cheshire and Merseyside social value: "
                "answers cited to the page, measure codes for your activities, bid drafts and tender questions.</p></div>")
        gr.HTML(ui.banner(), elem_id="banner")
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        with gr.Row(equal_height=False):
                            question = gr.Textbox(label="Your question", elem_id="question", scale=5, lines=1,
                                                  max_lines=4, placeholder="e.g. What counts as social value for a charity?")
                            ask = gr.Button("Ask", variant="primary", elem_id="ask-button", scale=1, min_width=80)
                        with gr.Row(elem_id="ask-options"):
                            area = gr.Dropdown(AREA_CHOICES, value=ALL_AREAS, label="Area", scale=1)
                            write = gr.Checkbox(
                                value=assistant.writes_answers, elem_id="write-answer", scale=2,
                                label="Let the language model write the answer",
                                info="Off: the best sentences of the sources are quoted at once. On: the model writes "
                                "from them and every sentence is checked (slower with the offline model).",
                                interactive=assistant.settings.llm_provider != "none")
                        chat = gr.Chatbot(label="Conversation", height=380, elem_id="chat", buttons=["copy"],
                                          feedback_options=("Like", "Dislike"), placeholder="Ask about social value, the "
                                          "TOMs measures or your own documents. Answers cite their sources.")
                        chat_rated = gr.HTML(elem_id="chat-rated")
                        gr.Examples(EXAMPLES, inputs=question, label="New to social value? Try one of these")
                        clear = gr.Button("New conversation", size="sm")
                    with gr.Column(scale=2):
                        gr.Markdown("### Sources")
                        sources = gr.HTML(sources_html([]), elem_id="sources")
                        open_source = gr.Radio([], label="Open a source at the cited place", elem_id="open-source",
                                               visible=False)
                        source_view = gr.HTML(elem_id="source-view")
                        source_page = gr.Image(label="The cited page", type="filepath", elem_id="source-page",
                                               visible=False, interactive=False, buttons=[], height=560)
                last_answer = gr.State(None)
                ask.click(ui.ask, [question, chat, area, write], [chat, question, sources, last_answer],
                          api_name="ask").then(ui.source_choices, last_answer, open_source)
                question.submit(ui.ask, [question, chat, area, write], [chat, question, sources, last_answer],
                                api_visibility="private").then(ui.source_choices, last_answer, open_source)
                open_source.input(ui.open_source, [open_source, last_answer], [source_view, source_page])
                chat.like(ui.rate_answer, last_answer, chat_rated)
                clear.click(lambda: ([], sources_html([])), None, [chat, sources])

            with gr.Tab("Map activities", id="map"):
                gr.Markdown("Paste what your organisation does or plans to do, **one activity per line**. "
                            "Each gets the TOMs measure code it counts towards, with the reason.")
                activities = gr.Textbox(lines=6, label=required("Activities"), elem_id="map-activities",
                                        placeholder="Our staff volunteer 200 hours a year at the food bank\n"
                                                    "We buy £20,000 of catering from a local social enterprise")
                map_button = gr.Button("Find measure codes", variant="primary", elem_id="map-button")
                map_problem = gr.HTML(elem_id="map-problem")
                map_table = gr.HTML(elem_id="map-table")
                map_csv = gr.File(label="Download as CSV", elem_id="map-csv")
                map_rated = gr.State(None)
                map_feedback = feedback_row(ui, "mapping", map_rated, "map")
                map_button.click(ui.map_activities, activities, [map_table, map_csv, map_rated, map_problem])

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
                        d_org = gr.Textbox(label="Your organisation (the author of the Word file, optional)",
                                           elem_id="d-org")
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
                        d_rated = gr.State(None)
                        feedback_row(ui, "draft", d_rated, "d")
                d_button.click(ui.draft, [d_question, d_service, d_value, d_months, d_area, d_activities, d_partners,
                                          d_words, d_org, d_appendix],
                               [d_response, d_table, d_flags, d_files, d_rated, d_problem])
                wire_tender_pack_step(d_step, [d_question, d_service, d_value, d_months, d_area, d_words])

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

            with gr.Tab("Partner VCFSE", id="partner"):
                gr.Markdown("The roadmap asks every organisation to **Partner VCFSE**: baseline its collaboration with "
                            "the VCFSE sector, then set and track year-on-year targets (public bodies and VCFSEs: NT14; "
                            "private companies: NT14, NT15, NT16, NT17).")
                with gr.Row():
                    with gr.Column(scale=2):
                        p_org = gr.Dropdown(label="Organisation", choices=[], elem_id="p-org")
                        with gr.Accordion("Add an organisation", open=False):
                            p_name = gr.Textbox(label="Name", elem_id="p-name")
                            p_sector = gr.Radio(["public", "private", "vcfse"], value="private", label="Sector")
                            p_area = gr.Dropdown(AREA_CHOICES, value=ALL_AREAS, label="Area")
                            p_add = gr.Button("Add", elem_id="p-add")
                        p_table = gr.Dataframe(headers=TRACKER_HEADERS, datatype=["str", "number", "str", "number", "str", "str"],
                                               column_count=(6, "fixed"), interactive=True, wrap=True,
                                               column_widths=["14%", "14%", "18%", "14%", "20%", "20%"], label="Record (kind: baseline, "
                                               "target or actual; edit, add rows, then save)", elem_id="p-table")
                        with gr.Row():
                            p_row = gr.Button("Add a row", size="sm", elem_id="p-add-row")
                            p_save = gr.Button("Save the record", variant="primary", elem_id="p-save")
                        with gr.Row():
                            p_code = gr.Dropdown(["NT14", "NT15", "NT16", "NT17"], value="NT14", label="Measure")
                            p_year = gr.Number(label="Target year", precision=0, value=2026)
                            p_percent = gr.Number(label="% increase on the year before", value=10)
                        p_target = gr.Button("Set a % target")
                        with gr.Row():
                            p_import = gr.File(label="Import CSV", file_types=[".csv"], elem_id="p-import")
                            p_csv = gr.File(label="Export CSV", visible=False)
                    with gr.Column(scale=3):
                        p_chart = gr.HTML(elem_id="p-chart", visible=False)
                        p_report = gr.Markdown(elem_id="p-report")
                record_outputs = [p_table, p_report, p_chart, p_csv]
                p_add.click(ui.add_organisation, [p_name, p_sector, p_area], p_org)
                p_org.change(ui.show_record, p_org, record_outputs)
                p_save.click(ui.save_record, [p_org, p_table], record_outputs)
                p_row.click(add_row, p_table, p_table)
                p_target.click(ui.percent_target, [p_org, p_code, p_year, p_percent], record_outputs)
                p_import.upload(ui.import_record, [p_import, p_org], p_org)

            build_evidence_tab(assistant)

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

            with gr.Tab("Status", id="status"):
                status = gr.Markdown(ui.status())
                refresh = gr.Button("Refresh", size="sm")
                refresh.click(ui.status, None, status)
        app.load(ui.source_names, None, to_delete)
        app.load(ui.library_html, None, library)
        app.load(ui.organisations, None, p_org)
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
