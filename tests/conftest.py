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


# --- the slow set ------------------------------------------------------------------------------------------------
# `make test-fast` (pytest -m "not slow") leaves these out; `make test` and CI run them after the fast set. They are
# listed here, by what makes them slow, rather than marked in each file. A test is slow when it starts another
# process (a browser, a server, the CLI, a fresh venv), loads the local language model, or is end-to-end by design.
SLOW_MODULES = {
    "test_browser.py": "headless Chromium against a running app",
    "test_wheel.py": "builds the wheel and installs it into a fresh venv",
    "test_root_app.py": "starts `python app.py` and `gradio app.py` as processes",
    "test_reliability.py": "kills and reruns `sva ingest` processes",
    "test_load.py": "concurrent users through the app's HTTP API",
    "test_chroma_server.py": "starts Chroma servers",
}
SLOW_TESTS = {
    "test_offline.py::test_build_ingest_and_ask_use_no_network": "a whole build in a process with the network blocked",
    "test_offline.py::test_tiktoken_standard_encodings_work_offline_after_seeding": "a process with the network blocked",
    "test_security.py::test_bombs_are_refused_in_seconds_and_the_good_file_in_the_same_call_goes_in":
        "inflates decompression bombs and measures memory",
    "test_security.py::test_the_cli_names_the_refused_file_and_still_ingests_the_good_one": "runs `sva ingest`",
    "test_security.py::test_onnxruntime_writes_nothing_to_the_developer_tools_cache": "starts Python processes",
    "test_security.py::test_the_app_redoes_unfinished_ingests_in_the_background": "launches the app",
    "test_security.py::test_every_response_carries_the_security_headers": "launches the app on a port",
    "test_security.py::test_wrong_passwords_lock_the_address_out": "launches the app on a port",
}
SLOW_FIXTURES = {
    "model_path": "the local language model (llama.cpp)",
    "compatible_server": "llama.cpp's OpenAI-compatible server",
}


def pytest_collection_modifyitems(config, items):
    """Mark the slow set (see SLOW_MODULES, SLOW_TESTS, SLOW_FIXTURES) and the Chroma-server runs of ingest tests."""
    for item in items:
        module = item.path.name
        key = f"{module}::{item.originalname}"
        param = getattr(getattr(item, "callspec", None), "params", {}).get("empty_assistant")
        if (module in SLOW_MODULES or key in SLOW_TESTS or param == "chroma-server"
                or any(name in item.fixturenames for name in SLOW_FIXTURES)):
            item.add_marker(pytest.mark.slow)


# --- the models, loaded once ------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def embedder():
    from assistant.embeddings import MiniLMEmbedder

    return MiniLMEmbedder()


class MemoEmbedder:
    """The real embedder, remembering each text's vector for the session: a test that indexes the shipped knowledge
    into a data folder of its own (the CLI tests do) then embeds nothing it was not the first to embed."""

    def __init__(self, inner) -> None:
        self.inner, self.batch_size, self._vectors = inner, inner.batch_size, {}

    def embed(self, texts):
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if missing:
            self._vectors.update(zip(missing, self.inner.embed(missing)))
        return np.stack([self._vectors[t] for t in texts]) if texts else self.inner.embed([])

    def __getattr__(self, name):
        return getattr(self.inner, name)


@pytest.fixture(scope="session", autouse=True)
def shared_models(embedder):
    """Every in-process build() uses one embedding model, remembering its vectors, and one reranker (each model
    costs about a second of CPU to load and check, the shipped index a few more to embed); the tests about loading
    or batching them construct their own. The models hold no state between calls."""
    import assistant.assistant as wiring

    rerankers: dict[str, object] = {}
    memo = MemoEmbedder(embedder)

    def make_embedder(batch_size: int = 8):
        return memo if batch_size == embedder.batch_size else real_embedder(batch_size=batch_size)

    def make_reranker(name: str):
        if name not in rerankers:
            rerankers[name] = real_reranker(name)
        return rerankers[name]

    real_embedder, real_reranker = wiring.MiniLMEmbedder, wiring.make_reranker
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(wiring, "MiniLMEmbedder", make_embedder)
        patch.setattr(wiring, "make_reranker", make_reranker)
        yield


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
