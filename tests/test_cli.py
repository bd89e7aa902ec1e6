"""The `sva` contract of docs/CLI.md: text by default, exactly one JSON object with --json, exit codes."""

import json

import pytest

from assistant.cli import main


@pytest.fixture
def data_dir(shipped_dir, monkeypatch):
    monkeypatch.setenv("SVA_DATA_DIR", str(shipped_dir))
    return shipped_dir


@pytest.fixture
def own_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SVA_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_ask_json_shape(data_dir, capsys):
    assert main(["ask", "What is the Partner VCFSE commitment?", "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)  # exactly one JSON object
    assert set(data) >= {"answer", "grounded", "citations"}
    assert data["grounded"] is True
    first = data["citations"][0]
    assert set(first) >= {"n", "source", "page", "snippet", "score"}


def test_ask_text_lists_sources(data_dir, capsys):
    assert main(["ask", "How", "long", "should", "VCFSE", "tenders", "be", "open?"]) == 0
    out = capsys.readouterr().out
    assert "Sources:" in out and "[1]" in out


def test_ask_unanswerable_is_not_grounded(data_dir, capsys):
    assert main(["ask", "What is the capital of France?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["grounded"] is False and "do not say" in data["answer"]


def test_unknown_area_exits_2_with_one_line(data_dir, capsys):
    assert main(["ask", "unemployment", "--area", "Narnia"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown area" in err[0]


def test_ingest_json_shape_and_idempotence(own_data_dir, tmp_path, capsys):
    good = tmp_path / "plan.md"
    good.write_text("# Plan\nWe will give 300 volunteering hours to Halton charities.\n")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf")
    assert main(["ingest", str(good), str(bad), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    entry = data["ingested"][0]
    assert len(data["ingested"]) == 1  # the documented keys, extended with the source's identity
    assert {k: entry[k] for k in ("source", "pages", "chunks", "status")} == {"source": "plan.md", "pages": 1, "chunks": 1, "status": "added"}
    assert entry["source_id"] == entry["path"] == str(good.resolve())
    assert data["errors"][0]["source"] == "broken.pdf" and "not a readable PDF" in data["errors"][0]["error"]
    assert main(["ingest", str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ingested"][0]["status"] == "unchanged"
    assert main(["sources", "--json"]) == 0
    assert "plan.md" in {s["source"] for s in json.loads(capsys.readouterr().out)["sources"]}
    assert main(["delete", "plan.md", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["chunks"] == 1


def test_ingest_of_only_bad_files_exits_2(own_data_dir, tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert main(["ingest", str(bad), "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["errors"][0]["error"].startswith("empty file")


def test_delete_unknown_source_exits_2(own_data_dir, capsys):
    assert main(["delete", "nope.pdf"]) == 2
    assert "no source named" in capsys.readouterr().err


def test_map_json_shape(data_dir, capsys):
    assert main(["map", "Staff will volunteer 150 hours at the local food bank", "--top", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["activity"].startswith("Staff will volunteer")
    assert len(data["measures"]) == 2
    first = data["measures"][0]
    assert set(first) >= {"code", "measure", "theme", "outcome", "unit", "score", "why"}
    assert first["code"] == "NT17"
    assert data["quantity"] == {"value": 150, "unit": "hours", "text": "150 hours", "duration": None}


def test_map_rejects_bad_top(data_dir, capsys):
    assert main(["map", "anything", "--top", "0"]) == 2


def test_measure_lookup_and_unknown_code(data_dir, capsys):
    assert main(["measure", "nt17*", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["measures"][0]["code"] == "NT17"
    assert main(["measure", "NT999"]) == 2
    assert "not a Cheshire and Merseyside TOMs measure code" in capsys.readouterr().err


def test_questions_json_shape_and_export(data_dir, tmp_path, capsys):
    out = tmp_path / "q.docx"
    args = ["questions", "--service", "homelessness outreach", "--value", "£600k", "--months", "36",
            "--area", "Liverpool", "--sector", "council", "--out", str(out), "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"weighting_percent", "qualitative_percent", "quantitative_percent", "vcfse_relevant",
                         "min_tender_weeks", "measures", "questions", "notes"}
    assert data["contract"]["value"] == 600000
    assert all(set(m) >= {"code", "why"} for m in data["measures"])
    assert all(set(q) >= {"text", "measures", "scoring"} for q in data["questions"])
    assert out.stat().st_size > 0


@pytest.mark.parametrize(
    "extra,message",
    [
        (["--value", "lots"], "--value must be an amount"),
        (["--value", "0"], "positive amount"),
        (["--value", "1000", "--out", "x.pdf"], "--out must end in .docx or .md"),
    ],
)
def test_questions_bad_input_exits_2(data_dir, capsys, extra, message):
    args = ["questions", "--service", "cleaning", "--months", "12", "--area", "Wirral", *extra]
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_feedback_export_writes_dev_set_cases(tmp_path, monkeypatch, capsys):
    import json

    from assistant.cli import main
    from assistant.feedback import FeedbackStore

    monkeypatch.setenv("SVA_DATA_DIR", str(tmp_path / "data"))
    store = FeedbackStore(tmp_path / "data" / "feedback.sqlite3")
    store.add("answer", True, {"question": "How long should VCFSE tenders stay open?",
                               "answer": "At least six weeks [1].", "citations": [{"snippet": "a minimum six-week timescale"}]})
    store.add("answer", False, {"question": "Who funds NT17?", "answer": "Nobody.", "citations": []}, "wrong")
    assert main(["feedback", "export", "--out", str(tmp_path / "cases"), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)["written"]
    cases = [json.loads(line) for line in open(written["answer"]["file"], encoding="utf-8")]
    assert cases[0]["question"].startswith("How long") and cases[0]["evidence"] == ["a minimum six-week timescale"]
    assert {"id", "question", "key", "evidence"} <= set(cases[0])
    assert cases[1]["needs_review"] is True and cases[1]["comment"] == "wrong" and cases[1]["key"] == []
    assert main(["feedback", "list"]) == 0 and "Who funds NT17?" in capsys.readouterr().out
