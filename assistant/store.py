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

from assistant.embeddings import ChromaMiniLM
from assistant.footnotes import strip_marks
from assistant.interfaces import Embedder, SourceRegistry
from assistant.settings import Settings
from assistant.sources import base_name, display_names, legacy_source_id

log = logging.getLogger(__name__)

_ADD_BATCH = 128
_GET_PAGE = 5000
_KEY_BATCH = 500  # text hashes looked up in the store per query


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


class AmbiguousSourceError(ValueError):
    """A name that matches several sources (e.g. two folders' ``report.md``): the caller must say which."""

    def __init__(self, query: str, matches: list["SourceRecord"]) -> None:
        self.matches = matches
        listed = "; ".join(f"{r.source} ({r.path or r.source_id})" for r in matches)
        super().__init__(f"{len(matches)} sources match '{query}': {listed}. Give the display name or the path")


@dataclass
class SourceRecord:
    """One ingested source. ``source_id`` is its identity (see :mod:`assistant.sources`); ``source`` is the
    display name shown in citations and lists (unique in a store, e.g. ``report.md (wirral/)``)."""

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
    source_id: str = ""

    def __post_init__(self) -> None:
        self.source_id = self.source_id or self.source

    @property
    def name(self) -> str:
        """The file name (or shipped name) behind the display name."""
        return base_name(self.source_id, self.source)


_FIELDS = ("source", "kind", "sha256", "path", "title", "area", "pages", "chunks", "status", "updated_at")


@dataclass
class Hit:
    """One chunk found by a search, with its text and metadata."""

    id: str
    text: str
    metadata: dict[str, Any]
    similarity: float | None = None


class SqliteRegistry:
    """SQLite record of ingested sources, keyed by ``source_id``, and a generation counter bumped on every change.

    Stores made before ids existed had a ``sources`` table keyed by name: it is renamed ``sources_v1`` on open,
    :meth:`legacy` reads it with the ids the sources get now, and :meth:`finish_migration` moves them over (see
    KnowledgeStore._migrate)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            columns = [row[1] for row in db.execute("PRAGMA table_info(sources)")]
            if columns and "source_id" not in columns:
                db.execute("ALTER TABLE sources RENAME TO sources_v1")
            db.execute(
                """CREATE TABLE IF NOT EXISTS sources (
                    source_id TEXT PRIMARY KEY, source TEXT, kind TEXT, sha256 TEXT, path TEXT, title TEXT, area TEXT,
                    pages INTEGER, chunks INTEGER, status TEXT, updated_at REAL)"""
            )
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER)")
            db.execute("INSERT OR IGNORE INTO meta VALUES ('generation', 0)")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        db.row_factory = sqlite3.Row
        try:
            with db:
                yield db
        finally:
            db.close()

    @staticmethod
    def _record(row: sqlite3.Row) -> SourceRecord:
        return SourceRecord(**{key: row[key] for key in row.keys()})

    def get(self, key: str) -> SourceRecord | None:
        """The source with this id, or else the one source with this display name."""
        with self._connect() as db:
            row = db.execute("SELECT * FROM sources WHERE source_id = ?", (key,)).fetchone()
            if row is None:
                rows = db.execute("SELECT * FROM sources WHERE source = ?", (key,)).fetchall()
                row = rows[0] if len(rows) == 1 else None
        return self._record(row) if row else None

    def all(self) -> list[SourceRecord]:
        with self._connect() as db:
            rows = db.execute("SELECT * FROM sources ORDER BY source, source_id").fetchall()
        return [self._record(row) for row in rows]

    def put(self, record: SourceRecord) -> None:
        record.updated_at = time.time()
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (record.source_id, *(getattr(record, f) for f in _FIELDS)),
            )
            db.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")

    def remove(self, source_id: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM sources WHERE source_id = ?", (source_id,))
            db.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")

    def generation(self) -> int:
        with self._connect() as db:
            return int(db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])

    # --- stores made before source ids -------------------------------------------------
    def legacy(self) -> list[SourceRecord]:
        with self._connect() as db:
            if db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='sources_v1'").fetchone() is None:
                return []
            rows = db.execute("SELECT * FROM sources_v1").fetchall()
        records = [SourceRecord(**{f: row[f] for f in _FIELDS}) for row in rows]
        for record in records:
            record.source_id = legacy_source_id(record.source, record.kind, record.path, record.area)
        return records

    def finish_migration(self, records: list[SourceRecord]) -> None:
        with self._connect() as db:
            for record in records:  # a source ingested again since keeps its newer row
                db.execute(
                    "INSERT OR IGNORE INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (record.source_id, *(getattr(record, f) for f in _FIELDS)),
                )
            db.execute("DROP TABLE IF EXISTS sources_v1")
            db.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")


class ChromaRegistry:
    """The record of sources kept in the Chroma server itself (``<collection>_sources``), so every machine
    of a team that shares the server sees the same record. Same interface as :class:`SqliteRegistry`: one
    entry per source, its id the ``source_id``, the display name in its metadata. Entries written before ids
    existed (id = name, no ``source`` field) are moved over by :meth:`legacy` and :meth:`finish_migration`."""

    def __init__(self, client: Any, name: str) -> None:
        self.collection = client.get_or_create_collection(name=f"{name}_sources", embedding_function=None)

    @staticmethod
    def _record(source_id: str, meta: dict[str, Any]) -> SourceRecord:
        return SourceRecord(**{f: meta.get(f) for f in _FIELDS}, source_id=source_id)

    def _entries(self) -> list[tuple[str, dict[str, Any]]]:
        got = self.collection.get(include=["metadatas"])
        return [(i, dict(m or {})) for i, m in zip(got["ids"], got["metadatas"])]

    def get(self, key: str) -> SourceRecord | None:
        got = self.collection.get(ids=[key], include=["metadatas"])
        if got["ids"] and "source" in (got["metadatas"][0] or {}):
            return self._record(key, got["metadatas"][0])
        named = [r for r in self.all() if r.source == key]
        return named[0] if len(named) == 1 else None

    def all(self) -> list[SourceRecord]:
        records = [self._record(i, m) for i, m in self._entries() if "source" in m]
        return sorted(records, key=lambda r: (r.source, r.source_id))

    def put(self, record: SourceRecord) -> None:
        record.updated_at = time.time()
        meta = {f: getattr(record, f) for f in _FIELDS}
        self.collection.upsert(ids=[record.source_id], embeddings=[[1.0]], metadatas=[meta], documents=[record.source])

    def remove(self, source_id: str) -> None:
        self.collection.delete(ids=[source_id])

    def generation(self) -> str:
        """Changes whenever any machine adds, replaces or removes a source."""
        records = self.all()
        return f"{len(records)}:{max((r.updated_at or 0.0 for r in records), default=0.0)!r}"

    def legacy(self) -> list[SourceRecord]:
        records = []
        for name, meta in self._entries():
            if "source" not in meta:
                record = SourceRecord(name, *(meta.get(f) for f in _FIELDS[1:]))
                record.source_id = legacy_source_id(name, record.kind, record.path, record.area)
                records.append(record)
        return records

    def finish_migration(self, records: list[SourceRecord]) -> None:
        for record in records:
            if self.get(record.source_id) is None:
                self.put(record)
            if record.source_id != record.source:
                self.collection.delete(ids=[record.source])


def chunk_id(source_id: str, index: int) -> str:
    return f"{hashlib.sha1(source_id.encode('utf-8')).hexdigest()[:16]}-{index:05d}"


def text_key(text: str) -> str:
    """The embedding cache's key for a chunk's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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

    def __init__(self, settings: Settings, embedder: Embedder, client: Any | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.client = client if client is not None else open_chroma_client(settings)
        self.collection = self.client.get_or_create_collection(
            name=settings.collection,
            embedding_function=ChromaMiniLM(embedder),  # always explicit: never Chroma's default
            configuration={"hnsw": {"space": "cosine"}},
        )
        # with a Chroma server the record lives there too, shared by every machine that uses the server
        self.registry: SourceRegistry = (ChromaRegistry(self.client, settings.collection) if settings.chroma_url
                                         else SqliteRegistry(settings.registry_path))
        self._lock = FileLock(str(settings.data_dir / "write.lock"))
        self.reused_last = 0  # vectors reused from the cache by the last replace_source (for reports and tests)
        self._migrate()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock (one writer per data folder, across processes)."""
        with self._lock:
            yield

    # --- writes ---------------------------------------------------------------------
    def replace_source(self, record: SourceRecord, chunks: list[Document]) -> None:
        """Make ``chunks`` the only chunks of ``record.source_id`` and mark the record complete.

        ``record.source`` may be the bare file name: the record gets its display name here (and other sources
        of the same name get theirs). Chunks whose text is already in the store (this source's before, or any
        source's) keep their stored vectors (a content-hash cache): an edited file re-embeds only what changed."""
        with self.writing():
            labels = self._labels(record.name, include=record.source_id)
            record.source = labels[record.source_id]
            record.status = "pending"
            self.registry.put(record)
            stored = self._vectors_by_text({"source_id": record.source_id})
            self.collection.delete(where={"source_id": record.source_id})
            vectors = self._embed_reusing([d.page_content for d in chunks], stored)
            for start in range(0, len(chunks), _ADD_BATCH):
                batch = chunks[start : start + _ADD_BATCH]
                self.collection.upsert(
                    ids=[chunk_id(record.source_id, start + i) for i in range(len(batch))],
                    documents=[d.page_content for d in batch],
                    embeddings=vectors[start : start + len(batch)],
                    metadatas=[
                        _chroma_metadata({**d.metadata, "source": record.source, "source_id": record.source_id,
                                          "text_sha256": text_key(d.page_content)})
                        for d in batch
                    ],
                )
            record.chunks = len(chunks)
            record.status = "complete"
            self.registry.put(record)
            self._apply_labels(labels)

    def delete_source(self, source_id: str) -> int:
        """Remove every chunk of the source (by id, or by its display name) and its record; returns how many
        chunks there were."""
        with self.writing():
            record = self.registry.get(source_id)
            if record is not None:
                source_id = record.source_id
            before = self.collection.get(where={"source_id": source_id}, include=[])["ids"]
            self.collection.delete(where={"source_id": source_id})
            if record is not None:
                self.registry.remove(source_id)
                self._apply_labels(self._labels(record.name))
        return len(before)

    def find_sources(self, query: str) -> list[SourceRecord]:
        """Sources a person may mean by ``query``: its id or display name, else every source of that file name
        or path (two or more: the caller must ask which)."""
        records = self.registry.all()
        exact = [r for r in records if query in (r.source_id, r.source)]
        if exact:
            return exact
        resolved = str(Path(query).expanduser().resolve()) if query.strip() else ""
        return [r for r in records if query in (r.name, r.path) or r.source_id == resolved]

    # --- identity and the embedding cache -------------------------------------------------
    def _labels(self, name: str, include: str | None = None) -> dict[str, str]:
        """Display names of every source whose file name is ``name`` (and of ``include``, about to be added)."""
        ids = {r.source_id for r in self.registry.all() if r.name == name}
        if include:
            ids.add(include)
        return display_names(sorted(ids), name)

    def _apply_labels(self, labels: dict[str, str]) -> None:
        """Give sources their display names, in the record and on their chunks (no re-embedding)."""
        for source_id, label in labels.items():
            record = self.registry.get(source_id)
            if record is None or record.source_id != source_id or record.source == label:
                continue
            self._update_chunk_metadata({"source_id": source_id}, {"source": label})
            record.source = label
            self.registry.put(record)

    def _update_chunk_metadata(self, where: dict, changes: dict[str, Any]) -> None:
        found = self.all_chunks(where=where)
        for start in range(0, len(found), _ADD_BATCH):
            batch = found[start : start + _ADD_BATCH]
            self.collection.update(
                ids=[h.id for h in batch], metadatas=[_chroma_metadata({**h.metadata, **changes}) for h in batch]
            )

    def _migrate(self) -> None:
        """Move a store made before source ids (sources keyed by name) to ids, keeping every vector."""
        if not self.registry.legacy():
            return
        with self.writing():
            legacy = self.registry.legacy()
            for record in legacy:
                self._update_chunk_metadata({"source": record.source}, {"source_id": record.source_id})
            self.registry.finish_migration(legacy)
        log.warning("gave %d sources a stable id (this store was made before ids); nothing was re-indexed",
                    len(legacy))

    def _vectors_by_text(self, where: dict) -> dict[str, Any]:
        """Stored vectors of the chunks matching ``where``, keyed by the sha256 of their text."""
        vectors: dict[str, Any] = {}
        offset = 0
        while True:
            page = self.collection.get(where=where, include=["documents", "embeddings"], limit=_GET_PAGE, offset=offset)
            for text, vector in zip(page["documents"], page["embeddings"] if page["embeddings"] is not None else []):
                vectors[text_key(text or "")] = vector
            if len(page["ids"]) < _GET_PAGE:
                return vectors
            offset += _GET_PAGE

    def _stored_elsewhere(self, keys: list[str]) -> dict[str, Any]:
        """Stored vectors of chunks of any source whose text hashes to one of ``keys`` (a file copied to another
        folder, or uploaded as well as ingested, embeds nothing new)."""
        found: dict[str, Any] = {}
        for start in range(0, len(keys), _KEY_BATCH):
            batch = keys[start : start + _KEY_BATCH]
            page = self.collection.get(where={"text_sha256": {"$in": batch}}, include=["metadatas", "embeddings"])
            for meta, vector in zip(page["metadatas"], page["embeddings"] if page["embeddings"] is not None else []):
                found[(meta or {}).get("text_sha256", "")] = vector
        return found

    def _embed_reusing(self, texts: list[str], stored: dict[str, Any]) -> list[list[float]]:
        """Vectors for ``texts``: the stored one when a text is unchanged, else embedded now (one call)."""
        keys = [text_key(t) for t in texts]
        stored = stored | self._stored_elsewhere(sorted({k for k in keys if k not in stored}))
        missing = sorted({k: i for i, k in enumerate(keys) if k not in stored}.values())
        fresh = self.embedder.embed([strip_marks(texts[i]) for i in missing]).tolist() if missing else []
        new = {keys[i]: vector for i, vector in zip(missing, fresh)}
        self.reused_last = len(texts) - len(missing)
        return [list(map(float, stored[k])) if k in stored else list(new[k]) for k in keys]

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
