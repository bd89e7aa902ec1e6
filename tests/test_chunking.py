from langchain_core.documents import Document

from assistant.ingest.chunking import Chunker, count_tokens


def test_chunks_fit_the_budget_and_carry_their_heading():
    text = "\n\n".join(f"Paragraph {i} explains how social value is measured with the TOMs framework." * 3 for i in range(30))
    doc = Document(page_content=text, metadata={"section": "7.4 c) Outcome-focused decision-making", "page": 37})
    chunks = Chunker(chunk_tokens=120, chunk_overlap=20).split([doc])
    assert len(chunks) > 5
    for i, chunk in enumerate(chunks):
        assert chunk.page_content.startswith("7.4 c) Outcome-focused decision-making\n")
        assert count_tokens(chunk.page_content) <= 120
        assert chunk.metadata["page"] == 37 and chunk.metadata["chunk"] == i


def test_shipped_chunks_fit_the_embedding_window(shipped, embedder):
    from assistant.embeddings import MAX_TOKENS

    chunks = shipped.store.all_chunks()
    assert len(chunks) > 150
    assert max(embedder.count_tokens(c.text) for c in chunks) <= MAX_TOKENS


def test_overlap_must_be_smaller_than_size():
    import pytest

    with pytest.raises(ValueError):
        Chunker(chunk_tokens=50, chunk_overlap=50)


def test_a_chunk_cut_mid_sentence_is_marked_but_one_cut_at_a_line_end_is_whole():
    items = "\n".join(f"- Item {n}: a list point that has no full stop at its end, as lists often do" for n in range(30))
    doc = Document(page_content=items, metadata={"section": "List"})
    chunks = Chunker(chunk_tokens=80, chunk_overlap=0).split([doc])
    assert len(chunks) > 2 and not any(c.metadata.get("cut_end") for c in chunks)
    prose = " ".join(f"sentence number {n} goes on and on without stopping" for n in range(60))
    cut = Chunker(chunk_tokens=80, chunk_overlap=0).split([Document(page_content=prose, metadata={})])
    assert cut[0].metadata.get("cut_end") and cut[1].metadata.get("cut_start")
