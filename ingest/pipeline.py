"""Ingest files into the knowledge store: check, load, chunk, replace; skip what has not changed."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from tqdm import tqdm

from assistant.areas import EVERYWHERE, normalise_area
from assistant.embeddings import sha256_of
from assistant.sources import path_source_id, upload_source_id
from assistant.store import KnowledgeStore, SourceRecord, StoreUnavailableError, store_errors
from ingest.chunking import Chunker
from ingest.loaders import SUPPORTED_SUFFIXES, IngestError, load_file

log = logging.getLogger(__name__)

PIPELINE_VERSION = "3"  # bump when loaders or chunk metadata change, so everything is re-indexed


@dataclass
class IngestReport:
    ingested: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "errors": self.errors}

    def extend(self, other: "IngestReport") -> None:
        self.ingested.extend(other.ingested)
        self.errors.extend(other.errors)


@dataclass
class SourceInfo:
    """What a citation shows about a source besides its text."""

    source: str
    kind: str = "document"
    title: str = ""
    publisher: str | None = None
    year: int | None = None
    url: str | None = None
    source_id: str = ""  # the stable identity (assistant.sources); empty: the same as ``source`` (shipped knowledge)

    def __post_init__(self) -> None:
        self.source_id = self.source_id or self.source


class Ingestor:
    """Adds files to a :class:`KnowledgeStore`; one call may mix good and bad files."""

    def __init__(self, store: KnowledgeStore, chunker: Chunker, max_bytes: int, max_pages: int) -> None:
        self.store = store
        self.chunker = chunker
        self.max_bytes = max_bytes
        self.max_pages = max_pages

    def ingest_paths(self, paths: Iterable[Path | str], area: str | None = None, uploaded: bool = False) -> IngestReport:
        """Ingest files and folders (recursively); errors are reported per file, never raised.

        A file is identified by its resolved path, or, when ``uploaded`` (through the app, from a temporary
        folder), by its name and area (see assistant.sources)."""
        report = IngestReport()
        area_name = normalise_area(area) or EVERYWHERE
        files: list[Path] = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                files.extend(
                    p for p in sorted(path.rglob("*"))
                    if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            elif path.is_file():
                files.append(path)
            else:
                report.errors.append({"source": path.name or str(path), "error": f"no such file or folder: {path}"})
        for path in tqdm(files, desc="ingesting", unit="file", disable=None):
            source_id = upload_source_id(path.name, area_name) if uploaded else path_source_id(path)
            info = SourceInfo(source=path.name, title=path.stem, source_id=source_id)
            self._ingest_one(path, info, area_name, report)
        return report

    def ingest_file(self, path: Path, info: SourceInfo, area: str = EVERYWHERE) -> IngestReport:
        report = IngestReport()
        self._ingest_one(path, info, area, report)
        return report

    def repair_pending(self) -> IngestReport:
        """Redo sources whose last ingest died part-way (status ``pending``), or drop them if the file is gone."""
        report = IngestReport()
        for record in self.store.registry.all():
            if record.status == "complete":
                continue
            path = Path(record.path)
            if path.is_file():
                log.warning("redoing %s: its last ingest did not finish", record.source)
                info = SourceInfo(source=record.name, kind=record.kind, title=record.title, source_id=record.source_id)
                self._ingest_one(path, info, record.area, report)
            else:
                log.warning("removing %s: its last ingest did not finish and %s is gone", record.source, path)
                self.store.delete_source(record.source_id)
        return report

    def _ingest_one(self, path: Path, info: SourceInfo, area: str, report: IngestReport) -> None:
        try:
            with store_errors(self.store.settings):
                entry = self._index(path, info, area)
        except StoreUnavailableError as exc:
            report.errors.append({"source": info.source, "error": str(exc)})
        except IngestError as exc:
            log.info("not ingested: %s: %s", path.name, exc)
            report.errors.append({"source": info.source, "error": str(exc)})
        except PermissionError:
            report.errors.append({"source": info.source, "error": "permission denied: the file cannot be read"})
        except OSError as exc:
            report.errors.append({"source": info.source, "error": f"cannot read the file: {exc.strerror or exc}"})
        else:
            report.ingested.append(entry)

    def _fingerprint(self, path: Path, area: str) -> str:
        """The file's sha256 with everything else that shapes its chunks."""
        key = f"{sha256_of(path)}|{area}|{self.chunker.chunk_tokens}|{self.chunker.chunk_overlap}|{PIPELINE_VERSION}"
        return hashlib.sha256(key.encode()).hexdigest()

    def _index(self, path: Path, info: SourceInfo, area: str) -> dict[str, Any]:
        if path.suffix.lower() not in SUPPORTED_SUFFIXES or path.stat().st_size > self.max_bytes:
            load_file(path, max_bytes=self.max_bytes, max_pages=self.max_pages)  # raises the clear error
        fingerprint = self._fingerprint(path, area)
        previous = self.store.registry.get(info.source_id)
        if previous is not None and previous.source_id != info.source_id:
            previous = None  # matched another source's display name, not this one's id
        if previous and previous.status == "complete" and previous.sha256 == fingerprint:
            return self._entry(previous, "unchanged")
        pages = load_file(path, max_bytes=self.max_bytes, max_pages=self.max_pages)
        for page in pages:
            page.metadata.setdefault("area", area)
            page.metadata.update(
                {k: v for k, v in {
                    "source": info.source, "kind": info.kind, "title": info.title or info.source,
                    "publisher": info.publisher, "year": info.year,
                }.items() if v is not None}
            )
            if info.url and "url" not in page.metadata:
                page.metadata["url"] = info.url
        chunks = self.chunker.split(pages)
        if not chunks:
            raise IngestError("empty file: no text to index")
        page_numbers = {p.metadata["page"] for p in pages if "page" in p.metadata}
        page_count = max(page_numbers) if page_numbers else 1
        record = SourceRecord(
            source=info.source, kind=info.kind, sha256=fingerprint, path=str(path.resolve()),
            title=info.title or info.source, area=area, pages=page_count, source_id=info.source_id,
        )
        self.store.replace_source(record, chunks)
        status = "updated" if previous else "added"
        log.info("%s %s: %d pages, %d chunks (%d vectors reused)", status, record.source, page_count, len(chunks),
                 self.store.reused_last)
        return self._entry(record, status)

    @staticmethod
    def _entry(record: SourceRecord, status: str) -> dict[str, Any]:
        """One line of the ingest report: ``source`` is the display name (docs/CLI.md), ``source_id`` the identity."""
        return {"source": record.source, "pages": record.pages, "chunks": record.chunks, "status": status,
                "source_id": record.source_id, "path": record.path}
