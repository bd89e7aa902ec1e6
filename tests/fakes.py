"""Fakes for the Protocols of assistant/interfaces.py: logic tests use them instead of the ONNX models, Chroma
or an index build. Each is small and deterministic, and behaves enough like the real one for the logic to matter:
the embedder puts texts that share words close together, the reranker prefers passages that share words."""

from __future__ import annotations

import hashlib
import re
from typing import Any, Sequence

import numpy as np

from assistant.interfaces import ChatModel, Embedder, Reranker, Retriever, SourceRegistry
from assistant.retrieval import Retrieval
from assistant.store import Hit, SourceRecord

_WORD = re.compile(r"[a-z0-9£%]+")
_STOP = frozenset("a an the and or of to in on for is are was were be by with what which who how it its this that as "
                  "at from we our you your their".split())


def words(text: str) -> set[str]:
    """Content words, lower-cased, with a crude plural fold ("measures" -> "measure")."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in _WORD.findall(text.lower()) if w not in _STOP}


class FakeEmbedder:
    """Hashed bag of words, unit length: texts that share words have a high cosine, others about 0."""

    def __init__(self, dimensions: int = 256, batch_size: int = 8) -> None:
        self.dimensions = dimensions
        self.batch_size = batch_size
        self.calls = 0

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dimensions, dtype=np.float32)
        for word in words(text) or {"<empty>"}:
            vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimensions] += 1.0
        return vector / np.linalg.norm(vector)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts])


class FakeReranker:
    """Scores a passage by the share of the question's words it holds (logit-like: -5 to +5)."""

    def score(self, question: str, passages: Sequence[str]) -> np.ndarray:
        wanted = words(question) or {""}
        return np.array([10 * len(wanted & words(p)) / len(wanted) - 5 for p in passages], dtype=np.float32)


class FakeRetriever:
    """Returns the same hits for every query (or none, ``grounded=False``, when built empty); records the queries."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.queries: list[str] = []

    def search(self, query: str, k: int | None = None, area: str | None = None,
               sources: list[str] | None = None, mode: str = "hybrid") -> Retrieval:
        self.queries.append(query)
        hits = self.hits[:k] if k else list(self.hits)
        return Retrieval(query, hits, best_similarity=0.8 if hits else 0.0, grounded=bool(hits))


class Reply:
    def __init__(self, content: str) -> None:
        self.content = content


class FakeChatModel:
    """Replies with ``replies`` in turn and records each prompt and its keyword arguments; raises when out of them."""

    def __init__(self, replies: Sequence[str]) -> None:
        self.replies = list(replies)
        self.prompts: list[tuple[Any, dict[str, Any]]] = []

    def invoke(self, input: Any, **kwargs: Any) -> Reply:  # noqa: A002
        self.prompts.append((input, kwargs))
        if not self.replies:
            raise RuntimeError("the fake model has no reply left: the code asked it once too often")
        return Reply(self.replies.pop(0))


class FakeRegistry:
    """The record of sources in a dict; the generation counts changes."""

    def __init__(self) -> None:
        self.records: dict[str, SourceRecord] = {}
        self.changes = 0

    def get(self, key: str) -> SourceRecord | None:
        return self.records.get(key)

    def all(self) -> list[SourceRecord]:
        return sorted(self.records.values(), key=lambda r: r.source_id)

    def put(self, record: SourceRecord) -> None:
        self.records[record.source_id] = record
        self.changes += 1

    def remove(self, source_id: str) -> None:
        self.records.pop(source_id, None)
        self.changes += 1

    def generation(self) -> int:
        return self.changes

    def legacy(self) -> list[SourceRecord]:
        return []

    def finish_migration(self, records: list[SourceRecord]) -> None:
        return None


def hit(text: str, n: int = 0, source: str = "Towards a Social Value Economy", page: int | None = 43,
        **metadata: Any) -> Hit:
    """A retrieved chunk as the store returns it."""
    meta = {"source": source, "source_id": f"id-{source}", **({"page": page} if page is not None else {}), **metadata}
    return Hit(id=f"chunk-{n}", text=text, metadata=meta, similarity=0.8)


FAKES: dict[type, Any] = {Embedder: FakeEmbedder, Reranker: FakeReranker, Retriever: FakeRetriever,
                          ChatModel: FakeChatModel, SourceRegistry: FakeRegistry}
