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
from assistant.text import count_words, figure_keys, measure_codes

log = logging.getLogger(__name__)

PROMPT_FILE = prompt_file("section.md")
_MARK = re.compile(r"\[\d+\]")


@dataclass
class Section:
    text: str
    by_model: bool
    note: str = ""


def review_rewrite(template: str, written: str, words: int) -> str | None:
    """Why ``written`` cannot replace ``template`` (None when it can)."""
    if not written.strip():
        return "it wrote nothing"
    extra_codes = set(measure_codes(written)) - set(measure_codes(template))
    if extra_codes:
        return f"it added the code {sorted(extra_codes)[0]}"
    extra = figure_keys(written) - figure_keys(template)
    if extra:
        return f"it added the figure {sorted(extra)[0]}"
    missing = set(_MARK.findall(template)) - set(_MARK.findall(written))
    extra_marks = set(_MARK.findall(written)) - set(_MARK.findall(template))
    if missing or extra_marks:
        return "it changed the source markers"
    dropped = set(measure_codes(template)) - set(measure_codes(written))
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
