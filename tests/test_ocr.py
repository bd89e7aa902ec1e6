"""Scanned PDF pages (no text layer) read by offline OCR, cited to the right page and marked as OCR."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("rapidocr_onnxruntime")
pytest.importorskip("pypdfium2")

from assistant.documents import ocr  # noqa: E402
from assistant.documents.loaders import IngestError, load_file  # noqa: E402


def scanned_pdf(path: Path, pages: list[str]) -> Path:
    """Text drawn into images, saved as a PDF of images: no text layer, as a scanner makes."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=34)
    images = []
    for text in pages:
        image = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
        draw = ImageDraw.Draw(image)
        y = 120
        for line in textwrap.wrap(text, 60):
            draw.text((100, y), line, fill="black", font=font)
            y += 50
        images.append(image)
    images[0].save(path, save_all=True, append_images=images[1:], resolution=150)
    return path


def test_models_are_checked_by_checksum(tmp_path):
    ocr.verify_models()
    folder = tmp_path / "models"
    shutil.copytree(ocr._models_dir(), folder)
    with open(folder / "ch_PP-OCRv4_rec_infer.onnx", "ab") as handle:
        handle.write(b"tampered")
    with pytest.raises(ocr.OCRUnavailable, match="checksum"):
        ocr.verify_models(folder)


def test_dropped_spaces_are_put_back_but_names_are_kept():
    assert ocr.respace("In2025theHaltonCommunity Lardergaveout3,917food") == \
        "In 2025 the Halton Community Larder gave out 3,917 food"
    assert ocr.respace("families in Widnes with VCFSEs") == "families in Widnes with VCFSEs"


def test_scanned_pdf_is_read_by_ocr_and_answered_with_the_right_page(tmp_path):
    from assistant.assistant import build
    from assistant.settings import Settings

    pdf = scanned_pdf(tmp_path / "halton-larder-scan.pdf", [
        "Halton Community Larder annual review. This review covers the year to March 2025.",
        "In 2025 the Halton Community Larder gave out 3,917 food parcels to families in Widnes and Runcorn, "
        "with 52 volunteers.",
    ])
    docs = load_file(pdf, max_bytes=10**8, max_pages=10)
    assert [d.metadata for d in docs] == [{"page": 1, "ocr": True}, {"page": 2, "ocr": True}]
    assert "3,917 food parcels" in " ".join(docs[1].page_content.split())
    assistant = build(Settings(data_dir=tmp_path / "data"), index_shipped=False)
    report = assistant.ingest([pdf])
    assert not report.errors and report.ingested[0]["pages"] == 2
    answer = assistant.ask("How many food parcels did the Halton Community Larder give out?").as_dict()
    assert "3,917" in answer["answer"]
    first = answer["citations"][0]
    assert first["source"] == "halton-larder-scan.pdf" and first["page"] == 2 and first["ocr"] is True


def test_with_ocr_off_the_reason_is_reported(tmp_path, monkeypatch):
    pdf = scanned_pdf(tmp_path / "scan.pdf", ["A page that was scanned without a text layer at all."])
    monkeypatch.setenv("SVA_OCR", "false")
    with pytest.raises(IngestError, match="OCR is off"):
        load_file(pdf, max_bytes=10**8, max_pages=10)
