"""Index the shipped knowledge (``knowledge/manifest.json``) into the store on first use."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from assistant.ingest.pipeline import Ingestor, IngestReport, SourceInfo

log = logging.getLogger(__name__)


def read_manifest(knowledge_dir: Path) -> list[tuple[Path, SourceInfo]]:
    manifest = json.loads((knowledge_dir / "manifest.json").read_text(encoding="utf-8"))
    entries = []
    for item in manifest["sources"]:
        info = SourceInfo(
            source=item["source"], kind=item.get("kind", "document"), title=item.get("title", item["source"]),
            publisher=item.get("publisher"), year=item.get("year"), url=item.get("url"),
        )
        entries.append((knowledge_dir / item["path"], info))
    return entries


def ensure_shipped_knowledge(ingestor: Ingestor, knowledge_dir: Path) -> IngestReport:
    """Index each shipped file that is new or changed; unchanged files cost one hash each."""
    report = IngestReport()
    for path, info in read_manifest(knowledge_dir):
        report.extend(ingestor.ingest_file(path, info))
    for error in report.errors:
        log.error("shipped knowledge file not indexed: %s: %s", error["source"], error["error"])
    built = [e["source"] for e in report.ingested if e["status"] != "unchanged"]
    if built:
        log.info("indexed shipped knowledge: %s", ", ".join(built))
    return report
