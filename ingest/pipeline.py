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


class Ingestor:
    """Adds files to a :class:`KnowledgeStore`; one call may mix good and bad files."""

    def __init__(self, store: KnowledgeStore, chunker: Chunker, max_bytes: int, max_pages: int) -> None:
        self.store = store
        self.chunker = chunker
        self.max_bytes = max_bytes
        self.max_pages = max_pages

    def ingest_paths(self, paths: Iterable[Path | str], area: str | None = None) -> IngestReport:
        """Ingest files and folders (recursively); errors are reported per file, never raised."""
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
            info = SourceInfo(source=path.name, title=path.stem)
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
                info = SourceInfo(source=record.source, kind=record.kind, title=record.title)
                self._ingest_one(path, info, record.area, report)
            else:
                log.warning("removing %s: its last ingest did not finish and %s is gone", record.source, path)
                self.store.delete_source(record.source)
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
        previous = self.store.registry.get(info.source)
        if previous and previous.status == "complete" and previous.sha256 == fingerprint:
            return {"source": info.source, "pages": previous.pages, "chunks": previous.chunks, "status": "unchanged"}
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
            title=info.title or info.source, area=area, pages=page_count,
        )
        self.store.replace_source(record, chunks)
        status = "updated" if previous else "added"
        log.info("%s %s: %d pages, %d chunks", status, info.source, page_count, len(chunks))
        return {"source": info.source, "pages": page_count, "chunks": len(chunks), "status": status}
