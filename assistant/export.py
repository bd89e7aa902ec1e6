"""Export a report as Markdown, Word (.docx) or HTML from one small block model, so all say the same.

Word files are A4 with 2.5 cm margins, the author set to the organisation that submits them (never the
library's name), plain heading and table styles a bid team would keep, and table header rows repeated on
each page. Sources are listed as references ("Towards a Social Value Economy, p. 43") numbered as cited.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FONT = "Arial"
HEADING_COLOUR = (0x1F, 0x3A, 0x5F)  # dark blue, 11:1 on white
TABLE_HEADER_FILL = "DCE6F0"


@dataclass
class Block:
    kind: str  # heading | paragraph | bullets | table
    text: str = ""
    level: int = 1
    items: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Report:
    title: str
    blocks: list[Block] = field(default_factory=list)
    author: str = ""  # the organisation submitting it; written as the .docx author

    def heading(self, text: str, level: int = 1) -> "Report":
        self.blocks.append(Block("heading", text=text, level=level))
        return self

    def paragraph(self, text: str) -> "Report":
        self.blocks.append(Block("paragraph", text=text))
        return self

    def bullets(self, items: list[str]) -> "Report":
        self.blocks.append(Block("bullets", items=list(items)))
        return self

    def table(self, header: list[str], rows: list[list[Any]]) -> "Report":
        self.blocks.append(Block("table", header=list(header), rows=[[str(c) for c in row] for row in rows]))
        return self


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report, title: bool = True) -> str:
    lines = [f"# {report.title}", ""] if title else []
    for block in report.blocks:
        if block.kind == "heading":
            lines += [f"{'#' * (block.level + 1)} {block.text}", ""]
        elif block.kind == "paragraph":
            lines += [block.text, ""]
        elif block.kind == "bullets":
            lines += [f"- {item}" for item in block.items] + [""]
        elif block.kind == "table":
            lines.append("| " + " | ".join(_cell(h) for h in block.header) + " |")
            lines.append("|" + "---|" * len(block.header))
            lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_docx(report: Report, path: Path, author: str | None = None) -> Path:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt, RGBColor

    document = docx.Document()
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 20), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11), ("Heading 4", 11)):
        style = document.styles[name]
        style.font.name, style.font.size, style.font.bold = FONT, Pt(size), True
        style.font.color.rgb = RGBColor(*HEADING_COLOUR)
    _set_properties(document, report, author)
    document.add_heading(report.title, level=0)
    for block in report.blocks:
        if block.kind == "heading":
            document.add_heading(block.text, level=min(block.level, 4))
        elif block.kind == "paragraph":
            document.add_paragraph(block.text)
        elif block.kind == "bullets":
            for item in block.items:
                document.add_paragraph(item, style="List Bullet")
        elif block.kind == "table":
            _docx_table(document, block)
    document.save(str(path))
    return path


def _set_properties(document, report: Report, author: str | None) -> None:
    """Author = the organisation (never 'python-docx'); no template comments or keywords."""
    props = document.core_properties
    props.author = props.last_modified_by = (author if author is not None else report.author) or ""
    props.title = report.title
    props.comments = props.keywords = props.subject = props.category = ""


def _docx_table(document, block: Block) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    table = document.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    header = table.rows[0]
    properties = header._tr.get_or_add_trPr()  # repeat the header row on every page
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)
    for cell, text in zip(header.cells, block.header):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), TABLE_HEADER_FILL)
        cell._tc.get_or_add_tcPr().append(shading)
    for row in block.rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    document.add_paragraph()


def write_report(report: Report, path: Path, author: str | None = None) -> Path:
    """Write ``.md`` or ``.docx`` by the file's suffix; ``author`` (else ``report.author``) goes in the .docx."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return write_docx(report, path, author)
    if suffix in (".md", ".markdown"):
        path.write_text(to_markdown(report), encoding="utf-8")
        return path
    raise ValueError(f"cannot write '{suffix or path.name}': use a .docx or .md file name")


def citation_lines(citations: list[dict[str, Any]]) -> list[str]:
    lines = []
    for c in citations:
        where = ", ".join(x for x in (f"p. {c['page']}" if c.get("page") is not None else "", c.get("section") or "",
                                      "read by OCR" if c.get("ocr") else "") if x)
        url = f" {c['url']}" if c.get("url") else ""
        lines.append(f"[{c['n']}] {c['source']}{' — ' + where if where else ''}: “{c['snippet']}”{url}")
    return lines


def _csv_fields(snippet: str) -> dict[str, str]:
    """'period: 2021\nnote: Marmot slides' (a CSV row as the loader writes it) -> its fields, lower-cased keys."""
    fields = {}
    for match in re.finditer(r"(?:^|\s)([a-z_]{2,20}): (.*?)(?=\s[a-z_]{2,20}: |$)", snippet or "", flags=re.S):
        fields[match.group(1).lower()] = " ".join(match.group(2).split()).strip("“”\" ")
    return fields


def reference(c: dict[str, Any]) -> str:
    """A citation as a reference a reader can follow, without the quoted passage.

    'Towards a Social Value Economy, p. 43, 7.4 Outcome-focused' for a document; for a row of a table of facts,
    the source the row names, its period and its address ('Marmot slides (July 2021), 2021, https://…').
    """
    parts: list[str] = []
    fields = _csv_fields(c.get("snippet", "")) if c.get("kind") in ("local-needs", "policy", "measures") else {}
    fields.update({k: str(c[k]) for k in ("note", "period", "area") if c.get(k)})  # a fact row's own fields
    if c.get("kind") in ("local-needs", "policy") and c.get("section"):
        fields.setdefault("indicator", str(c["section"]))
    named = (fields.get("note") or fields.get("source") or "").split(";")[0].strip()
    if named and not named.lower().startswith(("http", "roadmap")):
        parts.append(named)
        label = fields.get("indicator") or fields.get("topic") or c.get("section")
        if label:
            parts.append(f"{label}" + (f" ({fields['area']})" if fields.get("area") else ""))
        if fields.get("period") and fields["period"] != "not stated":
            parts.append(fields["period"])
    else:
        parts.append(str(c.get("source") or "unknown source"))
        if c.get("page") is not None:
            parts.append(f"p. {c['page']}" + (" (scanned page, read by OCR)" if c.get("ocr") else ""))
        if c.get("section"):
            parts.append(str(c["section"]))
    if c.get("url"):
        parts.append(str(c["url"]))
    return ", ".join(parts)


def reference_lines(citations: list[dict[str, Any]]) -> list[str]:
    """'[n] reference' for each citation, numbered as in the text."""
    return [f"[{c['n']}] {reference(c)}" for c in sorted(citations, key=lambda c: c["n"])]


# --- HTML (the app shows reports with this, so the screen and the files say the same) -------------
def _h(text: Any) -> str:
    return _html.escape(str(text), quote=True)


def table_html(header: list[str], rows: list[list[Any]], *, label: str = "", css_class: str = "") -> str:
    """A table that wraps its text and, on a narrow screen, turns each row into a card (CSS in the app).

    Every cell carries its column name (``data-label``) so a card reads 'Code: NT3'. Cells are escaped.
    """
    head = "".join(f'<th scope="col">{_h(h)}</th>' for h in header)
    body = "".join(
        "<tr>" + "".join(f'<td data-label="{_h(h)}">{_h(cell)}</td>' for h, cell in zip(header, row)) + "</tr>"
        for row in rows
    )
    caption = f"<caption>{_h(label)}</caption>" if label else ""
    return (f'<div class="sva-table-wrap"><table class="sva-table {_h(css_class)}">{caption}'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


def to_html(report: Report, title: bool = False) -> str:
    """The report as escaped HTML: headings, paragraphs, lists and responsive tables."""
    parts = [f"<h2>{_h(report.title)}</h2>"] if title else []
    for block in report.blocks:
        if block.kind == "heading":
            level = min(block.level + 2, 6)
            parts.append(f"<h{level}>{_h(block.text)}</h{level}>")
        elif block.kind == "paragraph":
            parts.append(f"<p>{_h(block.text)}</p>")
        elif block.kind == "bullets":
            parts.append("<ul>" + "".join(f"<li>{_h(item)}</li>" for item in block.items) + "</ul>")
        elif block.kind == "table":
            parts.append(table_html(block.header, block.rows))
    return "\n".join(parts)
