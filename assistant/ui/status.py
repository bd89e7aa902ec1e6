"""The banner (what answers are made with, in words) and the Status tab (settings to connect a stronger model)."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant import __version__
from assistant.ui.common import escape


class StatusActions:
    """The banner and the status page."""

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


def build_status(ui: Any) -> None:
    """The Status tab: which model answers, the index size, how to connect a stronger model."""
    with gr.Tab("Status", id="status"):
        status = gr.Markdown(ui.status())
        refresh = gr.Button("Refresh", size="sm")
        refresh.click(ui.status, None, status)
