"""Clean text converted from PDFs before it is chunked: tables become sentences, page furniture goes.

Converted reports carry tables as tab-separated rows whose cells hold HTML lists, a contents page as a table of
titles and page numbers, and running titles broken over several short lines. None of these can be quoted as an
answer as they stand, and a table cell on its own loses the column that says what it is about.
"""

from __future__ import annotations

import html
import re

from assistant.text import PERSON_NAME

_TAG = re.compile(r"<[^>]+>")
_LIST_ITEM_END = re.compile(r"</li>\s*", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"</p>\s*", re.IGNORECASE)
_BULLET = re.compile(r"^[\s➤•\-*·]+")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")


def cell_text(cell: str) -> str:
    """One table cell as plain text: list items joined with '; ', tags and bullets removed."""
    cell = _LIST_ITEM_END.sub("; ", cell)
    cell = _PARAGRAPH_END.sub(" ", cell)
    cell = html.unescape(_TAG.sub(" ", cell))
    parts = [_BULLET.sub("", p).strip() for p in cell.split(";")]
    text = "; ".join(p for p in parts if p)
    text = re.sub(r":\s*;", ":", text)
    return " ".join(text.split()).strip(" ;:")


def _is_contents(rows: list[list[str]]) -> bool:
    """A contents page: most rows end with a page number."""
    numbered = sum(1 for row in rows if len(row) >= 2 and _PAGE_NUMBER.match(row[-1]))
    return len(rows) >= 3 and numbered >= 0.6 * len(rows)


def _fill(rows: list[list[str]], width: int) -> list[list[str]]:
    """Rows aligned to the header's width (short rows lose leading cells) with empty cells filled from above."""
    filled: list[list[str]] = []
    previous = [""] * width
    for row in rows:
        row = ([""] * (width - len(row)) + row) if len(row) < width else row[:width]
        current = [cell or (previous[i] if i < width - 1 else "") for i, cell in enumerate(row)]
        filled.append(current)
        previous = current
    return filled


def table_sentences(lines: list[str]) -> list[str]:
    """Tab-separated rows -> one line of text per row (or per column when there is one body row)."""
    rows = [[cell_text(c) for c in line.split("\t")] for line in lines]
    if _is_contents(rows):
        return []
    header, body = rows[0], rows[1:]
    if not body:
        return ["; ".join(c for c in header if c) + "."]
    width = len(header)
    if len(body) == 1 and all(header):  # one row under labelled columns: say each column's cell with its label
        return [f"{label}: {cell}." for label, cell in zip(header, _fill(body, width)[0]) if cell]
    out = []
    for row in _fill(body, width):
        pairs = [f"{label}: {cell}" if label else cell for label, cell in zip(header, row) if cell]
        if pairs:
            out.append("; ".join(pairs) + ".")
    return out


# A name set on its own line in bold, as a foreword or letter is signed: "**Dr Ellen Loudon**"
_SIGNATURE_NAME = re.compile(rf"^\*\*{PERSON_NAME}\*\*$")


def _is_furniture(paragraph: list[str]) -> bool:
    """A title broken into three or more one-to-three-word lines (a running header or cover text)."""
    words = [len(line.split()) for line in paragraph]
    return len(paragraph) >= 3 and all(0 < n <= 3 for n in words) and not any(line.endswith(".") for line in paragraph)


def flatten_tables(text: str) -> str:
    """Markdown with its tab-separated tables turned into text and page furniture removed."""
    out: list[str] = []
    table: list[str] = []
    paragraph: list[str] = []

    def flush_table() -> None:
        if table:
            out.extend(table_sentences(table))
            table.clear()

    def flush_paragraph() -> None:
        lines = [p.strip() for p in paragraph]
        if lines and out and _SIGNATURE_NAME.match(out[-1].strip()) and all(len(x.split()) <= 6 for x in lines):
            out.append(" ".join(lines))  # a signatory's role under their name ("Co-Vice Chair / Cheshire and / …")
        elif paragraph and not _is_furniture(lines):
            out.extend(paragraph)
        paragraph.clear()

    for line in text.splitlines():
        if "\t" in line and not line.lstrip().startswith(("#", "<!--")):
            flush_paragraph()
            table.append(line)
            continue
        flush_table()
        if line.strip() and not line.lstrip().startswith(("#", "<!--", "-", "*", "|")):
            paragraph.append(line)
            continue
        flush_paragraph()
        out.append(line)
    flush_table()
    flush_paragraph()
    return "\n".join(out)
