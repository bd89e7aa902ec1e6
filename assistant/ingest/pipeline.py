"""Ingest files into the knowledge store: check, load, chunk, replace; skip what has not changed."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from tqdm import tqdm

from assistant.areas import EVERYWHERE, normalise_area
from assistant.embeddings import sha256_of
from assistant.sources import path_source_id, upload_source_id
from assistant.store import KnowledgeStore, SourceRecord, StoreUnavailableError, store_errors
from assistant.ingest.chunking import Chunker, count_tokens
from assistant.documents.loaders import SUPPORTED_SUFFIXES, IngestError, TooLargeError, load_file, reason_for

log = logging.getLogger(__name__)

_LONG_RUN = re.compile(r"\S{1000,}")  # no space or line break for 1,000 characters: not words, split per character
PIPELINE_VERSION = "7"  # bump when loaders or chunk metadata change, so everything is re-indexed


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

    def __init__(self, store: KnowledgeStore, chunker: Chunker, max_bytes: int, max_pages: int, *,
                 max_chars: int | None = None, max_chunks: int | None = None,
                 max_inflated_bytes: int | None = None) -> None:
        self.store = store
        self.chunker = chunker
        self.max_bytes = max_bytes
        self.max_pages = max_pages
        self.max_chars = max_chars
        self.max_chunks = max_chunks
        self.max_inflated_bytes = max_inflated_bytes

    def _load(self, path: Path):
        return load_file(path, max_bytes=self.max_bytes, max_pages=self.max_pages, max_chars=self.max_chars,
                         max_inflated_bytes=self.max_inflated_bytes)

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

    def pending(self) -> list[SourceRecord]:
        """Sources whose last ingest did not finish (status other than ``complete``)."""
        return [r for r in self.store.registry.all() if r.status != "complete"]

    def drop_vanished_pending(self) -> list[str]:
        """Remove unfinished sources whose file is gone (cheap: nothing is read); the rest wait for
        :meth:`repair_pending`, so an unfinished ingest never holds up start-up or another command."""
        dropped = []
        for record in self.pending():
            if not Path(record.path).is_file():
                log.warning("removing %s: its last ingest did not finish and %s is gone", record.source, record.path)
                self.store.delete_source(record.source_id)
                dropped.append(record.source)
        return dropped

    def repair_pending(self) -> IngestReport:
        """Redo sources whose last ingest died part-way (status ``pending``) within the per-file limits, or drop
        them if the file is gone. A file that is now refused (over a limit, unreadable) is removed with its
        partial chunks and reported, so it never stays pending."""
        report = IngestReport()
        for record in self.pending():
            path = Path(record.path)
            if path.is_file():
                log.warning("redoing %s: its last ingest did not finish", record.source)
                info = SourceInfo(source=record.name, kind=record.kind, title=record.title, source_id=record.source_id)
                failed = len(report.errors)
                self._ingest_one(path, info, record.area, report)
                if len(report.errors) > failed:
                    self.store.delete_source(record.source_id)
                    report.errors[-1]["error"] += " (its unfinished ingest was removed)"
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
        except Exception as exc:  # anything else while adding one file is that file's error; the rest still go in
            log.warning("not ingested: %s: %s", path.name, exc, exc_info=log.isEnabledFor(logging.DEBUG))
            if isinstance(exc, (MemoryError, RecursionError)):
                reason = reason_for(exc, path.suffix)
            else:  # reading errors are IngestErrors already (load_file); this is chunking or storing
                reason = f"could not be added ({type(exc).__name__}: {str(exc).strip()[:200] or 'no details'})"
            report.errors.append({"source": info.source, "error": reason})
        else:
            report.ingested.append(entry)

    def _too_many_chunks(self, count: str) -> TooLargeError:
        return TooLargeError(
            f"the file would make {count} chunks, over the limit of {self.max_chunks:,} a file "
            "(setting SVA_MAX_CHUNKS_PER_FILE): split it into smaller files, or raise the limit"
        )

    def _check_chunk_budget(self, pages) -> None:
        """Refuse before splitting when the text cannot fit in ``max_chunks`` chunks. Each chunk holds at most
        ``chunk_tokens`` tokens, so there are at least tokens / chunk_tokens; and a run of characters with no
        space or line break is split character by character, about ``chunk_tokens`` characters a chunk (slowly:
        a 3 MB line took a minute), so such runs are counted first, without tokenising."""
        if self.max_chunks is None:
            return
        if len(pages) > self.max_chunks:  # every page, section or CSV row is at least one chunk
            raise self._too_many_chunks(f"at least {len(pages):,}")
        per_chunk = self.chunker.chunk_tokens
        estimate = 0.0
        for page in pages:
            estimate += sum(len(run.group()) for run in _LONG_RUN.finditer(page.page_content)) / per_chunk
            if estimate > self.max_chunks:
                raise self._too_many_chunks(f"about {int(estimate):,}")
        tokens = 0
        for page in pages:
            tokens += count_tokens(page.page_content)
            if tokens / per_chunk > self.max_chunks:
                raise self._too_many_chunks(f"at least {tokens // per_chunk:,}")

    def _fingerprint(self, path: Path, area: str) -> str:
        """The file's sha256 with everything else that shapes its chunks."""
        key = f"{sha256_of(path)}|{area}|{self.chunker.chunk_tokens}|{self.chunker.chunk_overlap}|{PIPELINE_VERSION}"
        return hashlib.sha256(key.encode()).hexdigest()

    def _index(self, path: Path, info: SourceInfo, area: str) -> dict[str, Any]:
        if path.suffix.lower() not in SUPPORTED_SUFFIXES or path.stat().st_size > self.max_bytes:
            self._load(path)  # raises the clear error
        fingerprint = self._fingerprint(path, area)
        previous = self.store.registry.get(info.source_id)
        if previous is not None and previous.source_id != info.source_id:
            previous = None  # matched another source's display name, not this one's id
        if previous and previous.status == "complete" and previous.sha256 == fingerprint:
            return self._entry(previous, "unchanged")
        pages = self._load(path)
        self._check_chunk_budget(pages)
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
        if self.max_chunks is not None and len(chunks) > self.max_chunks:
            raise self._too_many_chunks(f"{len(chunks):,}")
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
