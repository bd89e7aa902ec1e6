"""Compliance check before export: sub-criteria, word and character limits, SMART commitments, traced figures."""

from __future__ import annotations

import json

from assistant.compliance import check_compliance, commitment_check, limits_check, sub_criteria_check
from assistant.evidence import Record

RESPONSE = """## Local employment

We will recruit 6 FTE long-term unemployed Wirral residents as cleaners (NT3) within 6 months of the contract start.

## Working with VCFSE partners

We will give 300 volunteering hours a year to Wirral Food Bank (NT17), agreed with the partner each quarter.

## Reporting

We will report progress quarterly with payroll records and timesheets.

Last year we spent £35,000 with local social enterprises [E1]. Our staff turnover fell by 12%.
We will help the community a lot with 5 events.
"""


def test_sub_criteria_are_found_where_addressed_or_reported_missing():
    results = sub_criteria_check(RESPONSE, ["employment of local unemployed residents",
                                            "how you will report progress", "reducing carbon emissions from vehicles"])
    assert [r["addressed"] for r in results] == [True, True, False]
    assert results[0]["where"]["section"] == "Local employment"
    assert results[1]["where"]["section"] == "Reporting"
    assert results[2]["where"] is None and "not addressed" in results[2]["why"]


def test_word_and_character_limits_are_both_checked():
    text = "word " * 100
    assert limits_check(text, 120, None)["ok"]
    over_chars = limits_check(text, 120, 300)
    assert not over_chars["ok"] and "characters including spaces" in over_chars["why"]
    assert over_chars["characters"] == len(text.strip())
    assert not limits_check(text, 99, None)["ok"]


def test_each_commitment_is_specific_measurable_and_time_bound():
    results = {r["commitment"][:20]: r for r in commitment_check([
        "We will recruit 6 FTE long-term unemployed Wirral residents as cleaners (NT3) within 6 months of the contract start.",
        "We will help the community a lot with 5 events.",
        "We will give 300 volunteering hours a year to Wirral Food Bank (NT17).",
        "We value our people."])}
    assert len(results) == 3
    assert results["We will recruit 6 FT"]["ok"]
    weak = results["We will help the com"]
    assert weak["measurable"] and not weak["time_bound"] and not weak["ok"]
    assert results["We will give 300 vol"]["time_bound"]


def test_every_pound_and_percent_traces_or_is_flagged():
    evidence = [Record("Acme", "figure", code="NT14", quantity=35000, unit="£", year=2025, evidence="invoices.xlsx")]
    result = check_compliance(RESPONSE, word_limit=500, evidence=evidence)
    figures = {f["figure"]: f for f in result["figures"]}
    assert figures["£35,000"]["traced"] and "evidence library" in figures["£35,000"]["where"]
    assert not figures["12%"]["traced"]
    assert not result["ready"]
    assert any("12%" in p for p in result["problems"]) and any("time-bound" in p for p in result["problems"])
    cited = check_compliance("Unemployment in Wirral is 4.1% [1].", citations=[
        {"n": 1, "source": "ONS", "snippet": "The unemployment rate in Wirral was 4.1% in 2024."}])
    assert cited["figures"][0]["traced"] and cited["ready"]
    uncited = check_compliance("Unemployment in Wirral is 4.1%.", citations=[
        {"n": 1, "source": "ONS", "snippet": "The unemployment rate in Wirral was 4.1% in 2024."}])
    assert not uncited["figures"][0]["traced"]  # a figure is traced to a source only where the sentence cites one


def test_cli_check_against_an_intake(tmp_path, capsys):
    from assistant.cli import main

    intake = {"questions": [{"id": "Q1", "text": "Safeguarding?", "social_value": False, "word_limit": 10, "sub_criteria": []},
                            {"id": "SV1", "text": "Social value?", "social_value": True, "word_limit": 40, "char_limit": None,
                             "sub_criteria": ["how you will report progress", "carbon emissions from vehicles"]}]}
    (tmp_path / "intake.json").write_text(json.dumps(intake), encoding="utf-8")
    (tmp_path / "response.md").write_text(RESPONSE, encoding="utf-8")
    assert main(["check", str(tmp_path / "response.md"), "--intake", str(tmp_path / "intake.json"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["limits"]["word_limit"] == 40 and not data["limits"]["ok"]
    assert [s["addressed"] for s in data["sub_criteria"]] == [True, False]
    assert main(["check", str(tmp_path / "response.md"), "--intake", str(tmp_path / "response.md")]) == 2


def test_cli_draft_reports_its_compliance(shipped_dir, monkeypatch, capsys):
    from assistant.cli import main

    monkeypatch.setenv("SVA_DATA_DIR", str(shipped_dir))
    assert main(["draft", "--question", "Describe the social value you will deliver.", "--service", "office cleaning",
                 "--value", "900k", "--months", "36", "--area", "Wirral",
                 "--activity", "300 staff volunteering hours a year with Wirral food banks",
                 "--activity", "Recruit 4 FTE unemployed Wirral residents as cleaners",
                 "--words", "400", "--characters", "1000", "--sub-criterion", "volunteering with local food banks",
                 "--json"]) == 0
    compliance = json.loads(capsys.readouterr().out)["compliance"]
    limits = compliance["limits"]
    assert limits["word_limit"] == 400 and limits["char_limit"] == 1000
    assert limits["ok"] == (limits["words"] <= 400 and limits["characters"] <= 1000)
    assert compliance["sub_criteria"][0]["addressed"]
    untraced = [f for f in compliance["figures"] if not f["traced"]]
    assert all(p in compliance["problems"] for p in [f"untraced figure {f['figure']}: {f['sentence'][:80]}" for f in untraced])
