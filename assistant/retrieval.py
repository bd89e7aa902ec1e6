"""Hybrid retrieval: vector search and BM25 fused by reciprocal rank, with filters and a relevance floor."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.areas import area_scope
from assistant.embeddings import MiniLMEmbedder
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


class KeywordIndex:
    """BM25 (bm25s, English stemming and stop words) over every chunk in the store."""

    def __init__(self, chunks: list[Hit]) -> None:
        import bm25s
        import Stemmer

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
        self.chunks = chunks
        self._stemmer = Stemmer.Stemmer("english")
        self._bm25 = bm25s.BM25()
        if chunks:
            tokens = bm25s.tokenize([c.text for c in chunks], stopwords="en", stemmer=self._stemmer, show_progress=False)
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

    def __init__(self, store: KnowledgeStore, embedder: MiniLMEmbedder, settings: Settings) -> None:
        self.store = store
        self.embedder = embedder
        self.settings = settings
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
        """Top ``k`` chunks for ``query``; ``mode`` is ``hybrid``, ``vector`` or ``keyword`` (for evaluation)."""
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
        keyword_hits = [hit for hit, _ in index.search(query, self.settings.candidates, allowed)]
        if mode == "keyword":
            fused = keyword_hits[:k]
        else:
            fused = _reciprocal_rank_fusion(
                [vector_hits, keyword_hits],
                [1.0, self.settings.keyword_weight],
                self.settings.rrf_k,
            )[:k]
        _fill_similarity(fused, query_vector, self.store)
        result.hits = fused
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
