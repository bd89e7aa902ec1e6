"""Hostile files built on the spot (small on disk, huge or malformed inside), shared by tests/test_security.py
and the reliability report. Nothing here is downloaded: every bomb is written by this code."""

from __future__ import annotations

import zipfile
from pathlib import Path

_DOCX_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
_DOCX_TAIL = b"</w:body></w:document>"


def _docx_with_body(path: Path, write_body) -> Path:
    """A real .docx (python-docx's own template) whose word/document.xml is produced by ``write_body``."""
    import io

    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for item in source.infolist():
            if item.filename == "word/document.xml":
                info = zipfile.ZipInfo("word/document.xml", date_time=item.date_time)
                info.compress_type = zipfile.ZIP_DEFLATED
                with out.open(info, "w", force_zip64=True) as handle:
                    write_body(handle)
            else:
                out.writestr(item, source.read(item.filename))
    return path


def docx_bomb(path: Path, inflated_mb: int = 200) -> Path:
    """A Word file of well under 1 MB whose text inflates to ``inflated_mb`` MB (one paragraph a MB)."""
    line = b"social value " * 80  # 1,040 bytes
    paragraph = b"<w:p><w:r><w:t>" + line * 1000 + b"</w:t></w:r></w:p>"

    def body(handle) -> None:
        handle.write(_DOCX_HEAD)
        for _ in range(inflated_mb):
            handle.write(paragraph)
        handle.write(_DOCX_TAIL)

    return _docx_with_body(path, body)


def docx_billion_laughs(path: Path) -> Path:
    """A Word file whose XML declares nested entities (the 'billion laughs')."""
    entities = b'<!ENTITY lol0 "lol">' + b"".join(
        b"<!ENTITY lol%d \"%s\">" % (i, b"".join(b"&lol%d;" % (i - 1) for _ in range(10))) for i in range(1, 10))
    xml = (b'<?xml version="1.0"?>\n<!DOCTYPE w:document [' + entities + b"]>"
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           b"<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    return _docx_with_body(path, lambda handle: handle.write(xml))


def long_line_markdown(path: Path, megabytes: int = 10) -> Path:
    """A Markdown file that is one line of ``megabytes`` MB with no spaces."""
    path.write_bytes(b"# Heading\n" + b"a" * (megabytes * 1024 * 1024))
    return path


def csv_huge_field(path: Path, field_kb: int = 45 * 1024) -> Path:
    """A CSV whose one field is ``field_kb`` KB long (over csv.field_size_limit() from 128 KB)."""
    path.write_bytes(b"topic,text\nbig,\"" + b"x" * (field_kb * 1024) + b"\"\nsmall,fine\n")
    return path


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def pdf_deep_page_tree(path: Path, depth: int = 5000) -> Path:
    """A PDF whose page tree nests ``depth`` /Pages nodes before its one page."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = 2 + level
        parent = b" /Parent %d 0 R" % (number - 1) if level else b""
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (number + 1, parent))
    page = 2 + depth
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] >>" % (page - 1))
    path.write_bytes(_pdf(objects))
    return path


def pdf_self_reference(path: Path) -> Path:
    """A PDF whose page tree lists itself as its own kid, and whose page points back at itself."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 /Parent 2 0 R >>",
        b"<< /Type /Page /Parent 3 0 R /MediaBox 3 0 R /Contents 3 0 R /Resources 3 0 R >>",
    ]
    path.write_bytes(_pdf(objects))
    return path


def pdf_stream_bomb(path: Path, inflated_mb: int = 500) -> Path:
    """A one-page PDF whose content stream is ``inflated_mb`` MB of text operators, deflated to well under 1 MB."""
    import zlib

    compressor = zlib.compressobj(9)
    line = b"BT /F1 12 Tf 72 712 Td (social value) Tj ET\n" * 1000
    parts = [compressor.compress(line) for _ in range(inflated_mb * 1024 * 1024 // len(line))]
    stream = b"".join(parts) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path.write_bytes(_pdf(objects))
    return path
