"""Hybrid retrieval: vector search and BM25 fused by reciprocal rank, with filters and a relevance floor."""

from __future__ import annotations

import json
import logging
import re
import threading
from pathlib import Path
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.areas import area_scope
from assistant.footnotes import strip_marks
from assistant.interfaces import Embedder, Reranker
from assistant.settings import Settings
from assistant.store import Hit, KnowledgeStore

log = logging.getLogger(__name__)


@dataclass
class Retrieval:
    """What a search found: hits best first, and whether any clears the relevance floor."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    best_similarity: float = 0.0
    grounded: bool = False
    scores: list[float] = field(default_factory=list)  # reranker logits of ``hits``, when reranked
    reranked: bool = False


ACRONYM = re.compile(r"\b[A-Z]{2,6}s?\b")


class KeywordIndex:
    """BM25 (bm25s, English stemming and stop words) over every chunk in the store."""

    def __init__(self, chunks: list[Hit]) -> None:
        import bm25s
        import Stemmer

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
        self.chunks = chunks
        self.acronyms = frozenset(a.rstrip("s") for c in chunks for a in ACRONYM.findall(c.text))  # "UK", "NHS", "IMD"
        # each source once, with its kind ("roadmap"), for questions that name one
        self.sources = tuple(dict.fromkeys((str(c.metadata.get("source")), str(c.metadata.get("kind") or ""))
                                           for c in chunks))
        self._stemmer = Stemmer.Stemmer("english")
        self._bm25 = bm25s.BM25()
        if chunks:
            tokens = bm25s.tokenize([strip_marks(c.text) for c in chunks], stopwords="en", stemmer=self._stemmer,
                                    show_progress=False)
            self._bm25.index(tokens, show_progress=False)

    def search(self, query: str, n: int, allowed: np.ndarray | None = None) -> list[tuple[Hit, float]]:
        import bm25s

        if not self.chunks:
            return []
        tokens = bm25s.tokenize([query], stopwords="en", stemmer=self._stemmer, show_progress=False)
        if not tokens.vocab:
            return []
        mask = None if allowed is None else allowed.astype(np.float32)
        k = min(n, len(self.chunks))
        docs, scores = self._bm25.retrieve(tokens, k=k, show_progress=False, weight_mask=mask)
        return [(replace(self.chunks[int(i)]), float(s)) for i, s in zip(docs[0], scores[0]) if s > 0]


class HybridRetriever:
    """Finds the chunks that answer a question, from both meaning (vectors) and words (BM25)."""

    def __init__(self, store: KnowledgeStore, embedder: Embedder, settings: Settings,
                 reranker: Reranker | None = None) -> None:
        self.store = store
        self.embedder = embedder
        self.settings = settings
        self.reranker = reranker
        self.glossary = Glossary.load(settings.knowledge_dir)
        self._keyword: KeywordIndex | None = None
        self._keyword_generation = -1
        self._lock = threading.Lock()

    def keyword_index(self) -> KeywordIndex:
        """The BM25 index, rebuilt when the store has changed since it was built."""
        generation = self.store.generation()
        with self._lock:
            if self._keyword is None or generation != self._keyword_generation:
                self._keyword = KeywordIndex(self.store.all_chunks())
                self._keyword_generation = generation
            return self._keyword

    def search(
        self,
        query: str,
        k: int | None = None,
        area: str | None = None,
        sources: list[str] | None = None,
        mode: str = "hybrid",
    ) -> Retrieval:
        """Top ``k`` chunks for ``query``; ``mode`` is ``hybrid``, ``vector``, ``keyword`` or ``fused`` (hybrid without
        the reranker, for evaluation). With a reranker, hybrid reranks the union of both candidate lists."""
        k = k or self.settings.top_k
        scope = area_scope(area)
        where = _where(scope, sources)
        query_vector = self.embedder.embed([query])[0]
        vector_hits = self.store.vector_search(query_vector.tolist(), self.settings.candidates, where)
        best = max((h.similarity or 0.0 for h in vector_hits), default=0.0)
        result = Retrieval(query=query, best_similarity=best, grounded=best >= self.settings.relevance_floor)
        if mode == "vector":
            result.hits = vector_hits[:k]
            return result
        index = self.keyword_index()
        allowed = _mask(index.chunks, scope, sources)
        keyword_hits = [hit for hit, _ in index.search(self.glossary.expand(query), self.settings.candidates, allowed)]
        if mode == "keyword":
            fused = keyword_hits[:k]
        else:
            fused = _reciprocal_rank_fusion(
                [vector_hits, keyword_hits],
                [1.0, self.settings.keyword_weight],
                self.settings.rrf_k,
            )
            if mode == "hybrid" and self.reranker is not None:
                return self._rerank(result, query, collapse_duplicates(fused), vector_hits, keyword_hits, k, query_vector)
            fused = fused[:k]
        _fill_similarity(fused, query_vector, self.store)
        result.hits = fused
        return result

    def _rerank(self, result: Retrieval, query: str, fused: list[Hit], vector_hits: list[Hit],
                keyword_hits: list[Hit], k: int, query_vector: np.ndarray) -> Retrieval:
        """Score the head of each list (and of the fusion) with the cross-encoder; a fact found by one search
        alone is scored as well as one both found, so copies of a common passage cannot push it out."""
        depth = self.settings.rerank_depth
        keep = {h.id for h in fused}  # after near-duplicates were collapsed
        pool: dict[str, Hit] = {}
        for ranking in (fused[:depth], keyword_hits[: depth // 3], vector_hits[: depth // 3]):
            for hit in ranking:
                if hit.id in keep and hit.id not in pool:
                    pool[hit.id] = hit
        hits = list(pool.values())
        scores = self.reranker.score(query, [strip_marks(h.text) for h in hits])  # footnote marks are not words
        order = np.argsort(-scores)[:k]
        result.hits = [hits[int(i)] for i in order]
        result.scores = [float(scores[int(i)]) for i in order]
        result.reranked = True
        floor = self.settings.rerank_floor
        agreed = bool(vector_hits) and bool(result.hits) and vector_hits[0].id == result.hits[0].id
        result.grounded = bool(result.scores) and (
            result.scores[0] >= floor or (agreed and result.scores[0] >= floor - self.settings.rerank_agree_margin))
        _fill_similarity(result.hits, query_vector, self.store)
        return result

    def as_langchain(self, area: str | None = None) -> "LangChainRetriever":
        """This retriever as a LangChain ``BaseRetriever`` for LCEL chains."""
        return LangChainRetriever(hybrid=self, area=area)


class LangChainRetriever(BaseRetriever):
    hybrid: Any
    area: str | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        found = self.hybrid.search(query, area=self.area)
        return [
            Document(page_content=h.text, metadata={**h.metadata, "id": h.id, "similarity": h.similarity})
            for h in found.hits
        ]


_SECTOR_HEADS = re.compile(r"\b(public|private|vcfse|vcse|voluntary|third)\b", re.I)


class Glossary:
    """Everyday words -> the sources' terms ("companies" -> "private sector organisations") for keyword search."""

    FILE = "data/glossary.json"

    def __init__(self, terms: dict[str, list[str]], abbreviations: dict[str, str] | None = None,
                 principles: list[dict] | None = None) -> None:
        self.rules = [(term, re.compile(r"\b(" + "|".join(re.escape(a) for a in aliases) + r")\b", re.I))
                      for term, aliases in terms.items() if aliases]
        self.aliases = frozenset(a.rstrip("s") for aliases in terms.values() for a in aliases if a.isupper())
        self.abbreviations = abbreviations or {}
        # whole, and case-sensitive where the shorthand has capitals: "SV" is shorthand, "sv" inside a word is not;
        # everyday shorthand written in lower case ("subbie") is that in any case
        self._shorthand = re.compile(r"(?<![\w&])(" + "|".join(
            re.escape(a) if a != a.lower() else f"(?i:{re.escape(a)})"
            for a in sorted(self.abbreviations, key=len, reverse=True)) + r")(?![\w&])") if self.abbreviations else None
        self.principles = [(p["search"], [re.compile("|".join(group), re.I) for group in p["cues"]],
                            re.compile("|".join(p["unless"]), re.I) if p.get("unless") else None)
                           for p in principles or []]

    @classmethod
    def load(cls, knowledge_dir) -> "Glossary":
        path = Path(knowledge_dir) / cls.FILE
        if not path.is_file():
            return cls({})
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data.get("terms", {}), data.get("abbreviations", {}), data.get("principles", []))

    def spell_out(self, text: str) -> str:
        """``text`` with the asker's shorthand in the sources' words ("our SV offer" -> "our Social Value offer"):
        the cross-encoder does not know "SV"."""
        if self._shorthand is None:
            return text
        return self._shorthand.sub(lambda m: self.abbreviations.get(m.group(1)) or self.abbreviations[m.group(1).lower()],
                                   text)

    def principle(self, text: str) -> str | None:
        """The roadmap's words for the rule a situation turns on ("the ITT closes 3 weeks after it opens": "a minimum
        six-week procurement timescale …"), when every cue group of one rule matches ``text``."""
        for search, groups, unless in self.principles:
            if all(g.search(text) for g in groups) and not (unless and unless.search(text)):
                return search
        return None

    def sectors(self, text: str) -> list[str]:
        """The sectors ("public sector organisations", …) that ``text`` names, by a term's own first word ("VCFSE")
        or by its everyday words ("a council", "charities")."""
        found = []
        text = re.sub(r"\bpartner\s+vcfse\b", " ", text, flags=re.I)  # the commitment's name names no sector
        for term, pattern in self.rules:
            if not term.endswith("sector organisations"):
                continue
            head = term.split()[0]  # "VCFSE" alone names its sector; "public" needs "public sector"
            own = rf"\b{re.escape(head)}s?\b" if head.isupper() else rf"\b{re.escape(' '.join(term.split()[:2]))}\b"
            # "public, private and VCFSE orgs": a sector's first word alone, listed beside another sector's
            listed = rf"\b{re.escape(head)}\b\s*(,|and|or|&|/)\s*\w+|\w+\s*(,|and|or|&|/)\s*{re.escape(head)}\b"
            if pattern.search(text) or re.search(own, text, re.I) or (not head.isupper() and re.search(listed, text, re.I)
                                                                      and len(_SECTOR_HEADS.findall(text)) >= 2):
                found.append(term)
        return found

    def expand(self, query: str) -> str:
        extra = [term for term, pattern in self.rules if pattern.search(query)]
        return " ".join([query, *extra])


def _where(scope: list[str] | None, sources: list[str] | None) -> dict | None:
    clauses = []
    if scope:
        clauses.append({"area": {"$in": scope}})
    if sources:
        clauses.append({"source": {"$in": list(sources)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _mask(chunks: list[Hit], scope: list[str] | None, sources: list[str] | None) -> np.ndarray | None:
    if not scope and not sources:
        return None
    scope_set, source_set = set(scope or []), set(sources or [])
    return np.array(
        [
            (not scope_set or c.metadata.get("area", "all") in scope_set)
            and (not source_set or c.metadata.get("source") in source_set)
            for c in chunks
        ],
        dtype=bool,
    )


def _shingles(text: str) -> set[str]:
    words = text.lower().split()
    return {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}


def collapse_duplicates(hits: list[Hit], threshold: float = 0.8) -> list[Hit]:
    """Drop hits whose text mostly repeats a better-ranked hit's (word 3-gram overlap), keeping the first."""
    kept: list[tuple[Hit, set[str]]] = []
    for hit in hits:
        grams = _shingles(hit.text)
        if any(len(grams & other) >= threshold * min(len(grams), len(other)) for _, other in kept):
            continue
        kept.append((hit, grams))
    return [hit for hit, _ in kept]


def _reciprocal_rank_fusion(rankings: list[list[Hit]], weights: list[float], k: int) -> list[Hit]:
    """Weighted reciprocal-rank fusion: each ranking adds weight / (k + rank) to a chunk's score."""
    scores: dict[str, float] = {}
    first_seen: dict[str, Hit] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, hit in enumerate(ranking, start=1):
            scores[hit.id] = scores.get(hit.id, 0.0) + weight / (k + rank)
            first_seen.setdefault(hit.id, hit)
    ordered = sorted(scores, key=lambda cid: scores[cid], reverse=True)
    return [first_seen[cid] for cid in ordered]


def _fill_similarity(hits: list[Hit], query_vector: np.ndarray, store: KnowledgeStore) -> None:
    """Cosine similarity for hits that came from the keyword side only."""
    missing = [h.id for h in hits if h.similarity is None]
    vectors = store.vectors(missing)
    for hit in hits:
        if hit.similarity is None and hit.id in vectors:
            hit.similarity = float(np.dot(np.asarray(vectors[hit.id], dtype=np.float32), query_vector))
