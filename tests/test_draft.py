"""Bid drafts: commitments with checks and flags, the word limit, exports read back, and the CLI."""

import json
from pathlib import Path
import re

import docx
import pytest

from assistant.export import write_report
from assistant.tasks.draft import DraftRequest, count_words
from assistant.tasks.questions import BadContractError, Contract

ACTIVITIES = [
    "Recruit 6 FTE long-term unemployed Liverpool residents as cleaners",
    "Spend £120,000 with local social enterprises on laundry services",
    "300 staff volunteering hours a year with local food banks",
    "We will clean the wards daily to the national cleanliness specification",
    "Donate £1m to a local community project",
]


def request(words=None, partners=()):
    return DraftRequest("Describe the social value you will deliver.",
                        Contract("hospital cleaning services", 2_400_000, 36, "Liverpool"),
                        list(ACTIVITIES), list(partners), words)


@pytest.fixture(scope="module")
def result(shipped):
    return shipped.draft(request(partners=["Liverpool Food Bank Network"]))


def test_commitments_have_codes_quantities_and_checks(result):
    data = result.as_dict()
    assert [c["codes"][0] for c in data["commitments"][:3]] == ["NT3", "NT14", data["commitments"][2]["codes"][0]]
    first = data["commitments"][0]
    assert first["quantity"] == 6 and first["unit"] == "FTE"
    assert set(first["checks"]) == {"relevant", "proportionate", "additional"}
    assert all(isinstance(c["checks"][k]["why"], str) and c["checks"][k]["why"] for c in data["commitments"] for k in c["checks"])


def test_failing_activities_are_flagged_listed_and_left_out(result):
    data = result.as_dict()
    flags = {(f["activity_index"], f["check"]) for f in data["flags"]}
    assert flags == {(3, "additionality"), (4, "proportionality")}
    assert len(data["commitments"]) == len(ACTIVITIES)
    assert not data["commitments"][3]["included"] and not data["commitments"][4]["included"]
    response = data["response_markdown"]
    assert "clean the wards" not in response and "£1m" not in response
    assert "NT3" in response and "NT14" in response


def test_response_has_the_sections_and_cited_local_needs(result):
    data = result.as_dict()
    response = data["response_markdown"]
    for heading in ("Our social value offer", "Commitments", "Method and delivery plan",
                    "Working with VCFSE organisations", "How we will measure and report delivery"):
        assert f"## {heading}" in response
    assert "Liverpool Food Bank Network" in response
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", response)}
    assert markers and markers <= {c["n"] for c in data["citations"]}
    kinds = {c["kind"] for c in data["citations"]}
    assert "local-needs" in kinds


def test_no_figure_in_the_response_that_inputs_or_sources_do_not_hold(result):
    data = result.as_dict()
    held = " ".join([*ACTIVITIES, *(c["snippet"] for c in data["citations"]), "36 2,400,000"]).replace(",", "")
    prose = "\n".join(line for line in data["response_markdown"].splitlines() if not line.startswith("|"))
    prose = re.sub(r"\[\d+\]|\bNT\d+[a-z]?\b|\bmonths? \d+|\bmonth \d+|first \d+ months", " ", prose)
    for figure in re.findall(r"£?\d[\d,]*(?:\.\d+)?%?", prose):
        assert figure.replace(",", "").lstrip("£").rstrip("%") in held, figure


@pytest.mark.parametrize("limit", [150, 200, 260])
def test_word_limit_is_respected(shipped, limit):
    data = shipped.draft(request(words=limit)).as_dict()
    assert data["words"] <= limit or any("over the" in n for n in data["notes"])
    assert count_words(data["response_markdown"]) == data["words"]


def test_word_limit_drops_optional_sentences_first(shipped):
    full = shipped.draft(request()).as_dict()
    short = shipped.draft(request(words=260)).as_dict()
    assert short["words"] < full["words"]
    assert "## Commitments" in short["response_markdown"] and "NT3" in short["response_markdown"]


def test_bad_requests_are_refused():
    with pytest.raises(BadContractError, match="activity"):
        DraftRequest("q", Contract("cleaning", 1000, 12, "Wirral"), ["  "]).validate()
    with pytest.raises(BadContractError, match="question"):
        DraftRequest(" ", Contract("cleaning", 1000, 12, "Wirral"), ["x"]).validate()
    with pytest.raises(BadContractError, match="150"):
        DraftRequest("q", Contract("cleaning", 1000, 12, "Wirral"), ["x"], words=20).validate()


def test_docx_and_markdown_export(result, tmp_path):
    path = write_report(result.report(), tmp_path / "draft.docx")
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert document.tables and "NT3" in cells and "NT14" in cells and "Code" in cells
    assert "Sources" in text and "Not included" in text and "clean the wards" in text
    md = write_report(result.report(), tmp_path / "draft.md").read_text(encoding="utf-8")
    assert "| NT3 |" in md and "## Sources" in md


def test_cli_draft_json_and_out(shipped_dir, tmp_path, monkeypatch, capsys):
    from assistant.cli import main

    monkeypatch.setenv("SVA_DATA_DIR", str(shipped_dir))
    out = tmp_path / "bid.docx"
    args = ["draft", "--question", "Describe your social value.", "--service", "hospital cleaning services",
            "--value", "£2.4m", "--months", "36", "--area", "Liverpool", "--out", str(out), "--json"]
    for activity in ACTIVITIES:
        args += ["--activity", activity]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"commitments", "flags", "response_markdown", "citations"} <= set(data)
    assert data["flags"] and out.exists()
    assert Path(data["checks_written"]).exists() and Path(data["commitments_written"]).name == "bid-commitments.csv"
    assert main(["draft", "--question", "q", "--service", "x", "--value", "1000", "--months", "12",
                 "--area", "Wirral"]) == 2
    assert "activity" in capsys.readouterr().err


def test_response_docx_is_ready_to_submit(result, tmp_path):
    """A4, the organisation as author, no check wording, and every [n] in the text has its reference."""
    import re

    from assistant.draft_files import checks_report, commitment_rows, response_report, write_draft_files
    from docx.shared import Mm

    data = result.as_dict()
    paths = write_draft_files(data, tmp_path, organisation="Mersey Clean Ltd")
    assert [p.name for p in paths] == ["social-value-response.docx", "social-value-response.md", "checks.docx",
                                       "commitments.csv"]
    document = docx.Document(str(paths[0]))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert document.core_properties.author == "Mersey Clean Ltd"
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    for wording in ("Not included", "FLAGGED", "similarity", "drop it", "clean the wards", "area:", "indicator:"):
        assert wording not in text + cells, wording
    body, _, references = text.partition("References")
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", body + cells)}
    listed = {int(n) for n in re.findall(r"^\[(\d+)\] ", references, flags=re.MULTILINE)}
    assert cited and cited <= listed and listed == {c["n"] for c in data["citations"]}
    assert "Towards a Social Value Economy, p. " in references
    checks = "\n".join(c.text for t in docx.Document(str(paths[2])).tables for r in t.rows for c in r.cells)
    assert "clean the wards" in checks and "fails:" in checks
    appendix = response_report(data, appendix=True)
    assert any(b.kind == "heading" and b.text.startswith("Appendix") for b in appendix.blocks)
    assert checks_report(data).title.startswith("Checks")
    rows = commitment_rows(data)
    assert rows and {"code", "measure", "quantity", "unit", "year"} == set(rows[0])
    assert all(r["code"] != "" for r in rows) and not any("wards" in str(r["measure"]) for r in rows)
    header = paths[3].read_text(encoding="utf-8").splitlines()[0]
    assert header == "code,measure,quantity,unit,year"
KNOWSLEY_CARE = Contract("domiciliary care for adults in their own homes", 2_200_000, 36, "Knowsley")


@pytest.fixture(scope="module")
def care(shipped):
    return shipped.draft(DraftRequest(
        "How will your home care service add social value in Knowsley?", KNOWSLEY_CARE,
        ["Our carers will give 150 hours of volunteering to a Knowsley carers' charity",
         "Take on 4 apprentices in health and social care, each for a year",
         "Recruit 3 FTE care leavers as care workers"])).as_dict()


def test_activity_with_its_own_subject_is_not_spliced(care):
    response = care["response_markdown"]
    assert "Our carers will give 150 hours" in response
    assert not re.search(r"we will (our|we|the)\b", response, re.IGNORECASE)
    assert not re.search(r"For NT\d+[a-z]?, we will", response)


def test_quantities_are_in_the_measures_unit_with_the_assumption(care):
    apprentices = care["commitments"][1]
    assert apprentices["codes"] == ["NT10"] and apprentices["quantity"] == 208 and apprentices["unit"] == "weeks"
    assert "4 apprentices × 52 weeks" in apprentices["conversion"]
    assert any("208 weeks" in note for note in care["notes"])
    for c in care["commitments"]:
        assert c["unit"] == c["measure_unit"]


def test_the_boroughs_own_facts_come_first_and_no_sector_count_is_a_need(care):
    local = [c for c in care["citations"] if c["kind"] == "local-needs"]
    assert local and all("Knowsley" in (c.get("area") or c["snippet"]) for c in local[:2])
    assert "19,656" not in care["response_markdown"]  # the count of VCFSE organisations is not a need
    opening = care["response_markdown"].split("## Commitments")[0]
    assert "Knowsley" in opening and "[1]" in opening


def test_each_commitment_says_who_when_how_and_evidence(care):
    method = care["response_markdown"].split("## Method and delivery plan")[1].split("##")[0]
    assert re.search(r"by month \d+", method) and "quarter" in method
    assert "evidence" in method.lower() and "Knowsley" in method


@pytest.mark.parametrize("characters", [1500, 2500])
def test_character_limit_is_respected(shipped, characters):
    data = shipped.draft(DraftRequest("Describe the social value you will deliver.", KNOWSLEY_CARE,
                                      ["Take on 2 apprentice care workers, each for 12 months",
                                       "Our carers will give 150 hours of volunteering to a Knowsley carers' charity"],
                                      characters=characters)).as_dict()
    assert len(data["response_markdown"]) <= characters or any("over the" in n for n in data["notes"])
    assert data["character_limit"] == characters


def test_every_outcome_reads_as_a_noun_phrase_in_a_sentence(shipped):
    from assistant.tasks.draft import outcome_phrase

    for measure in shipped.catalogue:
        phrase = outcome_phrase(measure.outcome)
        assert not re.search(r"\b(is|are) \w+ed\b|^(creating|reducing|safeguarding|improve)\b|\breduce$", phrase), phrase
    assert outcome_phrase("Carbon emissions are reduced") == "reduced carbon emissions"
    assert outcome_phrase("More local people in employment") == "more local people in employment"


def test_a_fact_worded_as_a_phrase_is_not_spliced_into_a_figure_sentence(shipped):
    data = shipped.draft(DraftRequest("Describe the social value you will deliver.",
                                      Contract("grounds maintenance for council parks", 650_000, 36, "Cheshire East"),
                                      ["Take on 2 FTE care leavers as trainee gardeners"])).as_dict()
    opening = data["response_markdown"].split("## Commitments")[0]
    assert "Cheshire East" in opening
    assert not re.search(r"(records|put [^.]* at) (lowest|highest|Crewe)", opening)
    assert not re.search(r"contributes to (carbon|crime|air)", data["response_markdown"])


def test_one_commitment_reads_as_one_outcome(shipped):
    request = DraftRequest("Describe the social value you will deliver.",
                           Contract("hospital cleaning services", 2_400_000, 36, "Liverpool"),
                           ["Recruit 6 FTE long-term unemployed Liverpool residents as cleaners"])
    text = shipped.draft(request.validate()).as_dict()["response_markdown"]
    assert "one measurable outcome," in text and "1 measurable outcomes" not in text


def test_a_token_sum_for_the_bidders_own_people_is_not_asked_to_be_scaled_up(shipped):
    data = shipped.draft(DraftRequest("Describe the social value you will deliver.",
                                      Contract("grounds maintenance for council parks", 2_000_000, 36, "Wirral"),
                                      ["£300 for a quiz night at our head office",
                                       "£500 donation to a national animal charity in Bristol"])).as_dict()
    flags = {(f["activity_index"], f["check"]) for f in data["flags"]}
    assert (0, "relevance") in flags and (0, "proportionality") not in flags
    # benefit elsewhere is still a commitment whose scale is judged
    assert (1, "relevance") in flags and (1, "proportionality") in flags


def test_a_rate_over_its_own_stated_duration_is_the_total_committed(shipped):
    data = shipped.draft(DraftRequest("Describe the social value you will deliver.",
                                      Contract("grounds maintenance for council parks", 2_000_000, 48, "Wirral"),
                                      ["£400 a month for the 2 years to a Birkenhead youth football charity",
                                       "£400 a month to a Birkenhead youth football charity",
                                       "Hire 3 Wallasey care leavers, each working 20 hours a week, for the whole "
                                       "contract"])).as_dict()
    totalled, bare, hires = data["commitments"]
    assert (totalled["quantity"], totalled["unit"]) == (9600, "£")
    assert bare["quantity"] == 400 and "each month" in bare["when"]
    assert hires["unit"] != "FTE" or hires["quantity"] <= 3  # a working week is not a rate of the hires


def test_a_share_of_the_contract_value_reported_monthly_is_not_multiplied(shipped):
    data = shipped.draft(DraftRequest("Describe the social value you will deliver.",
                                      Contract("grounds maintenance for council parks", 2_000_000, 48, "Wirral"),
                                      ["Over the four years we will spend 20% of the contract value with Wirral "
                                       "SMEs, reported monthly to the council"])).as_dict()
    spend = data["commitments"][0]
    assert spend["unit"] != "£" or spend["quantity"] == 400_000
