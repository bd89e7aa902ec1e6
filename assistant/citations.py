"""Numbered citations: where each cited passage sits (source, page or section) and its text."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from assistant.store import Hit

SNIPPET_CHARS = 320


@dataclass
class Citation:
    n: int
    source: str
    page: int | None
    section: str | None
    snippet: str
    score: float
    title: str | None = None
    url: str | None = None
    kind: str | None = None
    chunk_id: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)

    def location(self) -> str:
        """'p. 37, 7.4 c) Outcome-focused decision-making' or the section alone."""
        parts = []
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.section:
            parts.append(self.section)
        return ", ".join(parts)


def body_of(hit: Hit) -> str:
    """The chunk's text without the section heading the chunker put on its first line."""
    section = hit.metadata.get("section")
    text = hit.text
    if section and text.startswith(section):
        text = text[len(section):].lstrip("\n")
    return text


def snippet_around(text: str, anchor: str | None = None, limit: int = SNIPPET_CHARS) -> str:
    """Up to ``limit`` characters of ``text``, starting near ``anchor`` when it is found."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    start = 0
    if anchor:
        found = text.find(" ".join(anchor.split())[:60])
        if found > 0:
            start = max(0, found - 40)
    piece = text[start : start + limit]
    return ("…" if start else "") + piece.rsplit(" ", 1)[0] + "…"


def citation_for(hit: Hit, n: int, anchor: str | None = None) -> Citation:
    meta = hit.metadata
    page = meta.get("page")
    return Citation(
        n=n,
        source=str(meta.get("source", "unknown source")),
        page=int(page) if page is not None else None,
        section=meta.get("section"),
        snippet=snippet_around(body_of(hit), anchor),
        score=round(float(hit.similarity or 0.0), 3),
        title=meta.get("title"),
        url=meta.get("url"),
        kind=meta.get("kind"),
        chunk_id=hit.id,
    )
