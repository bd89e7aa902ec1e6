"""Bid workspaces: one record per tender, versions of drafts, all-or-nothing writes, and the CLI."""

from __future__ import annotations

import json

import pytest

from assistant.bids import BidError, BidWorkspace
from evals.tender_packs import write_pack


def test_bids_are_saved_listed_and_versioned(tmp_path):
    bids = BidWorkspace(tmp_path / "bids.sqlite3")
    first = bids.new("Hospital Cleaning", {"tender": {}, "questions": []})
    second = bids.new("Hospital cleaning")
    assert (first, second) == ("hospital-cleaning", "hospital-cleaning-2")
    assert bids.add_draft(first, {"response_markdown": "v1", "commitments": [{"activity": "300 hours"}], "words": 2}) == 1
    assert bids.add_draft(first, {"response_markdown": "v2", "commitments": [], "words": 3}) == 2
    bids.add_review(first, {"score": 71.5})
    bid = BidWorkspace(tmp_path / "bids.sqlite3").get(first)  # reopened from the file
    assert [d["response_markdown"] for d in bid["drafts"]] == ["v1", "v2"]
    assert bid["activities"] == ["300 hours"] and bid["reviews"][0]["score"] == 71.5
    listed = {b["id"]: b for b in bids.list()}
    assert listed[first]["drafts"] == 2 and listed[second]["has_intake"] is False
    with pytest.raises(BidError, match="no bid"):
        bids.get("nope")
    with pytest.raises(BidError, match="name"):
        bids.new("  ")


def test_a_failed_change_writes_nothing(tmp_path):
    bids = BidWorkspace(tmp_path / "bids.sqlite3")
    bid_id = bids.new("Meals")
    bids.add_draft(bid_id, {"response_markdown": "kept"})
    before = bids.get(bid_id)
    with pytest.raises(TypeError):
        bids.add_draft(bid_id, {"response_markdown": "lost", "bad": object()})  # cannot be saved: nothing is
    with pytest.raises(RuntimeError):
        bids._change(bid_id, lambda d: (d["drafts"].clear(), (_ for _ in ()).throw(RuntimeError("crash"))))
    assert bids.get(bid_id) == before


def test_cli_bid_new_from_a_pack_then_list_and_show(tmp_path, monkeypatch, capsys):
    from assistant.cli import main

    monkeypatch.setenv("SVA_DATA_DIR", str(tmp_path / "data"))
    pack = write_pack([{"name": "itt.md", "pages": [[("p", "Contract value: £90k"),
                                                      ("p", "SV1: What social value will you offer? Limit: 250 words.")]]}],
                      tmp_path)
    assert main(["bid", "new", "Community meals", "--pack", str(pack[0]), "--json"]) == 0
    bid = json.loads(capsys.readouterr().out)["bid"]
    assert bid["id"] == "community-meals" and bid["intake"]["tender"]["value_gbp"]["value"] == 90000
    assert main(["bid", "list", "--json"]) == 0
    assert [b["id"] for b in json.loads(capsys.readouterr().out)["bids"]] == ["community-meals"]
    assert main(["bid", "show", "community-meals"]) == 0
    assert "SV1: What social value will you offer?" in capsys.readouterr().out
    assert main(["bid", "show", "nope"]) == 2
    assert main(["bid", "new", "Broken", "--pack", str(tmp_path / "missing.pdf")]) == 2


def test_cli_draft_from_a_bid_takes_the_question_and_contract_from_its_pack(shipped_dir, tmp_path, monkeypatch, capsys):
    import shutil

    from assistant.cli import main

    data = tmp_path / "data"
    shutil.copytree(shipped_dir, data)  # the draft writes to the bid: not in the shared index folder
    monkeypatch.setenv("SVA_DATA_DIR", str(data))
    pack = write_pack([{"name": "itt.md", "pages": [[
        ("p", "Services required: office cleaning"), ("p", "Contract value: £900,000"), ("p", "Contract term: 36 months"),
        ("p", "Location: Wirral"), ("p", "SV1: What social value will you deliver for Wirral residents? Limit: 400 words.")]]}],
        tmp_path)
    assert main(["bid", "new", "Office cleaning", "--pack", str(pack[0])]) == 0
    capsys.readouterr()
    assert main(["draft", "--bid", "office-cleaning", "--json",
                 "--activity", "300 staff volunteering hours a year with Wirral food banks"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["question"] == "What social value will you deliver for Wirral residents?"
    assert out["contract"] == {"service": "office cleaning", "value": 900000.0, "months": 36, "area": "Wirral"}
    assert out["word_limit"] == 400 and out["bid"] == {"id": "office-cleaning", "version": 1}
    assert main(["bid", "show", "office-cleaning", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["bid"]["drafts"][0]["version"] == 1
    assert main(["draft", "--activity", "300 hours volunteering"]) == 2
    assert "give --question" in capsys.readouterr().err


def test_app_draft_quotes_the_evidence_library_and_is_saved_to_a_bid(shipped_dir, tmp_path):
    import shutil

    from assistant.app import UI, save_draft_to_bid
    from assistant.assistant import build
    from assistant.evidence import Record
    from assistant.settings import Settings

    folder = tmp_path / "data"
    shutil.copytree(shipped_dir, folder)  # the evidence library and bids are written: not in the shared index folder
    settings = Settings(data_dir=folder)
    assistant = build(settings)
    assistant.evidence.add([Record("Acme Cleaning Ltd", "figure", code="NT17", quantity=420, unit="hours", year=2025,
                                   contract="Wirral schools cleaning", evidence="https://acme.example/v.pdf")])
    ui = UI(assistant)
    form = ("What social value will you deliver for Wirral residents?", "office cleaning", "900000", 36, "Wirral",
            "300 staff volunteering hours a year with Wirral food banks", "", None)
    quiet = {"progress": lambda *a, **k: None}
    draft = ui.draft(*form, "Acme Cleaning Ltd", False, **quiet)[-1]
    assert "420 hours" in draft["response_markdown"] and "[E1]" in draft["response_markdown"]
    assert draft["evidence"][0]["evidence"] == "https://acme.example/v.pdf"
    assert "ready" in draft["compliance"] and draft["compliance"]["sub_criteria"] == []
    intake = {"tender": {}, "questions": [{"social_value": True, "sub_criteria": ["how you will train local apprentices"]}]}
    checked = ui.draft(*form, "Acme Cleaning Ltd", False, None, intake, **quiet)[-1]  # the uploaded pack's points are checked
    assert [s["sub_criterion"] for s in checked["compliance"]["sub_criteria"]] == ["how you will train local apprentices"]
    assert not checked["compliance"]["ready"] and "sub-criterion not addressed" in checked["compliance"]["problems"][0]
    shown = ui.draft(*form, "Acme Cleaning Ltd", False, None, intake, **quiet)[2]
    assert "Before export" in shown and "how you will train local apprentices" in shown
    plain = ui.draft(*form, "Other Org", False, **quiet)[-1]  # no records: no track record, nothing invented
    assert "[E1]" not in plain["response_markdown"] and plain["evidence"] == []

    message, choices = save_draft_to_bid(draft, None, "Office cleaning", None, settings)
    assert "version 1" in message and "office-cleaning" in message
    message, _ = save_draft_to_bid(plain, "office-cleaning", "", None, settings)
    assert "version 2" in message
    bid = BidWorkspace(folder / "bids.sqlite3").get("office-cleaning")
    assert [d["version"] for d in bid["drafts"]] == [1, 2]
    assert bid["drafts"][0]["compliance"] == draft["compliance"]  # saved with its checks
    assert bid["drafts"][0]["commitments"][0]["checks"]["additional"]["ok"] in (True, False)
    assert bid["activities"] == ["300 staff volunteering hours a year with Wirral food banks"]
    before = BidWorkspace(folder / "bids.sqlite3").list()
    assert "draft a response first" in save_draft_to_bid(None, "office-cleaning", "", None, settings)[0]
    assert "no bid" in save_draft_to_bid(draft, "nope", "", None, settings)[0]
    assert "name" in save_draft_to_bid(draft, None, " ", None, settings)[0]
    assert BidWorkspace(folder / "bids.sqlite3").list() == before  # a refused save changes nothing


def test_a_new_bid_with_its_first_draft_is_one_write(tmp_path):
    from assistant.bid_drafts import save_draft

    bids = BidWorkspace(tmp_path / "bids.sqlite3")
    intake = {"tender": {"title": {"value": "Street Cleansing"}}, "questions": []}
    assert save_draft(bids, {"response_markdown": "v1", "commitments": [{"activity": "a"}]}, None, "", intake) == (
        "street-cleansing", 1)  # named after the pack's title
    bid = bids.get("street-cleansing")
    assert bid["intake"] == intake and bid["drafts"][0]["response_markdown"] == "v1" and bid["activities"] == ["a"]
    with pytest.raises(TypeError):
        save_draft(bids, {"response_markdown": "x", "bad": object()}, None, "Broken")
    assert [b["id"] for b in bids.list()] == ["street-cleansing"]  # no empty bid left behind
