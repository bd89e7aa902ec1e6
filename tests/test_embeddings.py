import shutil

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings as ChromaSettings

from assistant.embeddings import MAX_TOKENS, ModelFileError, MiniLMEmbedder, verify_file, MODEL_SHA256


def test_real_model_files_load_and_embed_unit_vectors(embedder):
    vectors = embedder.embed(["Spend with local charities", "Apprenticeships for young people"])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_meaning_is_captured(embedder):
    query, near, far = embedder.embed(
        ["volunteering hours for a charity", "staff volunteer time donated to a community group", "carbon emissions from lorries"]
    )
    assert float(query @ near) > float(query @ far) + 0.1


def test_batch_padding_does_not_change_a_short_texts_embedding(embedder):
    short = "Social value for VCFSE organisations"
    alone = embedder.embed([short])[0]
    batched = embedder.embed([short, "a much longer text " * 40, "another"])[0]
    assert float(alone @ batched) > 0.995


def test_order_is_kept_when_batches_are_sorted_by_length(embedder):
    texts = ["long text about procurement and tenders " * 5, "short", "medium length text about carbon"]
    together = embedder.embed(texts)
    for i, text in enumerate(texts):
        assert float(together[i] @ embedder.embed([text])[0]) > 0.995


def test_text_longer_than_the_window_is_truncated_not_a_crash(embedder):
    long_text = "social value " * 2000
    assert embedder.count_tokens(long_text) > MAX_TOKENS
    vector = embedder.embed([long_text])[0]
    assert np.isfinite(vector).all()


def test_empty_input_gives_empty_array(embedder):
    assert embedder.embed([]).shape == (0, 384)


def test_checksum_mismatch_is_refused_with_a_clear_error(tmp_path, embedder):
    bad = tmp_path / "model.onnx"
    shutil.copy(embedder.model_path, bad)
    with open(bad, "r+b") as handle:
        handle.seek(1000)
        byte = handle.read(1)
        handle.seek(1000)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(ModelFileError, match="sha256"):
        MiniLMEmbedder(model_path=bad)
    with pytest.raises(ModelFileError, match="not found"):
        verify_file(tmp_path / "missing.onnx", MODEL_SHA256, "model")


def test_langchain_and_chroma_interfaces_share_one_model(embedder):
    assert embedder.embed_query("NT14 spend with VCSEs") == pytest.approx(embedder.embed_documents(["NT14 spend with VCSEs"])[0], abs=1e-6)
    client = chromadb.EphemeralClient(ChromaSettings(anonymized_telemetry=False))
    collection = client.get_or_create_collection(
        "emb-test", embedding_function=embedder.for_chroma(), configuration={"hnsw": {"space": "cosine"}}
    )
    collection.add(ids=["a", "b"], documents=["apprenticeships for young people", "solar panels cut carbon"])
    found = collection.query(query_texts=["training an apprentice"], n_results=1)
    assert found["ids"][0] == ["a"]
