"""Ingestion against a real Chroma store and real embeddings in a temporary folder."""

from assistant.store import SourceRecord, chunk_id
from tests.conftest import encrypt_pdf, make_pdf


def _chunk_sources(assistant) -> list[str]:
    return [c.metadata["source"] for c in assistant.store.all_chunks()]


def test_one_call_reports_each_bad_file_and_keeps_the_good_ones(empty_assistant, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    make_pdf(folder / "good.pdf", ["Our drivers coach a junior rugby team every Saturday.", "Second page."])
    (folder / "notes.md").write_text("# Plan\nWe buy uniforms from a social enterprise in Sefton.\n")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4 garbage" * 10)
    whole = make_pdf(tmp_path / "whole.pdf", ["Some text. " * 200] * 3).read_bytes()
    (folder / "truncated.pdf").write_bytes(whole[:200])
    encrypt_pdf(make_pdf(tmp_path / "p.pdf", ["secret"]), folder / "encrypted.pdf", user_password="pw")
    make_pdf(folder / "scanned.pdf", [""])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "deck.pptx").write_bytes(b"PK\x03\x04")
    (folder / "huge.txt").write_text("social value " * 200_000)  # ~2.6 MB
    empty_assistant.ingestor.max_bytes = 1024 * 1024

    report = empty_assistant.ingest([folder])

    added = {e["source"]: e for e in report.ingested}
    assert set(added) == {"good.pdf", "notes.md"}
    assert added["good.pdf"]["pages"] == 2 and added["good.pdf"]["status"] == "added"
    errors = {e["source"]: e["error"] for e in report.errors}
    assert set(errors) == {"corrupt.pdf", "truncated.pdf", "encrypted.pdf", "scanned.pdf", "empty.txt", "deck.pptx", "huge.txt"}
    assert "password" in errors["encrypted.pdf"]
    assert "OCR" in errors["scanned.pdf"]
    assert "empty file" in errors["empty.txt"]
    assert "unsupported" in errors["deck.pptx"]
    assert "limit" in errors["huge.txt"]
    assert all("Traceback" not in e for e in errors.values())
    assert set(_chunk_sources(empty_assistant)) == {"good.pdf", "notes.md"}


def test_reingest_unchanged_changes_nothing_and_a_change_replaces_old_chunks(empty_assistant, tmp_path):
    path = tmp_path / "policy.txt"
    path.write_text("Our social value policy commits to 200 volunteering hours. " * 30)
    first = empty_assistant.ingest([path]).ingested[0]
    count = empty_assistant.store.count()
    again = empty_assistant.ingest([path]).ingested[0]
    assert first["status"] == "added" and again["status"] == "unchanged"
    assert empty_assistant.store.count() == count

    path.write_text("A short new policy: 50 hours.")
    changed = empty_assistant.ingest([path]).ingested[0]
    assert changed["status"] == "updated" and changed["chunks"] == 1
    texts = [c.text for c in empty_assistant.store.all_chunks()]
    assert texts == ["A short new policy: 50 hours."]


def test_delete_source_removes_all_its_chunks_and_its_record(empty_assistant, tmp_path):
    keep, drop = tmp_path / "keep.md", tmp_path / "drop.md"
    keep.write_text("# Keep\nKeep this text about carbon.\n")
    drop.write_text("# Drop\n" + "Drop this text about hours. " * 200)
    empty_assistant.ingest([keep, drop])
    removed = empty_assistant.delete_source("drop.md")
    assert removed > 1
    assert set(_chunk_sources(empty_assistant)) == {"keep.md"}
    assert [r.source for r in empty_assistant.sources()] == ["keep.md"]


def test_a_run_that_died_part_way_is_redone_without_duplicates(empty_assistant, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Plan text about apprenticeships in Halton. " * 120)
    empty_assistant.ingest([path])
    complete = sorted(c.id for c in empty_assistant.store.all_chunks())
    # Simulate a crash after the record went pending and half the chunks were deleted.
    record = empty_assistant.store.registry.get("plan.txt")
    record.status = "pending"
    empty_assistant.store.registry.put(record)
    empty_assistant.store.collection.delete(ids=complete[len(complete) // 2 :])

    redo = empty_assistant.ingest([path]).ingested[0]

    assert redo["status"] == "updated"
    assert sorted(c.id for c in empty_assistant.store.all_chunks()) == complete
    assert empty_assistant.store.registry.get("plan.txt").status == "complete"


def test_area_is_recorded_on_chunks(empty_assistant, tmp_path):
    path = tmp_path / "jsna.md"
    path.write_text("# Needs\nHigh unemployment in the ward.\n")
    empty_assistant.ingest([path], area="wirral")
    assert {c.metadata["area"] for c in empty_assistant.store.all_chunks()} == {"Wirral"}


def test_chunk_ids_are_deterministic():
    assert chunk_id("a.pdf", 3) == chunk_id("a.pdf", 3) != chunk_id("b.pdf", 3)
    assert isinstance(SourceRecord(source="x", kind="document", sha256="0"), SourceRecord)


def test_resume_finishes_a_source_left_pending_by_a_crash(empty_assistant, tmp_path):
    path = tmp_path / "strategy.md"
    path.write_text("# Strategy\n" + "We will cut carbon on site by 20 tonnes each year. " * 60)
    empty_assistant.ingest([path])
    ids = sorted(c.id for c in empty_assistant.store.all_chunks())
    record = empty_assistant.store.registry.get("strategy.md")
    record.status = "pending"
    empty_assistant.store.registry.put(record)
    empty_assistant.store.collection.delete(ids=ids[1:])

    empty_assistant.ingestor.repair_pending()

    assert sorted(c.id for c in empty_assistant.store.all_chunks()) == ids
    assert empty_assistant.store.registry.get("strategy.md").status == "complete"


def test_a_pending_source_whose_file_is_gone_is_removed(empty_assistant, tmp_path):
    path = tmp_path / "gone.md"
    path.write_text("# Gone\nThis file will be deleted after a failed ingest.\n")
    empty_assistant.ingest([path])
    record = empty_assistant.store.registry.get("gone.md")
    record.status = "pending"
    empty_assistant.store.registry.put(record)
    path.unlink()

    empty_assistant.ingestor.repair_pending()

    assert empty_assistant.store.registry.get("gone.md") is None
    assert empty_assistant.store.count() == 0


def test_start_up_leaves_a_pending_source_for_resume_and_another_ingest_does_not_redo_it(empty_assistant, tmp_path):
    path = tmp_path / "strategy.md"
    path.write_text("# Strategy\n" + "We will cut carbon on site by 20 tonnes each year. " * 60)
    empty_assistant.ingest([path])
    ids = sorted(c.id for c in empty_assistant.store.all_chunks())
    record = empty_assistant.store.registry.get("strategy.md")
    record.status = "pending"
    empty_assistant.store.registry.put(record)
    empty_assistant.store.collection.delete(ids=ids[1:])
    other = tmp_path / "other.md"
    other.write_text("# Other\nThe Halton pantry opens on Fridays.\n")

    empty_assistant.ensure_knowledge()
    report = empty_assistant.ingest([other])

    assert [e["source"] for e in report.ingested] == ["other.md"]
    assert [r.source for r in empty_assistant.pending_sources()] == ["strategy.md"]
    assert len(empty_assistant.store.all_chunks(where={"source": "strategy.md"})) == 1
    assert [e["source"] for e in empty_assistant.resume_pending().ingested] == ["strategy.md"]
    assert not empty_assistant.pending_sources()


def test_a_file_over_the_chunk_limit_is_refused_before_it_is_stored(empty_assistant, tmp_path):
    empty_assistant.ingestor.max_chunks = 2
    path = tmp_path / "long.md"
    path.write_text("# Long\n" + "Volunteers in Sefton gave time to the food bank this quarter. " * 300)
    report = empty_assistant.ingest([path])
    assert "SVA_MAX_CHUNKS_PER_FILE" in report.errors[0]["error"]
    assert empty_assistant.sources() == [] and empty_assistant.store.count() == 0
