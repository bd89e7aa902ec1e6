"""Commissioner tender questions: policy rules at their boundaries, proportionate tiers, citations, export."""

import re

import docx
import pytest

from assistant.export import to_markdown, write_report
from assistant.policy import vcfse_relevant
from assistant.settings import Settings
from assistant.tasks.questions import BadContractError, Contract, measure_count

TIERS = Settings().measure_tiers


@pytest.mark.parametrize(
    "value,months,expected",
    [
        (60_000, 12, 2), (99_999, 12, 2), (100_000, 12, 3), (100_000, 24, 3), (100_000, 25, 4),
        (999_999, 47, 4), (999_999, 48, 5), (1_000_000, 12, 4), (5_000_000, 12, 6), (20_000_000, 60, 8),
        (50_000, 120, 3),  # capped at the tier's maximum
    ],
)
def test_measure_count_tiers_and_length(value, months, expected):
    assert measure_count(value, months, TIERS)[0] == expected


def test_measure_count_never_falls_as_value_grows():
    for months in (6, 24, 36, 60):
        counts = [measure_count(v, months, TIERS)[0] for v in range(10_000, 30_000_000, 50_000)]
        assert counts == sorted(counts)


@pytest.mark.parametrize("service", ["community mental health support", "youth services", "meals on wheels", "housing support for families"])
def test_vcfse_relevant_services(service):
    relevant, terms = vcfse_relevant(service)
    assert relevant and terms


@pytest.mark.parametrize("service", ["supply of office stationery", "IT managed services", "highways resurfacing", "legal advisory services"])
def test_services_not_relevant_to_vcfse(service):
    assert vcfse_relevant(service) == (False, [])


@pytest.mark.parametrize(
    "contract,message",
    [
        (Contract("", 100, 12, "Wirral"), "describe the service"),
        (Contract("cleaning", 0, 12, "Wirral"), "positive amount"),
        (Contract("cleaning", 1000, 0, "Wirral"), "between 1 and 240"),
        (Contract("cleaning", 1000, 12, "Wirral", sector="army"), "sector"),
    ],
)
def test_bad_contracts_are_refused(contract, message):
    with pytest.raises(BadContractError, match=message):
        contract.validate()


@pytest.fixture(scope="module")
def care(shipped):
    return shipped.tender_questions(Contract("community mental health support for young people", 450_000, 36, "Liverpool", "nhs")).as_dict()


@pytest.fixture(scope="module")
def stationery(shipped):
    return shipped.tender_questions(Contract("supply of office stationery", 60_000, 12, "Wirral", "council")).as_dict()


def test_policy_figures(care, stationery):
    for data in (care, stationery):
        assert (data["weighting_percent"], data["qualitative_percent"], data["quantitative_percent"]) == (10, 60, 40)
    assert care["vcfse_relevant"] is True and care["min_tender_weeks"] == 6
    assert stationery["vcfse_relevant"] is False and stationery["min_tender_weeks"] is None


def test_small_contract_gets_few_measures_and_one_question(stationery):
    assert len(stationery["measures"]) == 2
    assert len(stationery["questions"]) == 1


def test_partner_vcfse_measure_always_included(care, stationery):
    for data in (care, stationery):
        assert any(m["partner_vcfse_key"] for m in data["measures"])
        assert any("Partner VCFSE" in note for note in data["notes"])


def test_nhs_tender_carries_a_climate_measure(care):
    assert {"NT31", "NT83", "NT82"} & {m["code"] for m in care["measures"]}


def test_every_marker_points_to_a_citation_that_holds_the_passage(care, shipped):
    numbers = {c["n"] for c in care["citations"]}
    text = " ".join(care["notes"]) + " ".join(m["why"] for m in care["measures"])
    used = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
    assert used and used <= numbers
    six = next(c for c in care["citations"] if "six-week" in c["snippet"])
    assert six["source"] == "Towards a Social Value Economy" and six["page"] == 43


def test_questions_name_their_measures_and_matrix_adds_up(care):
    chosen = {m["code"] for m in care["measures"]}
    for question in care["questions"]:
        assert set(question["measures"]) <= chosen
        assert all(code in question["text"] for code in question["measures"])
        assert "Qualitative (60%)" in question["scoring"] and "Quantitative (40%)" in question["scoring"]
    matrix = care["evaluation_matrix"]
    assert sum(r["percent_of_social_value"] for r in matrix) == pytest.approx(100)
    assert sum(r["percent_of_total"] for r in matrix) == pytest.approx(10)


def test_priority_outcome_brings_its_measures(shipped):
    data = shipped.tender_questions(
        Contract("supply of office stationery", 60_000, 12, "Wirral", "council", priorities=["Carbon emissions are reduced"])
    ).as_dict()
    assert {"NT31", "NT82", "NT83"} & {m["code"] for m in data["measures"]}


def test_docx_and_markdown_export_read_back(shipped, tmp_path):
    result = shipped.tender_questions(Contract("school meals catering", 250_000, 36, "Halton", "council"))
    codes = [m["code"] for m in result.as_dict()["measures"]]
    path = write_report(result.report(), tmp_path / "questions.docx")
    document = docx.Document(str(path))
    assert len(document.tables) == 2
    table_text = " ".join(cell.text for row in document.tables[0].rows for cell in row.cells)
    assert all(code in table_text for code in codes)
    assert any(p.text.startswith("Question 1") for p in document.paragraphs)
    markdown = write_report(result.report(), tmp_path / "questions.md").read_text()
    assert markdown == to_markdown(result.report())
    assert "| Code | Measure | Unit | Why |" in markdown and all(code in markdown for code in codes)
    with pytest.raises(ValueError, match=".docx or .md"):
        write_report(result.report(), tmp_path / "questions.pdf")


def test_unknown_priority_outcome_is_refused(shipped):
    with pytest.raises(BadContractError, match="not a TOMs outcome"):
        shipped.tender_questions(Contract("cleaning", 60_000, 12, "Wirral", priorities=["World peace"]))


def test_scoring_guidance_follows_each_questions_measures_with_a_marking_scale(shipped):
    data = shipped.tender_questions(Contract("hospital patient catering", 2_500_000, 36, "Wirral", "nhs")).as_dict()
    scorings = [q["scoring"] for q in data["questions"]]
    assert len(set(scorings)) == len(scorings)  # not one boilerplate for every question
    for q in data["questions"]:
        assert all(code in q["scoring"] for code in q["measures"])
        assert [m["mark"] for m in q["marking_scale"]] == [5, 4, 3, 2, 1, 0]
        assert all(m["descriptor"] for m in q["marking_scale"])
    environment = [q for q in data["questions"] if all(shipped.catalogue.get(c).theme == "Environment" for c in q["measures"])]
    assert environment and "VCFSE" not in environment[0]["scoring"]


def test_measures_come_from_what_is_bought_not_where(shipped):
    codes = [m["code"] for m in shipped.tender_questions(
        Contract("hospital patient catering", 2_500_000, 36, "Wirral", "council")).as_dict()["measures"]]
    assert "NT18" in codes and "NT29a" not in codes


def test_outcome_labels_are_grammatical_and_accepted():
    from assistant.measures import outcome_from_label, outcome_label

    assert outcome_label("Air pollution is reduce") == "Air pollution is reduced"
    assert outcome_from_label("Air pollution is reduced") == "Air pollution is reduce"
