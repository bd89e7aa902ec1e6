"""One small Protocol per pipeline stage, matching what the code calls; ``build(settings)`` wires the real ones.

A test or a user swaps one part by passing another object with these methods (``tests/fakes.py`` has fakes for
each, so logic tests run without the ONNX models, Chroma or an index build).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, Sequence, runtime_checkable

import numpy as np

if TYPE_CHECKING:  # only for the annotations: the concrete types live in the modules that implement the stages
    from assistant.retrieval import Retrieval
    from assistant.store import SourceRecord


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors, one row per text (cosine similarity is their dot product)."""

    batch_size: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


@runtime_checkable
class Reranker(Protocol):
    """Scores how well each passage answers the question: higher is better; comparable across calls."""

    def score(self, question: str, passages: Sequence[str]) -> np.ndarray: ...


@runtime_checkable
class Retriever(Protocol):
    """Finds the chunks that answer a query, best first, and says whether any clears the relevance floor."""

    def search(self, query: str, k: int | None = None, area: str | None = None,
               sources: list[str] | None = None, mode: str = "hybrid") -> "Retrieval": ...


class ChatMessage(Protocol):
    """What a chat model's reply carries (a LangChain ``AIMessage`` has it)."""

    content: Any


@runtime_checkable
class ChatModel(Protocol):
    """A chat model as the tasks call it: LangChain's ``invoke`` with a prompt, optionally constrained by a JSON
    schema (``response_format``, for llama.cpp)."""

    def invoke(self, input: Any, **kwargs: Any) -> ChatMessage: ...  # noqa: A002  (LangChain's name)


@runtime_checkable
class SourceRegistry(Protocol):
    """The record of ingested sources, keyed by ``source_id``, with a generation that changes on every change.
    Two implementations behave the same: SQLite beside the embedded store, and a Chroma collection on a server."""

    def get(self, key: str) -> "SourceRecord | None": ...

    def all(self) -> list["SourceRecord"]: ...

    def put(self, record: "SourceRecord") -> None: ...

    def remove(self, source_id: str) -> None: ...

    def generation(self) -> int | str: ...

    def legacy(self) -> list["SourceRecord"]: ...

    def finish_migration(self, records: list["SourceRecord"]) -> None: ...
