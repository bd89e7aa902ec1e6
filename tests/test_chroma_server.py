"""Scale-out: a team shares one Chroma server (`chroma run`): the record is shared, outages are clear, recovery works."""

import pytest

from assistant.assistant import build
from assistant.settings import Settings
from assistant.store import StoreUnavailableError
from tests.conftest import ChromaServer, make_pdf


def test_two_machines_share_the_knowledge_and_its_record(chroma_server, tmp_path):
    one = build(Settings(data_dir=tmp_path / "one", chroma_url=chroma_server.url, collection="team"), index_shipped=False)
    two = build(Settings(data_dir=tmp_path / "two", chroma_url=chroma_server.url, collection="team"), index_shipped=False)
    pdf = make_pdf(tmp_path / "wirral-jsna.pdf", ["Wirral JSNA summary.", "In Wirral 1 in 4 children live in low-income families."])
    assert one.ingest([pdf]).ingested[0]["status"] == "added"
    # the other machine sees the source in the record, does not re-add it, and answers from it
    assert [s.source for s in two.sources()] == ["wirral-jsna.pdf"]
    assert two.ingest([pdf]).ingested[0]["status"] == "unchanged"
    answer = two.ask("How many children in Wirral live in low-income families?")
    assert answer.grounded and answer.citations[0].source == "wirral-jsna.pdf" and answer.citations[0].page == 2
    assert two.delete_source("wirral-jsna.pdf") == 2
    assert one.sources() == [] and one.store.count() == 0
    assert not one.ask("How many children in Wirral live in low-income families?").grounded


def test_server_down_is_a_clear_message_and_recovery_works(tmp_path):
    server = ChromaServer(tmp_path / "db").start()
    settings = Settings(data_dir=tmp_path / "data", chroma_url=server.url, collection="outage")
    assistant = build(settings, index_shipped=False)
    note = tmp_path / "note.txt"
    note.write_text("The Halton befriending service runs every Thursday afternoon.", encoding="utf-8")
    assistant.ingest([note])
    server.stop()
    with pytest.raises(StoreUnavailableError, match="cannot reach the Chroma server"):
        build(settings, index_shipped=False)
    report = assistant.ingest([note])  # an ingest during the outage reports, it does not crash
    assert report.errors and not report.ingested
    restarted = server.restart()
    try:
        again = build(settings, index_shipped=False)
        answer = again.ask("When does the Halton befriending service run?")
        assert answer.grounded and answer.citations[0].source == "note.txt"
    finally:
        restarted.stop()


def test_questions_during_an_outage_get_a_clear_message(tmp_path):
    server = ChromaServer(tmp_path / "db").start()
    assistant = build(Settings(data_dir=tmp_path / "data", chroma_url=server.url, collection="ask"), index_shipped=False)
    note = tmp_path / "note.txt"
    note.write_text("The Sefton food pantry opens on Mondays.", encoding="utf-8")
    assistant.ingest([note])
    server.stop()
    with pytest.raises(StoreUnavailableError, match="cannot be reached.*nothing was lost"):
        assistant.ask("When does the Sefton food pantry open?")
    from assistant.app import UI

    *_, last = UI(assistant).ask("When does the Sefton food pantry open?", [], None)
    assert "cannot be reached" in last[0][-1]["content"] and last[1] == "When does the Sefton food pantry open?"
