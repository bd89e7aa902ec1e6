"""👍 / 👎 and a comment on answers, mappings and drafts, kept on this computer (assistant/feedback.py)."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.ui.common import chat_index, problem_html


class FeedbackActions:
    """Storing a rating."""

    def rate_answer(self, last: dict | None, like: gr.LikeData):
        """The chat's thumbs: the rated answer is stored with its question and citations."""
        if not last or (like.index is not None and chat_index(like.index) != last.get("index")):
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


def feedback_row(ui: Any, kind: str, rated: gr.State, prefix: str) -> gr.HTML:
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
