"""The app's actions called directly (no browser): escaping, markers, history, errors shown per file."""

import csv
import re
from pathlib import Path

import gradio as gr

import pytest

from assistant.app import UI, escape, form_words, history_pairs, link_markers, make_app, sources_html


def test_document_text_is_escaped_in_the_sources_panel():
    panel = sources_html([{"n": 1, "source": "<b>evil</b>.pdf", "page": 3, "section": None,
                           "snippet": "<script>alert(1)</script> text"}])
    assert "<script>" not in panel and "&lt;script&gt;" in panel and "&lt;b&gt;" in panel
    assert 'id="source-1"' in panel and "p. 3" in panel
    assert escape("a < b & c") == "a &lt; b &amp; c"


def test_markers_link_to_sources_and_history_reads_back_plain():
    linked = link_markers("Six weeks [1]. At least 10% [2][3].")
    assert "[[1]](#source-1)" in linked and "[[3]](#source-3)" in linked
    history = [{"role": "user", "content": "How long?"}, {"role": "assistant", "content": linked}]
    assert history_pairs(history) == [("How long?", "Six weeks [1]. At least 10% [2][3].")]


@pytest.fixture
def ui(empty_assistant):
    return UI(empty_assistant)


def test_map_activities_gives_rows_and_a_csv(ui):
    table, path, rated, problem = ui.map_activities("Our staff volunteer 200 hours a year at the food bank\n\n - Spend £20,000 with a social enterprise")
    rows = ui.map_rows("Our staff volunteer 200 hours a year at the food bank\n\n - Spend £20,000 with a social enterprise")
    assert [row[0] for row in rows] == ["NT17", "NT14"] and rows[0][2] == 200 and problem == ""
    assert [r["code"] for r in rated] == ["NT17", "NT14"]
    assert '<td data-label="Code">NT17</td>' in table and table.index("Code") < table.index("Activity")
    with open(path, encoding="utf-8") as handle:
        assert list(csv.reader(handle))[1][0] == "NT17"
    *kept, problem = ui.map_activities("   ")
    assert "Activities" in problem and "role='alert'" in problem
    _, path, *_ = ui.map_activities("@SUM(1+1) 200 volunteering hours at the food bank")
    with open(path, encoding="utf-8") as handle:  # a formula is written as text (assistant/csv_safety.py)
        assert list(csv.reader(handle))[1][4] == "'@SUM(1+1) 200 volunteering hours at the food bank"


def test_errors_name_the_form_field_not_a_cli_flag():
    assert form_words("give the tender's social value question (--question)") == \
        "Give the tender's social value question (The tender's social value question)"
    said = form_words("--value must be an amount in £, e.g. 250000 (got 'lots')")
    assert "--" not in said and said.startswith("“Contract value (£)” must be")


def test_upload_reports_each_bad_file_and_keeps_the_good(ui, tmp_path, pdf_factory):
    good = pdf_factory("good.pdf", ["Wirral befriending service for older people."])
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    message, table, _ = ui.upload([str(good), str(empty), str(broken)], None, progress=lambda *a, **k: None)
    assert "✓ **good.pdf**" in message and "empty.txt" in message and "broken.pdf" in message
    assert [row[0] for row in ui.sources_table()] == ["good.pdf"] and "good.pdf" in table
    message, table, _ = ui.delete("good.pdf")
    assert "Deleted" in message and ui.sources_table() == []


def test_bad_draft_input_is_a_clear_error_in_the_forms_words(ui):
    *kept, problem, data = ui.draft("q", "cleaning", "lots", 12, None, "volunteer", "", None,
                                    progress=lambda *a, **k: None)
    assert "Contract value (£)" in problem and "--" not in problem
    assert all(isinstance(k, dict) and k.get("__type__") == "update" for k in [*kept, data])  # outputs keep what they showed
    *kept, problem, _ = ui.draft("q", "cleaning", "£10k", 12, None, "", "", None, progress=lambda *a, **k: None)
    assert "activity" in problem and "What you plan to do" in problem and "--" not in problem


def test_draft_form_takes_a_character_limit(ui):
    activities = "Recruit 4 FTE long-term unemployed Sefton residents\nGive 300 staff volunteering hours to Sefton food banks"
    *_, problem, _ = ui.draft("Describe your social value", "office cleaning", "£900k", 24, "Sefton", activities, "",
                              None, "", False, 500, progress=lambda *a, **k: None)
    assert "character limit" in problem
    response, _, flags, _, _, problem, _ = ui.draft("Describe your social value", "office cleaning", "£900k", 24, "Sefton",
                                                 activities, "", None, "", False, 1500, progress=lambda *a, **k: None)
    assert not problem and "(limit 1500)" in flags
    shown = int(re.search(r"\*\*(\d+) characters\*\* \(limit 1500\)", flags).group(1))
    assert 0 < shown <= 1500


def test_app_builds_with_every_tab(shipped):
    app = make_app(shipped)
    labels = {block.label for block in app.blocks.values() if isinstance(block, gr.Tab)}
    assert {"Ask", "Map activities", "Draft a response", "Tender questions", "Library", "Status"} <= labels


def test_bad_auth_setting_is_refused(shipped_dir):
    from assistant.app import launch
    from assistant.settings import Settings

    with pytest.raises(ValueError, match="user:password"):
        launch(Settings(data_dir=shipped_dir, auth="nopassword"), prevent_thread_lock=True)


def test_partner_vcfse_tab_actions(ui):
    import pandas as pd

    assert ui.add_organisation("Acme Cleaning Ltd", "private", None)["value"] == "Acme Cleaning Ltd"
    table = pd.DataFrame([["NT17", 2024, "baseline", 400, "", ""], ["NT17", 2025, "actual", 440, "", ""]])
    rows, report, chart, csv_path = ui.save_record("Acme Cleaning Ltd", table)
    assert len(rows) == 2 and "NT17" in report and "data:image/png;base64," in chart["value"] and chart["visible"]
    rows, report, _, _ = ui.percent_target("Acme Cleaning Ltd", "NT17", 2025, 25)
    assert "12% behind its 2025 target" in report
    bad = pd.DataFrame([["NT17", 2025, "actual", -4, "", ""]])
    with pytest.warns(UserWarning, match="Nothing was saved"):
        kept = ui.save_record("Acme Cleaning Ltd", bad)
    assert all(k.get("__type__") == "update" and len(k) == 1 for k in kept)  # outputs keep what they showed
    assert len(ui.a.tracker.entries("Acme Cleaning Ltd")) == 3
    with pytest.warns(UserWarning):
        ui.add_organisation("X", "charity", None)
    from assistant.app import add_row

    assert add_row(table)[-1] == ["", None, "", None, "", ""] and len(add_row(table)) == 3


def test_review_tab_actions(shipped):
    ui = UI(shipped)
    text = ("We will recruit 6 FTE long-term unemployed Liverpool residents (NT3). We will report quarterly against NT3 "
            "with payroll records. We guarantee that every resident in the area will benefit from our work.")
    head, rows, flags, changed, problem = ui.review(text, None, "", "hospital cleaning services", "2.4m", 36, "Liverpool")
    assert "/100" in head and rows.count("<tr>") == 8 and "over promising" in flags and changed == "" == problem
    head2, _, _, changed, _ = ui.improve(text, None, "", "hospital cleaning services", "2.4m", 36, "Liverpool")
    assert "Reworked" in changed and "→" in changed
    *_, problem = ui.review("too short", None, "", "x", "1", 1, None)
    assert "too short" in problem


def test_uploads_are_read_in_place_and_labelled_by_base_name(ui, tmp_path):
    data = ui.a.settings.data_dir
    before = {p.relative_to(data) for p in data.rglob("*") if p.is_file() and "chroma" not in p.parts}
    upload = tmp_path / "uploads" / "nested"
    upload.mkdir(parents=True)
    doc = upload / "evil name ..txt"
    doc.write_text("The Knowsley youth fund opens in March for community groups.", encoding="utf-8")
    message, table, _ = ui.upload([str(doc)], None, progress=lambda *a, **k: None)
    assert [row[0] for row in ui.sources_table()] == ["evil name ..txt"]
    after = {p.relative_to(data) for p in data.rglob("*") if p.is_file() and "chroma" not in p.parts}
    assert not any("evil" in str(p) for p in after)  # the document is not copied into the data folder
    assert after - before <= {Path("sources.sqlite3-wal"), Path("sources.sqlite3-shm"), Path("write.lock")}


def test_ask_box_chooses_between_quote_and_model(shipped_dir, tmp_path):
    """Unticked, the quote is the whole answer; ticked, the model is asked (here it is missing, so the quote
    comes back with a notice that says so)."""
    from assistant.assistant import build
    from assistant.settings import Settings

    ui = UI(build(Settings(data_dir=shipped_dir, llm_provider="local", local_model_path=tmp_path / "missing.gguf"),
                  index_shipped=False))
    assert "tick the box" in ui.banner()
    question = "How long should tenders relevant to VCFSEs stay open?"
    quoted = list(ui.ask(question, [], None, False))
    assert len(quoted) == 2 and "six-week" in quoted[-1][0][-1]["content"]  # searching…, then the quote
    written = list(ui.ask(question, [], None, True))
    assert "missing.gguf" in written[-1][0][-1]["content"] and "six-week" in written[-1][0][-1]["content"]


def test_map_says_when_no_measure_fits(ui):
    rows = ui.map_rows("qwpoeiruty zmxncbv\nOur staff volunteer 200 hours a year at the food bank")
    assert rows[0][0] == "none" and rows[0][1] == "No measure fits this activity" and rows[1][0] == "NT17"


def test_feedback_is_stored_and_exported_as_eval_cases(ui, tmp_path):
    import json

    from assistant.cli import main

    *_, rated, problem = ui.map_activities("Our staff volunteer 200 hours a year at the food bank")
    assert "Saved your 👍" in ui.rate("mapping", True, rated, "")
    assert "Saved your 👎" in ui.rate("mapping", False, [{"activity": "We sponsor the local rugby club kit", "code": "NT17",
                                                          "measure": "…"}], "should be nt14 or NT99")
    assert "role='alert'" in ui.rate("draft", True, None, "")  # nothing to rate yet: said, not stored
    result = ui.a.feedback.export(tmp_path / "cases", codes=[m.code for m in ui.a.catalogue])
    assert result["total"] == 2
    cases = [json.loads(line) for line in open(result["written"]["mapping"]["file"], encoding="utf-8")]
    assert cases[0] == {"id": cases[0]["id"], "activity": "Our staff volunteer 200 hours a year at the food bank",
                        "codes": ["NT17"]}
    assert cases[1]["codes"] == ["NT14"] and cases[1]["rejected"] == ["NT17"] and cases[1]["needs_review"] is True


def test_evidence_tab_searches_and_imports_all_or_nothing(shipped_dir, tmp_path):
    import shutil

    from assistant.app import evidence_import, evidence_search
    from assistant.assistant import build
    from assistant.settings import Settings

    data = tmp_path / "data"
    shutil.copytree(shipped_dir, data)
    assistant = build(Settings(data_dir=data))
    good = tmp_path / "records.csv"
    good.write_text("organisation,kind,code,quantity,unit,year,contract,title,text,evidence\n"
                    "Acme,figure,NT17,420,hours,2025,Wirral schools,,,https://acme.example/v.pdf\n"
                    "Acme,case_study,,,,,,Food bank partnership,Weekly volunteering,\n", encoding="utf-8")
    message, rows = evidence_import(assistant, str(good))
    assert message.startswith("Imported 2 records") and len(rows) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("organisation,kind,code,quantity,unit,year\nAcme,figure,NT999,1,hours,2025\n", encoding="utf-8")
    message, rows = evidence_import(assistant, str(bad))
    assert message.startswith("Nothing imported") and "NT999" in message and len(rows) == 2
    assert [r[8] for r in evidence_search(assistant, "Acme", "food bank")] == ["Food bank partnership"]
    assert len(evidence_search(assistant, "Acme", "")) == 2 and evidence_search(assistant, "Other", "") == []


def test_tender_pack_saved_as_a_bid_and_reopened(tmp_path):
    from assistant.app import bid_choices, open_bid, read_tender_pack, save_bid
    from assistant.settings import Settings
    from evals.tender_packs import write_pack

    settings = Settings(data_dir=tmp_path / "data")
    files = write_pack([{"name": "itt.md", "pages": [[("h", "Community Meals Service"), ("p", "Contract value: £450,000"),
                                                       ("p", "SV1 What social value will you offer? (500 words)")]]}],
                       tmp_path)
    intake = read_tender_pack([str(f) for f in files], settings)
    message, choices = save_bid(intake, "", settings)
    assert "community-meals-service" in message and choices["value"] == "community-meals-service"
    assert bid_choices(settings) == [("Community Meals Service (community-meals-service)", "community-meals-service")]
    *updates, summary, reopened = open_bid("community-meals-service", settings)
    assert updates[0]["value"] == "What social value will you offer?" and updates[2]["value"] == "£450,000"
    assert updates[5]["value"] == 500 and "From the tender pack" in summary and reopened == intake
    assert save_bid(None, "x", settings)[0] == "Upload the tender pack first."


def test_tender_pack_prefill_fills_the_word_and_the_character_limit():
    from assistant.ui.tender_pack import FORM_FIELDS, prefill_from_intake

    def intake(word_limit, char_limit):
        return {"tender": {"service": {"value": "Cleaning", "source": "itt.md", "page": 1}},
                "questions": [{"id": "SV1", "text": "What social value will you offer?", "word_limit": word_limit,
                               "char_limit": char_limit, "weighting_percent": None, "sub_criteria": [],
                               "social_value": True, "source": "itt.md", "page": 1}],
                "not_found": []}

    *updates, _summary = prefill_from_intake(intake(None, 2000))
    fields = dict(zip(FORM_FIELDS, updates))
    assert fields["characters"]["value"] == 2000
    assert fields["words"]["value"] is None  # set, so an earlier pack's word limit does not stay in the form
    *updates, _summary = prefill_from_intake(intake(750, None))
    fields = dict(zip(FORM_FIELDS, updates))
    assert (fields["words"]["value"], fields["characters"]["value"]) == (750, None)
    *updates, _summary = prefill_from_intake({"tender": {}, "questions": [], "not_found": []})
    assert "value" not in dict(zip(FORM_FIELDS, updates))["characters"]  # no question: the form is left as it was


def _pack(tmp_path, files):
    from evals.tender_packs import write_pack

    return [str(f) for f in write_pack(files, tmp_path / "pack")]


ITT = {"name": "itt.md", "pages": [[("h", "Office Cleaning Services"), ("p", "Contract value: £900,000"),
                                    ("p", "SV1 What social value will you offer? (500 words)")]]}
SPEC = [("h", "Service Specification"), ("p", "The provider shall pay every cleaner at least the Real Living Wage."),
        ("p", "The provider must clean each office daily to the agreed schedule.")]


def test_the_packs_specification_is_what_the_drafts_additionality_check_reads(ui, tmp_path):
    from assistant.app import read_tender_pack

    intake = read_tender_pack(_pack(tmp_path, [ITT, {"name": "service-specification.md", "pages": [SPEC]}]))
    assert intake["specification"]["from"] == "file" and intake["specification"]["names"] == ["service-specification.md"]
    from assistant.ui.tender_pack import prefill_from_intake
    assert "**specification**: the file service-specification.md" in prefill_from_intake(intake)[-1]
    activities = "Pay every cleaner at least the Real Living Wage\nGive 300 staff volunteering hours to Sefton food banks"
    response, _, flags, _, _, problem, data = ui.draft("Describe your social value", "office cleaning", "£900k", 24,
                                                       "Sefton", activities, "", None, "", False, None, intake,
                                                       progress=lambda *a, **k: None)
    assert not problem, problem
    assert data["commitments"][0]["checks"]["additional"].get("requirement", "").startswith("The provider shall pay"), data["commitments"][0]["checks"]
    assert data["commitments"][1]["included"]
    assert "### Specification" in flags and "from the file 'service-specification.md'" in flags
    assert "Activity 1 repeats: “The provider shall pay every cleaner" in flags
    # without a pack the same activity is not checked against any specification, and nothing says it was
    *_, flags, _, _, _, data = ui.draft("Describe your social value", "office cleaning", "£900k", 24, "Sefton",
                                        activities, "", None, progress=lambda *a, **k: None)
    assert "### Specification" not in flags and "specification" not in data


def test_the_specification_is_a_section_of_the_pack_or_else_the_whole_pack(tmp_path):
    from assistant.app import read_tender_pack

    one_file = {"name": "itt.md", "pages": [[*ITT["pages"][0], *SPEC]]}
    found = read_tender_pack(_pack(tmp_path / "a", [one_file]))["specification"]
    assert found["from"] == "section" and found["names"] == ["Service Specification"]
    assert "shall pay every cleaner" in found["text"] and "Contract value" not in found["text"]
    plain = {"name": "itt.md", "pages": [[*ITT["pages"][0], ("p", "The provider shall recycle all paper.")]]}
    found = read_tender_pack(_pack(tmp_path / "b", [plain]))["specification"]
    assert found["from"] == "pack" and "shall recycle all paper" in found["text"]


def test_history_sent_back_as_message_parts_still_reads_back_plain():
    # Gradio 6 returns each message's content as a list of text parts, escaped as the page showed it
    history = [{"role": "user", "content": [{"type": "text", "text": "what&#x27;s NT16?"}]},
               {"role": "assistant", "content": [{"type": "text", "text": link_markers("NT16 is kit given [1].")}]}]
    assert history_pairs(history) == [("what's NT16?", "NT16 is kit given [1].")]
