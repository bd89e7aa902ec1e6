"""Short sections worded by a language model where one is available, checked in code, templates otherwise.

The template text is always written first and holds every fact; the model only rewords it. What the model
writes is kept only if it adds no figure, measure code or source marker that the template does not hold,
keeps every source marker, and stays within the word budget; otherwise the template stands. So a draft is
never worse than the template and never holds a figure its inputs do not.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from assistant.resources import prompt_file

log = logging.getLogger(__name__)

PROMPT_FILE = prompt_file("section.md")
_FIGURE = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn)?|\d[\d,]*(?:\.\d+)?\s?%?", re.IGNORECASE)
_CODE = re.compile(r"\b(?:NT\d+[a-z]?|C19-18)\b", re.IGNORECASE)
_MARK = re.compile(r"\[\d+\]")
_WORD = re.compile(r"[£\w][\w'’,.%-]*")  # words as a reader counts them: not "|", "---" or "##"


def count_words(text: str) -> int:
    """Words as a reader counts them; the one count for word budgets in sections and drafts."""
    return len(_WORD.findall(text))


@dataclass
class Section:
    text: str
    by_model: bool
    note: str = ""


def _figures(text: str) -> set[str]:
    return {f.replace(",", "").replace(" ", "").rstrip("%").lower() for f in _FIGURE.findall(_CODE.sub(" ", text))}


def review_rewrite(template: str, written: str, words: int) -> str | None:
    """Why ``written`` cannot replace ``template`` (None when it can)."""
    if not written.strip():
        return "it wrote nothing"
    extra_codes = {c.upper() for c in _CODE.findall(written)} - {c.upper() for c in _CODE.findall(template)}
    if extra_codes:
        return f"it added the code {sorted(extra_codes)[0]}"
    extra = _figures(written) - _figures(template)
    if extra:
        return f"it added the figure {sorted(extra)[0]}"
    missing = set(_MARK.findall(template)) - set(_MARK.findall(written))
    extra_marks = set(_MARK.findall(written)) - set(_MARK.findall(template))
    if missing or extra_marks:
        return "it changed the source markers"
    dropped = {c.upper() for c in _CODE.findall(template)} - {c.upper() for c in _CODE.findall(written)}
    if dropped:
        return f"it dropped the code {sorted(dropped)[0]}"
    if count_words(written) > words:
        return f"it wrote {count_words(written)} words for a budget of {words}"
    return None


class SectionWriter:
    """Rewords template sections with ``model`` (a LangChain chat model) or returns them unchanged."""

    def __init__(self, model: Any | None, structured: bool = False) -> None:
        self.model = model
        self.structured = structured  # llama.cpp: constrain the reply to {"text": ...}
        self.template = PROMPT_FILE.read_text(encoding="utf-8")
        self.failures = 0

    def write(self, draft: str, words: int | None = None) -> Section:
        words = words or max(40, int(count_words(draft) * 1.2))
        if self.model is None or not draft.strip():
            return Section(draft, False)
        prompt = self.template.format(draft=draft, words=words)
        try:
            if self.structured:
                schema = {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}
                reply = self.model.invoke(prompt, response_format={"type": "json_object", "schema": schema})
                written = str(json.loads(str(reply.content), strict=False).get("text", ""))  # raw tabs, as in ask
            else:
                written = str(self.model.invoke(prompt).content)
        except Exception as exc:  # unreachable, slow or garbled: the template stands
            self.failures += 1
            log.warning("section writer failed: %s", type(exc).__name__)
            return Section(draft, False, f"the language model failed ({type(exc).__name__}); template kept")
        written = " ".join(written.split())
        problem = review_rewrite(draft, written, words)
        if problem:
            return Section(draft, False, f"the model's wording was not used: {problem}")
        return Section(written, True)
