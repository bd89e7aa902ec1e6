"""Read one file into page- or section-level LangChain Documents.

Each loader returns Documents whose metadata says where the text sits:
``page`` (from 1) for PDFs and for Markdown with ``<!-- page: N -->`` markers,
``section`` for headed text, ``row`` for CSV. Problems raise :class:`IngestError`
with a reason a person can act on.
"""

from __future__ import annotations

import csv
import html
import io
import logging
import re
from pathlib import Path
from typing import Callable

from charset_normalizer import from_bytes
from langchain_core.documents import Document

from assistant.documents.cleaning import flatten_tables
from assistant.footnotes import superscript
from assistant.documents.rows import row_sentences

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".md", ".markdown", ".txt", ".csv")


class IngestError(Exception):
    """A file that cannot be ingested, with the reason to show the user."""


class TooLargeError(IngestError):
    """A file over one of the ingest limits (the message names the limit and the setting that raises it)."""


def too_many_chars(count: int | None, max_chars: int) -> TooLargeError:
    held = f"{count:,} characters of text, over" if count is not None else "more characters of text than"
    return TooLargeError(
        f"the file holds {held} the limit of {max_chars:,} a file (setting SVA_MAX_CHARS_PER_FILE): "
        "split it into smaller files, or raise the limit"
    )


def read_text(path: Path, max_chars: int | None) -> str:
    """The file's text in any common encoding, refused before decoding when its bytes cannot fit the limit."""
    if max_chars is not None and path.stat().st_size > 4 * max_chars:  # no encoding takes over 4 bytes a character
        raise too_many_chars(None, max_chars)
    return check_chars(decode_text(path.read_bytes(), path.name), max_chars)


def check_chars(text: str, max_chars: int | None) -> str:
    """``text`` unchanged, or :class:`TooLargeError` when it is longer than ``max_chars``."""
    if max_chars is not None and len(text) > max_chars:
        raise too_many_chars(len(text), max_chars)
    return text


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes in any common encoding (UTF-8 with or without BOM, UTF-16, cp1252, ...)."""
    if not data.strip():
        raise IngestError("empty file: nothing to index")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise IngestError(f"{name} is not text in any encoding we recognise")
    return str(best)


# --- PDF -----------------------------------------------------------------------------
def load_pdf(path: Path, max_pages: int, max_chars: int | None = None) -> list[Document]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PdfStreamError

    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except (NotImplementedError, DependencyError) as exc:  # unsupported algorithm
                raise IngestError(f"encrypted PDF that cannot be opened here ({exc}): save an unencrypted copy") from exc
            if not unlocked:
                raise IngestError("encrypted PDF: it needs a password; save a copy without one and add that")
        count = len(reader.pages)
    except IngestError:
        raise
    except FileNotDecryptedError as exc:
        raise IngestError("encrypted PDF: it needs a password; save a copy without one and add that") from exc
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError, AssertionError) as exc:
        raise IngestError(f"not a readable PDF: {_short(exc)}") from exc
    if count == 0:
        raise IngestError("not a readable PDF: it has no pages")
    if count > max_pages:
        raise IngestError(f"PDF has {count} pages, over the limit of {max_pages} (setting SVA_MAX_PDF_PAGES)")
    docs: list[Document] = []
    blank: list[int] = []  # pages with no text layer: read by OCR afterwards when it is available
    failed = 0
    total = 0
    for number in range(1, count + 1):
        try:
            text = reader.pages[number - 1].extract_text() or ""
        except MemoryError:
            raise
        except Exception as exc:  # pypdf raises many types on damaged content streams
            if type(exc).__name__ == "LimitReachedError":  # a stream built to inflate or run forever: stop here
                raise IngestError(f"not a readable PDF file: page {number} goes over the PDF reader's safety "
                                  f"limits ({_short(exc)})") from exc
            log.warning("page %d of %s could not be read: %s", number, path.name, _short(exc))
            failed += 1
            continue
        text = _tidy(text)
        total += len(text)
        if max_chars is not None and total > max_chars:
            raise too_many_chars(None, max_chars)
        if text:
            docs.append(Document(page_content=text, metadata={"page": number}))
        else:
            blank.append(number)
    ocr_reason = None
    if blank:
        docs, ocr_reason = _with_ocr(path, docs, blank)
        if max_chars is not None and sum(len(d.page_content) for d in docs) > max_chars:
            raise too_many_chars(None, max_chars)
    if not docs:
        if failed:
            raise IngestError(f"not a readable PDF: none of its {count} pages could be read (damaged or truncated)")
        raise IngestError(
            f"no text layer in any of its {count} pages (a scanned or image-only PDF)"
            + (f" and {ocr_reason}" if ocr_reason else "") + ": run OCR on it first, then add it"
        )
    return docs


def _with_ocr(path: Path, docs: list[Document], blank: list[int]) -> tuple[list[Document], str | None]:
    """Pages with no text layer read by offline OCR (assistant/documents/ocr.py), marked ``ocr`` in their metadata.
    Returns the documents in page order and, when OCR could not run or read nothing, why."""
    from assistant.documents.ocr import OCRUnavailable, ocr_pages

    try:
        read = ocr_pages(path, blank)
    except OCRUnavailable as exc:
        return docs, str(exc)
    except Exception as exc:  # a damaged page image must not lose the pages that did have text
        log.warning("OCR failed on %s: %s", path.name, _short(exc))
        return docs, f"OCR failed ({_short(exc)})"
    extra = [Document(page_content=_tidy(p.text), metadata={"page": p.page, "ocr": True}) for p in read if _tidy(p.text)]
    merged = sorted(docs + extra, key=lambda d: d.metadata["page"])
    return merged, None if extra else "OCR found no text on its pages"


# --- DOCX ----------------------------------------------------------------------------
def check_docx_inflated(path: Path, max_inflated_bytes: int | None) -> int:
    """The bytes the DOCX's XML parts inflate to, read from its zip directory before anything is parsed;
    :class:`TooLargeError` when over ``max_inflated_bytes`` (a small file that inflates hugely is a zip bomb).
    Python's zipfile never inflates a member past the size its directory declares, so the check holds."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IngestError(f"not a readable Word (.docx) file: {_short(exc)}") from exc
    inflated = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    if max_inflated_bytes is not None and inflated > max_inflated_bytes:
        raise TooLargeError(
            f"the Word file's text parts inflate to {inflated / 1048576:,.0f} MB from "
            f"{path.stat().st_size / 1048576:,.1f} MB on disk, over the {max_inflated_bytes / 1048576:,.0f} MB limit "
            "(setting SVA_MAX_INFLATED_MB): it may be a zip bomb; if it is a real document, raise the limit"
        )
    return inflated


def load_docx(path: Path, max_inflated_bytes: int | None = None, max_chars: int | None = None) -> list[Document]:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_docx_inflated(path, max_inflated_bytes)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise IngestError(f"not a readable Word (.docx) file: {_short(exc)}") from exc
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    total = 0
    for block in _docx_blocks(document):
        style, text = block
        if not text:
            continue
        total += len(text)
        if max_chars is not None and total > max_chars:
            raise too_many_chars(None, max_chars)
        if style.lower().startswith(("heading", "title")):
            sections.append((text, []))
        else:
            sections[-1][1].append(text)
    docs = [
        Document(page_content="\n".join(lines), metadata=({"section": heading} if heading else {}))
        for heading, lines in sections
        if lines
    ]
    if not docs:
        raise IngestError("empty file: the Word document has no text")
    return docs


def _docx_blocks(document) -> list[tuple[str, str]]:
    """Paragraphs (style, text) and table rows in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[tuple[str, str]] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            blocks.append((paragraph.style.name if paragraph.style is not None else "", paragraph.text.strip()))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = [cell.text.strip() for cell in row.cells]
                blocks.append(("table", " | ".join(c for c in cells if c)))
    return blocks


# --- Markdown and text ----------------------------------------------------------------
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_PAGE_MARKER = re.compile(r"^<!--\s*page:\s*(\d+)\s*-->\s*$")
_NUMBER_ONLY = re.compile(r"^\d+(\.\d+)*$")
_BARE_NUMBER_LINE = re.compile(r"^\s*\d{1,3}\s*$")


def _clean_heading(text: str) -> str:
    return re.sub(r"[*_`]+", "", text).strip()


def clean_markdown(text: str) -> str:
    """Plain text from Markdown converted from PDF: footnote markers as superscript digits, no HTML tags or backslash
    escapes."""
    text = superscript(text)
    text = re.sub(r"<li>", "\n- ", text)
    text = re.sub(r"</?(?:ul|ol|li|p|b|i|em|strong|span|br|div)\b[^>]*>", " ", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\(#[^)]*\)", r"\1", text)  # in-document links: keep the words
    text = re.sub(r"(\bNT\d+[a-z]?\*)|\*+", lambda m: m.group(1) or "", text)  # emphasis; keep NT14* stars
    return html.unescape(text)


def load_markdown(path: Path, max_chars: int | None = None) -> list[Document]:
    """Sections split at headings; a heading that is only a number ("2.1") joins the next heading."""
    text = clean_markdown(flatten_tables(read_text(path, max_chars)))
    docs: list[Document] = []
    page: int | None = None
    number: str | None = None
    heading: str | None = None
    lines: list[str] = []

    def flush() -> None:
        body = _tidy("\n".join(lines))
        if body:
            meta: dict = {}
            label = " ".join(x for x in (number, heading) if x)
            if label:
                meta["section"] = label
            if page is not None:
                meta["page"] = page
            docs.append(Document(page_content=body, metadata=meta))
        lines.clear()

    pending_number = False
    titled: str | None = None  # the heading that sub-headings sit under, e.g. "2.1 The roadmap has three key aims"
    for line in text.splitlines():
        marker = _PAGE_MARKER.match(line)
        if marker:
            flush()
            page = int(marker.group(1))
            continue
        match = _HEADING.match(line)
        if match:
            flush()
            level, title = len(match.group(1)), _clean_heading(match.group(2))
            if _NUMBER_ONLY.match(title):
                number, heading, titled, pending_number = title, None, title, True
            elif pending_number:
                heading, titled, pending_number = title, f"{number} {title}", False
            elif level == 1 or titled is None:
                number, heading, titled = None, title, title
            else:
                heading = f"{titled.removeprefix(number or '').strip()} › {title}"
            continue
        if _BARE_NUMBER_LINE.match(line):
            continue  # chapter or page numbers left by PDF-to-Markdown conversion
        lines.append(line)
    flush()
    if not docs:
        raise IngestError("empty file: no text to index")
    return docs


def load_text(path: Path, max_chars: int | None = None) -> list[Document]:
    text = _tidy(read_text(path, max_chars))
    if not text:
        raise IngestError("empty file: nothing to index")
    return [Document(page_content=text, metadata={})]


# --- CSV -----------------------------------------------------------------------------
_URL_COLUMNS = ("source_url", "url", "source")
_RESERVED_METADATA = frozenset({"source", "source_id", "kind", "title", "publisher", "year", "url", "page", "section",
                                "row", "chunk", "area", "cut_start", "cut_end", "ocr"})
_LABEL_COLUMNS = ("code", "id", "indicator", "topic")


def load_csv(path: Path, max_chars: int | None = None) -> list[Document]:
    """One Document per row, written as sentences (assistant/documents/rows.py); ``area`` and source URL columns become metadata."""
    text = read_text(path, max_chars)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.DictReader(io.StringIO(text), dialect=dialect))
    except csv.Error as exc:  # e.g. a field over csv.field_size_limit(), or a NUL byte
        raise IngestError(f"not a readable CSV file: {_short(exc)}") from exc
    if not rows:
        raise IngestError("empty file: the CSV has a header but no rows")
    docs = []
    for number, row in enumerate(rows, start=1):
        fields = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k}
        lower = {k.lower(): v for k, v in fields.items()}
        meta: dict = {"row": number}
        if lower.get("area"):
            meta["area"] = lower["area"]
        url_column = next((c for c in _URL_COLUMNS if lower.get(c)), None)
        if url_column:
            meta["url"] = lower[url_column]
        if lower.get("page", "").isdigit():
            meta["page"] = int(lower["page"])
        shown = {k: v for k, v in fields.items() if v and k.lower() not in (url_column, "page")}
        body = "\n".join(row_sentences(shown))
        for key, value in shown.items():  # the row's own fields, for code that reads facts (e.g. local needs)
            if key.lower() not in _RESERVED_METADATA:
                meta.setdefault(key.lower(), value)
        if not body:
            continue
        label = next((lower[c] for c in _LABEL_COLUMNS if lower.get(c)), None)
        meta["section"] = f"{label}" if label else f"row {number}"
        docs.append(Document(page_content=body, metadata=meta))
    if not docs:
        raise IngestError("empty file: every CSV row is blank")
    return docs


# --- dispatch ------------------------------------------------------------------------
def load_file(path: Path, *, max_bytes: int, max_pages: int, max_chars: int | None = None,
              max_inflated_bytes: int | None = None) -> list[Document]:
    """Check size and type, then read ``path`` with the loader for its type.

    Every failure inside the file is an :class:`IngestError` with a plain reason (see :func:`reason_for`),
    so one hostile or damaged file never stops the files after it."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"unsupported file type '{suffix or path.name}': add PDF, DOCX, MD, TXT or CSV files")
    size = path.stat().st_size
    if size == 0:
        raise IngestError("empty file: nothing to index")
    if size > max_bytes:
        raise IngestError(
            f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit (setting SVA_MAX_FILE_MB)"
        )
    loaders: dict[str, Callable[[Path], list[Document]]] = {
        ".pdf": lambda p: load_pdf(p, max_pages, max_chars),
        ".docx": lambda p: load_docx(p, max_inflated_bytes, max_chars),
        ".md": lambda p: load_markdown(p, max_chars),
        ".markdown": lambda p: load_markdown(p, max_chars),
        ".txt": lambda p: load_text(p, max_chars),
        ".csv": lambda p: load_csv(p, max_chars),
    }
    try:
        return loaders[suffix](path)
    except (IngestError, OSError):
        raise
    except Exception as exc:  # MemoryError and RecursionError included: they belong to this file alone
        raise IngestError(reason_for(exc, suffix)) from exc


_KINDS = {".pdf": "PDF", ".docx": "Word (.docx)", ".csv": "CSV", ".md": "Markdown", ".markdown": "Markdown",
          ".txt": "text"}


def reason_for(exc: BaseException, suffix: str = "") -> str:
    """A plain, one-line reason for any failure inside one file (the library's own words kept short)."""
    kind = _KINDS.get(suffix.lower(), "readable")
    name = type(exc).__name__
    if isinstance(exc, MemoryError):
        return ("reading it needs more memory than is free (a file that inflates far beyond its size, or a damaged "
                "one): nothing from it was added")
    if isinstance(exc, RecursionError):
        return f"not a readable {kind} file: its structure is nested too deeply (damaged or built to crash readers)"
    if name == "LimitReachedError":  # pypdf's safety limits (deep page trees, huge streams)
        return f"not a readable {kind} file: it goes over the PDF reader's safety limits ({_short(exc)})"
    if name in ("XMLSyntaxError", "ParseError", "ExpatError"):
        return f"not a readable {kind} file: its XML is damaged or too large to parse safely ({_short(exc)})"
    if isinstance(exc, UnicodeError):
        return f"not a readable {kind} file: its text cannot be decoded ({_short(exc)})"
    return f"not a readable {kind} file: {name}: {_short(exc)}"


def _tidy(text: str) -> str:
    text = text.replace("\x00", "").replace("\r\n", "\n")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _short(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:200]
