"""Write tender packs for the intake eval and tests: PDF (fpdf2), Word (python-docx), Markdown and text.

A pack is a list of files; a file is a list of pages; a page is a list of blocks:
``("h", text)`` a heading, ``("p", text)`` a paragraph, ``("b", text)`` a bullet,
``("t", [[cell, ...], ...])`` a table (its first row as written), ``("nt", rows)`` a Word table whose cells may
themselves be tables (a cell that is a list of rows; Word only). Keep texts to Latin-1 so the PDF core
fonts can write them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

Block = tuple[str, Any]


def write_pack(files: list[dict], folder: Path) -> list[Path]:
    """Write each ``{"name": ..., "pages": [[block, ...], ...]}`` into ``folder``; return the paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for spec in files:
        path = folder / spec["name"]
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            write_pdf(spec["pages"], path)
        elif suffix == ".docx":
            write_docx(spec["pages"], path)
        elif suffix in (".md", ".markdown"):
            write_markdown(spec["pages"], path)
        else:
            write_text(spec["pages"], path)
        paths.append(path)
    return paths


def write_pdf(pages: list[list[Block]], path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 18, 18)
    for blocks in pages:
        pdf.add_page()
        for kind, content in blocks:
            if kind == "h":
                pdf.set_font("Helvetica", "B", 14)
                pdf.multi_cell(0, 8, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "p":
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "b":
                pdf.set_font("Helvetica", "", 10)
                pdf.set_x(24)
                pdf.multi_cell(0, 5, "- " + content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "t":
                pdf.set_font("Helvetica", "", 9)
                with pdf.table(first_row_as_headings=False, line_height=5) as table:
                    for row in content:
                        cells = table.row()
                        for cell in row:
                            cells.cell(str(cell))
                pdf.ln(3)
    pdf.output(str(path))


def write_docx(pages: list[list[Block]], path: Path) -> None:
    import docx

    document = docx.Document()
    for number, blocks in enumerate(pages):
        if number:
            document.add_page_break()
        for kind, content in blocks:
            if kind == "h":
                document.add_heading(content, level=1)
            elif kind == "p":
                document.add_paragraph(content)
            elif kind == "b":
                document.add_paragraph(content, style="List Bullet")
            elif kind in ("t", "nt"):
                _docx_table(document, content)
    document.save(str(path))


def _docx_table(parent: Any, rows: list[list[Any]]) -> None:
    """A Word table in ``parent`` (the document or a cell); a cell given as a list of rows holds a nested table."""
    columns = max(len(r) for r in rows)
    table = parent.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for i, cell in enumerate(row):
            if isinstance(cell, list):
                _docx_table(cells[i], cell)
            else:
                cells[i].text = str(cell)


def _markdown(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for kind, content in blocks:
        if kind == "h":
            out += [f"## {content}", ""]
        elif kind == "p":
            out += [content, ""]
        elif kind == "b":
            out.append(f"- {content}")
        elif kind == "t":
            out.append("")
            for i, row in enumerate(content):
                out.append("| " + " | ".join(str(c) for c in row) + " |")
                if i == 0:
                    out.append("|" + "---|" * len(row))
            out.append("")
    return out


def write_markdown(pages: list[list[Block]], path: Path) -> None:
    lines: list[str] = []
    for number, blocks in enumerate(pages, start=1):
        lines += [f"<!-- page: {number} -->", ""] + _markdown(blocks) + [""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_text(pages: list[list[Block]], path: Path) -> None:
    chunks = []
    for blocks in pages:
        lines = []
        for kind, content in blocks:
            if kind == "h":
                lines += [content.upper(), ""]
            elif kind == "p":
                lines += [content, ""]
            elif kind == "b":
                lines.append(f"* {content}")
            elif kind == "t":
                lines += ["    ".join(str(c) for c in row) for row in content] + [""]
        chunks.append("\n".join(lines))
    path.write_text("\f".join(chunks), encoding="utf-8")
