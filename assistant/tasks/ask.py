"""Answer a question from the knowledge store, extractively: the retrieved sentences that answer it, cited.

Every sentence of an extractive answer is copied from a retrieved chunk, so every
figure in it is one its source holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.citations import Citation, body_of, citation_for
from assistant.embeddings import MiniLMEmbedder
from assistant.retrieval import HybridRetriever, Retrieval
from assistant.store import Hit

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

    def as_dict(self) -> dict[str, Any]:
        data = {
            "answer": self.answer,
            "grounded": self.grounded,
            "citations": [c.as_dict() for c in self.citations],
            "mode": self.mode,
        }
        if self.notice:
            data["notice"] = self.notice
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
    """Picks the sentences of the retrieved chunks closest to the question, and cites each."""

    def __init__(self, embedder: MiniLMEmbedder, max_sentences: int = 3) -> None:
        self.embedder = embedder
        self.max_sentences = max_sentences

    def answer(self, question: str, retrieval: Retrieval) -> Answer:
        if not retrieval.grounded or not retrieval.hits:
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False)
        pool: list[tuple[int, str]] = []
        for index, hit in enumerate(retrieval.hits):
            pool.extend((index, sentence) for sentence in candidate_sentences(hit))
        if not pool:
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False)
        vectors = self.embedder.embed([sentence for _, sentence in pool])
        query = self.embedder.embed([question])[0]
        similarity = vectors @ query
        wanted = _content_words(question)
        scores = []
        for (index, sentence), sim in zip(pool, similarity):
            overlap = len(wanted & _content_words(sentence)) / max(len(wanted), 1)
            rank_bonus = 0.05 * (len(retrieval.hits) - index) / len(retrieval.hits)
            scores.append(float(sim) + 0.3 * overlap + rank_bonus)
        chosen: list[tuple[int, str]] = []
        for position in np.argsort(scores)[::-1]:
            index, sentence = pool[int(position)]
            if any(sentence == s for _, s in chosen):
                continue
            chosen.append((index, sentence))
            if len(chosen) >= self.max_sentences:
                break
        numbers: dict[int, int] = {}
        citations: list[Citation] = []
        parts = []
        for index, sentence in chosen:
            if index not in numbers:
                numbers[index] = len(numbers) + 1
                citations.append(citation_for(retrieval.hits[index], numbers[index], anchor=sentence))
            text = sentence if sentence.endswith((".", "!", "?")) else sentence + "."
            parts.append(f"{text} [{numbers[index]}]")
        return Answer(question=question, answer=" ".join(parts), grounded=True, citations=citations)


class AskTask:
    """Retrieve, then answer with citations (extractively until a language model is configured)."""

    def __init__(self, retriever: HybridRetriever, answerer: ExtractiveAnswerer) -> None:
        self.retriever = retriever
        self.answerer = answerer

    def __call__(self, question: str, area: str | None = None, sources: list[str] | None = None) -> Answer:
        question = question.strip()
        if not question:
            raise ValueError("the question is empty: ask something, e.g. 'What is the Partner VCFSE commitment?'")
        retrieval = self.retriever.search(question, area=area, sources=sources)
        return self.answerer.answer(question, retrieval)
