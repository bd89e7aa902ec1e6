"""Offline OCR for scanned PDF pages that have no text layer (a fallback of the PDF loader).

Pages are rendered with pypdfium2 and read with RapidOCR on onnxruntime, whose PP-OCR models ship inside the
``rapidocr-onnxruntime`` wheel: nothing is downloaded. The models are checked against the SHA-256 sums below
before first use, so a changed model is refused rather than silently used. Both packages are the optional
``ocr`` extra; without them (or with ``SVA_OCR=false``) a scanned page is reported as before, with the reason.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MODEL_SHA256 = {  # rapidocr-onnxruntime 1.4.4
    "ch_PP-OCRv4_det_infer.onnx": "d2a7720d45a54257208b1e13e36a8479894cb74155a5efe29462512d42f49da9",
    "ch_PP-OCRv4_rec_infer.onnx": "48fc40f24f6d2a207a2b1091d3437eb3cc3eb6b676dc3ef9c37384005483683b",
    "ch_ppocr_mobile_v2.0_cls_infer.onnx": "e47acedf663230f8863ff1ab0e64dd2d82b838fceb5957146dab185a89d6215c",
}
RENDER_SCALE = 2.0  # 144 dpi: at 108 dpi the recogniser split and joined more words
MIN_SCORE = 0.5     # recognised lines less sure than this are dropped

_engine = None
_lock = threading.Lock()


class OCRUnavailable(Exception):
    """OCR cannot run here; the message says why in words a user can act on."""


@dataclass
class OCRPage:
    page: int  # from 1
    text: str


def enabled() -> bool:
    """``SVA_OCR`` (default on): read scanned pages with OCR."""
    from assistant.settings import Settings

    return bool(Settings().ocr)


def _models_dir() -> Path:
    try:
        import rapidocr_onnxruntime
    except ImportError as exc:
        raise OCRUnavailable("OCR is not installed (pip install 'social-value-assistant[ocr]')") from exc
    return Path(rapidocr_onnxruntime.__file__).parent / "models"


def verify_models(folder: Path | None = None) -> None:
    """Refuse models whose checksum differs from the ones this code was tested with."""
    folder = folder or _models_dir()
    for name, expected in MODEL_SHA256.items():
        path = folder / name
        if not path.is_file():
            raise OCRUnavailable(f"the OCR model {name} is missing from the rapidocr-onnxruntime package")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != expected:
            raise OCRUnavailable(f"the OCR model {name} has an unexpected checksum: reinstall rapidocr-onnxruntime 1.4.4")


def engine():
    """The OCR engine, built once (models checked first)."""
    global _engine
    with _lock:
        if _engine is None:
            verify_models()
            try:
                import pypdfium2  # noqa: F401
                from rapidocr_onnxruntime import RapidOCR
            except ImportError as exc:
                raise OCRUnavailable("OCR is not installed (pip install 'social-value-assistant[ocr]')") from exc
            threads = max(1, min(2, os.cpu_count() or 1))
            _engine = RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=1)
        return _engine


def read_page_image(image) -> str:
    """Text lines of one page image (numpy BGR), top to bottom, left to right."""
    result, _ = engine()(image)
    lines = []
    for box, text, score in result or []:
        if float(score) < MIN_SCORE or not text.strip():
            continue
        top = min(point[1] for point in box)
        left = min(point[0] for point in box)
        lines.append((top, left, respace(text.strip())))
    lines.sort(key=lambda item: (round(item[0] / 12), item[1]))  # rows of ~12 px, then left to right
    return "\n".join(text for _, _, text in lines)


_LETTER_DIGIT = re.compile(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z]{2})")
_ALPHA_RUN = re.compile(r"[A-Za-z]{7,}")


def respace(text: str) -> str:
    """Put back the spaces the recogniser dropped between words ('In2025theHaltonCommunity').

    The shipped PP-OCR model reads English letters well but often runs words together. A letter run that is not
    an English word is split where an English word-frequency model (wordninja) splits it into known words of two
    letters or more; names it cannot split that way ('Widnes', 'VCFSEs') are left as they are."""
    text = _LETTER_DIGIT.sub(" ", text)
    try:
        import wordninja
    except ImportError:
        return text
    known = wordninja.DEFAULT_LANGUAGE_MODEL._wordcost

    def split(match: re.Match) -> str:
        word = match.group(0)
        if word.lower() in known:
            return word
        pieces = wordninja.split(word)
        if len(pieces) > 1 and "".join(pieces) == word and all(len(p) >= 2 and p.lower() in known for p in pieces) \
                and max(len(p) for p in pieces) >= 4:
            return " ".join(pieces)
        return word

    return _ALPHA_RUN.sub(split, text)


def has_image(page) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def ocr_pages(path: Path, pages: list[int]) -> list[OCRPage]:
    """Read the given pages (numbered from 1) of a PDF by OCR. Raises OCRUnavailable when OCR cannot run."""
    if not pages:
        return []
    if not enabled():
        raise OCRUnavailable("OCR is off (setting SVA_OCR)")
    engine()
    import pypdfium2 as pdfium

    out = []
    document = pdfium.PdfDocument(str(path))
    try:
        for number in pages:
            page = document[number - 1]
            try:
                if not has_image(page):  # a blank or drawing-only page: nothing to read, no time spent
                    continue
                image = page.render(scale=RENDER_SCALE).to_numpy()
            finally:
                page.close()
            if image.ndim == 3 and image.shape[2] == 4:
                image = image[:, :, :3]
            text = read_page_image(image.copy())  # pdfium renders BGR(A), as the engine expects
            if text:
                out.append(OCRPage(number, text))
    finally:
        document.close()
    return out
