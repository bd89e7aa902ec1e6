from pathlib import Path

import pytest

from assistant.documents.loaders import IngestError, load_file
from tests.conftest import encrypt_pdf

LIMITS = {"max_bytes": 50 * 1024 * 1024, "max_pages": 2000}


def load(path: Path, **overrides):
    return load_file(path, **{**LIMITS, **overrides})


def test_pdf_gives_one_document_per_page_numbered_from_one(pdf_factory):
    path = pdf_factory("two.pdf", ["First page about apprenticeships.", "Second page about carbon."])
    docs = load(path)
    assert [d.metadata["page"] for d in docs] == [1, 2]
    assert "carbon" in docs[1].page_content


def test_corrupt_pdf_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"this is not a pdf at all" * 50)
    with pytest.raises(IngestError, match="not a readable PDF"):
        load(path)


def test_truncated_pdf_is_a_clear_error_or_keeps_what_is_readable(pdf_factory, tmp_path):
    whole = pdf_factory("whole.pdf", ["Readable text on page one. " * 20, "More text on page two. " * 20]).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    try:
        docs = load(path)
    except IngestError as exc:
        assert "PDF" in str(exc)
    else:  # pypdf can recover some truncated files; then what it returns must be real page text
        assert docs and all(d.metadata["page"] >= 1 for d in docs)


def test_encrypted_pdf_with_a_password_is_refused_clearly(pdf_factory, tmp_path):
    plain = pdf_factory("plain.pdf", ["Secret social value plan."])
    locked = encrypt_pdf(plain, tmp_path / "locked.pdf", user_password="s3cret")
    with pytest.raises(IngestError, match="encrypted PDF: it needs a password"):
        load(locked)


def test_encrypted_pdf_with_an_empty_password_opens(pdf_factory, tmp_path):
    plain = pdf_factory("plain.pdf", ["Open to read but encrypted for printing."])
    locked = encrypt_pdf(plain, tmp_path / "owner-only.pdf", user_password="")
    docs = load(locked)
    assert "Open to read" in docs[0].page_content


def test_image_only_pdf_says_it_needs_ocr(pdf_factory):
    path = pdf_factory("scan.pdf", ["", ""])
    with pytest.raises(IngestError, match="OCR"):
        load(path)


def test_pdf_over_the_page_limit_is_refused(pdf_factory):
    path = pdf_factory("long.pdf", ["page"] * 3)
    with pytest.raises(IngestError, match="over the limit of 2"):
        load(path, max_pages=2)


def test_empty_file_and_unsupported_type_and_oversize(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(IngestError, match="empty file"):
        load(empty)
    blank = tmp_path / "blank.md"
    blank.write_text("\n\n   \n")
    with pytest.raises(IngestError, match="empty file"):
        load(blank)
    odd = tmp_path / "slides.pptx"
    odd.write_bytes(b"PK\x03\x04 something")
    with pytest.raises(IngestError, match="unsupported file type '.pptx'"):
        load(odd)
    big = tmp_path / "big.txt"
    big.write_text("x" * 3000)
    with pytest.raises(IngestError, match="over the 0 MB limit"):
        load(big, max_bytes=1000)


def test_text_in_other_encodings(tmp_path):
    latin = tmp_path / "cp1252.txt"
    latin.write_bytes("We spent £40,000 with the café’s social enterprise.".encode("cp1252"))
    assert "£40,000" in load(latin)[0].page_content
    wide = tmp_path / "utf16.txt"
    wide.write_bytes("Volunteering hours donated: 150".encode("utf-16"))
    assert "150" in load(wide)[0].page_content


def test_docx_sections_follow_headings(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Our approach", level=1)
    document.add_paragraph("We will recruit four apprentices from Knowsley.")
    document.add_heading("Measurement", level=2)
    document.add_paragraph("We report quarterly against NT10.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "NT10"
    table.rows[0].cells[1].text = "208 weeks"
    path = tmp_path / "bid.docx"
    document.save(path)
    docs = load(path)
    assert [d.metadata.get("section") for d in docs] == ["Our approach", "Measurement"]
    assert "NT10 | 208 weeks" in docs[1].page_content


def test_not_a_docx_is_a_clear_error(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_bytes(b"plain text pretending")
    with pytest.raises(IngestError, match="not a readable Word"):
        load(path)


def test_markdown_numbered_headings_and_page_markers(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(
        "<!-- page: 9 -->\n## 2.1\n\n### The aims\n\nWe aim high<sup>3</sup> \\*really\\*.\n\n"
        "### Detail\n\nMore **detail** here.\n\n<!-- page: 10 -->\n# Next chapter\n\nNew page text.\n",
        encoding="utf-8",
    )
    docs = load(path)
    assert [(d.metadata.get("page"), d.metadata.get("section")) for d in docs] == [
        (9, "2.1 The aims"),
        (9, "2.1 The aims › Detail"),
        (10, "Next chapter"),
    ]
    assert docs[0].page_content == "We aim high³ really."  # a footnote mark kept, as a superscript, to follow
    assert docs[1].page_content == "More detail here."


def test_csv_rows_keep_area_and_source_address(tmp_path):
    path = tmp_path / "facts.csv"
    path.write_text(
        "area,indicator,value,source_url\nWirral,food bank users,\"12,000\",https://example.org/wirral\n", encoding="utf-8"
    )
    (doc,) = load(path)
    assert doc.metadata["area"] == "Wirral"
    assert doc.metadata["url"] == "https://example.org/wirral"
    assert doc.metadata["section"] == "food bank users"
    assert doc.page_content == "In Wirral, food bank users was 12,000."  # a sentence that says its area
    assert doc.metadata["indicator"] == "food bank users" and doc.metadata["value"] == "12,000"  # fields kept
    assert "example.org" not in doc.page_content


def test_a_docx_that_inflates_past_the_limit_is_refused_before_parsing(tmp_path):
    from evals.bombs import docx_bomb

    path = docx_bomb(tmp_path / "bomb.docx", inflated_mb=20)
    with pytest.raises(IngestError, match="SVA_MAX_INFLATED_MB"):
        load(path, max_inflated_bytes=10 * 1024 * 1024)
    assert len(load(path, max_inflated_bytes=50 * 1024 * 1024, max_chars=30_000_000)) == 1  # under it: read


def test_text_over_the_character_limit_is_refused_with_the_setting(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(IngestError, match="SVA_MAX_CHARS_PER_FILE"):
        load(path, max_chars=1000)
    with pytest.raises(IngestError, match="SVA_MAX_CHARS_PER_FILE"):  # refused from its size, before decoding
        load(path, max_chars=100)
    assert load(path, max_chars=10_000)


@pytest.mark.parametrize("builder, words", [
    ("csv_huge_field", "not a readable CSV file"), ("docx_billion_laughs", "not a readable Word"),
    ("pdf_deep_page_tree", "not a readable PDF"), ("pdf_self_reference", "not a readable PDF"),
])
def test_hostile_files_are_plain_ingest_errors(tmp_path, builder, words):
    from evals import bombs

    suffix = {"csv_huge_field": ".csv", "docx_billion_laughs": ".docx"}.get(builder, ".pdf")
    make = getattr(bombs, builder)
    path = make(tmp_path / f"hostile{suffix}", 200) if builder == "csv_huge_field" else make(tmp_path / f"hostile{suffix}")
    with pytest.raises(IngestError, match=words):
        load(path)


def test_reason_for_names_the_failure_plainly():
    from assistant.documents.loaders import reason_for

    assert "more memory" in reason_for(MemoryError())
    assert "nested too deeply" in reason_for(RecursionError(), ".pdf")
    assert reason_for(AttributeError("x"), ".pdf").startswith("not a readable PDF file: AttributeError")
