"""Show a cited source at the cited place: a PDF page rendered offline (pypdfium2) with the quoted passage
highlighted, or the section / row of a Markdown, Word, text or CSV source with the passage marked.

Everything shown from a document is HTML-escaped; nothing is fetched from the network.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RENDER_SCALE = 1.5
HIGHLIGHT = (255, 221, 0, 110)  # translucent yellow over the passage
OUTLINE = (180, 83, 9, 255)


@dataclass
class SourceView:
    html: str                 # what the source says at the cited place (always set)
    image: str | None = None  # the rendered PDF page with the passage highlighted, when the file can be read
    found: bool = False       # the passage was located (highlighted or marked)


def _words(snippet: str) -> list[str]:
    return " ".join((snippet or "").replace("…", " ").split()).split(" ")


def mark_passage(text: str, snippet: str) -> tuple[str, bool]:
    """``text`` escaped, with the longest run of the snippet's opening words found in it wrapped in <mark>."""
    flat = " ".join(text.split())
    words = [w for w in _words(snippet) if w]
    for size in (len(words), 16, 10, 6, 4):
        if size > len(words) or size < 3:
            continue
        for start in range(0, max(1, len(words) - size + 1), max(1, size // 2)):
            probe = " ".join(words[start:start + size])
            at = flat.lower().find(probe.lower())
            if at >= 0:
                end = at + len(probe)
                return (html.escape(flat[:at]) + "<mark>" + html.escape(flat[at:end]) + "</mark>"
                        + html.escape(flat[end:])), True
    return html.escape(flat), False


def _find(textpage, words: list[str], after: int = -1) -> tuple[int, int] | None:
    """The first place (char index, count) at or after ``after`` where ``words`` appear on the page."""
    searcher = textpage.search(" ".join(words), match_case=False, match_whole_word=False)
    while True:
        found = searcher.get_next()
        if not found or found[0] >= after:
            return found


def _locate(textpage, words: list[str]) -> tuple[int, int] | None:
    """The passage's span on the page: from where its opening words are to where its closing words end
    (shorter probes when the page's text layer breaks a phrase differently)."""
    for size in (8, 5, 3):
        if len(words) < size:
            continue
        for start in range(0, len(words) - size + 1, size):
            first = _find(textpage, words[start:start + size])
            if not first:
                continue
            for end in range(len(words), start + size, -size):
                last = _find(textpage, words[max(start + size, end - size):end], first[0])
                if last:
                    return first[0], last[0] + last[1] - first[0]
            return first
    return None


def _pdf_page(path: Path, page_number: int, snippet: str, out: Path) -> tuple[str, bool]:
    """Render one page to ``out`` (PNG), highlighting the snippet where the text layer has it."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    document = pdfium.PdfDocument(str(path))
    try:
        page = document[page_number - 1]
        height = page.get_height()
        image = page.render(scale=RENDER_SCALE).to_pil().convert("RGBA")
        textpage = page.get_textpage()
        span = _locate(textpage, [w for w in _words(snippet) if w])
        rects = [textpage.get_rect(i) for i in range(textpage.count_rects(*span))] if span else []
        overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        for left, bottom, right, top in rects:
            box = (left * RENDER_SCALE - 2, (height - top) * RENDER_SCALE - 2,
                   right * RENDER_SCALE + 2, (height - bottom) * RENDER_SCALE + 2)
            draw.rectangle(box, fill=HIGHLIGHT, outline=OUTLINE, width=2)
        Image.alpha_composite(image, overlay).convert("RGB").save(out)
        textpage.close()
        page.close()
    finally:
        document.close()
    return str(out), bool(rects)


def show(citation: dict[str, Any], store: Any, folder: Path) -> SourceView:
    """The source of ``citation`` at its place. ``store`` is the KnowledgeStore (registry and chunks)."""
    source = str(citation.get("source") or "")
    where = ", ".join(x for x in (f"p. {citation['page']}" if citation.get("page") is not None else "",
                                  citation.get("section") or "") if x)
    head = f"<h4>[{citation.get('n', '')}] {html.escape(source)}{' — ' + html.escape(where) if where else ''}</h4>"
    record = store.registry.get(source)
    path = Path(record.path) if record and record.path else None
    if path and path.suffix.lower() == ".pdf" and citation.get("page") and path.is_file():
        try:
            image, found = _pdf_page(path, int(citation["page"]), citation.get("snippet", ""),
                                     folder / f"source-{citation.get('n', 0)}-p{citation['page']}.png")
            note = ("The cited passage is highlighted." if found else
                    "This page was read by OCR, so the passage cannot be highlighted on the image; it is:"
                    if citation.get("ocr") else "The passage could not be located on the page image; it is:")
            body = "" if found else f"<blockquote>{html.escape(citation.get('snippet', ''))}</blockquote>"
            return SourceView(f"{head}<p>{note}</p>{body}", image, found)
        except Exception as exc:  # a damaged file: fall back to the indexed text
            head += f"<p>The page could not be drawn ({html.escape(type(exc).__name__)}); the indexed text follows.</p>"
    text = _section_text(citation, store)
    marked, found = mark_passage(text, citation.get("snippet", ""))
    return SourceView(f"{head}<div class='source-text' tabindex='0' role='region' aria-label='The cited source'>"
                      f"{marked}</div>", None, found)


def _section_text(citation: dict[str, Any], store: Any) -> str:
    """The indexed text around the citation: its chunk's section (or row, or page), in order."""
    source = citation.get("source")
    clauses: list[dict[str, Any]] = [{"source": source}]
    if citation.get("section"):
        clauses.append({"section": citation["section"]})
    elif citation.get("page") is not None:
        clauses.append({"page": int(citation["page"])})
    where = clauses[0] if len(clauses) == 1 else {"$and": clauses}
    try:
        hits = store.all_chunks(where=where)
    except Exception:
        hits = []
    if not hits:
        return citation.get("snippet", "")
    hits.sort(key=lambda h: (h.metadata.get("page") or 0, h.metadata.get("start_index") or 0, h.id))
    section = citation.get("section") or ""
    texts = []
    for hit in hits[:12]:
        text = hit.text
        if section and text.startswith(section):
            text = text[len(section):]
        texts.append(text.strip())
    return re.sub(r"\s+", " ", " ".join(texts)).strip()
