"""The bidder's evidence library: checked records, search, CSV, drafts quoting only it, reviews flagging the rest."""

from __future__ import annotations

import json
import re

import pytest

from assistant.evidence import EvidenceError, EvidenceLibrary, Record, track_record, unsupported_claims
from assistant.measures import Catalogue
from assistant.settings import Settings

ORG = "Acme Cleaning Ltd"


@pytest.fixture
def library(tmp_path):
    lib = EvidenceLibrary(tmp_path / "evidence.sqlite3", Catalogue.load(Settings().knowledge_dir))
    lib.add([
        Record(ORG, "figure", code="NT17", quantity=420, unit="hours", year=2025, contract="Wirral schools cleaning",
               evidence="https://acme.example/volunteering-2025.pdf"),
        Record(ORG, "figure", code="nt14", quantity=35000, unit="£", year=2024, contract="Sefton offices",
               evidence="invoices-2024.xlsx"),
        Record(ORG, "case_study", title="Food bank partnership", text="Staff volunteered weekly with Wirral Food Bank."),
        Record(ORG, "accreditation", title="ISO 14001", evidence="https://acme.example/iso14001.pdf"),
        Record("Other Co", "figure", code="NT3", quantity=2, unit="FTE", year=2025),
    ])
    return lib


def test_records_are_checked_and_a_bad_batch_saves_nothing(library):
    assert [r.code for r in library.records(ORG, "figure")] == ["NT14", "NT17"]  # codes as the catalogue spells them
    before = len(library.records())
    bad = [Record(ORG, "figure", code="NT17", quantity=10, unit="hours", year=2026),
           Record(ORG, "figure", code="NT999", quantity=1, unit="hours", year=2026)]
    with pytest.raises(EvidenceError, match="NT999"):
        library.add(bad)
    for record, message in ((Record(ORG, "figure", code="NT17", quantity=-1, unit="hours", year=2025), "zero or more"),
                            (Record(ORG, "figure", code="NT17", unit="hours", year=2025), "quantity"),
                            (Record(ORG, "policy"), "title"), (Record(ORG, "award", title="x"), "kind"),
                            (Record(ORG, "accreditation", title="ISO 14001", evidence="https://acme.example/iso14001.pdf"),
                             "already"),
                            (Record(ORG, "policy", title="Modern slavery", evidence="javascript:alert(1)"), "link")):
        with pytest.raises(EvidenceError, match=message):
            library.add([record])
    assert len(library.records()) == before


def test_search_finds_records_by_any_field(library):
    assert [r.title for r in library.search("food bank")] == ["Food bank partnership"]
    assert [r.code for r in library.search("nt17 wirral")] == ["NT17"]
    assert library.search("food bank", organisation="Other Co") == []


def test_csv_round_trip_is_all_or_nothing_and_neutralises_formulas(library, tmp_path):
    text = library.export_csv(ORG)
    fresh = EvidenceLibrary(tmp_path / "copy.sqlite3")
    assert fresh.import_csv(text) == 4
    assert [r.label() for r in fresh.records(ORG)] == [r.label() for r in library.records(ORG)]
    broken = text + f"{ORG},figure,NT17,abc,hours,2026,,,,\n"
    with pytest.raises(EvidenceError, match="row 6"):
        EvidenceLibrary(tmp_path / "other.sqlite3").import_csv(broken)
    assert EvidenceLibrary(tmp_path / "other.sqlite3").records() == []
    library.add([Record(ORG, "policy", title="=HYPERLINK(\"http://x\")")])
    assert "'=HYPERLINK" in library.export_csv(ORG)


def test_track_record_quotes_only_library_figures_each_cited(library):
    block = track_record(library.records(ORG), codes=["NT17"])
    assert block["text"].startswith("We delivered 420 hours (NT17) in 2025 on Wirral schools cleaning [E1].")
    numbers = set(re.findall(r"\d[\d,]*", re.sub(r"\[E\d+\]|NT\d+", "", block["text"])))
    held = {"420", "2025", "35,000", "2024", "14001"}
    assert numbers <= held
    assert [s["evidence"] for s in block["sources"]][:2] == ["https://acme.example/volunteering-2025.pdf", "invoices-2024.xlsx"]
    assert len(re.findall(r"\[E\d+\]", block["text"])) == len(block["sources"])
    assert track_record([], []) is None


def test_review_flags_a_claimed_figure_that_is_not_in_the_library(library):
    records = library.records(ORG)
    sentences = ["In 2025 we delivered 420 volunteering hours with Wirral Food Bank.",
                 "Last year we delivered 900 volunteering hours across Liverpool.",
                 "We will deliver 1,000 hours of volunteering during the contract.",
                 "Unemployment in Wirral was 4.1% in 2024 [1].", "In 2024, 30% of residents volunteered."]
    flags = unsupported_claims(sentences, records)
    assert [f["quote"] for f in flags] == [sentences[1]]
    assert flags[0]["kind"] == "figure_not_in_evidence" and "900" in flags[0]["why"]


def test_draft_and_review_use_the_library(shipped, library):
    from assistant.tasks.draft import DraftRequest
    from assistant.tasks.questions import Contract
    from assistant.tasks.review import ReviewRequest

    contract = Contract("office cleaning services", 900_000, 36, "Wirral")
    records = library.records(ORG)
    draft = shipped.draft(DraftRequest("Describe your social value.", contract,
                                       ["300 staff volunteering hours a year with Wirral food banks"], evidence=records))
    data = draft.as_dict()
    assert "## Our track record" in data["response_markdown"] or "Our track record" in data["response_markdown"]
    assert data["evidence"] and data["evidence"][0]["evidence"] == "https://acme.example/volunteering-2025.pdf"
    without = shipped.draft(DraftRequest("Describe your social value.", contract,
                                         ["300 staff volunteering hours a year with Wirral food banks"])).as_dict()
    assert "Our track record" not in without["response_markdown"] and without["evidence"] == []
    text = data["response_markdown"] + " Last year we delivered 900 volunteering hours across Wirral."
    review = shipped.review(ReviewRequest(text, "Describe your social value.", contract, evidence=records)).as_dict()
    claims = [f for f in review["flags"] if f["kind"] == "figure_not_in_evidence"]
    assert len(claims) == 1 and "900" in claims[0]["why"]


def test_cli_evidence_add_list_search_and_errors(tmp_path, monkeypatch, capsys):
    from assistant.cli import main

    monkeypatch.setenv("SVA_DATA_DIR", str(tmp_path))
    assert main(["evidence", "add", ORG, "--kind", "figure", "--code", "NT17", "--quantity", "420", "--unit", "hours",
                 "--year", "2025", "--evidence", "https://acme.example/v.pdf", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"][0]["code"] == "NT17"
    assert main(["evidence", "add", ORG, "--kind", "figure", "--code", "NT17", "--quantity", "5"]) == 2
    assert "needs its quantity, unit and year" in capsys.readouterr().err
    assert main(["evidence", "search", "nt17", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["records"]) == 1
    csv_path = tmp_path / "e.csv"
    assert main(["evidence", "export", "--out", str(csv_path)]) == 0
    assert main(["evidence", "import", str(csv_path)]) == 2  # the same records again: refused, nothing saved
    assert "already" in capsys.readouterr().err
