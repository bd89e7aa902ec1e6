"""Answer a question from the knowledge store, extractively: the retrieved sentences that answer it, cited.

Every sentence of an extractive answer is copied from a retrieved chunk, so every
figure in it is one its source holds.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Iterator


from assistant.citations import (
    Citation,
    SentenceCheck,
    body_of,
    check_sentence,
    citation_for,
    compose_cited,
    split_cited,
)
from assistant.embeddings import MiniLMEmbedder
from assistant.resources import prompt_file
from assistant.retrieval import HybridRetriever, Retrieval
from assistant.store import Hit

log = logging.getLogger(__name__)

NOT_IN_SOURCES = "The sources do not say. Nothing in the indexed documents answers this question closely enough to cite."

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z0-9“\"'(£])")
_MIN_CHARS = 30
_WORD = re.compile(r"[a-z0-9£%]+")
_STOP = frozenset(
    "a an the and or of to in on for is are was were be by with what which who how does do can should "
    "it its this that as at from about our your their we you they there".split()
)


@dataclass
class Answer:
    question: str
    answer: str
    grounded: bool
    citations: list[Citation] = field(default_factory=list)
    mode: str = "extractive"
    notice: str | None = None
    checks: list[SentenceCheck] = field(default_factory=list)
    final: bool = True  # False for the quick extract shown while a model writes

    def as_dict(self) -> dict[str, Any]:
        data = {
            "answer": self.answer,
            "grounded": self.grounded,
            "citations": [c.as_dict() for c in self.citations],
            "mode": self.mode,
        }
        if self.notice:
            data["notice"] = self.notice
        if self.checks:
            data["removed"] = [{"sentence": c.text, "why": c.reason} for c in self.checks if not c.ok]
        return data


def candidate_sentences(hit: Hit) -> list[str]:
    """Sentences of a chunk worth quoting: table rows and CSV rows whole, prose split at sentence ends."""
    body = body_of(hit)
    if hit.metadata.get("row") is not None:  # one CSV row: keep its fields together
        return ["; ".join(line.strip() for line in body.splitlines() if line.strip())]
    sentences: list[str] = []
    for line in body.splitlines():
        line = re.sub(r"<[^>]+>", " ", line)  # tags left by PDF-to-Markdown conversion
        line = re.sub(r"[*_]{1,3}", "", line).strip().lstrip("-•➤ ").strip()
        if not line:
            continue
        sentences.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return [s for s in sentences if len(s) >= _MIN_CHARS]


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1}


class ExtractiveAnswerer:
    """Quotes the retrieved sentence closest to the question, and up to ``max_sentences - 1`` more from its passage."""

    def __init__(self, embedder: MiniLMEmbedder, max_sentences: int = 1) -> None:
        self.embedder = embedder
        self.max_sentences = max_sentences

    def rank_sentences(self, question: str, retrieval: Retrieval) -> list[tuple[int, str, float]]:
        """(hit index, sentence, score) for every quotable sentence of the retrieved chunks, best first."""
        pool: list[tuple[int, str]] = []
        for index, hit in enumerate(retrieval.hits):
            pool.extend((index, sentence) for sentence in candidate_sentences(hit))
        if not pool:
            return []
        vectors = self.embedder.embed([sentence for _, sentence in pool])
        query = self.embedder.embed([question])[0]
        similarity = vectors @ query
        wanted = _content_words(question)
        scored = []
        for (index, sentence), sim in zip(pool, similarity):
            overlap = len(wanted & _content_words(sentence)) / max(len(wanted), 1)
            rank_bonus = 0.05 * (len(retrieval.hits) - index) / len(retrieval.hits)
            scored.append((index, sentence, float(sim) + 0.3 * overlap + rank_bonus))
        return sorted(scored, key=lambda item: -item[2])

    def answer(self, question: str, retrieval: Retrieval) -> Answer:
        if not retrieval.grounded or not retrieval.hits:
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False)
        ranked = self.rank_sentences(question, retrieval)
        if not ranked:
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False)
        best = ranked[0][0]
        chosen: list[tuple[int, str]] = []
        for index, sentence, _ in ranked:
            # Further sentences only from the best one's passage: quoting a second passage cut citation
            # precision from 0.75 to 0.54 on the answers eval, with no gain in correctness.
            if index != best or any(sentence == s for _, s in chosen):
                continue
            chosen.append((index, sentence))
            if len(chosen) >= self.max_sentences:
                break
        text, citations = compose_cited([(sentence, [retrieval.hits[index]]) for index, sentence in chosen])
        return Answer(question=question, answer=text, grounded=True, citations=citations)


PROMPT_FILE = prompt_file("ask.md")
_FOLLOW_UP = re.compile(
    r"^(and|but|also|what about|how about|what if|so|then|or)\b|\b(it|they|them|that|those|this|these|their)\b",
    re.IGNORECASE,
)


def answer_schema(sources: int) -> dict[str, Any]:
    """JSON schema for the local model: one to three sentences, each with the number of its source.

    No "answerable" flag: the 0.5B model set it to false for most answerable questions (measured),
    so declines come from the relevance floor and from sentences that say the sources are silent.
    """
    return {
        "type": "object",
        "properties": {
            "sentences": {
                "type": "array",
                "minItems": 1,
                "maxItems": 3,
                "items": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string", "maxLength": 300},
                        "source": {"type": "integer", "minimum": 1, "maximum": max(sources, 1)},
                    },
                    "required": ["text", "source"],
                },
            },
        },
        "required": ["sentences"],
    }


_SILENT = re.compile(
    r"(do(es)? not|don't|cannot|can't) (say|mention|answer|provide|specify|state|contain)|not (mentioned|provided|stated|specified)"
    r"|no information",
    re.IGNORECASE,
)


def resolve_follow_up(question: str, history: list[tuple[str, str]] | None) -> str:
    """The text to search for: a short follow-up ("and for private companies?") borrows the last question."""
    if not history:
        return question
    previous = history[-1][0]
    if len(question.split()) <= 8 and _FOLLOW_UP.search(question):
        return f"{previous} {question}"
    return question


class GroundedAnswerer:
    """A language model writes the answer from numbered sources; code checks every sentence against them."""

    def __init__(self, model: Any, extractive: ExtractiveAnswerer, catalogue_codes: set[str],
                 context_tokens: int, structured: bool, describe: str) -> None:
        self.model = model
        self.extractive = extractive
        self.codes = catalogue_codes
        self.context_tokens = context_tokens
        self.structured = structured  # constrain output with a JSON schema (llama.cpp)
        self.describe = describe
        self.template = PROMPT_FILE.read_text(encoding="utf-8")

    def _context(self, question: str, retrieval: Retrieval) -> tuple[str, dict[int, Hit]]:
        """The best sentences, grouped under their numbered source, within the token budget.

        Prompt reading dominates the small model's time (about 170 tokens/s here), so it gets the
        sentences most like the question rather than whole chunks.
        """
        from ingest.chunking import count_tokens

        picked: dict[int, list[str]] = {}
        used = 0
        for index, sentence, _ in self.extractive.rank_sentences(question, retrieval):
            cost = count_tokens(sentence) + (12 if index not in picked else 0)
            if picked and used + cost > self.context_tokens:
                continue
            picked.setdefault(index, []).append(sentence)
            used += cost
        numbered: dict[int, Hit] = {}
        blocks = []
        for index in sorted(picked):
            hit = retrieval.hits[index]
            number = len(numbered) + 1
            numbered[number] = hit
            label = citation_for(hit, 0).location()
            order = candidate_sentences(hit)
            sentences = sorted(picked[index], key=lambda s: order.index(s) if s in order else 0)
            blocks.append(f"[{number}] ({hit.metadata.get('source', '')}{', ' + label if label else ''})\n" + " ".join(sentences))
        return "\n\n".join(blocks), numbered

    def prompt(self, question: str, retrieval: Retrieval, previous: str | None = None) -> tuple[str, dict[int, Hit]]:
        context, numbered = self._context(question, retrieval)
        followup = f"This follows the question: {previous}\n" if previous else ""
        return self.template.format(context=context, question=question, followup=followup), numbered

    def _generate(self, prompt: str, sources: int) -> tuple[list[tuple[str, list[int]]], bool]:
        if self.structured:
            message = self.model.invoke(
                prompt, response_format={"type": "json_object", "schema": answer_schema(sources)}
            )
            # strict=False: llama.cpp's JSON grammar lets a raw tab into a string (copied from a table row),
            # which strict JSON refuses; it was one answer in twelve on the answers eval.
            data = json.loads(str(message.content), strict=False)
            pairs = [(" ".join(str(s.get("text", "")).split()), [int(s["source"])])
                     for s in data.get("sentences", []) if s.get("text")]
        else:
            pairs = split_cited(str(self.model.invoke(prompt).content).strip())
        answerable = not pairs or any(not _SILENT.search(text) for text, _ in pairs)
        return [(text, sources) for text, sources in pairs if not _SILENT.search(text)], answerable

    def answer(self, question: str, retrieval: Retrieval, previous: str | None = None) -> Answer:
        if not retrieval.grounded or not retrieval.hits:
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False, mode="generated")
        prompt, numbered = self.prompt(question, retrieval, previous)
        try:
            pairs, answerable = self._generate(prompt, len(numbered))
        except Exception as exc:  # unreachable server, timeout, bad JSON: the sources still answer
            log.warning("language model failed (%s): %s", self.describe, type(exc).__name__)
            fallback = self.extractive.answer(question, retrieval)
            fallback.notice = (
                f"The language model ({self.describe}) could not answer ({_reason(exc)}), so this answer quotes the sources."
            )
            return fallback
        if not answerable:
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False, mode="generated")
        passages = {n: hit.text for n, hit in numbered.items()}
        checks = [check_sentence(text, sources, passages, self.codes) for text, sources in pairs]
        kept = [c for c in checks if c.ok]
        if not kept:
            fallback = self.extractive.answer(question, retrieval)
            reasons = "; ".join(c.reason for c in checks) or "it wrote nothing"
            fallback.notice = f"The model's answer did not match the sources ({reasons}), so this answer quotes them."
            fallback.checks = checks
            return fallback
        text, citations = compose_cited([(c.text, [numbered[n] for n in c.sources]) for c in kept])
        answer = Answer(question=question, answer=text, grounded=True, citations=citations, mode="generated")
        answer.checks = checks
        if len(kept) < len(checks):
            answer.notice = f"{len(checks) - len(kept)} sentence(s) removed: not supported by the sources."
        return answer


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    if "Timeout" in name:
        return "it timed out"
    if "Connection" in name or isinstance(exc, OSError):
        return "it cannot be reached"
    if isinstance(exc, (json.JSONDecodeError, KeyError, ValueError)):
        return "its reply was not usable"
    return name


class AskTask:
    """Retrieve, then answer with citations: generated and checked when a model is set, else extractive."""

    def __init__(self, retriever: HybridRetriever, answerer: ExtractiveAnswerer,
                 generator: GroundedAnswerer | None = None, notice: str | None = None) -> None:
        self.retriever = retriever
        self.answerer = answerer
        self.generator = generator
        self.notice = notice  # e.g. why the configured model is not in use

    def _retrieve(self, question: str, area: str | None, sources: list[str] | None,
                  history: list[tuple[str, str]] | None):
        question = question.strip()
        if not question:
            raise ValueError("the question is empty: ask something, e.g. 'What is the Partner VCFSE commitment?'")
        query = resolve_follow_up(question, history)
        retrieval = self.retriever.search(query, area=area, sources=sources)
        previous = history[-1][0] if history and query != question else None
        return question, retrieval, previous

    def _extractive(self, question: str, retrieval) -> Answer:
        answer = self.answerer.answer(question, retrieval)
        if self.notice and answer.grounded:
            answer.notice = self.notice
        return answer

    def __call__(self, question: str, area: str | None = None, sources: list[str] | None = None,
                 history: list[tuple[str, str]] | None = None) -> Answer:
        question, retrieval, previous = self._retrieve(question, area, sources, history)
        if self.generator is None:
            return self._extractive(question, retrieval)
        return self.generator.answer(question, retrieval, previous)

    def stream(self, question: str, area: str | None = None, sources: list[str] | None = None,
               history: list[tuple[str, str]] | None = None) -> Iterator[Answer]:
        """Answers as they get better: the cited extract at once, then the model's checked answer.

        Tokens are not shown as the model writes them: a sentence is only shown once code has checked
        it against its sources, so nothing unsupported ever reaches the screen.
        """
        question, retrieval, previous = self._retrieve(question, area, sources, history)
        first = self._extractive(question, retrieval)
        if self.generator is None or not first.grounded:
            yield first
            return
        first.notice = f"Quoting the sources while {self.generator.describe} writes a fuller answer…"
        first.final = False
        yield first
        yield self.generator.answer(question, retrieval, previous)
