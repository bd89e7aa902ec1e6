"""Source identity: a stable id per source, a display name a person can tell apart, a migration for old stores,
and the content-hash embedding cache that makes re-ingesting an edited file cheap."""

import json
import sqlite3

import numpy as np
import pytest

from assistant.sources import display_names, legacy_source_id, path_source_id, upload_source_id
from assistant.store import AmbiguousSourceError, chunk_id


def _by_source(assistant) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for chunk in assistant.store.all_chunks():
        found.setdefault(chunk.metadata["source"], set()).add(chunk.text)
    return found


def _two_reports(tmp_path):
    wirral, halton = tmp_path / "wirral" / "report.md", tmp_path / "halton" / "report.md"
    wirral.parent.mkdir()
    halton.parent.mkdir()
    wirral.write_text("# Wirral\nWirral has 4,000 young people not in education, employment or training.\n")
    halton.write_text("# Halton\nHalton's food banks fed 9,000 families last winter.\n")
    return wirral, halton


def test_display_names_tell_same_named_files_apart():
    one = display_names(["/a/wirral/report.md"], "report.md")
    assert one == {"/a/wirral/report.md": "report.md"}
    two = display_names(["/a/wirral/report.md", "/a/halton/report.md"], "report.md")
    assert two == {"/a/wirral/report.md": "report.md (wirral/)", "/a/halton/report.md": "report.md (halton/)"}
    deep = display_names(["/x/2023/report.md", "/y/2023/report.md"], "report.md")
    assert deep == {"/x/2023/report.md": "report.md (x/2023/)", "/y/2023/report.md": "report.md (y/2023/)"}
    uploads = display_names([upload_source_id("report.md", "Wirral"), upload_source_id("report.md", "Halton")], "report.md")
    assert set(uploads.values()) == {"report.md (Wirral)", "report.md (Halton)"}


def test_legacy_ids_keep_shipped_names_and_give_files_their_path(tmp_path):
    assert legacy_source_id("Local needs facts", "local-needs", "/k/data/x.csv", "all") == "Local needs facts"
    assert legacy_source_id("plan.md", "document", str(tmp_path / "plan.md"), "all") == str(tmp_path / "plan.md")


def test_same_name_from_another_folder_is_a_new_source_and_loses_nothing(empty_assistant, tmp_path):
    wirral, halton = _two_reports(tmp_path)
    first = empty_assistant.ingest([wirral]).ingested[0]
    assert first["status"] == "added" and first["source"] == "report.md"
    assert first["source_id"] == path_source_id(wirral) and first["path"] == str(wirral.resolve())

    second = empty_assistant.ingest([halton]).ingested[0]

    assert second["status"] == "added" and second["source"] == "report.md (halton/)"
    chunks = _by_source(empty_assistant)
    assert set(chunks) == {"report.md (wirral/)", "report.md (halton/)"}  # the first was renamed, not replaced
    assert any("Wirral has 4,000" in t for t in chunks["report.md (wirral/)"])
    assert {r.source for r in empty_assistant.sources()} == set(chunks)
    # the same file again is unchanged; an edited one is updated and leaves the other alone
    assert empty_assistant.ingest([wirral]).ingested[0]["status"] == "unchanged"
    halton.write_text("# Halton\nHalton's food banks fed 9,500 families last winter.\n")
    assert empty_assistant.ingest([halton]).ingested[0]["status"] == "updated"
    chunks = _by_source(empty_assistant)
    assert any("Wirral has 4,000" in t for t in chunks["report.md (wirral/)"])
    assert any("9,500" in t for t in chunks["report.md (halton/)"]) and len(chunks) == 2


def test_citations_show_the_display_name(empty_assistant, tmp_path):
    wirral, halton = _two_reports(tmp_path)
    empty_assistant.ingest([wirral, halton])
    answer = empty_assistant.ask("How many families did Halton's food banks feed?")
    assert answer.citations and answer.citations[0].source == "report.md (halton/)"


def test_delete_with_two_matches_refuses_and_lists_them(empty_assistant, tmp_path):
    wirral, halton = _two_reports(tmp_path)
    empty_assistant.ingest([wirral, halton])
    with pytest.raises(AmbiguousSourceError) as refused:
        empty_assistant.delete_source("report.md")
    assert "report.md (wirral/)" in str(refused.value) and "report.md (halton/)" in str(refused.value)
    assert len(_by_source(empty_assistant)) == 2  # nothing deleted

    assert empty_assistant.delete_source("report.md (halton/)") >= 1
    # the one left is alone with its name again
    assert [r.source for r in empty_assistant.sources()] == ["report.md"]
    assert set(_by_source(empty_assistant)) == {"report.md"}
    assert empty_assistant.delete_source(str(wirral)) >= 1  # by path
    assert empty_assistant.store.count() == 0


def test_uploads_are_known_by_name_and_area(empty_assistant, tmp_path):
    first, second = tmp_path / "1" / "report.md", tmp_path / "2" / "report.md"
    for path, text in ((first, "Old text about 10 apprentices."), (second, "New text about 12 apprentices.")):
        path.parent.mkdir()
        path.write_text(text)
    assert empty_assistant.ingest([first], area="wirral", uploaded=True).ingested[0]["status"] == "added"
    again = empty_assistant.ingest([second], area="wirral", uploaded=True).ingested[0]
    assert again["status"] == "updated" and again["source"] == "report.md"  # a new version of the same upload
    other = empty_assistant.ingest([first], area="halton", uploaded=True).ingested[0]
    assert other["status"] == "added" and other["source"] == "report.md (Halton)"
    assert {r.source for r in empty_assistant.sources()} == {"report.md (Wirral)", "report.md (Halton)"}


def test_cli_delete_with_two_matches_exits_2_and_lists_them(tmp_path, monkeypatch, capsys):
    from assistant.assistant import build
    from assistant.cli import main
    from assistant.settings import Settings

    monkeypatch.setenv("SVA_DATA_DIR", str(tmp_path / "data"))
    wirral, halton = _two_reports(tmp_path)
    build(Settings(data_dir=tmp_path / "data"), index_shipped=False).ingest([wirral, halton])
    monkeypatch.setattr("assistant.assistant.Assistant.ensure_knowledge", lambda self: None)

    assert main(["delete", "report.md"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "report.md (wirral/)" in err[0] and "report.md (halton/)" in err[0]
    assert main(["delete", "report.md (wirral/)", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["deleted"] == "report.md (wirral/)" and out["source_id"] == path_source_id(wirral)
    assert main(["sources", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["sources"]
    assert [(s["source"], s["source_id"]) for s in listed] == [("report.md", path_source_id(halton))]


# --- stores made before source ids ---------------------------------------------------------------
def _make_legacy(assistant) -> None:
    """Rewrite a store into the format sources had when they were keyed by file name."""
    store = assistant.store
    records = store.registry.all()
    got = store.collection.get(include=["documents", "metadatas", "embeddings"])
    store.collection.delete(ids=got["ids"])
    by_id = {r.source_id: r for r in records}
    counters: dict[str, int] = {}
    for text, meta, vector in zip(got["documents"], got["metadatas"], got["embeddings"]):
        meta = dict(meta)
        name = by_id[meta.pop("source_id")].name
        meta["source"] = name
        index = counters[name] = counters.get(name, -1) + 1
        store.collection.add(ids=[chunk_id(name, index)], documents=[text], metadatas=[meta], embeddings=[vector])
    old = ("kind", "sha256", "path", "title", "area", "pages", "chunks", "status", "updated_at")
    if store.settings.chroma_url:
        for r in records:
            store.registry.collection.delete(ids=[r.source_id])
            store.registry.collection.add(ids=[r.name], embeddings=[[1.0]], documents=[r.name],
                                          metadatas=[{f: getattr(r, f) for f in old}])
        return
    with sqlite3.connect(store.settings.registry_path) as db:
        db.execute("DROP TABLE sources")
        db.execute("""CREATE TABLE sources (source TEXT PRIMARY KEY, kind TEXT, sha256 TEXT, path TEXT, title TEXT,
                      area TEXT, pages INTEGER, chunks INTEGER, status TEXT, updated_at REAL)""")
        for r in records:
            db.execute("INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?)", (r.name, *(getattr(r, f) for f in old)))


class CountingEmbedder:
    """The real embedder, counting the texts it is asked to embed for the store."""

    def __init__(self, inner) -> None:
        self.inner, self.texts = inner, 0

    def embed(self, texts):
        self.texts += len(texts)
        return self.inner.embed(texts)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_an_old_store_migrates_without_reindexing(empty_assistant, tmp_path):
    from assistant.assistant import build

    wirral, halton = _two_reports(tmp_path)
    plan = tmp_path / "plan.md"
    plan.write_text("# Plan\nWe will give 300 volunteering hours to Halton charities.\n")
    empty_assistant.ingest([wirral, plan])
    count = empty_assistant.store.count()
    _make_legacy(empty_assistant)

    reopened = build(empty_assistant.settings, index_shipped=False)
    counting = reopened.store.embedder = CountingEmbedder(reopened.store.embedder)

    assert {r.source: r.source_id for r in reopened.sources()} == {
        "report.md": path_source_id(wirral), "plan.md": path_source_id(plan)}
    assert reopened.store.count() == count
    assert all("source_id" in c.metadata for c in reopened.store.all_chunks())
    assert reopened.ingest([wirral, plan]).ingested[0]["status"] == "unchanged"
    assert counting.texts == 0
    assert reopened.ingest([halton]).ingested[0]["status"] == "added"  # and Wirral's report stays
    assert set(_by_source(reopened)) == {"report.md (wirral/)", "report.md (halton/)", "plan.md"}


def test_shipped_knowledge_keeps_its_names_and_chunk_ids(shipped):
    from assistant.ingest.shipped import read_manifest

    names = {info.source for _, info in read_manifest(shipped.settings.knowledge_dir)}
    records = {r.source: r for r in shipped.sources()}
    assert names <= set(records) and all(records[n].source_id == n for n in names)
    chunk = shipped.store.all_chunks(where={"source": "Towards a Social Value Economy"})[0]
    assert chunk.id.startswith(chunk_id("Towards a Social Value Economy", 0)[:16])


# --- the embedding cache -----------------------------------------------------------------------------
def test_an_edited_file_re_embeds_only_its_changed_chunks(empty_assistant, tmp_path):
    from tests.conftest import make_pdf

    pages = [f"Page {n}. " + f"Our crews planted {n * 7} trees in ward {n} and trained {n + 3} apprentices. " * 12
             for n in range(1, 13)]
    path = make_pdf(tmp_path / "report.pdf", pages)
    counting = empty_assistant.store.embedder = CountingEmbedder(empty_assistant.store.embedder)
    first = empty_assistant.ingest([path]).ingested[0]
    assert counting.texts == first["chunks"] > 12
    before = {c.id: c.text for c in empty_assistant.store.all_chunks()}
    vectors = empty_assistant.store.vectors(list(before))

    pages[4] = "Page 5. We corrected this page: 41 trees were planted in ward 5, not 35."
    make_pdf(path, pages)
    counting.texts = 0
    again = empty_assistant.ingest([path]).ingested[0]

    assert again["status"] == "updated"
    assert counting.texts == 1  # the one changed chunk, nothing else
    after = {c.id: c.text for c in empty_assistant.store.all_chunks()}
    assert len(after) == again["chunks"] and any("41 trees" in t for t in after.values())
    kept = [cid for cid, text in after.items() if text in set(before.values())]
    old_by_text = {text: vectors[cid] for cid, text in before.items()}
    new_vectors = empty_assistant.store.vectors(kept)
    assert len(kept) == len(after) - 1
    assert max(float(np.abs(np.asarray(new_vectors[c]) - np.asarray(old_by_text[after[c]])).max()) for c in kept) < 1e-6
    query = empty_assistant.embedder.embed_query("We corrected this page: 41 trees were planted in ward 5")
    assert "41 trees" in empty_assistant.store.vector_search(query, 1)[0].text  # the new chunk is searchable


def test_a_copy_in_another_folder_embeds_nothing_new(empty_assistant, tmp_path):
    wirral, _ = _two_reports(tmp_path)
    wirral.write_text("# Wirral\n" + "Wirral's ward plan trains 40 apprentices a year in green skills. " * 40)
    counting = empty_assistant.store.embedder = CountingEmbedder(empty_assistant.store.embedder)
    first = empty_assistant.ingest([wirral]).ingested[0]
    assert counting.texts == len({c.text for c in empty_assistant.store.all_chunks()}) > 1  # repeats embedded once
    copy = tmp_path / "copy" / "report.md"
    copy.parent.mkdir()
    copy.write_bytes(wirral.read_bytes())
    counting.texts = 0
    second = empty_assistant.ingest([copy]).ingested[0]
    assert second["status"] == "added" and second["chunks"] == first["chunks"]
    assert counting.texts == 0
    assert empty_assistant.store.count() == 2 * first["chunks"]

