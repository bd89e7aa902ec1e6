"""Shared fixtures: the real embedding model, a store built from the shipped knowledge, test documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ChromaServer:
    """Chroma's own server (`chroma run`, installed with chromadb) on 127.0.0.1, for the scale-out tests."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self) -> "ChromaServer":
        import shutil
        import subprocess
        import sys
        import time
        import urllib.request

        binary = Path(sys.executable).with_name("chroma")
        binary = str(binary) if binary.exists() else shutil.which("chroma")
        log = open(self.path.parent / f"chroma-{self.port}.log", "w")
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        self.process = subprocess.Popen([binary, "run", "--path", str(self.path), "--host", "127.0.0.1",
                                         "--port", str(self.port)], stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1)
                return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"the Chroma server did not start: {(self.path.parent / f'chroma-{self.port}.log').read_text()[-1000:]}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None


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
