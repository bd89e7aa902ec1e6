"""Export a report as Markdown or Word (.docx) from one small block model, so both say the same."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


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


def write_docx(report: Report, path: Path) -> Path:
    import docx

    document = docx.Document()
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
            table = document.add_table(rows=1, cols=len(block.header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, block.header):
                cell.text = text
            for row in block.rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
    document.save(str(path))
    return path


def write_report(report: Report, path: Path) -> Path:
    """Write ``.md`` or ``.docx`` by the file's suffix."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return write_docx(report, path)
    if suffix in (".md", ".markdown"):
        path.write_text(to_markdown(report), encoding="utf-8")
        return path
    raise ValueError(f"cannot write '{suffix or path.name}': use a .docx or .md file name")


def citation_lines(citations: list[dict[str, Any]]) -> list[str]:
    lines = []
    for c in citations:
        where = ", ".join(x for x in (f"p. {c['page']}" if c.get("page") is not None else "", c.get("section") or "") if x)
        url = f" {c['url']}" if c.get("url") else ""
        lines.append(f"[{c['n']}] {c['source']}{' — ' + where if where else ''}: “{c['snippet']}”{url}")
    return lines
