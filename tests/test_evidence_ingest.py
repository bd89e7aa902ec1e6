"""Evidence from the bidder's own documents: figures only where stated, each with file and page; saved on confirmation."""

from __future__ import annotations

import json
import re

import pytest

from assistant.evidence import EvidenceLibrary
from assistant.tasks.evidence_ingest import save_found, scan_documents
from assistant.measures import Catalogue
from assistant.settings import Settings
from evals.tender_packs import write_pack

ORG = "Acme Cleaning Ltd"
REPORT = [{"name": "sv-report-2024.pdf", "pages": [
    [("h", "Acme Cleaning Ltd Social Value Report"),
     ("p", "In 2024 our staff gave 1,250 volunteering hours (NT17) to food banks on the Wirral Schools Cleaning contract."),
     ("p", "We will recruit 10 apprentices in 2026."),
     ("p", "Unemployment in Wirral rose to 6,000 people in 2023."),
     ("p", "We have trained 40 people over the years."),
     ("p", "In 2025 our target is 500 volunteering hours."),
     ("p", "We have created 30 jobs since 2019.")],
    [("h", "Our figures"),
     ("t", [["Measure", "Description", "Delivered", "Unit", "Year"], ["NT3", "Local people employed", "12", "FTE", "2024"],
            ["NT999", "Not a code", "3", "FTE", "2024"]]),
     ("h", "Case study: Wirral Food Bank partnership"),
     ("p", "Since 2022 our cleaners have volunteered weekly at Wirral Food Bank, sorting donations.")],
]}]
TABLE_DOCX = [{"name": "figures.docx", "pages": [
    [("p", "Delivery figures"),
     ("t", [["TOMs code", "Activity", "Quantity", "Unit", "Year", "Contract"],
            ["NT14", "Spend with local VCSEs", "£35,000", "£", "2023", "Sefton offices"],
            ["NT17", "Volunteering hours", "not recorded", "hours", "2023", "Sefton offices"]])],
    [("p", "We spent £12,000 on local suppliers in 2022.")],
]}]


@pytest.fixture
def catalogue():
    return Catalogue.load(Settings().knowledge_dir)


def _figures(scan):
    return {(f.record.code, f.record.quantity, f.record.unit, f.record.year, f.source, f.page) for f in scan.found
            if f.record.kind == "figure"}


def test_figures_are_kept_only_where_stated_with_file_and_page(tmp_path, catalogue):
    paths = write_pack(REPORT + TABLE_DOCX, tmp_path)
    scan = scan_documents(paths, ORG, catalogue)
    assert _figures(scan) == {
        ("NT17", 1250.0, "hours", 2024, "sv-report-2024.pdf", 1),
        ("NT3", 12.0, "FTE", 2024, "sv-report-2024.pdf", 2),
        ("NT14", 35000.0, "£", 2023, "figures.docx", 1),
        ("", 12000.0, "£", 2022, "figures.docx", 2),  # no code stated: none is given
    }
    volunteering = next(f for f in scan.found if f.record.code == "NT17")
    assert volunteering.record.contract == "Wirral Schools Cleaning"
    assert volunteering.record.evidence == "file:sv-report-2024.pdf#page=1"
    skipped = {" ".join(s["quote"].split()[:3]): s["why"] for s in scan.skipped}
    assert "plan" in skipped["We will recruit"]  # a plan is not a delivered figure
    assert "Unemployment in Wirral" in skipped  # a fact about the area is not the bidder's
    assert "year" in skipped["We have trained"]  # no year: not guessed
    assert any("NT999" in s["quote"] for s in scan.skipped)  # a code the framework lacks
    assert "plan" in skipped["In 2025 our"]  # a target is not a delivered figure
    assert "year" in skipped["We have created"]  # a running total since a year is not that year's figure
    assert not any(f.record.quantity in (6000, 10, 500, 30) for f in scan.found)
    [case] = [f for f in scan.found if f.record.kind == "case_study"]
    assert case.record.title == "Wirral Food Bank partnership" and case.page == 2
    assert "sorting donations" in case.record.text


def test_saving_is_confirmed_all_at_once_and_not_repeated(tmp_path, catalogue):
    library = EvidenceLibrary(tmp_path / "evidence.sqlite3", catalogue)
    scan = scan_documents(write_pack(REPORT, tmp_path / "docs"), ORG, catalogue)
    assert library.records() == []  # scanning saves nothing
    first = save_found(library, scan)
    assert first["saved"] == len(scan.found) == len(library.records(ORG))
    again = save_found(library, scan)
    assert (again["saved"], again["already_in_library"]) == (0, len(scan.found))
    assert len(library.records(ORG)) == first["saved"]


def test_cli_ingest_prints_then_saves_with_yes_and_reports_bad_files(tmp_path, monkeypatch, capsys):
    from assistant.cli import main
    from tests.test_intake import _encrypted_pdf

    monkeypatch.setenv("SVA_DATA_DIR", str(tmp_path / "data"))
    good = write_pack(REPORT, tmp_path / "docs")[0]
    locked = tmp_path / "locked.pdf"
    _encrypted_pdf(locked, good)
    corrupt = tmp_path / "corrupt.docx"
    corrupt.write_bytes(b"PK\x03\x04 not really a zip")
    args = ["evidence", "ingest", str(good), str(locked), str(corrupt), "--organisation", ORG, "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["saved"] == 0 and len(data["found"]) == 3
    assert {e["source"] for e in data["errors"]} == {"locked.pdf", "corrupt.docx"}
    assert "password" in next(e["error"] for e in data["errors"] if e["source"] == "locked.pdf")
    assert main(["evidence", "list", ORG, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"] == []
    assert main(args + ["--yes"]) == 0
    assert json.loads(capsys.readouterr().out)["saved"] == 3
    assert main(["evidence", "list", ORG, "--json"]) == 0
    records = json.loads(capsys.readouterr().out)["records"]
    assert {r["evidence"] for r in records} == {"file:sv-report-2024.pdf#page=1", "file:sv-report-2024.pdf#page=2"}
    assert main(["evidence", "ingest", str(corrupt), "--organisation", ORG]) == 2  # nothing readable: bad input
    assert "corrupt.docx" in capsys.readouterr().err


def test_app_evidence_area_finds_then_saves_on_confirmation(tmp_path):
    from assistant.assistant import build
    from assistant.evidence_view import evidence_find, evidence_save_found

    assistant = build(Settings(data_dir=tmp_path / "data"), index_shipped=False)
    paths = write_pack(REPORT, tmp_path / "docs")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    message, rows, scan = evidence_find(assistant, [str(paths[0]), str(broken)], ORG)
    assert "Found 3 records" in message and "broken.pdf" in message
    assert ["figure", "NT17", 1250.0, "hours", 2024] == rows[[r[1] for r in rows].index("NT17")][:5]
    assert any(r[7] == "sv-report-2024.pdf, p. 2" for r in rows)
    assert assistant.evidence.records(ORG) == []  # shown, not saved
    assert "organisation" in evidence_find(assistant, [str(paths[0])], "  ")[0]
    message, left = evidence_save_found(assistant, scan)
    assert message == "Saved 3 records." and left is None
    assert len(assistant.evidence.records(ORG)) == 3
    assert "already in the library" in evidence_save_found(assistant, scan)[0]
    assert "first" in evidence_save_found(assistant, None)[0]


def test_a_figure_without_a_code_is_quoted_in_its_own_words_and_cited():
    from assistant.evidence import Record, track_record

    stated = Record(ORG, "figure", quantity=48000, unit="£", year=2023, text="We spent £48,000 with local VCSEs during 2023/24.",
                    evidence="file:report.pdf#page=3")
    described = Record(ORG, "figure", quantity=12, unit="FTE", year=2024, text="Local people employed")
    text = track_record([stated, described])["text"]
    assert re.search(r"We spent £48,000 with local VCSEs during 2023/24 \[E\d\]\.", text)
    assert re.search(r"We delivered 12 FTE in 2024 \(Local people employed\) \[E\d\]\.", text)
