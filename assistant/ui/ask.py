"""The Ask tab: a question box, a chat with cited answers, and the sources panel beside it."""

from __future__ import annotations

import html
import re
from typing import Any

import gradio as gr

from assistant.models import AskResult
from assistant.names import visible
from assistant.ui.common import ALL_AREAS, AREA_CHOICES, area_value, escape, export_dir

EXAMPLES = [
    "What is social value?",
    "What is the Partner VCFSE commitment?",
    "Which measure counts volunteering hours for charities?",
    "How much of the score should social value carry?",
    "How long should tenders relevant to VCFSEs stay open?",
]


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


def _parts_text(content: Any) -> str:
    """A chatbot message's text as sent back: Gradio 6 sends a list of parts ({"type": "text", "text": …}), earlier
    versions a string."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or "")
    if isinstance(content, (list, tuple)):
        return " ".join(_parts_text(part) for part in content)
    return ""


def _plain(content: Any) -> str:
    """A chatbot message's text as the page showed it (escaped once, so unescaped once)."""
    return html.unescape(_parts_text(content))


def history_pairs(history: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Chatbot messages -> (question, answer) pairs for follow-up questions."""
    pairs, question = [], None
    for message in history or []:
        text = _plain(message.get("content"))
        if message.get("role") == "user":
            question = text
        elif message.get("role") == "assistant" and question is not None:
            pairs.append((question, re.sub(r"\[\[(\d+)\]\]\(#source-\d+\)", r"[\1]", text)))
            question = None
    return pairs


class AskActions:
    """Asking, and opening a cited source at the cited place."""

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
                citations = AskResult.of(answer).model_dump()["citations"]
                rated = {"question": message, "answer": answer.answer, "citations": citations, "area": area_value(area)}
                yield (pending[:-1] + [{"role": "assistant", "content": text}], "", sources_html(citations),
                       {"index": len(pending) - 1, **rated})
        except StoreUnavailableError as exc:
            yield (pending[:-1] + [{"role": "assistant", "content": f"*{escape(str(exc))}*"}], message, gr.update(),
                   gr.skip())

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


def build_ask(ui: Any) -> None:
    """The Ask tab; ``ui`` is the app's actions (assistant/app.py)."""
    assistant = ui.a
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
                chat = gr.Chatbot(label="Conversation", show_label=False, height=380, elem_id="chat", buttons=["copy"],
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
