"""Read a tender pack (PDF, DOCX, Markdown, text) into lines that remember where they sit.

The tender intake (assistant/tasks/intake.py) reads layout as well as words: which file and page a line is
on, the heading it sits under, and for table rows the cells and the table's header row. PDFs and text are
read with the ingest loaders (the same bounds and error messages); Word files are walked here because the
intake needs each table cell, not the row joined into one string, and the page a hard page break starts.
A file that cannot be read is reported with its reason and the other files are still read.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.documents.loaders import IngestError, decode_text, load_pdf

log = logging.getLogger(__name__)
PACK_SUFFIXES = (".pdf", ".docx", ".md", ".markdown", ".txt")


@dataclass(frozen=True)
class Line:
    """One line of a tender pack: its text and where it sits."""

    text: str
    source: str
    page: int | None = None
    section: str | None = None  # the nearest heading above it
    cells: tuple[str, ...] | None = None  # set for a table row
    header: tuple[str, ...] | None = None  # the header row of the table this row belongs to
    heading: bool = False


@dataclass
class Pack:
    """The lines of every readable file, what was read, and the files that could not be."""

    lines: list[Line] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)


def read_pack(paths: list[Path], *, max_bytes: int, max_pages: int) -> Pack:
    """Read every file in ``paths``; one bad file is reported in ``errors`` and loses nothing else."""
    pack = Pack()
    for path in paths:
        name = path.name
        try:
            lines = read_file(path, max_bytes=max_bytes, max_pages=max_pages)
        except IngestError as exc:
            pack.errors.append({"source": name, "error": str(exc)})
            continue
        except Exception as exc:  # a damaged file must not stop the others
            pack.errors.append({"source": name, "error": f"could not be read: {type(exc).__name__}: {str(exc)[:200]}"})
            continue
        pages = sorted({line.page for line in lines if line.page is not None})
        pack.files.append({"source": name, "pages": len(pages) or None, "lines": len(lines)})
        pack.lines.extend(lines)
    return pack


def read_file(path: Path, *, max_bytes: int, max_pages: int) -> list[Line]:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise IngestError("no such file")
    if suffix not in PACK_SUFFIXES:
        raise IngestError(f"unsupported file type '{suffix or path.name}': give PDF, DOCX, MD or TXT files")
    size = path.stat().st_size
    if size == 0:
        raise IngestError("empty file: nothing to read")
    if size > max_bytes:
        raise IngestError(f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit (setting SVA_MAX_FILE_MB)")
    if suffix == ".pdf":
        return _pdf_lines(path, max_pages)
    if suffix == ".docx":
        _check_expanded_size(path, max_bytes)
        return _without_page_furniture(_docx_lines(path))
    return _without_page_furniture(_text_lines(decode_text(path.read_bytes(), path.name), path.name,
                                               markdown=suffix != ".txt"))


PAGE_FURNITURE = re.compile(r"^(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}|[-–]\s*\d{1,4}\s*[-–]|"
                            r"official(?:\s*[-–]\s*sensitive)?|(?:not\s+)?protectively\s+marked)$", re.I)


def _without_page_furniture(lines: list[Line]) -> list[Line]:
    """Page numbers ('Page 3 of 10'), protective markings, and a running header or footer (the same line, numbers
    aside, at the top or foot of half the pages or more, three at least) are not the pack's text: a question that runs
    over a page break must not take them in, nor a running header be taken for the title."""
    pages: dict[int | None, list[int]] = {}
    for index, line in enumerate(lines):
        pages.setdefault(line.page, []).append(index)
    edges: dict[str, list[int]] = {}
    for indexes in pages.values():
        for index in indexes[:2] + indexes[-2:]:
            if lines[index].cells is None and re.search(r"[a-z]{3,}", lines[index].text, re.I):  # not a row's '500 10%'
                edges.setdefault(re.sub(r"\d+", "#", lines[index].text.lower()), []).append(index)
    running: set[int] = set()
    if len(pages) >= 3:
        for places in edges.values():
            places = sorted(set(places))
            if len({lines[i].page for i in places}) >= max(3, len(pages) / 2):
                running.update(places)
    elif len(pages) == 2:  # two pages: the same first line on both (a header), or the same last line but for the
        # page's own number (a footer: "… p.1", "… p.2"; "Max. 750 words" or "Maximum 4,000 characters" ending both
        # pages is the pack's text)
        firsts, lasts = ([indexes[0] for indexes in pages.values()], [indexes[-1] for indexes in pages.values()])
        for ends, numbered in ((firsts, False), (lasts, True)):
            texts = {re.sub(rf"(?<![\d,.]){lines[i].page}(?![\d,])", "#", lines[i].text) if numbered else lines[i].text
                     for i in ends}
            if len(texts) == 1 and (not numbered or "#" in next(iter(texts))) \
                    and all(lines[i].cells is None and len(lines[i].text.split()) >= 2 for i in ends) \
                    and re.search(r"[a-z]{3,}", lines[ends[0]].text, re.I):
                running.update(ends)
    return [line for index, line in enumerate(lines)
            if index not in running and not (line.cells is None and PAGE_FURNITURE.match(line.text))]


# --- PDF ------------------------------------------------------------------------------
def _pdf_lines(path: Path, max_pages: int) -> list[Line]:
    lines: list[Line] = []
    for doc in load_pdf(path, max_pages):
        page = doc.metadata.get("page")
        for raw in doc.page_content.splitlines():
            text = _clean(raw)
            if text:
                lines.append(Line(text, path.name, page))
    return _with_layout_cells(path, _with_sections(_without_page_furniture(lines)))


def _with_sections(lines: list[Line]) -> list[Line]:
    """Headings and sections marked once the running header and footer are gone: a long running header above a
    page's first heading is not a line that heading wraps on from, so the heading still opens its section."""
    out: list[Line] = []
    section: str | None = None
    for line in lines:
        previous = out[-1] if out and out[-1].page == line.page else None
        heading = looks_like_heading(line.text) and not _wrapped_from(previous)
        if heading:
            section = line.text
        out.append(Line(line.text, line.source, line.page, section, heading=heading))
    return out


_LAYOUT_CELL = re.compile(r"\S+(?:\s{1,2}\S+)*")  # in layout mode, three or more spaces part two columns


def _with_layout_cells(path: Path, lines: list[Line]) -> list[Line]:
    """A PDF table's rows that each fit on one line, rebuilt: pypdf's layout mode keeps the gaps between columns, so
    a line that splits into cells there, and reads the same as a plain line of the page, is a table row: two or more
    such lines together are a table (with its header when the first row reads as labels), and one that lines up under
    the columns of a header above it is that header's row, even after a row wrapped over lines. A wrapped row itself
    is left to the plain reading (the question rules read a PDF table's header line, cells and trailing numbers)."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        layouts = {page: reader.pages[page - 1].extract_text(extraction_mode="layout") or ""
                   for page in sorted({line.page for line in lines if line.page})}
    except Exception:  # layout is a refinement: the plain lines stand on their own
        return lines
    out = list(lines)
    for page, layout in layouts.items():
        try:
            out = _spread_rows(out, page, layout)
        except Exception:  # noqa: BLE001 - a refinement that fails leaves the page as plain text reads it
            log.warning("spread rows of page %d of %s not used", page, path.name, exc_info=True)
    for page, layout in layouts.items():
        before = list(out)
        try:
            _layout_page(out, page, layout)
        except Exception:  # noqa: BLE001 - a refinement that fails leaves the page as plain text reads it
            log.warning("layout of page %d of %s not used", page, path.name, exc_info=True)
            out = before
    return out


def _ran_together(start: int, raw: str) -> list[tuple[int, str]]:
    """A cell's text that ran into the next column's figure, leaving no gap ('Vehicles and accessibility8%'): two
    cells, split where a word's last letter meets the figure (a word never runs into a number in prose)."""
    # an acronym runs into a percentage as a word does ('Mobilisation and TUPE15%'), though not into a bare number
    # ('COVID19', 'ISO9001' are names)
    joint = re.search(r"(?<=[a-z]{3})(?=\d{1,3}(?:[.,]\d+)?%?$)|(?<=[A-Z]{3})(?=\d{1,3}(?:\.\d+)?%$)", raw.rstrip())
    if joint is None:
        return [(start, _clean(raw))]
    return [(start, _clean(raw[:joint.start()])), (start + joint.start(), _clean(raw[joint.start():]))]


def _layout_page(out: list[Line], page: int, layout: str) -> None:
    positions = [i for i, line in enumerate(out) if line.page == page]
    rows = [[part for m in _LAYOUT_CELL.finditer(raw) if _clean(m.group(0)) for part in _ran_together(m.start(), m.group(0))]
            for raw in layout.splitlines()]
    margin = min((row[0][0] for row in rows if row), default=0)
    runs: list[list[tuple[int, tuple[str, ...]]]] = [[]]
    under_header: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    header: tuple[tuple[str, ...], list[int]] | None = None  # the last header row on the page and its columns
    cursor = 0

    def plain(text: str) -> int | None:
        return next((k for k in range(cursor, len(positions)) if out[positions[k]].text == text), None)

    number = 0
    while number < len(rows):
        row = rows[number]
        number += 1
        cells = tuple(text for _, text in row)
        match = plain(" ".join(cells)) if len(cells) >= 2 else None
        placed = _under([row], header[1]) if header is not None else None
        whole = None
        if match is None and header is not None and row:  # a row wrapped in the layout that plain text reads whole
            for size in range(2, 9):
                window = rows[number - 1:number - 1 + size]
                merged = _under(window, header[1]) if len(window) == size and all(window) else None
                if merged is None:
                    break
                if (whole := plain(" ".join(c for c in merged if c))) is not None:
                    under_header[positions[whole]] = (merged, header[0])
                    cursor, number = whole + 1, number - 1 + size
                    break
            if whole is not None:
                continue
        if match is None:
            runs.append([])
            if row and row[0][0] <= margin + 1 and placed is None:
                header = None  # prose at the margin: the table above has ended
            continue
        index = positions[match]
        cursor = match + 1
        runs[-1].append((index, cells))
        if len(cells) >= 2 and all(_label_like(c) for c in cells):
            header = (cells, [start for start, _ in row])
        elif header is not None and placed is not None:
            under_header[index] = (placed, header[0])  # a one-line row under the header, after a wrapped one
    for run in runs:
        if len(run) < 2 or len({len(cells) for _, cells in run}) > 2:
            continue
        table = _table_lines([cells for _, cells in run], out[run[0][0]].source, page, out[run[0][0]].section)
        for (index, _), made in zip(run, table):
            out[index] = Line(out[index].text, made.source, made.page, out[index].section, cells=made.cells,
                              header=made.header)
    for index, (cells, head) in under_header.items():
        out[index] = Line(out[index].text, out[index].source, page, out[index].section, cells=cells, header=head)


_SENTENCE_END = re.compile(r"[.?!]$")


def _spread_rows(out: list[Line], page: int, layout: str) -> list[Line]:
    """A PDF table whose cells wrap over several lines, each set in the middle of its row ('Ref | Question | Limit |
    Weighting', the id on the row's middle line, the question above and below it): plain text reads such a row as
    separate lines, a cell at a time. Under a header row of labels, a line with a cell in the first column anchors a
    row; the lines around it are that row's while its wrapped cell has not closed its sentence (a table of one row
    when its anchor line fills three columns or more). Each row rebuilt is one
    line with its cells, in place of the plain lines that held its words; a row that does not account for its plain
    lines exactly is left as it was."""
    raws = layout.splitlines()
    rows = [[(m.start(), _clean(m.group(0))) for m in _LAYOUT_CELL.finditer(raw) if _clean(m.group(0))] for raw in raws]
    index = 0
    while index < len(rows):
        row = rows[index]
        index += 1
        cells = [text for _, text in row]
        if len(cells) < 3 or not all(_label_like(c) for c in cells):
            continue
        columns = [start for start, _ in row]
        header = tuple(cells)
        block: list[list[tuple[int, str]]] = []
        while index < len(rows) and rows[index] and rows[index][0][0] >= columns[0] - 2 and _under([rows[index], [(columns[-1], "x")]], columns) is not None:
            block.append(_sliced(raws[index], columns) or rows[index])
            index += 1
        anchors = [k for k, line in enumerate(block) if line[0][0] < columns[1] - 2]
        if not anchors or not any(len(block[k]) >= (2 if len(anchors) >= 2 else 3) for k in anchors):
            continue  # one row on its own (a table of one question) when it fills three columns or more
        if not any(len(line) == 1 and line[0][0] >= columns[1] - 2 for line in block):
            continue  # no cell wraps around its anchor: the one-line rows are read elsewhere
        def column_of(start: int) -> int:
            return max(j for j, left in enumerate(columns) if start >= left - 2 or j == 0)

        wrapping = {column_of(s) for k, line in enumerate(block) if k not in anchors for s, _ in line}  # the wrapped cells
        spans: list[list[list[tuple[int, str]]]] = []
        start = 0
        for number, anchor in enumerate(anchors):
            end = anchors[number + 1] if number + 1 < len(anchors) else len(block)
            if number + 1 < len(anchors):  # the next row's lines above its anchor are those after this one's closes
                for k in range(anchor, anchors[number + 1]):
                    if any(_SENTENCE_END.search(text) for s, text in block[k] if column_of(s) in wrapping - {0}):
                        end = k + 1
                        break
            spans.append(block[start:end])
            start = end
        spans = [part for span in spans for part in _rows_of(span, columns)]
        made = [_under(span, columns) for span in spans]
        if any(m is None for m in made):
            continue
        out = _replace_rows(out, page, [tuple(m) for m in made], header)
    return out


_FIGURE_CELL = re.compile(r"[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|[kKmM]|marks|points)?")


def _rows_of(span: list[list[tuple[int, str]]], columns: list[int], anchor: int | None = None
             ) -> list[list[list[tuple[int, str]]]]:
    """A row's span split where a line below its anchor puts a cell in a column whose cell the anchor already fills
    with a figure ('Q6 | Social value | 15% | 750' then ' | Total | 100% | '): a figure does not wrap onto a second
    line, so that line starts the next row, one with its first cell blank (a total, a subtotal, a note)."""
    def column_of(start: int) -> int:
        return max(j for j, left in enumerate(columns) if start >= left - 2 or j == 0)

    if anchor is None:
        anchor = next((k for k, line in enumerate(span) if line and line[0][0] < columns[1] - 2), None)
    if anchor is None:
        return [span]
    figures = {column_of(s) for s, text in span[anchor] if _FIGURE_CELL.fullmatch(text)}
    below = next((k for k in range(anchor + 1, len(span))
                  if any(column_of(s) in figures for s, _ in span[k])), None)
    if below is None:
        return [span]
    return [span[:below], *_rows_of(span[below:], columns, 0)]  # that line is the next row's first


def _sliced(raw: str, columns: list[int]) -> list[tuple[int, str]] | None:
    """A layout line cut at the header's column positions, where each cut falls on a space: a cell that ends two
    spaces short of the next column ('guarantee that at least  3,000') is two cells, not one."""
    if any(0 < left <= len(raw) and not raw[left - 1].isspace() for left in columns[1:]):
        return None
    bounds = [0, *columns[1:], len(raw)]
    cells = [(max(start, columns[0]) if j == 0 else start, _clean(raw[start:end]))
             for j, (start, end) in enumerate(zip(bounds, bounds[1:]))]
    return [(start + len(raw[start:]) - len(raw[start:].lstrip()), text) for start, text in cells if text]


def _replace_rows(out: list[Line], page: int, made: list[tuple[str, ...]], header: tuple[str, ...]) -> list[Line]:
    """Each rebuilt row in place of the run of the page's plain lines that holds exactly its words."""
    from collections import Counter

    result = list(out)
    positions = [i for i, line in enumerate(result) if line.page == page and line.cells is None]
    cursor = 0
    replaced: dict[int, tuple[list[int], Line]] = {}
    for cells in made:
        words = Counter(" ".join(cells).split())
        first = next((k for k in range(cursor, len(positions))
                      if not Counter(result[positions[k]].text.split()) - words), None)
        if first is None:
            return out
        taken: list[int] = []
        k = first
        while words and k < len(positions) and not (Counter(result[positions[k]].text.split()) - words):
            words -= Counter(result[positions[k]].text.split())
            taken.append(positions[k])
            k += 1
        if words:
            return out
        if taken != list(range(taken[0], taken[-1] + 1)):
            return out
        base = result[taken[0]]
        replaced[taken[0]] = (taken, Line(" ".join(c for c in cells if c), base.source, page, base.section,
                                          cells=cells, header=header))
        cursor = k
    drop = {i for taken, _ in replaced.values() for i in taken}
    final = []
    for i, line in enumerate(result):
        if i in replaced:
            final.append(replaced[i][1])
        elif i not in drop:
            final.append(line)
    return final


def _under(rows: list[list[tuple[int, str]]], columns: list[int]) -> tuple[str, ...] | None:
    """Layout lines' cells placed in the header's columns, each column's text joined down the lines (each cell starts
    within one column's span, one cell a column on each line), or None when they do not line up."""
    if sum(len(row) for row in rows) < 2:
        return None
    placed: list[list[str]] = [[] for _ in columns]
    for row in rows:
        taken: set[int] = set()
        for start, text in row:
            column = max((j for j, left in enumerate(columns) if start >= left - 2), default=None)
            if column is None or column in taken:
                return None
            taken.add(column)
            placed[column].append(text)
    return tuple(" ".join(texts) for texts in placed)


def _wrapped_from(previous: Line | None) -> bool:
    """The line before filled the width and did not close its sentence: this one continues it ('… Cheshire West and'
    / 'Chester to'), however much it looks like a title."""
    return previous is not None and not previous.heading and len(previous.text) >= 80 and previous.text[-1] not in ".:;?!)" \
        and not _ENDS_WITH_POSTCODE.search(previous.text)  # a letterhead address ends complete ("…, Liverpool, L14 5AB")


_ENDS_WITH_POSTCODE = re.compile(r",\s*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$")


_HEADING_WORDS = re.compile(r"^(?:(?:section|part|schedule|annex|appendix)\s+\w+\b|\d+(?:\.\d+)*\.?\s+[A-Z])", re.I)


def looks_like_heading(text: str) -> bool:
    """A short line with no closing punctuation that starts like a title: a guess used only for context."""
    text = drop_short_form(text)  # "Non-Emergency Patient Transport Service (NEPTS)": a title and its short form
    words = text.split()
    if not 1 <= len(words) <= 9 or text[-1] in ".,;:?)" or not text[0].isalnum() or text[0].islower():
        return False
    if re.search(r"(?:\.{4,}|…{2,})\s*\d{1,3}$", text):
        return False  # a contents entry ("4. Questions ........ 3") is not the heading of what follows it
    if _HEADING_WORDS.match(text) or _LOT_HEADING.match(text):
        return True
    if ":" in text and not _TITLE_LEAD.match(text):
        return False  # "Location: Wirral" is a label and its value, not a heading
    letters = [w for w in words if w[0].isalpha()]
    return bool(letters) and all(w[0].isupper() or w.lower() in _SMALL for w in letters) and not re.search(r"\d", text)


_ACRONYM_AFTER = re.compile(r"(?<=\w)\s+\([A-Z][A-Z&]{1,7}s?\)$")


def drop_short_form(text: str) -> str:
    """The line without the bracketed acronym that ends it ('Invitation to Tender (ITT)' is 'Invitation to Tender')."""
    return _ACRONYM_AFTER.sub("", text)

_LOT_HEADING = re.compile(r"^lot\s*\d{1,2}[a-z]?\s*[:.\-–]?\s*[A-Za-z][A-Za-z ,&'/-]*$", re.I)  # "Lot 2: Security", not "Lot 2 £1m"
_TITLE_LEAD = re.compile(r"^(?:invitation|request|tender|itt|rfq|rft|specification|contract|lot)\b", re.I)
_SMALL = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "with", "by", "or", "&"}


# --- DOCX -----------------------------------------------------------------------------
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_expanded_size(path: Path, max_bytes: int) -> None:
    """Refuse a Word file that would expand to far more than any real document (a zip bomb) before opening it."""
    import zipfile

    limit = min(10 * max_bytes, 300 * 1048576)
    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: the Word reader says why
    if expanded > limit:
        raise IngestError(f"Word file expands to {expanded / 1048576:.0f} MB, over the {limit / 1048576:.0f} MB allowed: "
                          "it is damaged or not a real document")


def _docx_lines(path: Path) -> list[Line]:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise IngestError(_docx_reason(path, exc)) from exc
    body = document.element.body
    rendered = any(True for _ in body.iter(f"{_W}lastRenderedPageBreak"))
    page = 1
    section: str | None = None
    lines: list[Line] = []

    def breaks(element) -> tuple[int, int]:
        """Page breaks before and after the element's text (Word's rendered breaks if it saved them)."""
        before = after = 0
        seen_text = False
        for node in element.iter():
            tag = node.tag
            if tag == f"{_W}t" and (node.text or "").strip():
                seen_text = True
            is_break = (tag == f"{_W}lastRenderedPageBreak") if rendered else (
                (tag == f"{_W}br" and node.get(f"{_W}type") == "page") or tag == f"{_W}pageBreakBefore")
            if is_break:
                if seen_text:
                    after += 1
                else:
                    before += 1
        return before, after

    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            before, after = breaks(child)
            page += before
            paragraph = Paragraph(child, document)
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            is_heading = style.lower().startswith(("heading", "title")) or (
                _all_bold(paragraph) and looks_like_heading(_clean(paragraph.text)))  # a bold line used as a heading
            for raw in paragraph.text.splitlines():
                text = _clean(raw)
                if not text:
                    continue
                if is_heading:
                    section = text
                bullet = "• " if _is_list(paragraph) and not is_heading else ""
                lines.append(Line(bullet + text, path.name, page, section, heading=is_heading))
            page += after
        elif tag == "tbl":
            before, _ = breaks(child)
            page += before
            lines.extend(_docx_table_lines(Table(child, document), path.name, page, section))
    return lines


def _docx_table_lines(table, source: str, page: int, section: str | None) -> list[Line]:
    """A Word table's rows as lines; a table nested in a cell follows the row it sits in, as a table of its own (cell
    text omits it), so 'Q1 | [the question's box] | 15%' keeps the box beside the row's id and weighting."""
    rows: list[tuple[str, ...]] = []
    nested: list[list] = []
    for row in table.rows:
        cells, seen, inner = [], set(), []
        for cell in row.cells:  # a merged cell repeats: keep it once
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_clean(" ".join(cell.text.split("\n"))))
            inner.extend(cell.tables)
        rows.append(tuple(cells))
        nested.append(inner)
    lines = _table_lines(rows, source, page, section)
    kept = [inner for cells, inner in zip(rows, nested) if any(cells)]  # _table_lines drops empty rows
    out: list[Line] = []
    for line, inner in zip(lines, kept):
        out.append(line)
        for table_in_cell in inner:
            out.extend(_docx_table_lines(table_in_cell, source, page, section))
    for inner in (i for cells, i in zip(rows, nested) if not any(cells)):
        for table_in_cell in inner:  # a row with no text of its own: its tables still come after
            out.extend(_docx_table_lines(table_in_cell, source, page, section))
    return out


def _all_bold(paragraph) -> bool:
    """Every run with text is bold (directly or by its character style): how many ITTs mark their headings."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold or (r.style is not None and r.style.font.bold) for r in runs)


def _is_list(paragraph) -> bool:
    ppr = paragraph._p.pPr
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    return (ppr is not None and ppr.numPr is not None) or "list" in style.lower()


def _docx_reason(path: Path, exc: Exception) -> str:
    head = path.read_bytes()[:8]
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "password-protected or old-format Word file: save an unprotected .docx copy and add that"
    return f"not a readable Word (.docx) file: {str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__}"


def _table_lines(rows: list[tuple[str, ...]], source: str, page: int | None, section: str | None) -> list[Line]:
    """Table rows as lines; the first row is the header when its cells read as labels."""
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    header = rows[0] if len(rows) > 1 and len(rows[0]) > 1 and all(_label_like(c) for c in rows[0]) else None
    lines = []
    for index, cells in enumerate(rows):
        text = " | ".join(c for c in cells if c)
        lines.append(Line(text, source, page, section, cells=cells,
                          header=header if header is not None and index > 0 else None))
    return lines


_LIMIT_IN_LABEL = re.compile(r"\d[\d,]*\s*(?:words?|characters?|chars?|pages?|sides?)\b", re.I)


def _label_like(cell: str) -> bool:
    """A column's name: short, no figures, though it may state the column's limit ('Response (max 500 words)')."""
    bare = _LIMIT_IN_LABEL.sub("", cell)
    return bool(cell) and len(cell.split()) <= 6 and not re.search(r"\d{2,}|£|\d\s*%", bare) and (
        cell[-1] not in ".?" or len(cell.split()) <= 2)


# --- Markdown and text -----------------------------------------------------------------
_MD_EMPHASIS = re.compile(r"\*+(?=\S)|(?<=\S)\*+|(?<!\w)_+(?=[^\s_])|(?<=[^\s_])_+(?!\w)")  # "*(Maximum 500 words)*",
# "_Maximum 500 words_"; a "* item" bullet and a snake_case name stay
_PAGE_MARKER = re.compile(r"^\s*<!--\s*page:?\s*(\d+)\s*-->\s*$", re.I)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_COLUMN_GAP = re.compile(r"\t+|\s{3,}")  # a plain-text table's columns: tabs or three or more spaces
_RULED_HEADING = re.compile(r"^(?:-{3,}|={3,}|\*{3,}|~{3,}|#{3,})\s*(?P<t>[A-Za-z0-9].*?[\w)])\s*(?:-{3,}|={3,}|\*{3,}|~{3,}|#{3,})$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _text_lines(text: str, source: str, markdown: bool) -> list[Line]:
    """Pages from ``<!-- page: N -->`` markers or form feeds; headings from ``#``; pipe tables, and plain-text rows
    laid out in columns (two or more alike), as table rows."""
    page: int | None = 1  # a text with no page breaks or markers is one page, as a Word file with none is
    section: str | None = None
    lines: list[Line] = []
    table: list[tuple[str, ...]] = []

    columns: list[tuple[tuple[str, ...], str]] = []  # plain-text rows laid out in columns, waiting to be a table

    def flush_table() -> None:
        if table:
            lines.extend(_table_lines(list(table), source, page, section))
            table.clear()
        if len(columns) >= 2:  # two or more rows with the same columns: a table
            lines.extend(_table_lines([cells for cells, _ in columns], source, page, section))
        else:
            for _, cleaned in columns:
                add_line(cleaned)
        columns.clear()

    def add_line(cleaned: str) -> None:
        nonlocal section
        ruled = _RULED_HEADING.match(cleaned) if not markdown else None
        if ruled:  # "--- Envelope C - Social Value ---": an export's section divider names the section below it
            cleaned = ruled.group("t")
        heading = not markdown and (bool(ruled) or looks_like_heading(cleaned))
        if heading:
            section = cleaned
        lines.append(Line(cleaned, source, page, section, heading=heading))

    for chunk_index, chunk in enumerate(text.split("\f")):
        if chunk_index:
            flush_table()
            page = (page or 1) + 1
        for raw in chunk.splitlines():
            marker = _PAGE_MARKER.match(raw)
            if marker:
                flush_table()
                page = int(marker.group(1))
                continue
            stripped = raw.strip()
            if markdown and stripped.startswith("|") and stripped.count("|") >= 2:
                if not _TABLE_RULE.match(stripped):
                    table.append(tuple(_clean(c) for c in stripped.strip("|").split("|")))
                continue
            if not stripped and columns:
                continue  # a blank line between rows pasted from a spreadsheet does not end their table
            cells = tuple(_clean(c) for c in _COLUMN_GAP.split(stripped)) if not markdown else ()
            if len(cells) >= 2 and all(cells):
                if columns and len(columns[0][0]) != len(cells):
                    flush_table()
                columns.append((cells, _clean(stripped)))
                continue
            flush_table()
            match = _MD_HEADING.match(stripped) if markdown else None
            if match:
                section = _clean(match.group(2).replace("*", ""))
                lines.append(Line(section, source, page, section, heading=True))
                continue
            cleaned = _clean(_MD_EMPHASIS.sub("", stripped.replace("**", "")) if markdown else stripped)
            if cleaned:
                add_line(cleaned)
    flush_table()
    if not lines:
        raise IngestError("empty file: no text to read")
    return lines


def _clean(text: str) -> str:
    text = text.replace("\x00", "").replace("\u00a0", " ").replace("\u200b", "")
    text = "".join(ch for ch in text if ch >= " " or ch == "\t")
    return " ".join(text.split())
