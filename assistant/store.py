"""The knowledge store: a Chroma collection (embedded or server) and a record of what was ingested.

The record (SQLite in the data folder) holds one row per source with the file's
sha256 and a status. Replacing a source marks it ``pending``, deletes its old
chunks, adds the new ones under deterministic ids and marks it ``complete``; a
run that dies part-way leaves ``pending``, and the next ingest redoes that source.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlparse

import chromadb
from chromadb.config import Settings as ChromaSettings
from filelock import FileLock
from langchain_core.documents import Document

from assistant.embeddings import MiniLMEmbedder
from assistant.settings import Settings

log = logging.getLogger(__name__)

_ADD_BATCH = 128
_GET_PAGE = 5000


class StoreUnavailableError(RuntimeError):
    """The Chroma server cannot be reached or the store cannot be opened."""


_UNREACHABLE = ("ConnectError", "ConnectTimeout", "ReadTimeout", "WriteTimeout", "PoolTimeout", "RemoteProtocolError",
                "ReadError", "WriteError", "NetworkError")


@contextmanager
def store_errors(settings: Settings) -> Iterator[None]:
    """Turn 'the Chroma server went away' into one clear StoreUnavailableError (its URL, what to do)."""
    try:
        yield
    except StoreUnavailableError:
        raise
    except Exception as exc:
        if settings.chroma_url and (type(exc).__name__ in _UNREACHABLE or isinstance(exc, ConnectionError)):
            raise StoreUnavailableError(
                f"the Chroma server at {settings.chroma_url} cannot be reached ({type(exc).__name__}); nothing was "
                "lost: try again when it is back"
            ) from exc
        raise


@dataclass
class SourceRecord:
    source: str
    kind: str
    sha256: str
    path: str = ""
    title: str = ""
    area: str = "all"
    pages: int = 0
    chunks: int = 0
    status: str = "pending"
    updated_at: float = 0.0


@dataclass
class Hit:
    """One chunk found by a search, with its text and metadata."""

    id: str
    text: str
    metadata: dict[str, Any]
    similarity: float | None = None


class SourceRegistry:
    """SQLite record of ingested sources and a generation counter bumped on every change."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(
                """CREATE TABLE IF NOT EXISTS sources (
                    source TEXT PRIMARY KEY, kind TEXT, sha256 TEXT, path TEXT, title TEXT, area TEXT,
                    pages INTEGER, chunks INTEGER, status TEXT, updated_at REAL)"""
            )
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER)")
            db.execute("INSERT OR IGNORE INTO meta VALUES ('generation', 0)")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            with db:
                yield db
        finally:
            db.close()

    def get(self, source: str) -> SourceRecord | None:
        with self._connect() as db:
            row = db.execute("SELECT * FROM sources WHERE source = ?", (source,)).fetchone()
        return SourceRecord(*row) if row else None

    def all(self) -> list[SourceRecord]:
        with self._connect() as db:
            rows = db.execute("SELECT * FROM sources ORDER BY source").fetchall()
        return [SourceRecord(*row) for row in rows]

    def put(self, record: SourceRecord) -> None:
        record.updated_at = time.time()
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?,?,?,?,?)",
                (record.source, record.kind, record.sha256, record.path, record.title, record.area,
                 record.pages, record.chunks, record.status, record.updated_at),
            )
            db.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")

    def remove(self, source: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM sources WHERE source = ?", (source,))
            db.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")

    def generation(self) -> int:
        with self._connect() as db:
            return int(db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])


class ChromaRegistry:
    """The record of sources kept in the Chroma server itself (``<collection>_sources``), so every machine
    of a team that shares the server sees the same record. Same interface as :class:`SourceRegistry`."""

    _FIELDS = ("kind", "sha256", "path", "title", "area", "pages", "chunks", "status", "updated_at")

    def __init__(self, client: Any, name: str) -> None:
        self.collection = client.get_or_create_collection(name=f"{name}_sources", embedding_function=None)

    @classmethod
    def _record(cls, source: str, meta: dict[str, Any]) -> SourceRecord:
        return SourceRecord(source, *(meta.get(f) for f in cls._FIELDS))

    def get(self, source: str) -> SourceRecord | None:
        got = self.collection.get(ids=[source], include=["metadatas"])
        return self._record(source, got["metadatas"][0]) if got["ids"] else None

    def all(self) -> list[SourceRecord]:
        got = self.collection.get(include=["metadatas"])
        return sorted((self._record(i, m) for i, m in zip(got["ids"], got["metadatas"])), key=lambda r: r.source)

    def put(self, record: SourceRecord) -> None:
        record.updated_at = time.time()
        meta = {f: getattr(record, f) for f in self._FIELDS}
        self.collection.upsert(ids=[record.source], embeddings=[[1.0]], metadatas=[meta], documents=[record.source])

    def remove(self, source: str) -> None:
        self.collection.delete(ids=[source])

    def generation(self) -> str:
        """Changes whenever any machine adds, replaces or removes a source."""
        records = self.all()
        return f"{len(records)}:{max((r.updated_at or 0.0 for r in records), default=0.0)!r}"


def chunk_id(source: str, index: int) -> str:
    return f"{hashlib.sha1(source.encode('utf-8')).hexdigest()[:16]}-{index:05d}"


def open_chroma_client(settings: Settings) -> Any:
    """An embedded PersistentClient in the data folder, or an HttpClient when ``chroma_url`` is set."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        try:
            client = chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as exc:
            raise StoreUnavailableError(
                f"cannot reach the Chroma server at {settings.chroma_url}: {exc}. Start it, or unset SVA_CHROMA_URL "
                "to use the embedded store"
            ) from exc
        return client
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


class KnowledgeStore:
    """Chunks in Chroma, with the record of sources and a lock that serialises writers."""

    def __init__(self, settings: Settings, embedder: MiniLMEmbedder, client: Any | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.client = client if client is not None else open_chroma_client(settings)
        self.collection = self.client.get_or_create_collection(
            name=settings.collection,
            embedding_function=embedder.for_chroma(),  # always explicit: never Chroma's default
            configuration={"hnsw": {"space": "cosine"}},
        )
        # with a Chroma server the record lives there too, shared by every machine that uses the server
        self.registry = ChromaRegistry(self.client, settings.collection) if settings.chroma_url else SourceRegistry(settings.registry_path)
        self._lock = FileLock(str(settings.data_dir / "write.lock"))

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock (one writer per data folder, across processes)."""
        with self._lock:
            yield

    # --- writes ---------------------------------------------------------------------
    def replace_source(self, record: SourceRecord, chunks: list[Document]) -> None:
        """Make ``chunks`` the only chunks of ``record.source`` and mark the record complete."""
        with self.writing():
            record.status = "pending"
            self.registry.put(record)
            self.collection.delete(where={"source": record.source})
            for start in range(0, len(chunks), _ADD_BATCH):
                batch = chunks[start : start + _ADD_BATCH]
                self.collection.upsert(
                    ids=[chunk_id(record.source, start + i) for i in range(len(batch))],
                    documents=[d.page_content for d in batch],
                    metadatas=[_chroma_metadata(d.metadata) for d in batch],
                )
            record.chunks = len(chunks)
            record.status = "complete"
            self.registry.put(record)

    def delete_source(self, source: str) -> int:
        """Remove every chunk of ``source`` and its record; returns how many chunks there were."""
        with self.writing():
            record = self.registry.get(source)
            before = self.collection.get(where={"source": source}, include=[])["ids"]
            self.collection.delete(where={"source": source})
            if record is not None:
                self.registry.remove(source)
        return len(before)

    # --- reads ----------------------------------------------------------------------
    def count(self) -> int:
        return self.collection.count()

    def generation(self) -> int:
        return self.registry.generation()

    def all_chunks(self, where: dict | None = None) -> list[Hit]:
        """Every chunk in the store (or those matching a Chroma ``where``), paged so large stores do not load in one call."""
        hits: list[Hit] = []
        offset = 0
        while True:
            page = self.collection.get(where=where, include=["documents", "metadatas"], limit=_GET_PAGE, offset=offset)
            for cid, text, meta in zip(page["ids"], page["documents"], page["metadatas"]):
                hits.append(Hit(cid, text or "", dict(meta or {})))
            if len(page["ids"]) < _GET_PAGE:
                return hits
            offset += _GET_PAGE

    def vector_search(self, vector: list[float], n: int, where: dict | None = None) -> list[Hit]:
        n = min(n, max(self.count(), 1))
        result = self.collection.query(
            query_embeddings=[vector], n_results=n, where=where, include=["documents", "metadatas", "distances"]
        )
        return [
            Hit(cid, text or "", dict(meta or {}), 1.0 - float(dist))
            for cid, text, meta, dist in zip(
                result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0]
            )
        ]

    def vectors(self, ids: list[str]) -> dict[str, list[float]]:
        if not ids:
            return {}
        got = self.collection.get(ids=ids, include=["embeddings"])
        return {cid: vec for cid, vec in zip(got["ids"], got["embeddings"])}


def _chroma_metadata(meta: dict[str, Any]) -> dict[str, Any]:
    """Chroma takes str, int, float and bool values only, and no None."""
    clean: dict[str, Any] = {}
    for key, value in meta.items():
        if value is None:
            continue
        clean[key] = value if isinstance(value, (str, int, float, bool)) else str(value)
    return clean
