"""Reviewing a response: rubric scores with quoted evidence, each flag, the rework loop, files and the CLI."""

import json

import docx
import pytest

from assistant.tasks.questions import BadContractError, Contract
from assistant.tasks.review import ReviewRequest, read_response

CONTRACT = Contract("hospital cleaning services", 2_400_000, 36, "Liverpool")
GOOD = """Liverpool's employment rate is 67% against 75.5% for Great Britain [1], so our offer focuses on jobs, because
that is where the need in Liverpool is greatest. We will recruit 6 FTE long-term unemployed Liverpool residents as
cleaners (NT3). We will spend £120,000 with local social enterprises on laundry services through our supply chain
(NT14). Our social value manager leads delivery; by month 3 we agree baselines with the trust. We will subcontract
laundry to Blackburne House CIC. We will report quarterly against NT3 and NT14 with evidence from payroll records and
invoices, and a case study each quarter. In 2023 we have already employed 9 long-term unemployed residents."""
WEAK = """We are a responsible company that takes social value very seriously and we are proud of our values and our
people. Social value is at the heart of everything we do and we will support the community in many ways."""


@pytest.fixture(scope="module")
def review(shipped):
    return lambda text, contract=CONTRACT: shipped.review(ReviewRequest(text, "Describe your social value.", contract)).as_dict()


def test_scores_are_explained_with_quotes_and_the_60_40_split(review):
    data = review(GOOD)
    assert data["qualitative"]["max_points"] == 60 and data["quantitative"]["max_points"] == 40
    accountability = data["qualitative"]["criteria"]["accountability"]
    assert accountability["score"] >= 3 and any("quarterly" in q for q in accountability["evidence"])
    for part in ("qualitative", "quantitative"):
        for criterion in data[part]["criteria"].values():
            assert criterion["to_raise"]
    assert data["flags"] == []


def test_a_strong_response_outscores_a_weak_one(review):
    assert review(GOOD)["score"] > review(WEAK)["score"] + 30


@pytest.mark.parametrize("sentence,kind", [
    ("We will spend £50,000 with local charities (NT999).", "unknown_code"),
    ("We will deliver £25m of social value through this contract.", "figure_without_basis"),
    ("We guarantee that every resident in the area will benefit.", "over_promising"),
    ("We will donate £900,000 to a local community foundation.", "over_promising"),
    ("We will give £100 to a local youth club.", "token_commitment"),
    ("We will clean the wards daily to the national specification.", "restates_contract"),
])
def test_each_flag(review, sentence, kind):
    flags = review(GOOD + " " + sentence)["flags"]
    assert kind in {f["kind"] for f in flags}
    assert any(sentence.split("(")[0].strip(" .") in f["quote"] for f in flags if f["kind"] == kind)


def test_value_figure_with_a_basis_is_not_flagged(review):
    text = GOOD + " We will deliver £300,000 of social value, calculated using the TOMs proxy values for NT3."
    assert "figure_without_basis" not in {f["kind"] for f in review(text)["flags"]}


def test_improve_adds_gaps_that_do_not_score_until_the_bidder_fills_them(shipped):
    task = shipped.review_task()
    request = ReviewRequest(WEAK + " We will spend £100,000 with local social enterprises (NT14).", "q", CONTRACT)
    first = task(request)
    key, improved, again = task.improve(request, first)
    assert key != "evidence" and improved.startswith(WEAK[:40]) and "[" in improved
    assert again.data["score"] == first.data["score"]  # boilerplate with gaps moves nothing
    facts = {"lead": "Our social value manager, Sam Patel,", "partner": "Blackburne House CIC", "milestone": "3",
             "spend": "£40,000", "hours": "200", "vcfse": "Liverpool Food Bank Network",
             "evidence": "payroll records and invoices", "case_study": "a Blackburne House trainee",
             "need": "the employment rate is 67% against 75.5% for Great Britain", "source": "1",
             "commitment": "our NT14 spend"}
    key, filled, confirmed = task.improve(request, first, facts)
    assert "[" not in filled.split(WEAK[:20])[-1].replace("[1]", "")
    assert confirmed.data["qualitative"]["criteria"][key]["points"] > first.data["qualitative"]["criteria"][key]["points"]


PADDING = ("Social value is central to our approach. We are committed to local needs, VCFSE collaboration, "
           "partnership working, quarterly reporting against KPIs, robust evidence, a clear delivery plan with "
           "milestones, a strong track record and accreditation, and we will work with charities and social "
           "enterprises to tackle deprivation in Liverpool because it matters.")


@pytest.mark.parametrize("base", [GOOD, WEAK + " We will spend £100,000 with local social enterprises (NT14)."])
def test_padding_with_the_rubrics_words_never_raises_a_score(review, base):
    plain, padded = review(base), review(base + " " + PADDING)
    assert padded["score"] <= plain["score"]
    assert any("committed to local needs" in p["quote"] for p in padded["padding"])


def test_a_guaranteed_interview_scheme_is_not_over_promising(review):
    text = GOOD + " We will offer a guaranteed interview to every Liverpool care leaver who applies for a cleaning job."
    assert "over_promising" not in {f["kind"] for f in review(text)["flags"]}


def test_repeating_the_contracts_commissioned_hours_is_flagged(review):
    care = Contract("domiciliary care for adults in their own homes", 2_200_000, 36, "Knowsley")
    text = GOOD.replace("Liverpool", "Knowsley") + " We will deliver the 1,200 commissioned care hours each week across Knowsley."
    flags = review(text, care)["flags"]
    assert any(f["kind"] == "restates_contract" and "commissioned" in f["quote"] for f in flags)


def test_reads_docx_and_refuses_short_text(tmp_path):
    document = docx.Document()
    document.add_heading("Social value", level=1)
    document.add_paragraph(GOOD)
    path = tmp_path / "bid.docx"
    document.save(str(path))
    assert "Blackburne House" in read_response(str(path))
    assert read_response("We will do this.") == "We will do this."
    with pytest.raises(BadContractError, match="too short"):
        ReviewRequest("We will help.", "q", CONTRACT).validate()
    with pytest.raises(BadContractError, match="no such file"):
        read_response(str(tmp_path / "missing.docx"))


def test_cli_review(shipped_dir, tmp_path, monkeypatch, capsys):
    from assistant.cli import main

    monkeypatch.setenv("SVA_DATA_DIR", str(shipped_dir))
    path = tmp_path / "bid.md"
    path.write_text(GOOD, encoding="utf-8")
    args = ["review", str(path), "--service", "hospital cleaning services", "--value", "2.4m", "--months", "36",
            "--area", "Liverpool", "--improve", "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["score"] > 60 and data["improved"]["score"] >= data["score"]
    assert main(["review", "too short", "--service", "x", "--value", "1", "--months", "1", "--area", "Wirral"]) == 2
