"""Typed results (assistant/models.py): each round-trips the real task output, its model_dump() is the CLI's --json
to the byte, bad results are refused, and the shared renderers (assistant/render.py) read the typed fields."""

import json

import pytest
from pydantic import ValidationError

from assistant import models, render
from assistant.cli import main
from assistant.inputs import BadInput

REVIEW_TEXT = ("Our social value offer for this contract in Wirral. We will deliver 200 volunteer hours (NT17) each year "
               "with Wirral Food Bank, led by our community manager, reporting quarterly to the council. We will recruit "
               "6 local apprentices (NT10) by March 2027 and spend £40,000 with local VCFSE suppliers.")


@pytest.fixture
def data_dir(shipped_dir, monkeypatch):
    monkeypatch.setenv("SVA_DATA_DIR", str(shipped_dir))
    return shipped_dir


def _cli_json(capsys, argv: list[str]) -> str:
    assert main(argv + ["--json"]) == 0
    return capsys.readouterr().out.strip()


@pytest.mark.parametrize("model, argv", [
    (models.AskResult, ["ask", "What is the Partner VCFSE commitment?"]),
    (models.MapResult, ["map", "Our staff volunteer 200 hours a year at the food bank", "--top", "2"]),
    (models.QuestionsResult, ["questions", "--service", "community mental health support", "--value", "£500k",
                              "--months", "24", "--area", "Wirral"]),
    (models.DraftResult, ["draft", "--question", "How will you deliver social value?", "--service",
                          "hospital cleaning", "--value", "2.4m", "--months", "36", "--area", "Liverpool",
                          "--activity", "200 volunteer hours at local food banks", "--activity", "cleaning the wards"]),
    (models.ReviewResult, ["review", REVIEW_TEXT, "--service", "hospital cleaning", "--value", "1m", "--months",
                           "24", "--area", "Wirral"]),
    (models.SourcesResult, ["sources"]),
])
def test_model_dump_is_the_cli_json_to_the_byte(data_dir, capsys, model, argv):
    printed = _cli_json(capsys, argv)
    result = model.model_validate_json(printed)
    assert json.dumps(result.model_dump(), ensure_ascii=False) == printed  # same keys, values and order


def test_results_round_trip_the_task_output(shipped):
    answer = shipped.ask("How long should tenders relevant to VCFSEs stay open?")
    typed = models.AskResult.of(answer)
    assert typed.model_dump() == answer.as_dict()
    assert isinstance(typed.citations[0], models.Citation) and typed.citations[0].n == 1
    mapping = shipped.map_activity("We buy £20,000 of catering from a local social enterprise")
    typed_map = models.MapResult.of(mapping)
    assert typed_map.model_dump() == mapping.as_dict()
    assert typed_map.measures[0].code == mapping.measures[0].measure.code


def test_intake_round_trips_and_reads_typed(tmp_path, capsys):
    (tmp_path / "itt.md").write_text("# Invitation to tender\n\nContract value: £90k\n\n"
                                     "SV1: What social value will you offer? Limit: 250 words.\n", encoding="utf-8")
    printed = _cli_json(capsys, ["intake", str(tmp_path)])
    intake = models.IntakeResult.model_validate_json(printed)
    assert json.dumps(intake.model_dump(), ensure_ascii=False) == printed
    assert intake.stated("value_gbp") == 90000 and isinstance(intake.stated("value_gbp"), int)
    question = intake.social_value_question()
    assert question is not None and question.id == "SV1" and question.word_limit == 250
    summary = render.intake_markdown(intake)
    assert "**value gbp**: 90000 (itt.md" in summary and "SV1" in summary


def test_unknown_keys_are_kept_and_absent_ones_not_invented():
    data = {"answer": "Six weeks [1].", "grounded": True, "mode": "extractive",
            "citations": [{"n": 1, "source": "Roadmap", "page": 12, "snippet": "six weeks", "score": 1, "chunk_id": "x"}]}
    typed = models.AskResult.model_validate(data)
    assert typed.model_dump() == data and "notice" not in typed.model_dump()
    assert typed.citations[0].score == 1 and isinstance(typed.model_dump()["citations"][0]["score"], int)
    assert typed.citations[0].section is None and typed.notice is None  # read as absent, dumped as absent


@pytest.mark.parametrize("model, data", [
    (models.DraftFlag, {"activity_index": 0, "check": "cost", "why": "x"}),
    (models.IngestedFile, {"source": "a.pdf", "pages": 1, "chunks": 2, "status": "replaced"}),
    (models.AskResult, {"answer": "x", "citations": []}),
])
def test_a_result_off_the_contract_is_refused(model, data):
    with pytest.raises(ValidationError):
        model.model_validate(data)


def _draft(flags: list[dict], words: int = 420, limit: int | None = 500) -> models.DraftResult:
    check = {"ok": True, "why": "fine"}
    return models.DraftResult.model_validate({
        "question": "Q?", "contract": {"service": "cleaning", "value": 1e6, "months": 12, "area": "Wirral"},
        "commitments": [{"activity": "200 volunteer hours", "codes": ["NT17"], "quantity": 200, "unit": "hours",
                         "checks": {"relevant": check, "proportionate": check,
                                    "additional": {"ok": False, "why": "the contract pays for it"}},
                         "included": False, "conversion": "", "missing": ""}],
        "flags": flags, "response_markdown": "We will volunteer [1].", "words": words, "word_limit": limit,
        "notes": ["a <note>"], "citations": []})


def test_draft_renders_the_same_facts_for_the_terminal_and_the_app():
    draft = _draft([{"activity_index": 0, "check": "additionality", "why": "the contract pays for <it>"}])
    text = render.draft_text(draft)
    assert "1. [FLAGGED] NT17  200 hours  200 volunteer hours" in text and "✗ additional: the contract pays for it" in text
    assert "Response (420 words, limit 500):" in text
    (row,) = render.draft_rows(draft)
    assert row[:5] == ["NT17", "200 volunteer hours", 200, "hours", "FLAGGED — left out"]
    assert "✗ FLAGGED: the contract pays for it (additional)." in row[5]
    summary = render.draft_summary_markdown(draft)
    assert "Activity 1 — additionality" in summary and "&lt;it&gt;" in summary and "&lt;note&gt;" in summary
    assert "**420 words** (limit 500)" in summary
    assert "No activity was flagged." in render.draft_summary_markdown(_draft([], limit=None))


def test_review_renders_score_rubric_flags_and_improvement():
    criterion = {"criterion": "Named partners", "points": 5.0, "max_points": 10, "evidence": ["with Wirral Food Bank"],
                 "to_raise": "Strong.", "part": "qualitative"}
    review = models.ReviewResult.model_validate({
        "score": 52.5, "out_of": 100, "band": "adequate", "penalty": 2, "split": "60:40",
        "flags": [{"kind": "unknown_code", "quote": "NT999", "why": "not a measure"}],
        "qualitative": {"points": 30, "max_points": 60, "criteria": {"partners": criterion}},
        "quantitative": {"points": 24.5, "max_points": 40, "criteria": {}},
        "improved": {"criterion": "partners", "criterion_name": "Named partners", "text": "More.", "score": 55.0,
                     "note": "Fill the [gaps].", "difference": 2.5, "review": {}}})
    assert render.score_line(review).startswith("52.5/100 — adequate: qualitative 30/60, quantitative 24.5/40, penalty −2")
    text = render.review_text(review)
    assert "5.0/10  Named partners" in text and "unknown_code: not a measure" in text
    assert "Improved the weakest section (Named partners): score 52.5 -> 55.0" in text
    assert render.review_rows(review) == [["Named partners", "5.0/10", "with Wirral Food Bank", "Strong.", "qualitative"]]
    assert "unknown code" in render.review_flags_markdown(review)
    assert "Score 52.5 → 55.0. Fill the [gaps]." in render.improvement_markdown(review, review.improved)


def test_requests_parse_once_and_name_the_field():
    with pytest.raises(BadInput, match="the question is empty"):
        models.AskRequest(question="  ")
    assert models.AskRequest(question=" Hi ", area="wirral").area == "Wirral"
    with pytest.raises(BadInput, match="--top must be between 1 and 52"):
        models.MapRequest(activity="volunteering", top=60)
    terms = models.ContractRequest(service="cleaning", value="£1.2m", months=12.0, area=None)
    assert terms.contract().value == 1_200_000.0
    with pytest.raises(BadInput, match="--value must be an amount"):
        models.DraftRequest.from_form("Q?", models.ContractRequest(service="c", value="lots", months=12),
                                      "volunteering", "").task_request()
    request = models.DraftRequest.from_form("Q?", terms, "- 200 volunteer hours\n\n- 2 apprentices", "A, B", 300.0)
    task_request = request.task_request()
    assert task_request.activities == ["200 volunteer hours", "2 apprentices"] and task_request.partners == ["A", "B"]
    assert task_request.words == 300
    for empty in (0, 0.0, None, ""):  # an empty number box in the browser: no word limit, not a limit of 0
        assert models.DraftRequest.from_form("Q?", terms, "volunteering", "", empty).task_request().words is None
    with pytest.raises(BadInput, match="at least 150 words"):
        models.DraftRequest(question="Q?", contract=terms, activities=["volunteering"], words=0).task_request()
    with pytest.raises(BadInput, match="at least 20 words"):
        models.ReviewRequest(text="Too short.", contract=terms).task_request()


def test_a_draft_request_reads_the_specification_file(tmp_path):
    from assistant import models

    spec = tmp_path / "spec.md"
    spec.write_text("The provider shall pay all staff the Real Living Wage.\n", encoding="utf-8")
    terms = models.ContractRequest(service="office cleaning", value="300000", months=12, area="Halton")
    request = models.DraftRequest(question="Q?", contract=terms, activities=["Pay all staff the Real Living Wage"],
                                  specification=str(spec)).task_request()
    assert "shall pay all staff" in request.specification
    bare = models.DraftRequest(question="Q?", contract=terms, activities=["x y z"]).task_request()
    assert bare.specification == ""
