"""The Protocols of assistant/interfaces.py: the real parts and the fakes both satisfy them, and build() takes any."""

from pathlib import Path

import numpy as np
import pytest

from assistant import interfaces
from tests.fakes import FakeChatModel, FakeEmbedder, FakeRegistry, FakeReranker, FakeRetriever, hit


@pytest.mark.parametrize("fake, protocol", [
    (FakeEmbedder(), interfaces.Embedder), (FakeReranker(), interfaces.Reranker),
    (FakeRetriever([]), interfaces.Retriever), (FakeChatModel([]), interfaces.ChatModel),
    (FakeRegistry(), interfaces.SourceRegistry),
])
def test_each_fake_satisfies_its_protocol(fake, protocol):
    assert isinstance(fake, protocol)


def test_the_real_parts_satisfy_the_protocols(shipped, tmp_path):
    from assistant.store import SqliteRegistry

    assert isinstance(shipped.embedder, interfaces.Embedder)
    assert isinstance(shipped.retriever, interfaces.Retriever)
    assert isinstance(shipped.retriever.reranker, interfaces.Reranker)
    assert isinstance(shipped.store.registry, interfaces.SourceRegistry)
    assert isinstance(SqliteRegistry(tmp_path / "sources.sqlite3"), interfaces.SourceRegistry)
    assert not isinstance(object(), interfaces.Embedder)


def test_the_fake_embedder_puts_texts_that_share_words_together():
    vectors = FakeEmbedder().embed(["staff volunteering hours", "volunteering hours by staff", "carbon emissions"])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert vectors[0] @ vectors[1] > 0.9 > vectors[0] @ vectors[2]


def test_build_wires_the_parts_it_is_given(tmp_path: Path):
    """An Assistant on fakes alone (no ONNX model) ingests, retrieves and has its model's answer checked."""
    from assistant.assistant import build
    from assistant.settings import Settings

    embedder, model = FakeEmbedder(), FakeChatModel(
        ["Halton's befriending service runs every Tuesday at the Runcorn library [1]. "
         "The befriending service costs £9 million a year to run for older residents [1]."])
    assistant = build(Settings(data_dir=tmp_path / "data", llm_provider="openai-compatible",
                               llm_base_url="http://127.0.0.1:9/v1"),
                      index_shipped=False, embedder=embedder, reranker=FakeReranker(), chat_model=model)
    note = tmp_path / "befriending.md"
    note.write_text("# Befriending\n\nHalton's befriending service runs every Tuesday at the Runcorn library, "
                    "for older residents who live alone.\n", encoding="utf-8")
    assert assistant.ingest([note]).ingested
    answer = assistant.ask("When does Halton's befriending service run?", write=True)
    assert embedder.calls and model.prompts, "the given parts were not the ones used"
    assert answer.mode == "generated" and "Tuesday" in answer.answer
    assert "£9 million" not in answer.answer  # the invented figure was removed by the checks
    assert any("£9 million" in removed["why"] for removed in answer.as_dict()["removed"])
    assert answer.citations[0].source == "befriending.md"


def test_a_fake_retriever_feeds_the_quoting_task():
    from assistant.tasks.ask import AskTask, ExtractiveAnswerer

    retriever = FakeRetriever([hit("Commit to a minimum six-week procurement timescale for tenders relevant to "
                                   "VCFSE organisations.", page=40)])
    answer = AskTask(retriever, ExtractiveAnswerer(FakeEmbedder()))("How long should a VCFSE tender stay open?")
    assert retriever.queries and "six-week" in answer.answer and answer.citations[0].page == 40
