"""Shared fixtures: the real embedding model, a store built from the shipped knowledge, test documents."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# Everything the tests (and the processes they start) write to the temporary folder goes into one folder of
# this session: pytest's tmp_path folders, exports, Gradio's uploads, Chroma servers. A passing run removes it,
# so nothing is left behind; a failing run keeps it for a look and says where it is.
_SCRATCH = Path(tempfile.mkdtemp(prefix="sva-tests-"))
tempfile.tempdir = str(_SCRATCH)
os.environ["TMPDIR"] = str(_SCRATCH)
os.environ["GRADIO_TEMP_DIR"] = str(_SCRATCH / "gradio")


def pytest_sessionfinish(session, exitstatus):
    if exitstatus == 0:
        shutil.rmtree(_SCRATCH, ignore_errors=True)
    else:
        print(f"\ntemporary files of this run kept in {_SCRATCH}", file=sys.stderr)


os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# Tests answer extractively unless they are about the language model (they then choose a provider).
os.environ["SVA_LLM_PROVIDER"] = "none"
os.environ.pop("OPENAI_API_KEY", None)


@pytest.fixture(scope="session")
def embedder():
    from assistant.embeddings import MiniLMEmbedder

    return MiniLMEmbedder()


@pytest.fixture(scope="session")
def shipped_dir(tmp_path_factory) -> Path:
    """A data folder holding the index of the shipped knowledge, built once per test session."""
    from assistant.assistant import build
    from assistant.settings import Settings

    folder = tmp_path_factory.mktemp("shipped-data")
    build(Settings(data_dir=folder))
    return folder


@pytest.fixture(scope="session")
def shipped(shipped_dir):
    """An Assistant over the shipped knowledge (read-only: tests must not ingest into it)."""
    from assistant.assistant import build
    from assistant.settings import Settings

    return build(Settings(data_dir=shipped_dir))


from evals.common import ChromaServer  # noqa: E402  (shared with the reliability report)


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server") / "db").start()
    yield server
    server.stop()


@pytest.fixture(params=["embedded", "chroma-server"])
def empty_assistant(request, tmp_path):
    """An Assistant with an empty store of its own, for tests that ingest: run on the embedded store and
    again against a real Chroma server (a collection of its own), as a team deployment would use."""
    from assistant.assistant import build
    from assistant.settings import Settings

    if request.param == "embedded":
        return build(Settings(data_dir=tmp_path / "data"), index_shipped=False)
    server = request.getfixturevalue("chroma_server")
    collection = f"t{abs(hash(request.node.nodeid)) % 10**10}"
    return build(Settings(data_dir=tmp_path / "data", chroma_url=server.url, collection=collection), index_shipped=False)


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A real PDF with one page per string (empty string: a page with only a drawn shape)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 8, text)
        else:
            pdf.rect(20, 20, 100, 60, style="F")
    pdf.output(str(path))
    return path


def encrypt_pdf(source: Path, target: Path, user_password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


@pytest.fixture
def pdf_factory(tmp_path):
    def factory(name: str, pages: list[str]) -> Path:
        return make_pdf(tmp_path / name, pages)

    return factory
