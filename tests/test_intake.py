"""Tender intake: fields with file and page, questions verbatim with limits, nothing guessed, bad files reported."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from assistant.tasks.intake import TenderIntake, _term, find_dates
from evals.tender_packs import write_pack


def intake(paths):
    return TenderIntake().run(paths).as_dict()


def test_docx_tables_give_fields_and_questions_with_pages(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("t", [["Contract title", "Street Cleansing"], ["Contracting authority", "Sefton Council"],
                ["Contract value", "£1.1 million"], ["Contract term", "4 years plus an optional 1 year extension"],
                ["Tender deadline", "9 March 2027"]])],
        [("t", [["Ref", "Question", "Character limit", "Weighting"],
                ["QS3", "Explain how you will keep the streets safe for the public.", "3,000", "15%"],
                ["SV1", "Describe the social value you will deliver for Sefton residents.", "2,500", "10%"]])],
    ]}]
    data = intake(write_pack(files, tmp_path))
    tender = data["tender"]
    assert tender["title"]["value"] == "Street Cleansing" and tender["title"]["page"] == 1
    assert tender["buyer"]["value"] == "Sefton Council"
    assert tender["value_gbp"]["value"] == 1_100_000
    assert (tender["months"]["value"], tender["extension_months"]["value"]) == (48, 12)
    assert tender["deadline"]["value"] == "2027-03-09"
    sv = [q for q in data["questions"] if q["social_value"]]
    assert [q["id"] for q in data["questions"]] == ["QS3", "SV1"]
    assert len(sv) == 1 and sv[0]["text"] == "Describe the social value you will deliver for Sefton residents."
    assert (sv[0]["char_limit"], sv[0]["word_limit"], sv[0]["weighting_percent"], sv[0]["page"]) == (2500, None, 10, 2)
    assert sv[0]["source"] == "itt.docx"


def test_pdf_wrapped_question_is_verbatim_and_limits_are_read(tmp_path):
    long = ("Describe how you will create training and employment opportunities for people in Halton who are furthest "
            "from the labour market, including care leavers and veterans, during the life of this contract?")
    files = [{"name": "itt.pdf", "pages": [
        [("p", "Buyer: Halton Borough Council")],
        [("p", f"SV2 {long} (maximum 2,000 characters including spaces)"),
         ("p", "SQ1 Safeguarding: explain how you will keep vulnerable adults safe."), ("p", "Word limit: 400")],
    ]}]
    data = intake(write_pack(files, tmp_path))
    by_id = {q["id"]: q for q in data["questions"]}
    assert by_id["SV2"]["text"] == long
    assert (by_id["SV2"]["char_limit"], by_id["SV2"]["page"], by_id["SV2"]["social_value"]) == (2000, 2, True)
    assert by_id["SQ1"]["social_value"] is False  # a safeguarding question is not the social value question
    assert by_id["SQ1"]["word_limit"] == 400


def test_fields_not_stated_are_null_and_listed(tmp_path):
    files = [{"name": "brief.md", "pages": [[
        ("h", "Community Transport"),
        ("p", "The service will start on 1 April 2027 and must be accessible."),
        ("p", "Q1 Describe the social value you will add. Maximum 300 words."),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    for name in ("value_gbp", "months", "deadline", "social_value_weighting_percent", "framework", "area"):
        assert data["tender"][name] is None and name in data["not_found"]
    assert data["tender"]["deadline"] is None  # a start date is not the deadline
    assert data["questions"][0]["word_limit"] == 300 and data["questions"][0]["text"] == "Describe the social value you will add."


def test_weighting_in_a_matrix_and_split_and_framework(tmp_path):
    files = [{"name": "eval.docx", "pages": [[
        ("t", [["Price", "Quality", "Social Value"], ["40%", "45%", "15%"]]),
        ("p", "Social value is scored 60:40 qualitative to quantitative using the National TOMs, on a scale of 0 to 5."),
    ]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["social_value_weighting_percent"]["value"] == 15
    assert (tender["qualitative_percent"]["value"], tender["quantitative_percent"]["value"]) == (60, 40)
    assert tender["framework"]["value"] == "national-toms"
    assert tender["scoring_scale"]["value"] == "0-5"


def test_an_ambiguous_tom_mention_and_a_value_range_are_not_asserted(tmp_path):
    files = [{"name": "notes.txt", "pages": [[
        ("p", "Bidders may refer to TOMs where helpful."),
        ("p", "The estimated value is between £400,000 and £600,000."),
    ]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["framework"] is None and tender["value_gbp"] is None


def _tender_of(blocks: list, folder: Path, file: str = "itt.docx") -> dict:
    """The tender intake reads from a one-page, one-file pack of ``blocks``."""
    return intake(write_pack([{"name": file, "pages": [blocks]}], folder))["tender"]


def _encrypted_pdf(path: Path, source: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    with open(path, "wb") as handle:
        writer.write(handle)


def test_corrupt_and_password_protected_files_are_reported_and_the_rest_is_read(tmp_path):
    good = write_pack([{"name": "itt.pdf", "pages": [[("p", "Contract value: £250,000"),
                                                      ("p", "SV1 What social value will you deliver? (500 words)")]]}],
                      tmp_path / "good")[0]
    locked = tmp_path / "locked.pdf"
    _encrypted_pdf(locked, good)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3])
    protected = tmp_path / "protected.docx"
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # how Word stores a password-protected file
    data = intake([locked, truncated, good, protected, tmp_path / "missing.pdf"])
    errors = {e["source"]: e["error"] for e in data["errors"]}
    assert set(errors) == {"locked.pdf", "truncated.pdf", "protected.docx", "missing.pdf"}
    assert "password" in errors["locked.pdf"] and "password" in errors["protected.docx"]
    assert [f["source"] for f in data["files"]] == ["itt.pdf"]
    assert data["tender"]["value_gbp"]["value"] == 250000
    assert data["questions"][0]["word_limit"] == 500


def test_dates_terms_and_extensions():
    assert [d for _, d in find_dates("by 5pm on Friday 28th May 2027, or 03/04/2027, or 2027-12-01")] == [
        date(2027, 5, 28), date(2027, 4, 3), date(2027, 12, 1)]
    assert _term("an initial term of three (3) years with the option to extend for up to two (2) further years")[:2] == (36, 24)
    assert _term("2 + 1 years")[:2] == (24, 12)
    assert _term("1 April 2027 to 31 March 2030")[0] == 36
    assert _term("36 months. There is no option to extend.")[1:] == (None, False)


def test_intake_eval_meets_its_targets_on_the_dev_set():
    from evals import intake_eval

    result = intake_eval.run()
    assert result["wrong_values"] == 0
    assert result["fields_right"] >= 0.9
    assert result["sv_question_found"] == 1.0


def test_cli_intake_json_and_bad_packs(tmp_path, capsys):
    from assistant.cli import main

    paths = write_pack([{"name": "itt.md", "pages": [[("p", "Contract value: £90k"),
                                                       ("p", "SV1: What social value will you offer? Limit: 250 words.")]]}],
                       tmp_path)
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["intake", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tender"]["value_gbp"] == {"value": 90000, "source": "itt.md", "page": 1, "section": None,
                                           "quote": "Contract value: £90k"}
    assert data["questions"][0]["id"] == "SV1" and data["questions"][0]["word_limit"] == 250
    assert [e["source"] for e in data["errors"]] == ["broken.docx"]
    assert "qualitative_percent" in data["not_found"]
    assert main(["intake", str(tmp_path / "broken.docx")]) == 2
    assert "could be read" in capsys.readouterr().err
    assert paths


def test_a_label_line_is_not_taken_for_the_title(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[("p", "Location: Wirral"), ("p", "Contracting authority: Wirral Council")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["title"] is None and tender["area"]["value"] == "Wirral"


def test_limits_for_every_question_guidance_columns_and_shares_that_are_not_a_split(tmp_path):
    files = [{"name": "pack.docx", "pages": [[
        ("p", "Contract: Domestic Abuse Refuge Services"),
        ("p", "Social Value 10% (of which 6% qualitative and 4% quantitative)."),
        ("p", "Each response must not exceed 500 words."),
        ("t", [["Ref", "Question", "Guidance", "Weighting"],
               ["Question SV1", "Describe how you will support local employment.", "Local jobs; apprenticeships", "10%"],
               ["Q2", "Describe your safeguarding policy.", "Include training.", "15%"]]),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    tender = data["tender"]
    assert tender["title"]["value"] == "Domestic Abuse Refuge Services"
    assert tender["social_value_weighting_percent"]["value"] == 10
    assert tender["qualitative_percent"] is None and tender["quantitative_percent"] is None  # 6 + 4 is not a split
    sv, other = data["questions"]
    assert (sv["id"], sv["social_value"], sv["word_limit"], sv["sub_criteria"]) == (
        "SV1", True, 500, ["Local jobs", "apprenticeships"])  # 'Question' labels an id whole on its own
    assert (other["social_value"], other["word_limit"], other["weighting_percent"]) == (False, 500, 15)


def test_notes_for_evaluators_and_footers_are_not_question_text(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("p", "SV1 (max 2,000 characters including spaces)"),
        ("p", "Describe how you will work with local VCFSE organisations during the contract, covering:"),
        ("b", "named partners;"), ("b", "outcomes; and"),
        ("p", "Evaluators will look for named partners and measurable outcomes."),
        ("p", "Issue 1.2 - January 2027"),
    ]]}]
    [question] = intake(write_pack(files, tmp_path))["questions"]
    assert question["text"] == "Describe how you will work with local VCFSE organisations during the contract, covering:"
    assert question["char_limit"] == 2000 and question["sub_criteria"] == ["named partners", "outcomes"]


def test_a_word_file_that_expands_enormously_is_refused_and_the_rest_read(tmp_path):
    import zipfile

    good = write_pack([{"name": "itt.md", "pages": [[("p", "Contract value: £90k")]]}], tmp_path)[0]
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", " " * (12 * 1048576))
    data = TenderIntake(max_bytes=1048576).run([bomb, good]).as_dict()
    assert data["errors"][0]["source"] == "bomb.docx" and "expands to" in data["errors"][0]["error"]
    assert data["tender"]["value_gbp"]["value"] == 90000


def test_ids_on_their_own_line_topics_with_weightings_and_plus_extensions(tmp_path):
    files = [{"name": "pack.docx", "pages": [[
        ("h", "Appendix C - Social Value Questionnaire"),
        ("t", [["Estimated Contract Value (excl. VAT)", "£1,000,000"], ["Contract Duration", "3 years (+1+1)"]]),
        ("p", "Question 1"),
        ("p", "How will you increase employment opportunities for local people? (Maximum 1,000 words)"),
        ("p", "Q2. Social Value (10%): Please describe how you will support local charities. Max 500 words."),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    tender = data["tender"]
    assert tender["title"] is None  # a generic appendix heading is not the tender's title
    assert (tender["value_gbp"]["value"], tender["months"]["value"], tender["extension_months"]["value"]) == (1_000_000, 36, 24)
    assert tender["extension_option"]["value"] is True
    first, second = data["questions"]
    assert (first["id"], first["text"], first["word_limit"]) == (
        "Question 1", "How will you increase employment opportunities for local people?", 1000)
    assert (second["id"], second["weighting_percent"], second["word_limit"], second["social_value"]) == ("Q2", 10, 500, True)
    assert second["text"] == "Social Value: Please describe how you will support local charities."


def test_an_instruction_under_a_questions_heading_is_not_a_question(tmp_path):
    files = [{"name": "pack.md", "pages": [[
        ("h", "Tender questions"),
        ("p", "Please provide your responses in Arial 11."),
        ("p", "Please describe the social value you will deliver. No more than 400 words."),
    ]]}]
    [question] = intake(write_pack(files, tmp_path))["questions"]
    assert question["text"] == "Please describe the social value you will deliver." and question["word_limit"] == 400


def test_word_pages_follow_the_breaks_word_rendered(tmp_path):
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Contract value: £90,000")
    document.add_paragraph("A long page of text.")
    later = document.add_paragraph()
    later.add_run()._r.append(OxmlElement("w:lastRenderedPageBreak"))  # where Word's own layout began page 2
    later.add_run("SV1 What social value will you deliver? (300 words)")
    path = tmp_path / "saved-by-word.docx"
    document.save(str(path))
    data = intake([path])
    assert data["tender"]["value_gbp"]["page"] == 1
    assert data["questions"][0]["page"] == 2 and data["questions"][0]["word_limit"] == 300


def test_a_field_stated_differently_in_two_files_says_so(tmp_path):
    files = [{"name": "a.md", "pages": [[("p", "Contract value: £400,000")]]},
             {"name": "b.md", "pages": [[("p", "Contract value: £450,000")]]}]
    value = intake(write_pack(files, tmp_path))["tender"]["value_gbp"]
    assert value["value"] == 400000 and value["also_stated"] == [{"value": 450000, "source": "b.md", "page": 1}]


def test_nested_word_table_one_lots_value_and_points_out_of_100(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("nt", [["Key facts", [["Contracting Authority", "Halton Borough Council"], ["Lot 1 value", "£90,000"],
                                ["Total contract value", "£140,000"], ["Return by", "2 March 2028"]]]])],
        [("t", [["Criterion", "Points"], ["Price", "45"], ["Quality", "43"], ["Social Value", "12"], ["Total", "100"]]),
         ("nt", [["Questions", [["Ref", "Question", "Limit"],
                                ["SV1", "Describe the social value you will deliver for Halton.", "400 words"]]]])],
    ]}]
    data = intake(write_pack(files, tmp_path))
    tender = data["tender"]
    assert tender["buyer"]["value"] == "Halton Borough Council"  # read from a table inside a table cell
    assert tender["value_gbp"]["value"] == 140_000  # not Lot 1's £90,000
    assert tender["deadline"]["value"] == "2028-03-02"
    assert tender["social_value_weighting_percent"]["value"] == 12  # points of a 100-point total
    assert [(q["id"], q["word_limit"], q["page"]) for q in data["questions"]] == [("SV1", 400, 2)]


def test_points_without_a_100_point_total_are_not_a_percentage(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("t", [["Criterion", "Points"], ["Price", "40"], ["Quality", "25"], ["Social Value", "15"], ["Total", "80"]]),
         ("p", "Bids are marked out of 80 points: 15 points for social value.")],
    ]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["social_value_weighting_percent"] is None
    assert "social_value_weighting_percent" in data["not_found"]


def test_the_social_value_question_is_recognised_by_its_own_content_not_a_decoy(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Section 4: Method Statements"),
        ("p", "4.1 Describe how you will keep the children you transport safe and respond to safeguarding concerns "
              "raised by families in local communities."),
        ("p", "Maximum 500 words."),
        ("p", "4.2 Explain how you will involve parents and local community groups in the design and running of the "
              "service."),
        ("p", "Maximum 500 words."),
        ("p", "4.3 Set out how you will recruit drivers from Wirral's unemployed residents and buy from local "
              "suppliers."),
        ("p", "Maximum 500 words."),
    ]]}]
    by_id = {q["id"]: q for q in intake(write_pack(files, tmp_path))["questions"]}
    assert by_id["4.3"]["social_value"] is True  # local jobs and local supply chain, in its own words
    assert by_id["4.1"]["social_value"] is False  # safeguarding, though it mentions local communities
    assert by_id["4.2"]["social_value"] is False  # community engagement in the service itself
    assert any("local jobs" in why for why in by_id["4.3"]["social_value_why"])


def test_a_heading_not_naming_social_value_and_toms_codes_mark_the_question(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("h", "Community Benefits"),
        ("p", "Q7 Describe what you will do for the borough during the contract. (Maximum 400 words)"),
        ("h", "Commitments"),
        ("p", "Q8 Which of the measures NT1, NT18 and NT28 will you commit to, and in what quantities? (300 words)"),
        ("h", "Delivery"),
        ("p", "Q9 Describe what you will do in the first month of the contract. (Maximum 400 words)"),
    ]]}]
    by_id = {q["id"]: q for q in intake(write_pack(files, tmp_path))["questions"]}
    assert (by_id["Q7"]["social_value"], by_id["Q8"]["social_value"], by_id["Q9"]["social_value"]) == (True, True, False)


def test_an_evaluation_matrix_row_gives_a_question_its_weighting_and_files_it_under_social_value(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("t", [["Criterion", "Sub-criterion", "Weighting"], ["Price", "Total price", "50%"],
               ["Quality", "B1 Service plan", "30%"], ["Social Value", "B2 Our commitments", "20%"]]),
        ("t", [["Ref", "Question", "Word limit"],
               ["B1", "Describe how you will run the service from day one.", "800"],
               ["B2", "Describe what you will deliver for the city during the contract.", "600"]]),
    ]]}]
    by_id = {q["id"]: q for q in intake(write_pack(files, tmp_path))["questions"]}
    assert (by_id["B1"]["weighting_percent"], by_id["B2"]["weighting_percent"]) == (30, 20)
    assert (by_id["B1"]["social_value"], by_id["B2"]["social_value"]) == (False, True)


def test_a_lead_in_and_the_only_candidate_in_a_pack_that_evaluates_social_value(tmp_path):
    lead = [{"name": "a.md", "pages": [[
        ("p", "Price 70%, quality 20%, social value 10%. The social value questions are below."),
        ("p", "Question 3: How will you help residents into work through this contract? (maximum 2 pages)"),
    ]]}]
    [question] = intake(write_pack(lead, tmp_path / "a"))["questions"]
    assert question["social_value"] is True
    silent = [{"name": "b.md", "pages": [[  # no mention of social value anywhere: a lone skills question is not asserted
        ("p", "Question 3: How will you help residents into work through this contract? (maximum 2 pages)"),
    ]]}]
    [question] = intake(write_pack(silent, tmp_path / "b"))["questions"]
    assert question["social_value"] is False


def test_an_extension_in_other_units_dates_in_words_and_values_without_a_pound_sign():
    assert _term("3 years (+12 months)") == (36, 12, True)  # was read as "+1" then "2 months"
    assert _term("36 months + 12 months")[:2] == (36, 12)
    assert _term("4 years (+1+1)")[:2] == (48, 24)
    assert [d for _, d in find_dates("midday on Wednesday the fifth of April 2028")] == [date(2028, 4, 5)]
    assert [d for _, d in find_dates("the twenty-first of March 2028")] == [date(2028, 3, 21)]


def test_a_pound_label_a_bare_amount_and_annual_beside_whole_life_value(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("t", [["Estimated contract value (£)", "2,400,000"], ["Contract length (years)", "3"]]),
    ]]}]
    assert intake(write_pack(files, tmp_path / "a"))["tender"]["value_gbp"]["value"] == 2_400_000
    files = [{"name": "itt.md", "pages": [[("p", "Budget: £150,000 per annum (£450,000 over the whole term).")]]}]
    tender = intake(write_pack(files, tmp_path / "b"))["tender"]
    assert (tender["value_gbp"]["value"], tender["annual_value_gbp"]["value"]) == (450_000, 150_000)
    files = [{"name": "itt.md", "pages": [[("p", "Budget: between £150,000 and £450,000.")]]}]
    assert intake(write_pack(files, tmp_path / "c"))["tender"]["value_gbp"] is None  # a range is not one value


def test_a_pdf_question_table_takes_its_limits_from_the_header_and_a_matrix_row_its_weighting(tmp_path):
    files = [{"name": "itt.pdf", "pages": [
        [("h", "Evaluation Matrix"),
         ("t", [["Criterion", "Sub-criterion", "Weighting"], ["Price", "Whole-life cost", "50%"],
                ["Quality", "C1 Mobilisation plan", "35%"], ["Social Value", "C2 Local benefits", "15%"]])],
        [("h", "Response Questions"),
         ("t", [["Ref", "Question", "Max characters (incl. spaces)"],
                ["C1", "Describe how you will mobilise the cleaning teams at all twelve sites in the first four weeks.",
                 "3,500"],
                ["C2", "Set out the apprenticeships you will offer.", "2,000"]])],
    ]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["social_value_weighting_percent"]["value"] == 15
    by_id = {q["id"]: q for q in data["questions"]}
    assert by_id["C1"]["text"] == ("Describe how you will mobilise the cleaning teams at all twelve sites in the first "
                                   "four weeks.")
    assert (by_id["C1"]["char_limit"], by_id["C1"]["weighting_percent"]) == (3500, 35)
    assert (by_id["C2"]["text"], by_id["C2"]["char_limit"], by_id["C2"]["social_value"]) == (
        "Set out the apprenticeships you will offer.", 2000, True)


def test_the_criterion_named_community_benefits_is_weighted_only_when_social_value_is_not(tmp_path):
    files = [{"name": "itt.md", "pages": [[
        ("p", "Award will be based on price (40%), quality (45%) and community benefits (15%)."),
        ("p", "Quality responses are scored 0, 1, 2, 3, 4 or 5."),
    ]]}]
    tender = intake(write_pack(files, tmp_path / "a"))["tender"]
    assert tender["social_value_weighting_percent"]["value"] == 15
    assert "community benefits (15%)" in tender["social_value_weighting_percent"]["quote"]  # the pack's own words
    assert tender["scoring_scale"]["value"] == "0-5"
    both = [{"name": "itt.md", "pages": [[
        ("p", "Price 50%, quality 35%, social value 10% and added value 5%."),
        ("p", "Responses are scored 0, 1, 3 or 5."),  # not one step apart: not read as a 0-5 scale
    ]]}]
    tender = intake(write_pack(both, tmp_path / "b"))["tender"]
    assert tender["social_value_weighting_percent"]["value"] == 10
    assert tender["scoring_scale"] is None
    compound = [{"name": "itt.md", "pages": [[("p", "Price 60%, quality 30%, innovation and added value 10%.")]]}]
    assert intake(write_pack(compound, tmp_path / "c"))["tender"]["social_value_weighting_percent"] is None


def test_a_cover_title_after_a_generic_heading_a_word_count_column_and_volunteering_with_charities(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("h", "Invitation to Tender"), ("p", "for the provision of Stop Smoking Services in St Helens")],
        [("h", "Quality Questions"),
         ("t", [["Question No.", "Question", "Weighting", "Word Count"],
                ["1", "How will you help people to quit and stay quit?", "25%", "1,000"],
                ["2", "How will you work with volunteers and voluntary groups to deliver the service?", "10%", "500"],
                ["3", "What will you do to increase volunteering and support small charities in St Helens?", "10%",
                 "750"]])],
    ]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["title"]["value"] == "Stop Smoking Services in St Helens"
    assert data["tender"]["service"]["value"] == "Stop Smoking Services"
    by_id = {q["id"]: q for q in data["questions"]}
    assert [by_id[i]["word_limit"] for i in "123"] == [1000, 500, 750]
    assert [by_id[i]["social_value"] for i in "123"] == [False, False, True]  # 2 is about delivering the service


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_criterion_column_beside_the_question_column_files_the_row(tmp_path, suffix):
    files = [{"name": f"itt.{suffix}", "pages": [[
        ("h", "Evaluation"),
        ("t", [["Criterion", "Question", "Weighting", "Max words"],
               ["Quality", "Q1. Describe how you will keep the cafe clean and meet food hygiene law.", "30%", "750"],
               ["Social Value", "Q2. How will you benefit the borough through the concession?", "10%", "500"]]),
    ]]}]
    by_id = {q["id"]: q for q in intake(write_pack(files, tmp_path))["questions"]}
    assert (by_id["Q1"]["word_limit"], by_id["Q1"]["weighting_percent"], by_id["Q1"]["social_value"]) == (750, 30, False)
    assert (by_id["Q2"]["word_limit"], by_id["Q2"]["weighting_percent"], by_id["Q2"]["social_value"]) == (500, 10, True)
    assert by_id["Q2"]["text"] == "How will you benefit the borough through the concession?"


def test_repeated_extensions_add_up_a_weighting_sentence_and_points_after_the_limit(tmp_path):
    assert _term("36 months, with the option to extend for two further periods of 12 months")[:2] == (36, 24)
    assert _term("2 years with two optional 12 month extensions")[:2] == (24, 24)
    assert _term("Two years")[:2] == (24, None)
    files = [{"name": "itt.md", "pages": [[
        ("h", "Section 5 - Questions"),
        ("p", "Question 5 (max 750 words): Describe how you will run the programme in the school holidays."),
        ("p", "This question carries 10% of the total marks."),
        ("p", "Your answer should cover:"), ("b", "local suppliers you will use"), ("b", "volunteering opportunities"),
    ]]}]
    [question] = intake(write_pack(files, tmp_path))["questions"]
    assert question["text"] == "Describe how you will run the programme in the school holidays."  # no leading ':'
    assert (question["word_limit"], question["weighting_percent"]) == (750, 10)
    assert question["sub_criteria"] == ["local suppliers you will use", "volunteering opportunities"]
    assert question["social_value"] is True  # the points it asks for are social value themes


def test_a_question_column_row_with_an_id_is_a_question_even_without_a_verb(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("t", [["Ref", "Question", "Word limit"],
               ["Q1", "Your approach to mobilisation and the first 90 days", "500"],
               ["SV1", "Your commitments to employing local people and apprentices over the contract term", "400"]]),
        ("t", [["Ref", "Notes"], ["A1", "Pricing schedule is in Appendix 4"]]),  # no question column: not a question
    ]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"], q["social_value"]) for q in questions] == [("Q1", 500, False), ("SV1", 400, True)]


def test_quality_questions_that_touch_a_theme_are_not_taken_for_the_social_value_one(tmp_path):
    files = [{"name": "itt.md", "pages": [[
        ("p", "Social value will make up 15% of the overall score."),
        ("h", "Questions"),
        ("p", "Q1 Describe how you will manage subcontractors and your supply chain. (500 words)"),
        ("p", "Q2 Describe your environmental management system and how you comply with ISO 14001. (500 words)"),
        ("p", "Q3 How will you engage with local residents and community groups when planning works? (500 words)"),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["social_value_weighting_percent"]["value"] == 15
    assert [q["social_value"] for q in data["questions"]] == [False, False, False]  # engagement, not social value


def test_pdf_key_facts_rows_without_colons_and_headings_that_only_look_like_them(tmp_path):
    files = [{"name": "kf.pdf", "pages": [[
        ("h", "Refuge Services"),
        ("t", [["Contracting Authority", "Wirral Metropolitan Borough Council"],
               ["Contract Duration", "3 years with the option to extend for a further 12 months at the Council's "
                                     "discretion"]]),
        ("h", "Contract Management Arrangements"),
        ("p", "Monthly meetings will be held."),
    ]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["buyer"]["value"] == "Wirral Metropolitan Borough Council"
    assert (tender["months"]["value"], tender["extension_months"]["value"]) == (36, 12)
    assert tender["title"]["value"] == "Refuge Services"  # not 'Management Arrangements'


@pytest.mark.parametrize("line, limits", [
    ("Q3a Describe how you will train your staff. (500-word limit, 10% weighting)", (500, None, 10)),
    ("MS4. Describe how you will train your staff. [Maximum 2,500 characters including spaces] [15%]", (None, 2500, 15)),
])
def test_hyphenated_limits_percent_weighting_and_square_brackets(tmp_path, line, limits):
    [question] = intake(write_pack([{"name": "a.md", "pages": [[("h", "Questions"), ("p", line)]]}], tmp_path))["questions"]
    assert question["text"] == "Describe how you will train your staff."
    assert (question["word_limit"], question["char_limit"], question["weighting_percent"]) == limits


def test_a_file_named_for_social_value_counts_for_its_questions(tmp_path):
    files = [{"name": "Appendix D - Social Value Questionnaire.docx", "pages": [[
        ("p", "D1 How will you support young people in the borough into work? (500 words)")]]},
        {"name": "Appendix C - Method Statements.docx", "pages": [[
            ("p", "C1 How will you support young people in the borough into work? (500 words)")]]}]
    first, second = intake(write_pack(files, tmp_path))["questions"]
    assert (first["social_value"], second["social_value"]) == (True, False)


def test_a_contents_page_does_not_swallow_the_fields_after_it(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("h", "Invitation to Tender: Community Equipment Service"),
        ("p", "Contents"), ("p", "1. Introduction ........ 1"), ("p", "4. Questions ........ 3"),
        ("p", "Knowsley Council is seeking a provider to deliver a community equipment loan service in Knowsley."),
        ("p", "Contract value: £2.2m"), ("p", "Tender deadline: 17 March 2028"),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    tender = data["tender"]
    assert tender["buyer"]["value"] == "Knowsley Council"
    assert (tender["value_gbp"]["value"], tender["deadline"]["value"]) == (2_200_000, "2028-03-17")
    assert data["questions"] == []


def test_a_bold_line_in_a_word_file_is_a_heading_for_the_questions_under_it(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("Community Benefits").bold = True
    document.add_paragraph("Q7 What will you do for the people of Sefton during the contract? (500 words)")
    document.add_paragraph().add_run("Mobilisation").bold = True
    document.add_paragraph("Q8 What will you do in the first month? (500 words)")
    document.add_paragraph("Q9 What will you do in the second month? Not bold: not a heading. (500 words)")
    path = tmp_path / "bold.docx"
    document.save(str(path))
    by_id = {q["id"]: q for q in intake([path])["questions"]}
    assert (by_id["Q7"]["section"], by_id["Q7"]["social_value"]) == ("Community Benefits", True)
    assert (by_id["Q8"]["section"], by_id["Q8"]["social_value"]) == ("Mobilisation", False)


def test_a_page_limit_in_words_and_a_page_named_in_the_question_itself(tmp_path):
    files = [{"name": "a.md", "pages": [[
        ("h", "Questions"),
        ("p", "SV1 Describe how you will create jobs for local people."),
        ("p", "Your response should be no more than two sides of A4."),
        ("p", "Q2 Describe the one page summary you will provide. (300 words)"),
    ]]}]
    first, second = intake(write_pack(files, tmp_path))["questions"]
    assert (first["page_limit"], first["word_limit"]) == (2, None)
    assert (second["text"], second["page_limit"], second["word_limit"]) == (
        "Describe the one page summary you will provide.", None, 300)


def test_a_questions_own_weighting_line_naming_social_value_marks_it(tmp_path):
    files = [{"name": "a.md", "pages": [[
        ("h", "Questions"),
        ("p", "Q1 Describe how you will support schools."), ("p", "Weighting: 20% (quality)"), ("p", "Maximum 500 words."),
        ("p", "Q2 Describe how you will support schools."), ("p", "Weighting: 10% (social value)"),
        ("p", "Maximum 500 words."),
    ]]}]
    first, second = intake(write_pack(files, tmp_path))["questions"]
    assert (first["weighting_percent"], first["social_value"]) == (20, False)
    assert (second["weighting_percent"], second["social_value"], second["word_limit"]) == (10, True, 500)


def test_pdf_key_facts_with_long_labels_and_a_term_label_naming_extensions(tmp_path):
    files = [{"name": "kf.pdf", "pages": [[
        ("h", "Passenger Transport Services"),
        ("t", [["Name of the contracting authority for this procurement", "Halton Borough Council"],
               ["Initial contract period and any extension options",
                "36 months with an option to extend for a further 24 months"],
               ["Deadline for the receipt of tenders via the portal", "12 noon, 2 March 2028"]]),
        ("p", "The total value of works completed in 2025 was £3m."),  # prose with a verb: not a label and a value
    ]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["buyer"]["value"] == "Halton Borough Council"
    assert (tender["months"]["value"], tender["extension_months"]["value"]) == (36, 24)  # was extension 36
    assert tender["deadline"]["value"] == "2028-03-02"
    assert tender["value_gbp"] is None


def test_a_topic_naming_another_criterion_scores_against(tmp_path):
    files = [{"name": "a.md", "pages": [[
        ("p", "Social value is 10% of the score."), ("h", "Questions"),
        ("p", "Question 1: Workforce"), ("p", "How will you recruit and train local people to deliver the contract?"),
        ("p", "Maximum 500 words."),
        ("p", "Question 2: Local Economy"), ("p", "How will you recruit and train local people beyond the contract?"),
        ("p", "Maximum 500 words."),
    ]]}]
    first, second = intake(write_pack(files, tmp_path))["questions"]
    assert (first["social_value"], second["social_value"]) == (False, True)


def test_the_text_report_says_why_a_question_is_the_social_value_one(tmp_path):
    from assistant.models import IntakeResult
    from assistant.render import intake_text

    files = [{"name": "a.md", "pages": [[("h", "Community Benefits"),
                                         ("p", "Q1 What will you do for the borough? (500 words)")]]}]
    text = intake_text(IntakeResult.of(intake(write_pack(files, tmp_path))))
    assert "SOCIAL VALUE  Q1" in text and "social value because: under the heading 'Community Benefits' (+3)" in text


def test_a_weighting_column_whose_header_gives_the_percent(tmp_path):
    files = [{"name": "b.docx", "pages": [[("t", [
        ["Question Number", "Question Text", "Maximum Word Count", "Weighting (%)", "Points"],
        ["1", "Describe how you will run the service day to day.", "1000", "30", "30"]])]]}]
    [question] = intake(write_pack(files, tmp_path))["questions"]
    assert (question["word_limit"], question["weighting_percent"]) == (1000, 30)


def test_the_national_toms_by_their_full_name(tmp_path):
    files = [{"name": "a.md", "pages": [[("p", "Commitments are measured with the National Social Value Measurement "
                                               "Framework.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["framework"]["value"] == "national-toms"


def test_word_paragraphs_are_not_joined_a_title_after_a_generic_heading_and_a_bare_percent_in_limits(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Invitation to Tender"),
        ("p", "Young Carers Support Service"),
        ("p", "St Helens Borough Council invites tenders for a young carers support service."),
        ("h", "Method Statements"),
        ("p", "MS1 Describe how you will work with schools. (Maximum 1,500 words, 25%)"),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["buyer"]["value"] == "St Helens Borough Council"  # was joined to the line before it
    assert data["tender"]["title"]["value"] == "Young Carers Support Service"
    [question] = data["questions"]
    assert (question["word_limit"], question["weighting_percent"]) == (1500, 25)


def test_a_letterhead_is_not_the_title_and_numbered_clauses_are_read_as_sentences(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("h", "HALTON BOROUGH COUNCIL"), ("h", "INVITATION TO TENDER"),
        ("p", "Floating Housing Support Service for Adults"),
        ("p", "1.1 Halton Borough Council (the Council) is seeking to appoint a provider to deliver floating housing "
              "support to adults."),
    ]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["title"]["value"] == "Floating Housing Support Service for Adults"  # was 'HALTON BOROUGH COUNCIL'
    assert tender["buyer"]["value"] == "Halton Borough Council"
    assert tender["service"]["value"] == "floating housing support to adults"  # not 'to appoint a provider …'


def test_a_q_column_gives_ids_and_quotes_due_is_a_deadline(tmp_path):
    files = [{"name": "rfq.md", "pages": [[
        ("p", "Quotes due: 5pm, 20 April 2028"),
        ("t", [["Q", "Question", "Max words"], ["1", "How will you reach residents who are offline?", "500"]]),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["deadline"]["value"] == "2028-04-20"
    assert [(q["id"], q["word_limit"]) for q in data["questions"]] == [("1", 500)]


def test_a_numbered_request_to_complete_a_schedule_is_a_question(tmp_path):
    files = [{"name": "a.docx", "pages": [[("h", "Social Value"),
                                           ("p", "SV1 Describe the social value you will deliver. (750 words)"),
                                           ("p", "SV2 Complete the commitments schedule at Appendix F, using the TOMs.")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["social_value"]) for q in questions] == [("SV1", True), ("SV2", True)]


def test_markdown_emphasis_and_a_table_header_after_a_question_stay_out_of_its_text(tmp_path):
    path = tmp_path / "itt.md"
    path.write_text("## Questions\n\n**SV1** Describe the social value you will deliver. *(Maximum 1,000 words or 6,000 "
                    "characters)*\n\n| Ref | Question | Limit |\n|---|---|---|\n| Q1 | Describe how you will connect "
                    "isolated residents with local groups. | 500 words |\n", encoding="utf-8")
    first, second = intake([path])["questions"]
    assert (first["text"], first["word_limit"], first["char_limit"]) == (
        "Describe the social value you will deliver.", 1000, 6000)
    assert (second["id"], second["word_limit"]) == ("Q1", 500)


def test_a_pdf_matrix_row_with_a_bracketed_reference(tmp_path):
    files = [{"name": "a.pdf", "pages": [[("t", [["Criterion", "Weighting"], ["Price", "40%"],
                                                  ["Social Value (Section 6)", "10%"]])]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]["value"] == 10


def test_a_limit_bracket_wrapped_over_lines_closes_the_question_before_a_pdf_heading(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("h", "Method Statements"),
        ("p", "MS1 Explain how you will schedule cutting across every park and verge in the growing season. "
              "(Weighting 15%, maximum 600 words)"),  # the PDF wraps the bracket: '… season. (Weighting' / '15%, …)'
        ("h", "Community Benefits"),
        ("p", "MS2 What will you do for local people beyond the contract? (Weighting 10%, maximum 400 words)"),
    ]]}]
    first, second = intake(write_pack(files, tmp_path))["questions"]
    assert first["text"].endswith("in the growing season.")  # not "… season. Community Benefits"
    assert (first["word_limit"], first["weighting_percent"], first["social_value"]) == (600, 15, False)
    assert (second["id"], second["social_value"], second["word_limit"]) == ("MS2", True, 400)


def test_a_titled_question_whose_text_asks_mid_sentence(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Questions"),
        ("p", "Question 4: Social Value"),
        ("p", "With reference to the council's priorities, outline how you will recruit and train residents of Wirral."),
        ("p", "Word limit: 500"),
    ]]}]
    (question,) = intake(write_pack(files, tmp_path))["questions"]
    assert question["text"].startswith("With reference to the council's priorities, outline")
    assert (question["id"], question["word_limit"], question["social_value"]) == ("Question 4", 500, True)


def test_a_split_stated_as_shares_of_the_social_value_marks(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Social value carries 12% of the total. 70% of the social value score is for the qualitative answer and "
              "30% for the quantitative commitments."),
    ]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["social_value_weighting_percent"]["value"] == 12
    assert (tender["qualitative_percent"]["value"], tender["quantitative_percent"]["value"]) == (70, 30)


def test_the_area_comes_from_the_first_file_before_a_table_in_a_later_one(tmp_path):
    files = [{"name": "spec.pdf", "pages": [[("p", "The Council wants a befriending service for older people in Halton.")]]},
             {"name": "response.docx", "pages": [[("t", [["Ref", "Question", "Word limit"],
                                                          ["1", "How will you reach lonely residents in Halton?", "500"]])]]}]
    area = intake(write_pack(files, tmp_path))["tender"]["area"]
    assert (area["value"], area["source"]) == ("Halton", "spec.pdf")


@pytest.mark.parametrize("suffix", ["pdf", "docx", "md", "txt"])
def test_a_pack_that_states_no_weighting_value_term_or_deadline_gives_nulls_and_a_complete_not_found(tmp_path, suffix):
    files = [{"name": f"brief.{suffix}", "pages": [[
        ("h", "Library Courier Service"),
        ("p", "The Council would like a courier to move books between its libraries from next spring."),
        ("p", "Q1 Describe how you will keep books safe in transit. (500 words)"),
        ("p", "Q2 Describe the social value you will deliver."),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    stated = {"title", "service"}
    for name, found in data["tender"].items():
        assert (found is not None) == (name in stated), name
    assert data["not_found"] == [n for n in data["tender"] if n not in stated]  # every null listed, in field order
    sv = [q for q in data["questions"] if q["social_value"]]
    assert [(q["id"], q["word_limit"], q["char_limit"], q["page_limit"], q["weighting_percent"]) for q in sv] == [
        ("Q2", None, None, None, None)]  # no limit or weighting of its own, and Q1's is not lent to it


def test_a_page_limit_a_weighting_with_its_sub_split_and_two_lots_assert_only_what_is_stated(tmp_path):
    files = [{"name": "itt.pdf", "pages": [
        [("h", "Invitation to Tender: Grounds Maintenance"),
         ("p", "The contract is divided into two lots: Lot 1 North (£300,000) and Lot 2 South (£250,000)."),
         ("p", "Evaluation: Price 40%, Quality 50%, Social Value 10% (Qualitative 6%, Quantitative 4%).")],
        [("h", "Social Value Question"),
         ("p", "SV1 Describe how you will support local employment and skills. Your response must not exceed 2 sides of A4.")],
    ]}]
    data = intake(write_pack(files, tmp_path))
    tender = data["tender"]
    assert tender["social_value_weighting_percent"]["value"] == 10
    assert tender["qualitative_percent"] is None and tender["quantitative_percent"] is None  # shares of the whole
    assert tender["value_gbp"] is None  # two lots' values: neither is the contract's
    (question,) = data["questions"]
    assert (question["page_limit"], question["word_limit"], question["char_limit"], question["page"]) == (2, None, None, 2)


@pytest.mark.parametrize("suffix", ["pdf", "docx", "md"])
def test_a_limit_stated_in_a_column_header_is_every_rows_limit(tmp_path, suffix):
    files = [{"name": f"itt.{suffix}", "pages": [[
        ("h", "Grounds Maintenance"),
        ("t", [["Ref", "Question (maximum 500 words each)", "Weighting"],
               ["MS1", "Describe how you will keep residents safe during the works.", "20%"],
               ["MS2", "Describe the social value you will deliver for local people.", "10%"]])]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"], q["weighting_percent"], q["social_value"]) for q in questions] == [
        ("MS1", 500, 20, False), ("MS2", 500, 10, True)]


def test_a_pdf_question_table_with_wrapped_rows_and_the_limit_in_its_header(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("t", [["Ref", "Question (max 400 words)", "Weighting"],
               ["Q1", "Describe how you will keep vulnerable residents safe when visiting their homes, including lone "
                      "working and out of hours calls.", "20%"],
               ["SV1", "Describe the social value you will deliver for local people, including jobs, apprenticeships "
                       "and spend with local firms.", "10%"]])]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"], q["weighting_percent"], q["social_value"]) for q in questions] == [
        ("Q1", 400, 20, False), ("SV1", 400, 10, True)]
    assert questions[1]["text"] == ("Describe the social value you will deliver for local people, including jobs, "
                                    "apprenticeships and spend with local firms.")


def test_a_pdf_key_facts_table_with_one_word_labels_is_read_as_cells(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("h", "Home Care Service"),
        ("t", [["Location", "St Helens"], ["Value", "£2,400,000"], ["Term", "48 months"], ["Deadline", "3 March 2028"]]),
        ("t", [["Criterion", "Sub-criterion", "Weighting"], ["Quality", "Method", "50%"],
               ["Social Value", "Local jobs and skills", "10%"]])]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["area"]["value"], tender["value_gbp"]["value"], tender["months"]["value"]) == ("St Helens", 2_400_000, 48)
    assert (tender["deadline"]["value"], tender["social_value_weighting_percent"]["value"]) == ("2028-03-03", 10)


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_each_lots_question_keeps_its_printed_id_and_names_its_lot(tmp_path, suffix):
    files = [{"name": f"itt.{suffix}", "pages": [
        [("h", "Lot 1: Cleaning"), ("p", "Lot 1 SV1 Describe the social value you will deliver in Lot 1. (500 words)")],
        [("h", "Lot 2: Security"), ("p", "SV1 Describe the social value you will deliver in Lot 2. (300 words)")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["lot"], q["word_limit"], q["page"], q["social_value"]) for q in questions] == [
        ("SV1", "Lot 1", 500, 1, True), ("SV1", "Lot 2", 300, 2, True)]


@pytest.mark.parametrize("statement", [
    "Social value is assessed through a qualitative response (6%) and quantitative commitments (4%).",
    "Social Value - Qualitative 6%; Social Value - Quantitative 4%.",
    "The social value criterion is split into qualitative (6%) and quantitative (4%) elements.",
])
def test_a_weighting_given_only_as_its_parts_of_the_whole_is_their_sum_and_no_split(tmp_path, statement):
    files = [{"name": "itt.docx", "pages": [[("h", "Evaluation"), ("p", "Price 50% and quality 40%."), ("p", statement)]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["social_value_weighting_percent"]["value"] == 10
    assert tender["qualitative_percent"] is None and tender["quantitative_percent"] is None  # 6 is not a 60:40 split


def test_a_stated_total_with_one_part_of_its_split_keeps_the_part(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Social value (10%) is scored with 60% for the qualitative response and the rest for quantitative measures.")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["social_value_weighting_percent"]["value"] == 10
    assert tender["qualitative_percent"]["value"] == 60


def test_a_questions_own_limit_wrapped_over_pdf_lines_beats_the_table_header_above_it(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("t", [["Ref", "Question (max 500 words)", "Weighting"],
               ["TQ1", "Explain how you will manage traffic and keep the public safe while working at night on busy "
                       "roads.", "15%"]]),
        ("p", "TQ2 Explain how you will schedule cutting back of vegetation around lamp columns in the season. "
              "(Weighting 10%, maximum 300 words)")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"], q["weighting_percent"]) for q in questions] == [("TQ1", 500, 15), ("TQ2", 300, 10)]


def test_pdf_question_table_rows_after_a_wrapped_row_keep_their_limit_and_weighting_cells(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[("h", "Method Statements"), ("t", [
        ["Ref", "Question", "Max words", "Weighting"],
        ["Q1", "Describe how you will keep vulnerable residents safe when visiting their homes, including lone working.",
         "750", "20%"],
        ["Q2", "Describe your complaints process.", "300", "5%"],
        ["SV1", "Describe the social value you will deliver for local people.", "500", "10%"]])]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["text"], q["word_limit"], q["weighting_percent"]) for q in questions] == [
        ("Q1", "Describe how you will keep vulnerable residents safe when visiting their homes, including lone working.",
         750, 20),
        ("Q2", "Describe your complaints process.", 300, 5),  # was 'Describe your complaints process. 300 5%'
        ("SV1", "Describe the social value you will deliver for local people.", 500, 10)]


def test_a_pdf_page_whose_layout_cannot_be_used_is_read_as_plain_text(tmp_path, monkeypatch):
    import assistant.tender_reader as reader

    def broken(*args):
        raise ValueError("layout")

    monkeypatch.setattr(reader, "_layout_page", broken)
    files = [{"name": "itt.pdf", "pages": [[("p", "Buyer: Wirral Council"),
                                             ("p", "SV1 Describe the social value you will deliver. (500 words)")]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["errors"] == [] and data["tender"]["buyer"]["value"] == "Wirral Council"
    assert [(q["id"], q["word_limit"]) for q in data["questions"]] == [("SV1", 500)]


@pytest.mark.parametrize("suffix", ["pdf", "docx", "txt"])
def test_a_question_over_a_page_break_leaves_out_page_numbers_and_a_running_header(tmp_path, suffix):
    header = ("p", "Halton Borough Council - Community Transport ITT")
    files = [{"name": f"itt.{suffix}", "pages": [
        [header, ("h", "Community Transport Service"), ("p", "Buyer: Halton Borough Council"), ("p", "Page 1 of 3")],
        [header, ("h", "Questions"), ("p", "Q1 Describe how you will keep passengers safe. (Maximum 500 words)"),
         ("p", "SV1 Describe how you will create training and employment opportunities for people in Halton who are "
               "furthest from the labour market,"), ("p", "Page 2 of 3")],
        [header, ("p", "including care leavers and veterans, during the contract. (Maximum 800 words)"), ("p", "Page 3 of 3")],
    ]}]
    data = intake(write_pack(files, tmp_path))
    sv = next(q for q in data["questions"] if q["id"] == "SV1")
    assert sv["text"] == ("Describe how you will create training and employment opportunities for people in Halton who "
                          "are furthest from the labour market, including care leavers and veterans, during the contract.")
    assert (sv["word_limit"], sv["page"], sv["social_value"]) == (800, 2, True)
    assert data["tender"]["buyer"]["value"] == "Halton Borough Council"
    assert data["tender"]["title"]["value"].lower() == "community transport service"  # not the running header


def test_a_term_from_a_start_and_an_end_date_tenders_that_close_and_a_weighting_named_as_such(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("p", "The Contract will commence on 1 April 2028 and run until 31 March 2031."),
        ("p", "Tenders close at 12:00 noon on Friday 7th April 2028."),
        ("p", "Minimum social value weighting 10% in line with PPN 06/20.")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["months"]["value"], tender["deadline"]["value"]) == (36, "2028-04-07")
    assert tender["social_value_weighting_percent"]["value"] == 10


@pytest.mark.parametrize("statement", [
    "Social value accounts for 10% of the quality score.",
    "Within the quality criterion (60%), social value is weighted at 20% of the quality marks.",
    "Social value carries 15% of the technical evaluation.",
])
def test_social_value_as_a_share_of_one_criterion_is_not_its_weighting_of_the_whole(tmp_path, statement):
    files = [{"name": "itt.docx", "pages": [[("p", statement)]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["social_value_weighting_percent"] is None
    assert "social_value_weighting_percent" in data["not_found"]


def test_numbered_clauses_of_the_instructions_are_not_questions(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("h", "Instructions to Tenderers"),
        ("p", "1.1 Tenderers must submit their response through the portal."),
        ("p", "1.2 Please provide your responses in Arial 11 point font."),
        ("p", "2. Describe any conflicts of interest in Appendix B."),
        ("h", "Evaluation Questions"),
        ("p", "3.1 Describe your approach to mobilisation. (500 words)"),
        ("p", "3.2 Describe the social value you will deliver. (750 words)")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"], q["social_value"]) for q in questions] == [("3.1", 500, False), ("3.2", 750, True)]


def test_a_numbered_social_value_question_with_no_heading_or_limit_is_still_found(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("p", "4.1 Describe the social value you will deliver for Wirral.")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["social_value"]) for q in questions] == [("4.1", True)]


@pytest.mark.parametrize("suffix", ["docx", "pdf", "md"])
def test_a_question_box_of_label_and_value_rows_is_one_question(tmp_path, suffix):
    files = [{"name": f"form.{suffix}", "pages": [[("h", "Tender Response Form"), ("t", [
        ["Question number", "SV1"],
        ["Question", "Describe how you will deliver additional social value for residents of Halton."],
        ["Word limit", "1,000"], ["Weighting", "10%"], ["Response", ""]])]]}]
    data = intake(write_pack(files, tmp_path))
    assert [(q["id"], q["text"], q["word_limit"], q["weighting_percent"], q["social_value"]) for q in data["questions"]] == [
        ("SV1", "Describe how you will deliver additional social value for residents of Halton.", 1000, 10, True)]
    assert data["tender"]["social_value_weighting_percent"] is None  # the question's own weighting, not the tender's
    assert data["tender"]["title"] is None and data["tender"]["service"] is None  # 'Tender Response Form' is no title


def test_one_lots_term_or_value_is_not_the_contracts(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("t", [["Lot", "Value", "Duration"], ["Lot 1 Catering", "£400,000", "36 months"],
               ["Lot 2 Cleaning", "£300,000", "24 months"]]),
        ("p", "Lot 2 will run for 24 months with an option to extend for a further 12 months."),
        ("p", "The value of Lot 1 is estimated at £400,000.")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    for name in ("months", "extension_months", "value_gbp"):
        assert tender[name] is None, name


def test_a_contract_divided_into_lots_still_states_its_own_term(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("p", "The contract will run for 36 months and is divided into Lot 1 and Lot 2.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["months"]["value"] == 36


@pytest.mark.parametrize("line, printed_id", [
    ("Social Value Question 1: Describe how you will support the local economy. (500 words)", "Social Value Question 1"),
    ("Criterion 3 (Social Value) - How will you support local charities? Maximum response: 500 words", "Criterion 3"),
])
def test_a_question_id_with_its_topic_before_it_or_in_brackets_after_it(tmp_path, line, printed_id):
    files = [{"name": "itt.docx", "pages": [[("h", "Quality Questions"), ("p", "Q1 Describe your staffing model. (500 words)"),
                                              ("p", "See Question 1 for the staffing model."), ("p", line)]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"], q["social_value"]) for q in questions] == [
        ("Q1", 500, False), (printed_id, 500, True)]


def test_a_pdf_table_whose_cells_wrap_around_the_id_line_is_read_row_by_row(tmp_path):
    files = [{"name": "template.pdf", "pages": [[("h", "Response Template"), ("t", [
        ["Ref", "Question", "Limit", "Weighting"],
        ["QA1", "Describe how you will keep the wards supplied with clean linen throughout the contract term.",
         "3,000 characters", "15%"],
        ["SV1", "How will you create jobs and training opportunities for residents who face barriers to employment?",
         "1,500 characters including spaces", "5%"],
        ["SV2", "Beyond the requirements of this contract, what will your organisation do to reduce its carbon "
                "emissions and support the commitment to reach net zero?", "1,500 characters including spaces", "4%"]])]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["char_limit"], q["weighting_percent"], q["social_value"]) for q in questions] == [
        ("QA1", 3000, 15, False), ("SV1", 1500, 5, True), ("SV2", 1500, 4, True)]
    assert questions[2]["text"].startswith("Beyond the requirements of this contract")  # was 'zero?'


def test_extensions_stated_one_after_another_with_their_units_add_up():
    assert _term("3 years plus 1 year plus 1 year")[:2] == (36, 24)  # was (36, 12): only the first extension
    assert _term("24 months + 12 months + 6 months")[:2] == (24, 18)
    assert _term("3 years plus 1 year")[:2] == (36, 12)


def test_a_pdf_table_with_a_theme_column_and_a_cell_ending_two_spaces_short_of_the_next(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[("h", "Tender Questions"), ("t", [
        ["No.", "Theme", "Question", "Character limit", "Weighting"],
        ["Q1", "Availability", "Describe your maintenance regime and how you will guarantee that at least 20 of the 22 "
                               "vehicles are available every day between 1 November and 31 March.", "3,000", "10%"],
        ["Q2", "Local employment", "Describe how you will recruit local residents to work on this contract and increase "
                                   "spend with local suppliers, SMEs and VCSEs over the life of the contract.",
         "1,500", "5%"]])]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["text"], q["char_limit"], q["weighting_percent"]) for q in questions] == [
        ("Q1", "Describe your maintenance regime and how you will guarantee that at least 20 of the 22 vehicles are "
               "available every day between 1 November and 31 March.", 3000, 10),
        ("Q2", "Describe how you will recruit local residents to work on this contract and increase spend with local "
               "suppliers, SMEs and VCSEs over the life of the contract.", 1500, 5)]
    assert questions[1]["social_value"] is True


def test_a_service_is_named_without_its_purpose_clause_or_the_people_it_serves(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("p", "Devon County Council is procuring a home adaptations service to "
                                                   "assess, fit and maintain adaptations for residents of Devon."),
                                             ("p", "Halton Council is procuring stop smoking support for the people of "
                                                   "Halton.")]]}]
    service = intake(write_pack(files, tmp_path))["tender"]["service"]
    assert service["value"] == "home adaptations service"  # was '… service to assess, fit and maintain … of Devon'


@pytest.mark.parametrize("statement, expected", [
    ("Social Value is worth 20% of the quality marks, equivalent to 8% of the overall score.", 8),
    ("Social Value is worth 20% of the quality marks.", 8),  # worked out from 'Quality 40': its JSON says how
])
def test_a_share_of_quality_with_its_equivalent_of_the_whole_stated(tmp_path, statement, expected):
    files = [{"name": "itt.docx", "pages": [[("p", "Tenders will be evaluated on a Quality 40 : Price 60 basis."),
                                             ("p", statement)]]}]
    weighting = intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]
    assert (weighting or {}).get("value") == expected


def test_a_weighting_cell_with_its_breakdown_in_brackets_gives_the_criterions_own_percent(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("t", [["Evaluation area", "Weighting"], ["Quality", "55%"],
                                                     ["Price", "35%"],
                                                     ["Social Value", "10% (of which Quality 7%, Quantitative 3%)"]])]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["social_value_weighting_percent"]["value"] == 10
    assert tender["qualitative_percent"] is None  # shares of the whole, not a stated split of the social value marks


def test_a_question_title_on_its_own_line_gives_its_bracketed_weighting(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("h", "Method Statements"),
                                             ("p", "MS1 Service Delivery (20%)"),
                                             ("p", "Describe how you will deliver the cleaning specification."),
                                             ("p", "No more than 3 sides of A4."),
                                             ("p", "SV1 Social Value (10%)"),
                                             ("p", "Tell us how you will recruit local residents."),
                                             ("p", "No more than 2 sides of A4.")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["weighting_percent"], q["page_limit"], q["social_value"]) for q in questions] == [
        ("MS1", 20, 3, False), ("SV1", 10, 2, True)]


def test_a_criterion_the_pack_names_as_its_social_value_carries_the_weighting(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Of the 60% available for quality, 12% of the total marks are allocated to Inclusive Growth, which is how "
              "the Council evaluates social value.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]["value"] == 12
    files = [{"name": "itt.docx", "pages": [[("p", "12% of the total marks are allocated to Inclusive Growth.")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["social_value_weighting_percent"] is None  # not said


def test_a_scale_listed_with_each_scores_descriptor(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("p", "Each written response will be scored 0 (Unacceptable), 1 (Poor), "
                                                   "2 (Satisfactory), 3 (Good) or 4 (Excellent).")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["scoring_scale"]["value"] == "0-4"


def test_a_pdfs_first_line_naming_the_tender_is_its_title_though_not_set_as_a_heading(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[("h", "Invitation to Tender: Tier 2 Community Falls Prevention Service"),
                                             ("p", "Contracting Authority: Wirral Council")]]}]
    title = intake(write_pack(files, tmp_path))["tender"]["title"]
    assert title["value"] == "Tier 2 Community Falls Prevention Service"  # a digit: not taken for a heading


def test_a_london_borough_named_without_council_is_the_buyer(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("p", "The London Borough of Hackney (the Council) invites tenders from "
                                                   "suitably experienced organisations to provide a lunch club service.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["buyer"]["value"] == "London Borough of Hackney"


@pytest.mark.parametrize("text, expected", [
    ("10% of the total marks are allocated to Fair Growth, which is how the Council evaluates social value. Fair Growth "
     "responses will be assessed against the three pillars of the Council's Fair Growth Strategy 2027-2031.", "bespoke"),
    ("Quality responses will be assessed against the Council's Cleaning Standards Policy.", None),  # not social value
])
def test_social_value_assessed_against_the_buyers_own_strategy_is_a_bespoke_framework(tmp_path, text, expected):
    files = [{"name": "itt.docx", "pages": [[("p", text)]]}]
    framework = intake(write_pack(files, tmp_path))["tender"]["framework"]
    assert (framework or {}).get("value") == expected


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_contract_start_and_end_rows_give_the_term(tmp_path, suffix):
    files = [{"name": f"itt.{suffix}", "pages": [[("t", [["Contract start", "1 April 2029"], ["Contract end", "31 March 2032"],
                                                        ["Buyer", "Wirral Council"]])]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["months"]["value"] == 36
    files = [{"name": f"itt.{suffix}", "pages": [[("t", [["Contract start", "1 April 2029"],
                                                        ["Contract end (including extensions)", "31 March 2032"]])]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["months"] is None  # not the initial term


def test_a_question_ending_in_a_question_mark_before_its_limit_starts_a_new_question(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("h", "Quality Questions"),
                                             ("p", "Q1 Describe how you will deliver the schedule. (500 words)"),
                                             ("p", "Q2 Beyond the requirements of the specification, how will you "
                                                   "support local charities? (300 words)")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"]) for q in questions] == [("Q1", 500), ("Q2", 300)]  # Q2 was merged into Q1


def test_an_environment_only_question_is_not_forced_to_be_social_value_in_a_pack_that_never_names_it(tmp_path):
    question = ("ENV1 Beyond the requirements of the contract, describe how you will reduce the carbon emissions of "
                "your fleet and reach net zero. (500 words)")
    files = [{"name": "itt.docx", "pages": [[("h", "Quality Questions"), ("p", question)]]}]
    assert intake(write_pack(files, tmp_path))["questions"][0]["social_value"] is False
    files = [{"name": "itt.docx", "pages": [[("p", "Social value is worth 10% of the total score."),
                                             ("h", "Quality Questions"), ("p", question)]]}]
    assert intake(write_pack(files, tmp_path / "b"))["questions"][0]["social_value"] is True  # the pack names it


@pytest.mark.parametrize("paragraphs, expected", [
    (["Tenders will be evaluated on a Quality 60 : Price 40 basis.", "Social value is worth 15% of the quality marks."], 9),
    (["Quality 70%, Price 30%.", "Social value is 20% of the quality score."], 14),
    (["Social value is 20% of the quality score."], None),  # no quality weighting: the share alone is not a weighting
])
def test_a_share_of_quality_is_worked_out_only_with_the_quality_weighting_and_says_how(tmp_path, paragraphs, expected):
    files = [{"name": "itt.docx", "pages": [[("p", t) for t in paragraphs]]}]
    weighting = intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]
    assert (weighting or {}).get("value") == expected
    if expected is not None:
        assert "of the quality marks x quality" in weighting["derived"]


def test_an_extension_period_taken_several_times_adds_up():
    assert _term("An initial period of 36 months with an option to extend by 12 months, twice")[:2] == (36, 24)
    assert _term("three years, which may be extended by one year on up to two occasions")[:2] == (36, 24)
    assert _term("five years with the option of two 12-month extensions") == (60, 24, True)  # 'option of': an option


def test_a_heading_ending_in_its_short_form_is_still_a_heading():
    from assistant.tender_reader import looks_like_heading

    assert looks_like_heading("Domiciliary Care Service (DCS)")
    assert not looks_like_heading("Price (40%)") and not looks_like_heading("Quality (see Section 3)")


def test_a_pdf_title_with_its_acronym_and_a_service_cut_before_a_place_leaves_no_dangling_words(tmp_path):
    files = [{"name": "itt.pdf", "pages": [
        [("h", "Community Dental Transport (CDT)"),
         ("p", "Leeds Community Healthcare NHS Trust invites tenders for a dental transport service for older patients "
               "travelling to and from the Seacroft Clinic.")],
        [("h", "Evaluation Criteria"), ("p", "Quality 60%, Price 40%.")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["title"]["value"], tender["title"]["page"]) == ("Community Dental Transport (CDT)", 1)
    assert tender["service"]["value"] == "dental transport service for older patients"  # not '… travelling to and'


@pytest.mark.parametrize("limit, pages", [("Your response must not exceed three A4 pages.", 3),
                                          ("Maximum 2 x A4 pages.", 2), ("No more than 4 sides of A4.", 4)])
def test_a4_between_the_count_and_pages_is_the_paper_size_not_the_count(tmp_path, limit, pages):
    files = [{"name": "itt.docx", "pages": [[("h", "Social Value"), ("p", "SV1 Social Value"),
                                             ("p", "Tell us how you will recruit local residents."), ("p", limit)]]}]
    question = intake(write_pack(files, tmp_path))["questions"][0]
    assert (question["page_limit"], question["word_limit"]) == (pages, None)


def test_a_question_titles_bracket_weighting_may_say_it_is_of_the_total(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("p", "SV2 Local Employment (12% of the overall score)"),
                                             ("p", "Describe how you will recruit local residents."),
                                             ("p", "Word count: 500 maximum")]]}]
    question = intake(write_pack(files, tmp_path))["questions"][0]
    assert (question["id"], question["weighting_percent"], question["word_limit"]) == ("SV2", 12, 500)


@pytest.mark.parametrize("paragraphs, expected", [
    (["Bids are marked on Quality 60%, of which Social Value 20%, and Price 40%.",
      "Social value is a share of the quality marks."], 12),
    # 'of which' alone may give the part of the whole that quality includes (10 of the 60): neither is asserted
    (["Bids are marked on Quality 60%, of which Social Value 10%, and Price 40%."], None),
])
def test_social_value_of_which_quality_is_a_share_of_quality_only_when_the_pack_says_so(tmp_path, paragraphs, expected):
    files = [{"name": "itt.docx", "pages": [[("p", t) for t in paragraphs]]}]
    weighting = intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]
    assert (weighting or {}).get("value") == expected
    if expected is not None:
        assert "20% of the quality marks x quality 60%" in weighting["derived"]


def test_a_date_written_with_hyphens_and_a_short_month():
    assert [d.isoformat() for _, d in find_dates("Closing date: 17-Mar-2028 at noon (not 1-Sept-2028)")] == [
        "2028-03-17", "2028-09-01"]


@pytest.mark.parametrize("sentence, buyer", [
    ("The Greater Manchester Combined Authority (the “GMCA”) is seeking a supplier of cycle parking.",
     "Greater Manchester Combined Authority"),
    ("The Chief Constable of Avon and Somerset Constabulary (the Constabulary) invites tenders for custody meals.",
     "Chief Constable of Avon and Somerset Constabulary"),
    ("Riverside Housing Group Limited, a charitable housing association, invites tenders for gas servicing.",
     "Riverside Housing Group Limited"),
    ("The Council (the Authority) is seeking a supplier of cycle parking.", None),  # no name, only what it is called
])
def test_a_buyer_named_with_its_short_form_or_a_description_after_it(tmp_path, sentence, buyer):
    files = [{"name": "itt.docx", "pages": [[("h", "Cycle Parking"), ("p", sentence)]]}]
    assert (intake(write_pack(files, tmp_path))["tender"]["buyer"] or {}).get("value") == buyer


@pytest.mark.parametrize("rows, scale", [
    ([["10", "Excellent"], ["7", "Good"], ["5", "Satisfactory"], ["3", "Weak"], ["0", "Unacceptable"]], "0-10"),
    ([["0", "Unacceptable"], ["1", "Poor"], ["2", "Satisfactory"], ["3", "Good"]], "0-3"),
    ([["10", "Excellent"], ["0", "Unacceptable"], ["5", "Satisfactory"]], None),  # in no order: not a scale
])
def test_a_descriptor_table_may_use_only_some_marks_of_its_scale(tmp_path, rows, scale):
    files = [{"name": "itt.docx", "pages": [[("t", [["Score", "Descriptor"], *rows])]]}]
    assert (intake(write_pack(files, tmp_path))["tender"]["scoring_scale"] or {}).get("value") == scale


@pytest.mark.parametrize("sentence", [
    "Social value will be assessed against the North East Combined Authority's Social Value Framework.",
    "Social value will be evaluated against the University's Sustainable Procurement Policy.",
])
def test_social_value_assessed_against_a_named_buyers_own_framework_is_bespoke(tmp_path, sentence):
    files = [{"name": "itt.docx", "pages": [[("p", sentence)]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["framework"]["value"] == "bespoke"


@pytest.mark.parametrize("questions, weighting", [
    ([("h", "Part C: Sustainable Procurement"), ("p", "C1. Sustainable Procurement (8%)"),
      ("p", "Describe the jobs and apprenticeships you will create for local unemployed residents, and the local "
            "charities you will support, through this contract."), ("p", "Response: up to 500 words")], 12),
    # the section also holds a question on another topic: its weighting is not social value's alone
    ([("h", "Part C: Sustainable Procurement"), ("p", "C1. Describe how you will recruit local unemployed residents "
                                                      "into jobs on this contract. (500 words)"),
      ("p", "C2. Describe your quality assurance process. (500 words)")], None),
])
def test_the_criterion_named_as_the_social_value_questions_section_carries_the_weighting(tmp_path, questions, weighting):
    files = [{"name": "itt.docx", "pages": [
        [("t", [["Section", "Weighting"], ["Technical (Part B)", "48%"], ["Sustainable Procurement (Part C)", "12%"],
                ["Commercial (Part D)", "40%"]])],
        questions]}]
    data = intake(write_pack(files, tmp_path))
    assert (data["tender"]["social_value_weighting_percent"] or {}).get("value") == weighting


def test_a_generic_heading_with_its_acronym_is_still_not_the_title(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[("h", "Invitation to Tender (ITT)"), ("h", "Grounds Maintenance Services"),
                                            ("p", "Halton Borough Council is seeking a contractor for grounds maintenance.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["title"]["value"] == "Grounds Maintenance Services"


def test_a_document_heading_over_the_only_social_value_question_is_not_a_criterion(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("t", [["Part", "Weighting"], ["Tender Response Document", "100%"]])],
        [("h", "Tender Response Document"), ("p", "SV1 Describe the jobs you will create for local unemployed residents. "
                                                  "(500 words)")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"] is None


@pytest.mark.parametrize("text, expected", [
    ("Contract period: 60 months (3+1+1)", (36, 24, True)),  # the whole term with its breakdown in years
    ("Term: 5 years (2 + 2 + 1)", (24, 36, True)),
    ("Term: 36 months (2+2)", (36, None, True)),  # parts that do not add up to the whole are not read
])
def test_a_whole_term_with_its_breakdown_is_the_initial_term_and_extensions(text, expected):
    assert _term(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The agreement is for three years, renewable and extendable each year up to a maximum of seven years.", (36, 48, True)),
    ("A term of four years, which may be extended to a maximum of 6 years.", (48, 24, True)),
    ("A term of two years with an option to extend for up to a maximum of 12 months.", (24, 12, True)),  # the extension
])
def test_a_ceiling_on_the_whole_term_gives_the_extension_as_what_is_left(text, expected):
    assert _term(text) == expected


@pytest.mark.parametrize("sentence, framework", [
    ("Answers are marked by the panel; the Social Value Portal and its calculator will not be used.", None),
    ("No Social Value Model scoring is applied to this contract, but the Council's Social Value Charter applies.",
     "bespoke"),
    ("Social value is measured with the National TOMs, and no other calculator is used.", "national-toms"),
])
def test_a_framework_named_only_to_say_it_is_not_used_is_not_the_packs(tmp_path, sentence, framework):
    files = [{"name": "itt.docx", "pages": [[("p", sentence)]]}]
    found = intake(write_pack(files, tmp_path))["tender"]["framework"]
    assert (found["value"] if found else None) == framework


def test_a_pdf_line_opening_with_a_ratios_names_still_wraps_on_into_the_next(tmp_path):
    files = [{"name": "criteria.pdf", "pages": [[
        ("h", "Award criteria"),
        ("p", "Cost:quality split 30:70. Our social value offer is assessed with the wording of the Cheshire and "
              "Merseyside Themes, Outcomes and Measures, which the ICB has adopted for all of its contracts.")]]}]
    found = intake(write_pack(files, tmp_path))["tender"]["framework"]
    assert (found["value"], found["source"]) == ("cm-toms", "criteria.pdf")


def test_a_service_cut_before_its_place_drops_the_word_that_placed_it(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("h", "Estates Maintenance"),
        ("p", "Sefton Council invites tenders for reactive repairs to community buildings located at 14 sites across "
              "the borough.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["service"]["value"] == "reactive repairs to community buildings"


@pytest.mark.parametrize("name, text, weighting", [
    ("itt.pdf", "Bids are marked on price (40%) and on the quality of the method statements, and within quality the "
                "social value criterion makes up 12% of the total score.", 12),  # a PDF wraps it: 'the social | value …'
    ("itt.docx", "Bids are marked on price and quality. On top of that, Social Value carries an 8% weighting.", 8),
    ("itt.docx", "Bids are marked 45% price and 55% quality, where quality includes Community Wealth (social value) at "
                 "7% of the overall score.", 7),
])
def test_social_value_weighting_stated_in_prose_however_it_is_worded_or_wrapped(tmp_path, name, text, weighting):
    files = [{"name": name, "pages": [[("p", text)]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]["value"] == weighting


def test_a_criteria_table_row_named_with_its_question_id_still_names_its_criterion(tmp_path):
    files = [{"name": "criteria.docx", "pages": [[
        ("t", [["Area", "Element", "Weight"], ["Technical", "Method statements T1-T3", "55%"],
               ["Technical", "Social Value (Local Benefit, SV1)", "15%"], ["Cost", "Schedule of rates", "30%"]])]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]["value"] == 15


@pytest.mark.parametrize("sentence, scale", [
    ("Each answer is marked 0 (no answer) to 10 (outstanding) by every panel member.", "0-10"),
    ("Each answer is given a score 0 / 2 / 4 / 6 / 8 / 10 by the panel.", "0-10"),
    ("Each answer is given a score 1/2/3/4 by the panel.", "1-4"),
    ("The panel will score the answers submitted by 1/05/2029.", None),  # a date, not a scale
    ("Each answer is given a score 0 / 5 / 3 by the panel.", None),  # marks out of order are not a scale
])
def test_a_scale_written_with_descriptors_in_brackets_or_marks_split_by_slashes(tmp_path, sentence, scale):
    files = [{"name": "itt.docx", "pages": [[("p", sentence)]]}]
    found = intake(write_pack(files, tmp_path))["tender"]["scoring_scale"]
    assert (found["value"] if found else None) == scale


@pytest.mark.parametrize("text, months", [("The framework will run for two financial years from April 2028.", 24),
                                          ("The agreement is for four school years.", 48)])
def test_a_term_counted_in_academic_or_financial_years(text, months):
    assert _term(text)[0] == months


@pytest.mark.parametrize("sentence, buyer", [
    ("Torus Foundation, a charity and housing association serving Warrington, Liverpool and St Helens, is seeking "
     "bids for window cleaning.", "Torus Foundation"),
    ("Sefton Academies Trust (the Trust), an academy trust of six schools in Bootle, Litherland and Crosby, invites "
     "quotations for grounds maintenance.", "Sefton Academies Trust"),
    ("Yesterday, a council officer, invites nobody.", None),  # not a name and what it is
])
def test_a_buyer_named_with_a_description_that_says_what_it_is(tmp_path, sentence, buyer):
    files = [{"name": "itt.docx", "pages": [[("p", sentence)]]}]
    found = intake(write_pack(files, tmp_path))["tender"]["buyer"]
    assert (found["value"] if found else None) == buyer


@pytest.mark.parametrize("text, framework", [
    ("Community Wealth is how the Trust evaluates social value. Answers will be marked against Onward Homes' "
     "Neighbourhood Investment Plan 2028.", "bespoke"),  # the buyer named, not 'the Trust'
    ("Social value carries 10%. It is scored against Wirral Partners's Community Charter.", "bespoke"),
    ("Social value carries 10%. The method statements will be marked against Onward Homes's Repairs Policy.", None),
])
def test_a_follow_on_sentence_may_say_what_the_social_value_criterion_is_assessed_against(tmp_path, text, framework):
    files = [{"name": "itt.docx", "pages": [[("p", text)]]}]
    found = intake(write_pack(files, tmp_path))["tender"]["framework"]
    assert (found["value"] if found else None) == framework


def test_a_long_running_header_does_not_hide_the_headings_under_it_and_a_questions_heading_is_no_question(tmp_path):
    header = ("p", "Knowsley Council | Community Library Outreach | Invitation to Tender | Reference KMBC/LIB/2031/04")
    files = [{"name": "itt.pdf", "pages": [
        [header, ("h", "Community Library Outreach"), ("p", "Issued by Knowsley Council")],
        [header, ("h", "1. Contract Details"),
         ("p", "The contract will run for a period of four (4) years from 1 April 2032.")],
        [header, ("h", "2. Method Statements"),
         ("p", "Question 1 - Outreach to housebound readers and their carers (20%)"),
         ("p", "Explain how you will reach housebound readers across Knowsley each month."),
         ("p", "Answer in no more than 600 words.")],
    ]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["title"]["value"] == "Community Library Outreach"  # the cover heading, not the header
    assert data["tender"]["months"]["value"] == 48 and data["tender"]["months"]["page"] == 2
    # a title of seven words is still the id line's title; '2. Method Statements' names the section, not a question
    assert [(q["id"], q["weighting_percent"], q["word_limit"]) for q in data["questions"]] == [("Question 1", 20, 600)]


def test_further_extensions_one_after_another_add_up_and_a_whole_term_a_value_covers_is_not_the_initial(tmp_path):
    assert _term("Initial period of 2 years, extendable for an additional 6 months and then another 6 months")[:2] == (24, 12)
    assert _term("3 years, with the option to extend by a further 1 year or a further 2 years")[:2] == (36, 12)  # a choice
    files = [{"name": "itt.docx", "pages": [[
        ("p", "The estimated value of the service, being the fees paid over the whole six-year term, is £900,000."),
        ("p", "The agreement will have an initial term of three (3) years, with the option to extend for a further "
              "three (3) years.")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["months"]["value"], tender["extension_months"]["value"]) == (36, 36)


def test_the_buyer_is_the_body_not_the_department_of_it_that_runs_the_tender(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Play Area Inspections"), ("p", "Issued by Knowsley Council, Parks and Open Spaces Team")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["buyer"]["value"] == "Knowsley Council"


def test_a_pdf_bullet_wrapped_onto_a_second_line_stays_one_point_and_the_limit_after_the_list_is_read(tmp_path):
    first = ("offering paid placements to young people leaving care in Knowsley, with a mentor for each placement and a "
             "guaranteed interview")
    files = [{"name": "itt.pdf", "pages": [[
        ("h", "Social Value"),
        ("p", "SV1 Describe the social value you will deliver for Knowsley residents. Your response should address:"),
        ("b", first), ("b", "buying food and supplies from Knowsley businesses"),
        ("p", "Maximum 800 words.")]]}]
    sv = intake(write_pack(files, tmp_path))["questions"][0]
    assert sv["sub_criteria"] == [first, "buying food and supplies from Knowsley businesses"]
    assert (sv["word_limit"], sv["social_value"]) == (800, True)


def test_an_area_outside_the_boroughs_and_one_named_on_a_coast_are_stated_and_prose_beats_a_question(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("p", "The Authority wants a mobile library van to serve villages across Greater Manchester.")],
        [("p", "Q1 How will you recruit drivers from Wirral? (300 words)")]]}]
    area = intake(write_pack(files, tmp_path))["tender"]["area"]
    assert (area["value"], area["page"]) == ("Greater Manchester", 1)
    files = [{"name": "brief.docx", "pages": [[
        ("p", "Social value is judged on the Council's priorities for Sefton residents."),
        ("p", "The Council needs seasonal toilet attendants on the Wirral shore from April to October.")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["area"]["value"] == "Wirral"
    files = [{"name": "brief.docx", "pages": [[
        ("p", "The Chief Fire Officer of Merseyside Fire and Rescue wants smoke alarms fitted in homes.")]]}]
    assert intake(write_pack(files, tmp_path / "c"))["tender"]["area"] is None  # a body's name is not where it works


def test_a_label_word_before_a_lettered_id_is_not_part_of_the_id(tmp_path):
    files = [{"name": "response.docx", "pages": [[
        ("p", "Method Statement MS2 (Weighting: 7%) (Max 900 words)"),
        ("p", "Explain how you will employ care leavers on the contract."),
        ("p", "Question 3 (Weighting: 5%) (Max 400 words)"),
        ("p", "Explain how you will mobilise the service.")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["weighting_percent"], q["word_limit"]) for q in questions] == [
        ("MS2", 7, 900), ("Question 3", 5, 400)]


def test_a_sentence_about_a_question_is_not_the_question_and_a_matrix_row_gives_its_weighting_and_limit(tmp_path):
    files = [{"name": "itt.pdf", "pages": [
        [("h", "Award Matrix"),
         ("t", [["Lot", "Lot weighting", "Question", "Question weighting", "Limit"],
                ["Quality", "70%", "QA1 Menu planning", "40%", "1,500 words"],
                ["Community", "30%", "CB2 Community benefits", "30%", "2,000 characters"]]),
         ("p", "CB2 will be marked against the Council's community benefits charter by two evaluators.")],
        [("h", "Questions"),
         ("p", "QA1 Menu planning"),
         ("p", "Describe how you will plan seasonal school menus."),
         ("p", "CB2 Community benefits"),
         ("p", "Explain the community benefits you will deliver for local young people through the contract.")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["page"], q["weighting_percent"], q["word_limit"], q["char_limit"]) for q in questions] == [
        ("QA1", 2, 40, 1500, None), ("CB2", 2, 30, None, 2000)]
    assert questions[1]["text"].startswith("Explain the community benefits") and questions[1]["social_value"]


@pytest.mark.parametrize("text, expected", [
    ("Contract length: 3 yrs, extendable by 2 x 6 months", (36, 12, True)),
    ("Initial period 18 mths with an option to extend 4 x 3 months", (18, 12, True)),
])
def test_a_term_written_short_and_an_extension_as_a_count_times_a_period(text, expected):
    assert _term(text) == expected


def test_a_date_with_a_two_digit_year_is_read_and_a_clause_number_is_not():
    assert [d for _, d in find_dates("Bids close 03/11/30 at noon; see clause 4.1.2")] == [date(2030, 11, 3)]


def test_a_column_of_shares_of_the_quality_section_is_worked_out_of_the_whole_and_is_no_question_weighting(tmp_path):
    files = [{"name": "annex.docx", "pages": [[
        ("p", "Bids are scored Cost 30% and Quality 70%."),
        ("t", [["Area of quality", "Question", "Percentage of technical score"],
               ["Delivery", "D1", "80%"],
               ["Social Value", "D2", "20%"]]),
        ("p", "D1 Describe your cleaning schedule. (500 words)"),
        ("p", "D2 Describe the social value you will deliver for local residents. (500 words)")]]}]
    data = intake(write_pack(files, tmp_path))
    weighting = data["tender"]["social_value_weighting_percent"]
    assert weighting["value"] == 14 and "derived" in weighting  # 20% of quality x quality 70%
    assert [q["weighting_percent"] for q in data["questions"]] == [None, None]


def test_the_service_follows_a_described_provider_and_what_it_is_to_deliver(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "The Trust is looking for a reputable and insured contractor to provide grounds maintenance at Aintree "
              "and Walton sites.")]]}]
    service = intake(write_pack(files, tmp_path))["tender"]["service"]["value"]
    assert service == "grounds maintenance"


def test_a_framework_is_cited_where_the_pack_says_bids_are_evaluated_against_it_not_where_a_question_names_it(tmp_path):
    files = [{"name": "questions.docx", "pages": [[
        ("p", "SV1 Describe the social value you will deliver, reported quarterly against the Social Value Portal "
              "measures. (600 words)")]]},
             {"name": "evaluation.docx", "pages": [[
                 ("p", "Offers are evaluated using the National TOMs 2024 measures.")]]}]
    framework = intake(write_pack(files, tmp_path))["tender"]["framework"]
    assert (framework["value"], framework["source"]) == ("national-toms", "evaluation.docx")


def test_weightings_written_in_words_and_per_cent_are_read_and_cited_verbatim(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Cost is worth sixty per cent (60 per cent), quality for thirty per cent (30 per cent) and social value "
              "for ten per cent (10 per cent) of the marks."),
        ("p", "SV1 Community wealth (10 per cent)"),
        ("p", "Describe the social value you will deliver for local residents. (400 words)")]]}]
    data = intake(write_pack(files, tmp_path))
    weighting = data["tender"]["social_value_weighting_percent"]
    assert weighting["value"] == 10 and "ten per cent (10 per cent)" in weighting["quote"]  # the pack's own words
    (question,) = data["questions"]
    assert (question["id"], question["weighting_percent"], question["word_limit"]) == ("SV1", 10, 400)


@pytest.mark.parametrize("sentence, expected", [
    ("The social value score is divided equally between the qualitative answer and the quantitative offer.", (50, 50)),
    ("Social value marks are split 25:75 between the quantified commitments and the qualitative case studies.", (75, 25)),
])
def test_a_social_value_split_stated_equally_or_with_its_parts_named_otherwise(tmp_path, sentence, expected):
    files = [{"name": "itt.pdf", "pages": [[("p", "Quality:price 60:40. " + sentence)]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["qualitative_percent"]["value"], tender["quantitative_percent"]["value"]) == expected


def test_a_ratio_or_a_time_is_not_a_label_colon_so_a_pdf_line_opening_with_one_continues_on_the_next():
    from assistant.tasks.intake import _is_label_line

    assert not _is_label_line("Deadline is Friday at 12:00 and late bids are not")
    assert not _is_label_line("Community benefit marks are split 80:20 between the quantitative offer")
    assert _is_label_line("Volume 2: Specification")


def test_an_id_column_whose_header_does_not_say_so(tmp_path):
    files = [{"name": "pack.docx", "pages": [[
        ("t", [["TQ", "Tender question", "Max words"],
               ["TQ1", "Staffing: explain how you will cover school holidays.", "400"],
               ["TQ2", "Local benefit: explain how you will hire apprentices from the borough.", "300"]])]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"]) for q in questions] == [("TQ1", 400), ("TQ2", 300)]


def test_marks_out_of_100_for_the_whole_tender_are_weightings_and_a_scoring_scale_out_of_100_is_not(tmp_path):
    rows = [["No.", "Question", "Points"],
            ["B1", "Describe how you will keep the fleet roadworthy.", "30"],
            ["B2", "Describe how you will create jobs for local people through this contract.", "15"]]
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Evaluation: Technical 45 points, Cost 40 points, Social Value 15 points (100 points in total)."),
        ("t", rows)]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["social_value_weighting_percent"]["value"] == 15
    assert [q["weighting_percent"] for q in data["questions"]] == [30, 15]
    files = [{"name": "itt.docx", "pages": [[("p", "Each answer is scored out of 100 points."), ("t", rows)]]}]
    assert [q["weighting_percent"] for q in intake(write_pack(files, tmp_path / "b"))["questions"]] == [None, None]


def test_a_buyer_named_for_its_area_placing_the_work_at_towns_it_lists_states_the_area(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("p", "Wirral Council is procuring the cleaning of its public toilets at Hoylake, West Kirby, Heswall and "
               "New Brighton.")],
        [("p", "Q1 How will you create jobs for Wirral residents? (300 words)")]]}]
    area = intake(write_pack(files, tmp_path))["tender"]["area"]
    assert (area["value"], area["page"]) == ("Wirral", 1)
    files = [{"name": "itt.docx", "pages": [
        [("p", "Wirral Council is procuring the cleaning of its public toilets.")],
        [("p", "Q1 How will you create jobs for Wirral residents? (300 words)")]]}]
    area = intake(write_pack(files, tmp_path / "b"))["tender"]["area"]
    assert (area["value"], area["page"]) == ("Wirral", 2)  # the buyer's name alone places nothing: the question does


@pytest.mark.parametrize("row, expected", [
    ("Estimated budget: £90k a year (£450k over the max. 5 yr life of the contract)", 450000),
    ("Anticipated value: c.£210k per annum; approx. £840k over the full 4 years (2+1+1)", 840000),
])
def test_an_annual_and_a_whole_amount_told_apart_when_the_term_is_written_short(tmp_path, row, expected):
    files = [{"name": "itt.docx", "pages": [[("p", row)]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["value_gbp"]["value"] == expected


def test_key_facts_rows_labelled_like_a_question_box_are_not_one(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("t", [["Reference", "WBC/2030/11"],
               ["Contract length", "2 years from 01/07/2030 to 30/06/2032"],
               ["Supplier questions by", "Monday, 3 June 2030 at noon"]]),
        ("p", "Q1 Describe how you will recruit local apprentices. (500 words)")]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["months"]["value"] == 24
    assert [q["id"] for q in data["questions"]] == ["Q1"]


@pytest.mark.parametrize("line, expected", [
    ("Every method statement receives a mark of 0, 3, 6 or 9.", "0-9"),
    ("Marking guide: 1 Poor; 2 Fair; 3 Good; 4 Very good; 5 Excellent", "1-5"),
    ("Answers earn a share of the marks: Outstanding 100% / Good 60% / Weak 30% / Unacceptable 0%", "0-100"),
])
def test_a_scale_as_marks_listed_a_line_of_marks_and_descriptors_or_descriptors_and_shares(tmp_path, line, expected):
    files = [{"name": "itt.docx", "pages": [[("p", line)]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["scoring_scale"]["value"] == expected


def test_marks_listed_for_times_are_no_scale(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("p", "Performance is scored at 1, 3 and 12 months after go-live.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["scoring_scale"] is None


@pytest.mark.parametrize("text, expected", [
    ("Halton Borough Council, through its Adult Social Care directorate, is procuring a day service.",
     "Halton Borough Council"),
    ("Lancashire Constabulary (the Force), on behalf of itself and the county's fire service, invites bids for fleet "
     "tyres.", "Lancashire Constabulary"),
])
def test_a_buyer_named_with_an_aside_before_its_verb(tmp_path, text, expected):
    files = [{"name": "itt.docx", "pages": [[("p", text)]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["buyer"]["value"] == expected


def test_a_letterhead_on_the_first_page_names_the_buyer_when_nothing_else_does(tmp_path):
    files = [{"name": "pack.docx", "pages": [
        [("h", "Home Adaptations Framework"), ("p", "Blackpool Borough Council"), ("p", "Tender pack")],
        [("p", "Lancashire County Council")]]}]
    buyer = intake(write_pack(files, tmp_path))["tender"]["buyer"]
    assert (buyer["value"], buyer["page"]) == ("Blackpool Borough Council", 1)


def test_the_whole_value_said_before_its_amount_beside_an_annual_one(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "The estimated contract value is £75,000 a year; the lifetime value across the whole term is £300,000.")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["value_gbp"]["value"], tender["annual_value_gbp"]["value"]) == (300000, 75000)


def test_social_value_weighted_only_as_its_question_when_weightings_are_of_the_whole(tmp_path):
    questions = [("p", "All weightings shown are shares of the overall score."),
                 ("p", "Q1 Describe your maintenance regime. (Weighting: 30%)"),
                 ("p", "Q2 Describe the social value you will deliver for local residents. (Weighting: 8%)")]
    data = intake(write_pack([{"name": "q.docx", "pages": [questions]}], tmp_path))
    weighting = data["tender"]["social_value_weighting_percent"]
    assert (weighting["value"], weighting["derived"]) == (8, "the social value question's own weighting of the total")
    with_offer = questions + [("p", "Your TOMs offer is scored separately.")]  # a quantitative part the 8% leaves out
    data = intake(write_pack([{"name": "q.docx", "pages": [with_offer]}], tmp_path / "b"))
    assert data["tender"]["social_value_weighting_percent"] is None


def test_a_wrapped_bullet_keeps_the_and_inside_it(tmp_path):
    files = [{"name": "itt.txt", "pages": [[  # a PDF's wrapped bullet as its lines: the first ends on 'and'
        ("p", "Q2 Describe the social value you will add for local residents, beyond the service itself. Cover:"),
        ("b", "how the apprenticeships you offer will be advertised, filled and"),
        ("p", "mentored each year"),
        ("b", "the volunteering your staff will do; and"),
        ("p", "No more than two sides of A4.")]]}]
    question = intake(write_pack(files, tmp_path))["questions"][0]
    assert question["sub_criteria"] == [
        "how the apprenticeships you offer will be advertised, filled and mentored each year",
        "the volunteering your staff will do"]


def test_a_share_of_quality_table_under_a_slash_price_quality_split_is_worked_out(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Cost 40 / Quality 60."),
        ("p", "Quality is divided as below (shares of the quality mark only):"),
        ("t", [["Quality heading", "Share of quality"], ["Delivery", "75%"], ["Social value", "25%"]])]]}]
    weighting = intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]
    assert weighting["value"] == 15 and "25% of the quality marks" in weighting["derived"]


def test_a_share_of_quality_row_with_no_quality_weighting_is_not_a_share_of_the_whole(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("t", [["Quality heading", "Share of quality"], ["Delivery", "75%"], ["Social value", "25%"]])]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"] is None


@pytest.mark.parametrize("text, expected", [
    ("A contractor is needed to clear fly-tipping across Huyton and Kirkby.", "Knowsley"),
    ("The Council wants a supplier to run two youth clubs, one in Southport and one in Bootle.", "Sefton"),
    ("The Trust requires new boilers at Fernhill Health Centre, St Helens, by the winter.", "St Helens"),
])
def test_the_work_placed_at_a_borough_s_towns_or_an_address_in_it_names_the_area(tmp_path, text, expected):
    files = [{"name": "itt.docx", "pages": [[("p", text)]]}]
    area = intake(write_pack(files, tmp_path))["tender"]["area"]
    assert area["value"] == expected


def test_a_town_named_only_in_a_question_ranks_below_the_contract_s_own_prose(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("p", "The Council is buying grounds maintenance across Wirral.")]]},
             {"name": "q.docx", "pages": [[("p", "Q1 How will you recruit school leavers in Crewe? (300 words)")]]}]
    area = intake(write_pack(files, tmp_path))["tender"]["area"]
    assert (area["value"], area["source"]) == ("Wirral", "itt.docx")


def test_a_framework_bidders_need_not_use_is_not_the_framework(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Bidders don't have to complete the National TOMs calculator; the answer is judged on its own merits.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["framework"] is None


def test_a_limit_cell_with_a_qualifier_takes_the_label_s_unit(tmp_path):
    files = [{"name": "form.docx", "pages": [[
        ("t", [["Ref", "SV2"],
               ["Question", "Describe how you will support local charities during the contract."],
               ["Maximum characters", "3,500 including spaces"]])]]}]
    question = intake(write_pack(files, tmp_path))["questions"][0]
    assert (question["id"], question["char_limit"], question["word_limit"]) == ("SV2", 3500, None)


def test_an_extension_stated_only_as_the_whole_term_s_ceiling(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("t", [["Initial term", "3 years"],
               ["Extension", "The term may be extended provided the overall term will not exceed five years"]])]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["months"]["value"], tender["extension_months"]["value"]) == (36, 24)
    assert _term("The lease may be extended, but the total period will not exceed 10 years.")[:2] == (None, None)


@pytest.mark.parametrize("letterhead, expected", [
    ("Sefton Metropolitan Borough Council, Children's Services Commissioning", "Sefton Metropolitan Borough Council"),
    ("Knowsley Council – Highways and Street Scene (Fleet)", "Knowsley Council"),
    ("Isle of Anglesey County Council | Property Services", "Isle of Anglesey County Council"),
])
def test_a_letterhead_naming_the_body_and_the_part_of_it_running_the_tender(tmp_path, letterhead, expected):
    files = [{"name": "itt.docx", "pages": [[("h", "Grounds Maintenance"), ("p", letterhead), ("p", "Tender pack")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["buyer"]["value"] == expected


def test_a_name_said_to_be_a_kind_of_body_is_the_buyer(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Riverside Homes is a community-owned registered provider with 4,000 homes in Knowsley."),
        ("p", "We want a contractor to renew roofs.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["buyer"]["value"] == "Riverside Homes"
    files = [{"name": "itt.docx", "pages": [[("p", "Social Value is a key part of how we evaluate bids.")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["buyer"] is None


@pytest.mark.parametrize("files, expected", [
    ([{"name": "itt.docx", "pages": [[("p", "Each response is rated Poor (1) - Fair (2) - Good (3) - Excellent (4).")]]}],
     "1-4"),
    ([{"name": "itt.docx", "pages": [[("p", "Method statements are scored out of 20 (0 = not answered, 20 = outstanding).")]]}],
     "0-20"),
    ([{"name": "itt.docx", "pages": [[("t", [["Rating", "Mark", "Meaning"], ["Strong", "3", "Convincing"],
                                             ["Adequate", "2", "Some gaps"], ["Weak", "1", "Large gaps"],
                                             ["Fail", "0", "No answer"]])]]}], "0-3"),
])
def test_a_scale_as_descriptors_with_marks_after_them_or_marked_out_of_a_top_mark(tmp_path, files, expected):
    assert intake(write_pack(files, tmp_path))["tender"]["scoring_scale"]["value"] == expected


def test_marked_out_of_a_top_mark_without_its_bottom_is_no_scale(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("p", "Presentations are marked out of 20 by a panel of three.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["scoring_scale"] is None


def test_a_label_s_value_wrapped_onto_a_line_in_lower_case_runs_on(tmp_path):
    files = [{"name": "itt.txt", "pages": [[  # a PDF's wrapped lines: the label line's sentence goes on below
        ("p", "Period: three years from 1 May 2031. The Trust may extend the agreement, for up"),
        ("p", "to eighteen months, if funding allows."),
        ("p", "Budget: £90,000")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["months"]["value"], tender["extension_months"]["value"]) == (36, 18)


def test_a_two_digit_year_after_an_apostrophe_and_a_term_written_in_shorthand():
    assert [d for _, d in find_dates("Bids close noon, Fri 7th June '30; queries by 24 May ’30")] == [
        date(2030, 6, 7), date(2030, 5, 24)]
    assert _term("3 yrs + opt. ext. of 1 yr") == (36, 12, True)
    assert _term("18 mths, poss. ext. 6 mths") == (18, 6, True)
    assert _term("Call the helpdesk on ext. 4432 for 24 hours")[1:] == (None, None)


@pytest.mark.parametrize("label", ["Concession period", "Agreement term"])
def test_a_concession_s_or_agreement_s_period_is_the_term(tmp_path, label):
    files = [{"name": "itt.docx", "pages": [[("t", [[label, "Ten (10) years from the first site opening"]])]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["months"]["value"] == 120


def test_bare_numbers_said_to_be_shares_of_the_whole(tmp_path):
    said = "Award basis - Cost 60, Delivery 30, Social Value 10 (all figures are percentages of the overall score)."
    files = [{"name": "itt.docx", "pages": [[("p", said)]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]["value"] == 10
    not_whole = "Cost 60, Delivery 30, Social Value 5 (percentages of the overall score)."  # adds up to 95: not read
    files = [{"name": "itt.docx", "pages": [[("p", not_whole)]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["social_value_weighting_percent"] is None


def test_social_value_marks_of_a_stated_total_other_than_100(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("t", [["Section", "Points"], ["Cost", "240"], ["Technical", "120"], ["Social Value", "40"], ["Total", "400"]])]]}]
    weighting = intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]
    assert (weighting["value"], weighting["derived"]) == (10, "40 of the 400 marks in total")
    files = [{"name": "itt.docx", "pages": [[("t", [["Section", "Points"], ["Cost", "240"], ["Social Value", "40"]])]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["social_value_weighting_percent"] is None


def test_money_the_buyer_has_set_aside_for_the_contract_is_its_value(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "The Trust has earmarked up to £450,000 for the three years, including any extension.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["value_gbp"]["value"] == 450000
    files = [{"name": "itt.docx", "pages": [[
        ("p", "The Council has set aside £20,000 a year for social value activity.")]]}]  # social value money: no value
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["value_gbp"] is None


def test_extension_chains_numbers_in_words_and_figures_and_m_for_months():
    # a count written in words then figures: the periods are counted, not one of them
    assert _term("a term of four (4) years, renewable by up to three (3) further periods of six months")[:2] == (48, 18)
    # after the extension's own cue every part of the chain is an extension
    assert _term("two years, with the option to extend for 2 + 1 years")[:2] == (24, 36)
    assert _term("24 months; may be extended by six months plus six months")[:2] == (24, 12)
    assert _term("Extension: +18m (optional)")[1] == 18
    # money is never months, and an initial term in a chain is still the initial term
    assert _term("Budget £36m over five years")[:2] == (60, None)
    assert _term("3 + 2 years")[:2] == (36, 24)


def test_a_limit_column_takes_its_unit_from_its_header_and_a_one_row_pdf_table_is_read(tmp_path):
    files = [{"name": "form.pdf", "pages": [
        [("h", "Method statements"),
         ("t", [["Ref", "Question", "Score", "Max sides"],
                ["A", "Describe how you will keep the library open during the refit works.", "30", "3"],
                ["B", "Explain how you will handle complaints from library users.", "20", "1"]])],
        [("h", "Community benefits"),
         ("t", [["Ref", "Question", "Score", "Max sides"],
                ["C", "How will you bring added benefits to people who live near the branch libraries, for example by "
                      "hiring local young people as trainees and supporting reading groups for older people?", "15", "2"]])]]}]
    questions = {q["id"]: q for q in intake(write_pack(files, tmp_path))["questions"]}
    assert [(questions[k]["page_limit"], questions[k]["word_limit"]) for k in "ABC"] == [(3, None), (1, None), (2, None)]
    assert questions["C"]["page"] == 2 and questions["C"]["text"].startswith("How will you bring added benefits")


def test_area_from_an_address_of_several_parts_a_town_list_with_the_and_residents_of_a_town(tmp_path):
    def area(text, name="itt.docx"):
        files = [{"name": name, "pages": [[("h", "Grounds Maintenance"), ("p", text)]]}]
        found = intake(write_pack(files, tmp_path / str(abs(hash(text + name)))))["tender"]["area"]
        return found and found["value"]
    # an address of several parts ending in a borough, or in a town of one borough (and a postcode after it)
    assert area("The service runs from the depot at Unit 4 Dock Road Industrial Estate, Bridge Street, Widnes, "
                "WA8 0PF, five days a week.") == "Halton"
    assert area("Meals are served at the Plaza Community and Arts Centre, Lord Street, Southport, from 9am.") == "Sefton"
    # the people the service is for, by the towns they live in
    assert area("We need a contractor to clear fly-tipping for residents of Birkenhead and Wallasey.") == "Wirral"
    # a borough's council buying at named sites, one of them 'the …'
    assert area("St Helens Borough Council needs a provider to staff the car parks at Chalon Way, Corporation Street "
                "and the Hardshaw Centre.") == "St Helens"


def test_a_title_line_in_a_pdf_is_not_joined_to_the_sentence_below_it(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[("h", "Parks Security Patrols"),
                                            ("p", "Request for Quotation - Halton Borough Council, Community Safety Team"),
                                            ("p", "Halton Borough Council wants a provider to patrol its parks at night "
                                                  "at Victoria Park, Runcorn Hill and the Phoenix Park.")]]}]
    found = intake(write_pack(files, tmp_path))["tender"]["area"]
    assert found["value"] == "Halton" and found["quote"].startswith("Halton Borough Council wants")


def test_a_contract_row_stating_a_term_is_the_term_not_the_title(tmp_path):
    files = [{"name": "rft.pdf", "pages": [[("h", "School Uniform Supply"),
                                            ("p", "Agreement: two school years (2031/32 to 2032/33), extendable by one further year."),
                                            ("p", "The Trust invites quotations for the supply of uniforms to its academies.")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["title"]["value"] == "School Uniform Supply"
    assert (tender["months"]["value"], tender["extension_months"]["value"]) == (24, 12)
    files = [{"name": "rft.docx", "pages": [[("p", "Contract: Supply of School Uniforms")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["title"]["value"] == "Supply of School Uniforms"


def test_the_service_is_what_the_party_sought_is_sought_to_do(tmp_path):
    def service(sentence, name):
        files = [{"name": "itt.docx", "pages": [[("p", sentence)]]}]
        found = intake(write_pack(files, tmp_path / name))["tender"]["service"]
        return found and found["value"]
    assert service("The Trust is looking for a qualified locksmith firm to repair, replace and re-key door locks "
                   "on its wards.", "a") == "repair, replace and re-key door locks on its wards"
    # a bidder asked to show something is no service
    assert service("The Council requires a bidder to demonstrate two years of accounts.", "b") is None


def test_points_of_a_stated_total_other_than_100_in_prose_and_in_question_titles(tmp_path):
    files = [{"name": "itt.pdf", "pages": [
        [("h", "Evaluation"),
         ("p", "Cost - 120 marks; Technical merit - 60 marks; Social value - 20 marks (200 marks in total).")],
        [("h", "Questions"),
         ("p", "T1 Fleet and depot arrangements (40 marks)"),
         ("p", "Describe the vehicles and depot you will use to deliver the service."),
         ("p", "Maximum 600 words."),
         ("p", "SV1 Community benefits (20 marks)"),
         ("p", "How will you create jobs and training for local people through this contract?"),
         ("p", "Maximum 500 words.")]]}]
    data = intake(write_pack(files, tmp_path))
    weighting = data["tender"]["social_value_weighting_percent"]
    assert (weighting["value"], weighting["derived"]) == (10, "20 of the 200 points in total")
    assert {q["id"]: q["weighting_percent"] for q in data["questions"]} == {"T1": 20, "SV1": 10}


def test_fractions_in_words_are_shares(tmp_path):
    from assistant.tender_numbers import percent_signs
    assert percent_signs("Cost is worth three quarters of the marks and quality one quarter of the marks.") == \
        "Cost is worth 75% of the marks and quality 25% of the marks."
    assert percent_signs("the other half") == "the other 50%"
    assert percent_signs("a half-day session in the third quarter") == "a half-day session in the third quarter"
    files = [{"name": "itt.docx", "pages": [[
        ("p", "The tender is marked on cost (two fifths) and quality (three fifths)."),
        ("p", "Within quality, social value is worth one fifth of the quality marks.")]]}]
    weighting = intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]
    assert weighting is not None and weighting["value"] == 12


def test_split_named_by_what_each_part_marks(tmp_path):
    def split(text, name):
        tender = _tender_of([("p", text)], tmp_path / name)
        return tender["qualitative_percent"] and (tender["qualitative_percent"]["value"],
                                                  tender["quantitative_percent"]["value"])
    assert split("Of the 50 social value marks, 35 marks go to the method statement and 15 marks to the TOMs "
                 "commitments you submit.", "a") == (70, 30)
    assert split("Social value (20%): measurable commitments 5%, written answer 15%.", "b") == (75, 25)
    assert split("A quarter of the social value marks go to the narrative response and the other three quarters to "
                 "the quantified commitments.", "c") == (25, 75)
    # parts given as shares of the whole, with no social value total: no split
    assert split("Social value is marked on a written response (8%) and TOMs commitments (2%).", "d") is None


def test_points_of_a_total_of_100_stated_in_its_own_sentence_and_question_boxes_with_points(tmp_path):
    files = [
        {"name": "itt.docx", "pages": [[
            ("p", "Bids are marked in points, and the maximum score is 100 marks. Cost: 50 marks. Quality: 30 marks. "
                  "Social value: 20 marks.")]]},
        {"name": "form.docx", "pages": [[
            ("t", [["Question ref", "A"], ["Question", "Describe how you will recruit people from the local area."],
                   ["Points", "20"], ["Word limit", "500"]])]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["social_value_weighting_percent"]["value"] == 20
    files[0]["pages"][0][0] = ("p", "Question weightings are in points; the total will be 100 points. Cost: 50 points.")
    data = intake(write_pack(files, tmp_path / "b"))
    assert data["questions"][0]["weighting_percent"] == 20


def test_scales_of_named_grades_with_marks_and_marks_in_words_and_figures(tmp_path):
    def scale(text, name):
        found = _tender_of([("p", text)], tmp_path / name)["scoring_scale"]
        return found and found["value"]
    assert scale("Each method statement is graded Missing (0), Poor (1), Fair (2), Good (3) and Superb (4).", "a") == "0-4"
    assert scale("Scores range from zero (0) to five (5).", "b") == "0-5"
    # a pair of marks in brackets is no scale, nor are grades that are not one step apart
    assert scale("The site (1) and the depot (2) are both in scope.", "c") is None
    assert scale("Answers are marked Poor (1), Good (5), Fine (9), Great (12).", "d") is None


def test_a_rate_beside_the_value_is_not_a_second_amount(tmp_path):
    def value(text, name):
        tender = _tender_of([("p", text)], tmp_path / name)
        return tender["value_gbp"] and tender["value_gbp"]["value"], tender["annual_value_gbp"] and tender["annual_value_gbp"]["value"]
    assert value("Estimated value: about £54,000 over the two years, for some 300 visits a year at £90 a visit.", "a") \
        == (54000, None)
    assert value("Budget: £12,000 per annum, paid at £25 per hour.", "b") == (None, 12000)
    assert value("Budget: £40 each.", "c") == (None, None)  # a rate alone is no value


def test_a_letterhead_of_a_name_and_a_postal_address_names_the_buyer(tmp_path):
    def buyer(first_line, name):
        found = _tender_of([("p", first_line), ("h", "Library Courier Service"),
                            ("p", "We invite quotations for a weekly courier between our sites.")],
                           tmp_path / name, "rfq.pdf")["buyer"]
        return found and found["value"]
    assert buyer("Riverside Sixth Form College, 12 Mill Lane, Widnes, WA8 7QT", "a") == "Riverside Sixth Form College"
    assert buyer("University of Sefton Coast, Marine Drive, Southport, PR8 1RX", "b") == "University of Sefton Coast"
    # an address with no body's name, or with no postcode, names no buyer
    assert buyer("Unit 4, Mill Lane, Widnes, WA8 7QT", "c") is None
    assert buyer("Riverside Sixth Form College, Mill Lane, Widnes", "d") is None


def test_marks_of_a_table_total_in_question_titles_and_a_split_in_the_totals_unit(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("t", [["Part", "Points available"], ["Cost", "300"], ["Technical", "150"], ["Social Value", "50"],
               ["Total", "500"]]),
        ("p", "Of the 50 social value points, 30 go to the method statement and 20 are for the TOMs commitments you make."),
        ("p", "T1 Depot and vehicles: 100 points"),
        ("p", "Describe the depot and vehicles you will use."),
        ("p", "Maximum 800 words.")]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["questions"][0]["weighting_percent"] == 20
    assert (data["tender"]["qualitative_percent"]["value"], data["tender"]["quantitative_percent"]["value"]) == (60, 40)


def test_percentages_listed_after_a_lead_in_as_shares_of_quality_are_not_shares_of_the_whole(tmp_path):
    def weighting(sentence, name):
        found = _tender_of([("h", "Grounds Maintenance"), ("p", "Cost 30% / Quality 70%. " + sentence)],
                           tmp_path / name)["social_value_weighting_percent"]
        return found and found["value"]
    # the lead-in says every % after it is a share of the quality marks: worked out against quality's 70%
    assert weighting("Quality is split into three criteria, given as percentages of the quality marks: Delivery 50%, "
                     "Staffing 30% and Social Value 20%.", "a") == 14
    assert weighting("Weights below are proportions of the technical score - Social Value 10%, Delivery 90%.", "b") == 7
    # no lead-in: a share of the whole, as before
    assert weighting("Criteria: Delivery 50%, Social Value 20%.", "c") == 20


def test_marks_in_a_bracket_label_and_a_total_said_as_what_is_available(tmp_path):
    files = [{"name": "itt.pdf", "pages": [
        [("h", "Scoring"),
         ("p", "The total score available is 500 points. Cost 200 points, technical 225 points, social value 75 points.")],
        [("h", "5. Social value question"),
         ("p", "B7 Supporting the local community [Marks available: 75]"),
         ("p", "Describe the local benefits you will deliver through this contract."),
         ("p", "Maximum 600 words.")]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["social_value_weighting_percent"]["value"] == 15
    (question,) = data["questions"]
    assert (question["id"], question["weighting_percent"], question["word_limit"]) == ("B7", 15, 600)


def test_a_buyer_buying_for_its_own_borough_after_an_aside_and_a_route_place_the_work(tmp_path):
    def area(sentence, name):
        found = _tender_of([("h", "Verge Cutting"), ("p", sentence)], tmp_path / name)["area"]
        return found and found["value"]
    # an aside between the body and its buying, the work placed across its own area by kind
    assert area("Knowsley Council, working with its parks team, invites tenders for verge cutting and litter picking "
                "throughout the borough.", "a") == "Knowsley"
    # a route the service runs: its stops, even sites named for their place
    assert area("We need a minibus service running between Whiston Hospital and Southport Hospital on weekdays.",
                "b") in ("Knowsley", "St Helens", "Southport", "Sefton")
    # a body merely buying, with no place given, states no area
    assert area("Knowsley Council, working with its parks team, invites tenders for verge cutting.", "c") is None


def test_how_often_a_service_runs_is_no_part_of_the_service(tmp_path):
    def service(sentence, name):
        found = _tender_of([("p", sentence)], tmp_path / name)["service"]
        return found and found["value"]
    assert service("The Trust wishes to appoint a contractor to provide a laundry collection of ward linen, twice a "
                   "week, with a same-day return.", "a") == "a laundry collection of ward linen"
    assert service("The Council is seeking a provider to run a dial-a-ride minibus every 30 minutes from 7am.",
                   "b") == "a dial-a-ride minibus"


def test_a_question_box_whose_first_row_is_the_id_and_the_question(tmp_path):
    files = [{"name": "response form.docx", "pages": [[
        ("h", "Response Form"),
        ("t", [["M1", "Explain how you will staff the reception desk during evening events."],
               ["Weighting", "20%"], ["Maximum length", "600 words"], ["Your answer", ""]]),
        ("t", [["M2", "What local social value will you deliver through this contract?"],
               ["Weighting", "10%"], ["Maximum length", "400 words"], ["Your answer", ""]])]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["weighting_percent"], q["word_limit"]) for q in questions] == [("M1", 20, 600), ("M2", 10, 400)]


def test_a_deadline_in_a_timetable_sentence_a_return_of_tenders_row_and_tenders_that_must_reach_the_buyer(tmp_path):
    def deadline(blocks, name):
        found = _tender_of(blocks, tmp_path / name)["deadline"]
        return found and found["value"]
    # one clause a date each: the clarification and interview dates beside it are not the deadline
    assert deadline([("p", "Key dates: site visits end 3/5/2031; bids are due by noon on 19 May 2031; interviews "
                           "take place on 2 June 2031.")], "a") == "2031-05-19"
    assert deadline([("t", [["Stage", "Date"], ["Receipt of quotations", "9th Jun. 2031, 4pm"]])], "b") == "2031-06-09"
    assert deadline([("p", "Completed bids must arrive with the Authority by 5pm on Friday 4th July 2031.")], "c") \
        == "2031-07-04"
    # a clause about questions only: no deadline
    assert deadline([("p", "Questions are due by 1 May 2031; we will answer them within five days.")], "d") is None


def test_value_in_words_money_said_to_be_available_and_a_part_of_the_whole(tmp_path):
    def value(blocks, name):
        found = _tender_of(blocks, tmp_path / name)["value_gbp"]
        return found and found["value"]
    assert value([("t", [["Key facts", ""], ["Whole-life value", "three hundred and twenty-five thousand pounds"]])],
                 "a") == 325000
    assert value([("p", "Around £2.4m has been allocated for the full four years of the service.")], "b") == 2400000
    # a part said of the amount before it is no second amount
    assert value([("p", "Estimated value: £610,000 over the term, of which about £90k is for equipment.")], "c") == 610000
    # the end of a longer number in words is not read as a number of its own
    assert value([("p", "The contract value is nine point two million pounds.")], "d") is None


def test_words_to_number_reads_one_number_and_refuses_a_list():
    from assistant.tender_numbers import spell_units, words_to_number
    assert words_to_number("six hundred and five thousand") == 605000
    assert words_to_number("a million") == 1000000
    assert words_to_number("three four hundred") is None
    assert spell_units("two million, fifty thousand pounds in total") == "£2,050,000 in total"
    assert spell_units("forty thousand pounds (£40,000)") == "forty thousand pounds (£40,000)"  # figures follow


def test_a_scale_of_marks_each_with_its_meaning_letter_grades_or_descriptors_before_bare_marks(tmp_path):
    def scale(sentence, name):
        found = _tender_of([("h", "Evaluation"), ("p", sentence)], tmp_path / name)["scoring_scale"]
        return found and found["value"]
    assert scale("Scoring: 1 - not acceptable; 2 - below expectations; 3 - as expected; 4 - above expectations.",
                 "a") == "1-4"
    assert scale("Answers are rated A = 3 (strong), B = 2, C = 1, D = 0 (nothing relevant).", "b") == "0-3"
    assert scale("Each answer is marked Fail 0, Weak 1, Adequate 2, Strong 3.", "c") == "0-3"
    # marks that skip a step, or are not about scoring, are no scale
    assert scale("Scoring: 0 - none; 2 - some; 5 - all; 7 - more.", "d") is None
    assert scale("Rooms: A = 4 seats, B = 3, C = 2, D = 1.", "e") is None


def test_a_split_in_fractions_in_words_or_bare_marks_and_a_fraction_of_the_non_price_score(tmp_path):
    def tender(sentences, name):
        return _tender_of([("h", "Evaluation")] + [("p", s) for s in sentences], tmp_path / name)

    def split(found):
        return found["qualitative_percent"] and (found["qualitative_percent"]["value"],
                                                 found["quantitative_percent"]["value"])
    # the second fraction given to its part without 'of'
    found = tender(["Social value counts for 10%.", "Two fifths of the social value score is for the narrative "
                    "response and three fifths for the TOMs offer."], "a")
    assert split(found) == (40, 60) and found["social_value_weighting_percent"]["value"] == 10
    # bare marks of social value's own total, the second's verb left out
    assert split(tender(["Of the 80 social value marks, 60 go to the method statement and 20 for the measurable "
                         "commitments."], "b")) == (75, 25)
    # a fraction of the non-price score, worked out against the non-price share
    found = tender(["Price is worth 70% and the non-price element 30%.",
                    "Social value is one-third of the non-price score."], "c")["social_value_weighting_percent"]
    assert found["value"] == 10
    # 'one quarter' not given to a part ('in the first quarter') is no share
    from assistant.tender_numbers import percent_signs
    assert percent_signs("Work starts in one quarter and ends in the next.") == "Work starts in one quarter and ends in the next."


def test_a_named_three_way_ratio_and_a_weighting_column_totalling_100(tmp_path):
    def weighting(blocks, name):
        found = _tender_of([("h", "Award")] + blocks, tmp_path / name)["social_value_weighting_percent"]
        return found and found["value"]
    assert weighting([("p", "Bids are compared on Cost : Technical : Social Value in a ratio of 45 : 40 : 15.")], "a") == 15
    # numbers that do not add up to 100, or no social value part, give nothing
    assert weighting([("p", "Cost : Technical : Social Value in a ratio of 45 : 40 : 10.")], "b") is None
    assert weighting([("t", [["Criterion", "Weighting"], ["Price", "55"], ["Delivery", "35"],
                             ["Community benefits (social value)", "10"], ["Total", "100"]])], "c") == 10
    assert weighting([("t", [["Criterion", "Weighting"], ["Price", "55"], ["Social value", "10"]])], "d") is None


def test_a_question_titled_with_its_share_of_the_quality_score_is_weighted_against_quality(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Award criteria"), ("p", "Cost 50% and Quality 50%."),
        ("h", "Method statements"),
        ("p", "M1 Staffing (30% of the quality score)"),
        ("p", "Describe how you will cover sickness and holidays."),
        ("p", "Maximum 500 words."),
        ("p", "M2 Local benefit (70% of the quality score)"),
        ("p", "What social value will you deliver for local people?"),
        ("p", "Maximum 500 words.")]]}]
    data = intake(write_pack(files, tmp_path / "a"))
    assert [(q["id"], q["weighting_percent"], q["share_of_quality_percent"]) for q in data["questions"]] == [
        ("M1", 15, 30), ("M2", 35, 70)]
    # without one quality weighting, the share is kept and no weighting is asserted
    files[0]["pages"][0][1] = ("p", "Bids are judged on cost and quality.")
    data = intake(write_pack(files, tmp_path / "b"))
    assert [(q["weighting_percent"], q["share_of_quality_percent"]) for q in data["questions"]] == [(None, 30), (None, 70)]


def test_an_extension_of_a_year_said_with_a():
    assert _term("The term is 36 months; the Authority may extend it for a further year if funding allows.") == (36, 12, True)
    assert _term("The Trust may extend the agreement by up to a year.")[1] == 12
    # money a year is no period
    assert _term("Licence fees are £300 a year.") == (None, None, None)


def test_social_value_assessed_against_the_buyers_own_commitments_by_their_proper_name_is_bespoke(tmp_path):
    def framework(sentence, name):
        found = _tender_of([("h", "Evaluation"), ("p", sentence)], tmp_path / name)["framework"]
        return found and found["value"]
    assert framework("Social value answers are marked against our Good Neighbour Compact.", "a") == "bespoke"
    assert framework("Social value is evaluated using Riverside Homes' Tenant Deal, our promises to residents.",
                     "b") == "bespoke"
    # a named national framework still wins; an unnamed 'our approach' names none
    assert framework("Social value is assessed against our National TOMs return.", "c") == "national-toms"
    assert framework("Social value is assessed against our approach to local spend.", "d") is None


def test_the_before_a_proper_name_is_the_buyers_name_and_before_a_short_form_is_not(tmp_path):
    def buyer(sentence, name):
        found = _tender_of([("h", "Patient Transport"), ("p", sentence)], tmp_path / name)["buyer"]
        return found and found["value"]
    assert buyer("The Walton Centre NHS Foundation Trust wishes to appoint a courier for pathology samples.", "a") \
        == "Walton Centre NHS Foundation Trust"
    assert buyer("The Trust wishes to appoint a courier for pathology samples.", "b") is None
    assert buyer("The Contracting Authority requires a courier for pathology samples.", "c") is None


def test_the_city_of_a_council_named_for_its_place_and_a_letterhead_address_give_the_area(tmp_path):
    def area(blocks, name):
        found = _tender_of(blocks, tmp_path / name, "itt.pdf")["area"]
        return found and found["value"]
    assert area([("p", "Knowsley Metropolitan Borough Council - Parks"),
                 ("p", "We want a contractor to empty litter bins in parks throughout the borough every week.")],
                "a") == "Knowsley"
    assert area([("p", "Mersey Vale Housing, 2 Dock Road, Runcorn, WA7 1AB"), ("h", "Lift Servicing"),
                 ("p", "We need a contractor to service the passenger lifts in our blocks.")], "b") == "Halton"
    # 'across the city' with no council named for its place on the page, or two of them: no area
    assert area([("p", "We want bins emptied across the city.")], "c") is None
    assert area([("p", "Sefton Council and Wirral Council want bins emptied across the borough.")], "d") is None


def test_a_mark_table_row_whose_meaning_is_not_a_usual_descriptor_is_still_one_of_its_marks(tmp_path):
    def scale(rows, name):
        found = _tender_of([("h", "Scoring"), ("t", [["Mark", "What it means"], *rows])], tmp_path / name, "itt.pdf")
        return (found["scoring_scale"] or {}).get("value")
    assert scale([["5", "Excellent - full confidence"], ["4", "Good"], ["3", "Adequate"], ["2", "Weak"],
                  ["1", "Poor"], ["0", "Nothing submitted or off-topic"]], "a") == "0-5"
    # a run that never began on a descriptor is still no scale
    assert scale([["3", "Nothing submitted"], ["2", "Something submitted"], ["1", "Half submitted"]], "b") is None


def test_the_points_listed_under_a_question_box_that_ends_with_a_colon_are_its_sub_criteria(tmp_path):
    box = [["Ref", "CB2"], ["Question", "How will you support the neighbourhoods around our depots? Address:"],
           ["Word limit", "600"], ["Answer", ""]]
    files = [{"name": "response.docx", "pages": [[
        ("h", "Response Form"), ("t", box), ("b", "paid placements for school leavers"),
        ("b", "spend with small firms in the borough"), ("p", "Part C - Declarations")]]}]
    question = intake(write_pack(files, tmp_path / "a"))["questions"][0]
    assert question["sub_criteria"] == ["paid placements for school leavers", "spend with small firms in the borough"]
    # a box whose question is complete does not take the bullets that follow it
    box[1][1] = "How will you support the neighbourhoods around our depots?"
    files[0]["pages"][0][1] = ("t", box)
    question = intake(write_pack(files, tmp_path / "b"))["questions"][0]
    assert question["sub_criteria"] == []


def test_a_part_evaluated_against_the_buyers_own_named_commitments_on_local_jobs_is_social_value(tmp_path):
    itt = [("h", "Lift Servicing"),
           ("p", "Marks: Part B Price 60%, Part C Method 25% and Our Streets Promise (Part D) 15%."),
           ("p", "Part D is marked against our Our Streets Promise, what we have pledged to tenants on local "
                 "apprenticeships and spend with firms in the borough."),
           ("p", "Marks are percentages of the overall evaluation.")]
    box = [["Ref", "D1"], ["Question", "How will your work keep the pledges in the Our Streets Promise?"],
           ["Marks", "15"], ["Word limit", "700"], ["Answer", ""]]
    files = [{"name": "itt.docx", "pages": [itt]}, {"name": "form.docx", "pages": [[("h", "Response Form"), ("t", box)]]}]
    result = intake(write_pack(files, tmp_path / "a"))
    assert result["tender"]["framework"]["value"] == "bespoke"
    assert result["tender"]["social_value_weighting_percent"]["value"] == 15
    question = result["questions"][0]
    assert question["social_value"] and question["weighting_percent"] == 15
    # the buyer's own named rules about something else (site safety) are no name for social value
    itt[2] = ("p", "Part D is marked against our Safe Sites Code, the rules for scaffolding and lifting.")
    box[1][1] = "How will your work keep to the Safe Sites Code?"
    result = intake(write_pack(files, tmp_path / "b"))
    assert result["tender"]["framework"] is None and not result["questions"][0]["social_value"]


def test_the_whole_marked_out_of_a_total_and_social_value_in_a_list_of_marks_that_says_its_unit_once(tmp_path):
    blocks = [("h", "Gritting"), ("p", "Tenders are scored out of a maximum of 2,000. Of these, 1,200 marks go to cost, "
                                       "500 to method and 300 to social value."),
              ("p", "Q1 Winter readiness - 300 marks"), ("p", "How will you keep the fleet ready for the first frost?")]
    result = intake(write_pack([{"name": "itt.docx", "pages": [blocks]}], tmp_path / "a"))
    assert result["tender"]["social_value_weighting_percent"]["value"] == 15
    assert result["questions"][0]["weighting_percent"] == 15
    # an answer's own scale out of 100 is no total of the whole, and a list without its unit is not read
    blocks[1] = ("p", "Each answer is scored out of 100. Of these, 1,200 go to cost, 500 to method and 300 to social value.")
    result = intake(write_pack([{"name": "itt.docx", "pages": [blocks]}], tmp_path / "b"))
    assert result["tender"]["social_value_weighting_percent"] is None and result["questions"][0]["weighting_percent"] is None


@pytest.mark.parametrize("file", ["itt.pdf", "itt.docx"])
def test_a_grade_then_mark_table_ending_on_a_meaning_that_is_no_descriptor_is_read_whole(tmp_path, file):
    grades = [["Grade", "Marks given"], ["Excellent", "4"], ["Good", "3"], ["Adequate", "2"], ["Poor", "1"],
              ["Blank or off-topic", "0"]]
    blocks = [("h", "Scoring"), ("t", grades), ("h", "Method questions"), ("p", "Q1 Mobilisation - 40 marks"),
              ("p", "Describe how you will take over the rounds from the current operator."), ("p", "Max 800 words")]
    result = intake(write_pack([{"name": file, "pages": [blocks]}], tmp_path))
    assert result["tender"]["scoring_scale"]["value"] == "0-4"
    # the table's rows ('Good 3', 'Poor 1') are not question ids that swallow the question after them
    assert [(q["id"], q["word_limit"]) for q in result["questions"]] == [("Q1", 800)]


def test_a_mark_table_read_as_plain_lines_one_row_a_line_is_a_scale():
    from assistant.tasks.intake import find_scoring_scale
    from assistant.tender_reader import Line

    def scale(texts):
        found = find_scoring_scale([Line(t, "itt.pdf", 2) for t in texts])
        return sorted({f.value for f in found})
    assert scale(["Marking guide", "Strong 3", "Adequate 2", "Weak 1", "Nothing relevant 0"]) == ["0-3"]
    assert scale(["3 Strong - convincing and evidenced", "2 Adequate", "1 Limited", "0 Nothing relevant"]) == ["0-3"]
    # lines of other numbers that open on no descriptor are no scale
    assert scale(["Price 400", "Quality 500", "Social value 100"]) == []


def test_a_term_given_as_two_dates_and_an_extension_to_a_third():
    assert _term("The agreement runs from 1 April 2031 until 31 March 2033 and can be extended until 31 March 2034.")[:2] \
        == (24, 12)
    # a third date that is no extension's end leaves the term unread rather than guessed
    assert _term("The agreement runs from 1 April 2031 until 31 March 2033; a mid-term review on 1 May 2032.")[:2] \
        == (None, None)


def test_a_letterhead_after_the_documents_kind_or_with_its_part_named_as_a_list_gives_the_buyer(tmp_path):
    def buyer(line, name):
        found = _tender_of([("h", "Library Courier"), ("p", line),
                            ("p", "We want a courier to move books between branch libraries.")], tmp_path / name)["buyer"]
        return found and found["value"]
    assert buyer("Request for Quotation - Sefton Metropolitan Borough Council, Libraries and Culture", "a") \
        == "Sefton Metropolitan Borough Council"
    assert buyer("Wirral Council - Libraries, Archives and Heritage", "b") == "Wirral Council"
    # a sentence that only opens with a council's name is no letterhead
    assert buyer("Invitation to Tender - Wirral Council wants this done soon, we hope", "c") is None


def test_a_share_of_the_marks_said_as_one_in_so_many_and_a_split_whose_second_part_is_what_bidders_commit_to_in_the_toms(
        tmp_path):
    blocks = [("h", "Evaluation"),
              ("p", "Cost is weighted 45% and method 35%. One in five points available is for social value."),
              ("p", "Social value is assessed with the National TOMs: three quarters of the social value points go to "
                    "your written answer and one quarter to the offers you submit on the TOMs portal.")]
    tender = _tender_of(blocks, tmp_path / "a")
    assert tender["social_value_weighting_percent"]["value"] == 20
    assert (tender["qualitative_percent"]["value"], tender["quantitative_percent"]["value"]) == (75, 25)
    # a score out of so many is no share of the marks
    tender = _tender_of([("h", "Evaluation"), ("p", "A bid scoring 3 out of 5 points on social value passes.")], tmp_path / "b")
    assert tender["social_value_weighting_percent"] is None


def test_a_term_chain_with_a_bare_part_in_words_and_evenly_spaced_marks_up_to_100(tmp_path):
    assert _term("Duration: three years + two.")[:2] == (36, 24)
    assert _term("Duration: four years + one + one.")[:2] == (48, 24)
    scale = _tender_of([("h", "Scoring"), ("p", "Every response is marked 0 (None), 25 (Weak), 50 (Fair), 75 (Strong) or "
                                               "100 (Outstanding).")], tmp_path / "a")["scoring_scale"]
    assert scale["value"] == "0-100"
    # marks not evenly spaced up to 100 are no scale read from the list
    scale = _tender_of([("h", "Scoring"), ("p", "Every response is marked 0, 25, 60 or 100.")], tmp_path / "b")["scoring_scale"]
    assert scale is None


def test_a_closing_date_in_a_one_sentence_timetable_with_its_date_straight_after(tmp_path):
    def deadline(sentence, name):
        found = _tender_of([("h", "Grass Cutting"), ("p", sentence)], tmp_path / name)["deadline"]
        return found and found["value"]
    assert deadline("Key dates: site visit 3rd March 2031; closing date and time 12:00, Friday 21st March 2031; "
                    "interviews 4th April 2031.", "a") == "2031-03-21"
    assert deadline("Closing date: 28 February 2031.", "b") == "2031-02-28"
    # the closing date for clarification questions is not the tender's
    assert deadline("Key dates: closing date for clarification questions 10 March 2031.", "c") is None


def test_a_split_in_marks_in_words_in_the_sentence_after_one_about_social_value_that_adds_up_to_its_marks(tmp_path):
    def split(blocks, name):
        tender = _tender_of([("h", "Evaluation"), *blocks], tmp_path / name)
        return tuple((tender[k] or {}).get("value") for k in ("qualitative_percent", "quantitative_percent"))
    stated = ("p", "Tenders are scored out of 500 marks in total: 300 marks for cost, 150 marks for method and 50 marks "
                   "for social value.")
    assert split([stated, ("p", "Social value uses the National TOMs. Thirty-five marks go to the method statement and "
                                "fifteen marks to the commitments you record on the Social Value Portal.")], "a") == (70, 30)
    # marks that do not add up to social value's own are not its split
    assert split([stated, ("p", "Social value uses the National TOMs. Forty marks go to the method statement and "
                                "thirty marks to the commitments you record on the Social Value Portal.")], "b") == (None, None)


def test_work_in_and_around_a_place_is_there(tmp_path):
    def area(sentence, name):
        found = _tender_of([("h", "Dog Warden Service"), ("p", sentence)], tmp_path / name)["area"]
        return found and found["value"]
    assert area("We want a dog warden to patrol parks and beaches in and around Wirral, seven days a week.", "a") == "Wirral"
    assert area("The wardens will patrol the streets around Widnes town centre.", "b") == "Halton"


def test_a_title_under_a_long_letterhead_address_in_a_pdf_is_a_heading_not_the_address_wrapping_on(tmp_path):
    blocks = [("p", "Mersey Estuary Community Health Partnership NHS Trust, Old Dock Road, Birkenhead, CH41 1AA"),
              ("h", "Wellbeing Walks Programme"),
              ("p", "The Trust wants a provider to lead weekly walking groups for patients recovering from surgery.")]
    assert len(blocks[0][1]) >= 80
    title = _tender_of(blocks, tmp_path, "itt.pdf")["title"]
    assert title and title["value"] == "Wellbeing Walks Programme"


def test_a_two_page_pdfs_running_header_and_numbered_footer_are_not_its_title(tmp_path):
    pages = [[("p", "Sefton Leisure | Commissioning | RESTRICTED"), ("h", "Community Swimming Lessons"),
              ("p", "Sefton Council wants a provider to teach swimming to primary school pupils."),
              ("p", "Swim ref SLC-77 - sheet 1")],
             [("p", "Sefton Leisure | Commissioning | RESTRICTED"), ("h", "Scoring"),
              ("p", "Quality carries 60% and price 40%."),
              ("p", "Swim ref SLC-77 - sheet 2")]]
    data = intake(write_pack([{"name": "itt.pdf", "pages": pages}], tmp_path / "a"))
    assert data["tender"]["title"]["value"] == "Community Swimming Lessons"
    # the same limit ending both pages of a questionnaire is its text, kept: each question keeps its limit
    questions = [[("p", "Question 1 (Delivery)"), ("p", "How will you run the lessons at each pool?"),
                  ("p", "Max. 400 words")],
                 [("p", "Question 2 (Social Value)"), ("p", "Explain the social value you will add in Sefton."),
                  ("p", "Max. 400 words")]]
    found = intake(write_pack([{"name": "itt.pdf", "pages": pages},
                               {"name": "questions.pdf", "pages": questions}], tmp_path / "b"))["questions"]
    assert [q["word_limit"] for q in found] == [400, 400]


def test_a_pdf_covers_first_line_over_invitation_to_tender_is_its_title(tmp_path):
    blocks = [("p", "School crossing patrol cover for 12 sites"),
              ("p", "Invitation to Tender"),
              ("p", "Knowsley Council wants a provider to staff school crossing patrols during term time.")]
    title = _tender_of(blocks, tmp_path / "a", "itt.pdf")["title"]
    assert title and title["value"] == "School crossing patrol cover for 12 sites"
    # a letterhead there is the buyer, not the title
    blocks = [("p", "Knowsley Metropolitan Borough Council"), ("p", "Invitation to Tender"),
              ("p", "The Council wants a provider to staff school crossing patrols during term time.")]
    title = _tender_of(blocks, tmp_path / "b", "itt.pdf")["title"]
    assert title is None or "Council" not in title["value"]
    # an annex's heading naming its part is not the title either
    blocks = [("h", "Annex B: quality method statements"), ("p", "MS1 - Delivery (20%)"),
              ("p", "Describe how you will staff the patrols.")]
    title = _tender_of(blocks, tmp_path / "c", "annex.docx")["title"]
    assert title is None


def test_evaluation_points_in_a_question_box_and_points_of_the_100_are_percentages(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Scoring"),
        ("p", "Social value is worth 12 of the 100 tender marks; quality 48 and price 40."),
        ("t", [["Question 3.1", "How will you keep the allotment sites tidy and safe through the year?"],
               ["Evaluation marks", "30"], ["Word limit", "700"], ["Response", ""]]),
        ("t", [["Question 3.2", "Describe the social value you will deliver for local residents, including jobs "
                                "and volunteering."],
               ["Evaluation marks", "12"], ["Word limit", "500"], ["Response", ""]]),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["social_value_weighting_percent"]["value"] == 12
    assert [(q["word_limit"], q["weighting_percent"]) for q in data["questions"]] == [(700, 30), (500, 12)]
    # marks whose whole is not said to be 100 stay marks, not percentages
    files[0]["pages"][0][1] = ("p", "Quality and social value are scored together.")
    found = intake(write_pack(files, tmp_path / "b"))["questions"]
    assert [q["weighting_percent"] for q in found] == [None, None]


def test_tenders_marked_out_of_100_make_table_marks_percentages(tmp_path):
    blocks = [("p", "Bids are scored out of 100: price 50 marks, quality 35 marks and social value 15 marks."),
              ("t", [["Ref", "Question", "Marks", "Word limit"],
                     ["T1", "Describe how you will staff the help desk at peak times.", "35", "600"]])]
    found = intake(write_pack([{"name": "itt.docx", "pages": [blocks]}], tmp_path))["questions"]
    assert [q["weighting_percent"] for q in found] == [35]


def test_a_question_about_the_services_own_recruits_is_not_social_value_beside_the_labelled_one(tmp_path):
    blocks = [("p", "Quality questions"),
              ("p", "Q1 - Building the mentor team (25%)"),
              ("p", "How will you recruit, train and keep volunteer mentors who reflect the communities you support?"),
              ("p", "Word count: 700 maximum"),
              ("p", "Social value question"),
              ("p", "SV1 - Social value for St Helens (10%)"),
              ("p", "What social value will this contract add in St Helens beyond the mentoring itself?"),
              ("p", "Word count: 500 maximum")]
    found = intake(write_pack([{"name": "itt.pdf", "pages": [blocks]}], tmp_path))["questions"]
    assert [(q["id"], q["social_value"]) for q in found] == [("Q1", False), ("SV1", True)]


def test_the_buyers_own_named_pledge_is_the_framework_when_a_published_one_is_only_background(tmp_path):
    def framework(sentences, name):
        blocks = [("h", "Evaluation"), *[("p", s) for s in sentences]]
        found = _tender_of(blocks, tmp_path / name)["framework"]
        return found and found["value"]
    pledge = ("Social value will be evaluated against the Sefton Stronger Communities Charter, the Council's "
              "promises on local jobs and greener streets.")
    background = "Our 2028 social value report, compiled with the National TOMs, showed £3m of benefit."
    assert framework([pledge, background], "a") == "bespoke"
    # a published framework bids are scored with still wins over the pledge named beside it
    assert framework([pledge, "Commitments will be scored using the National TOMs."], "b") == "national-toms"


def test_a_place_in_a_question_does_not_join_the_heading_above_it_into_the_packs_own_prose(tmp_path):
    pages = [[("p", "The Council wants a provider to run holiday activity clubs at the youth centres in Huyton and "
                    "Kirkby.")],
             [("p", "Method statements"),
              ("p", "M1 - Staffing the clubs (30%)"),
              ("p", "How will you recruit play workers who reflect the children of Sefton, and how will you support "
                    "them?"),
              ("p", "Word count: 600 maximum")]]
    area = intake(write_pack([{"name": "itt.pdf", "pages": pages}], tmp_path))["tender"]["area"]
    assert (area["value"], area["page"]) == ("Knowsley", 1)


def test_a_pdf_covers_document_name_line_does_not_run_on_into_the_buyers_sentence(tmp_path):
    blocks = [("p", "Garden waste collection rounds for 2030"),
              ("p", "Request for quotation"),
              ("p", "Knowsley Council invites quotations from licensed waste carriers to collect garden waste from "
                    "households on fortnightly rounds between March and November.")]
    tender = _tender_of(blocks, tmp_path, "rfq.pdf")
    assert tender["buyer"] and tender["buyer"]["value"] == "Knowsley Council"


def test_a_descriptor_table_with_its_mark_in_the_last_column_is_the_scale(tmp_path):
    table = ("t", [["Rating", "Guidance for evaluators", "Points"],
                   ["Excellent", "Fully meets the need, with examples from comparable contracts", "3"],
                   ["Good", "Meets the need with only small omissions", "2"],
                   ["Poor", "Misses important parts of the need", "1"],
                   ["Unacceptable", "Blank, or off the point entirely", "0"]])
    for file in ("itt.pdf", "itt.docx"):
        blocks = [("h", "Scoring"), ("p", "Answers are rated with the table below."), table]
        scale = _tender_of(blocks, tmp_path / file, file)["scoring_scale"]
        assert scale and scale["value"] == "0-3", file


def test_an_option_of_the_next_year_and_further_single_years_are_extensions():
    assert _term("Term: 3 years, with the option of a fourth year.") == (36, 12, True)
    assert _term("A one-year licence that may be extended by two further single years.")[:2] == (12, 24)
    # an ordinal year that is not the next one is not read as an extension
    assert _term("Term: 3 years with the option of a fifth year.")[1] is None


def test_marks_listed_after_awarded_or_given_are_the_scale(tmp_path):
    def scale(sentence, name):
        found = _tender_of([("h", "Evaluation"), ("p", sentence)], tmp_path / name)["scoring_scale"]
        return found and found["value"]
    assert scale("Every response is given 0, 1, 2, 3, 4 or 5 points by each panel member.", "a") == "0-5"
    assert scale("Method statements are each awarded 1, 2 or 3 marks, 3 being the highest.", "b") == "1-3"
    # a list of lot numbers awarded is not a scale
    assert scale("Contracts may be awarded for lots 2, 3 or 5 only.", "c") is None


def test_a_whole_value_with_its_annual_rate_in_brackets_is_the_value(tmp_path):
    blocks = [("h", "Street Lighting Maintenance"),
              ("p", "Estimated contract value £1.5m (£300,000 per annum over the five years), before VAT.")]
    tender = _tender_of(blocks, tmp_path)
    assert tender["value_gbp"]["value"] == 1500000
    assert tender["annual_value_gbp"]["value"] == 300000


def test_a_term_stated_for_every_lot_is_the_contracts_term(tmp_path):
    blocks = [("h", "Grounds Maintenance (3 Lots)"),
              ("p", "All three lots will run for 4 years from 1 April 2030."),
              ("p", "Lot 2 will run for 2 years only if the depot lease is not renewed.")]
    months = _tender_of(blocks, tmp_path)["months"]
    assert months and months["value"] == 48


def test_a_social_value_ratio_split_and_a_toms_return_part(tmp_path):
    def split(sentence, name):
        blocks = [("h", "Evaluation"), ("p", "Price 60%, quality 30%, social value 10%."), ("p", sentence)]
        tender = _tender_of(blocks, tmp_path / name)
        return tuple(tender[k] and tender[k]["value"] for k in ("qualitative_percent", "quantitative_percent"))
    assert split("Social value marks are split 70:30 between the method statement and the measures you enter in the "
                 "TOMs portal.", "a") == (70, 30)
    assert split("For social value, the TOMs return earns 25% of the social value marks and the written response "
                 "75%.", "b") == (75, 25)
    # a ratio that is not a split between the two parts is not read
    assert split("Social value is weighted 10:90 against the rest of the tender.", "c") == (None, None)


def test_an_id_line_holding_only_its_bracketed_weighting_gives_the_weighting(tmp_path):
    blocks = [("h", "Part C: questions"),
              ("p", "C4 (8% of the overall score)"),
              ("p", "Describe how you will keep residents informed when a collection is missed."),
              ("p", "Limit: 400 words.")]
    found = intake(write_pack([{"name": "part-c.docx", "pages": [blocks]}], tmp_path))["questions"]
    assert [(q["id"], q["weighting_percent"], q["word_limit"]) for q in found] == [("C4", 8, 400)]


@pytest.mark.parametrize("sentence, value", [
    # a whole over the initial years with a hedged yearly figure in brackets
    ("The estimated contract value is £2.7m over the initial two years (roughly £1.35m per annum).", 2_700_000),
    # a whole for the initial months with a monthly figure in brackets: the month's rate is not a second value
    ("The estimated contract value is £96,000 for the initial 16 months (£6,000 per month).", 96_000),
    # a whole with a bracketed breakdown that adds up to it
    ("The estimated contract value is £5m over four years (North £2m, Central £1.5m, South £1.5m).", 5_000_000),
])
def test_a_whole_beside_its_rate_or_its_parts_is_the_value(tmp_path, sentence, value):
    tender = _tender_of([("h", "Street Lighting Maintenance"), ("p", sentence)], tmp_path)
    assert tender["value_gbp"] and tender["value_gbp"]["value"] == value


def test_parts_that_do_not_add_up_are_not_taken_for_a_breakdown(tmp_path):
    tender = _tender_of([("h", "Street Lighting Maintenance"),
                         ("p", "The estimated contract value is £5m over four years (North £2m, South £1m).")], tmp_path)
    assert tender["value_gbp"] is None


def test_a_combined_value_beats_one_financial_years_budget(tmp_path):
    blocks = [("h", "Street Lighting Maintenance"),
              ("p", "The combined value of the three lots over the initial term is estimated at £2,400,000."),
              ("p", "The Council's budget for 2033/34 is £600,000 for all lots.")]
    tender = _tender_of(blocks, tmp_path)
    assert tender["value_gbp"]["value"] == 2_400_000 and "also_stated" not in tender["value_gbp"]


def test_a_pdf_label_value_wrapped_inside_an_open_bracket_is_joined(tmp_path):
    blocks = [("p", "Estimated contract value: £7.5 million over three years for the whole county (Area A £2.5m, "
                    "Area B £2.5m, Area C £2.5m). Prices are fixed for year one.")]
    tender = _tender_of(blocks, tmp_path, "itt.pdf")
    assert tender["value_gbp"] and tender["value_gbp"]["value"] == 7_500_000


def test_numbered_instructions_among_the_questions_are_not_questions(tmp_path):
    blocks = [("h", "5 Method statements"),
              ("p", "5.1 Explain how you will schedule the gritting fleet during severe weather."),
              ("p", "Maximum 800 words."),
              ("p", "5.2 Do not attach brochures, videos or case studies."),
              ("h", "6 Returning your tender"),
              ("p", "R1 Submit the signed Form of Tender through the portal by 15:00 on Friday 14th March 2031.")]
    data = intake(write_pack([{"name": "itt.docx", "pages": [blocks]}], tmp_path))
    assert [q["id"] for q in data["questions"]] == ["5.1"]
    # the instruction's line is the tender's again: its date is the deadline
    assert data["tender"]["deadline"]["value"] == "2031-03-14"


def test_a_date_written_as_the_ordinal_day_of_a_month():
    assert [d.isoformat() for _, d in find_dates("no later than 5pm on the 3rd day of February 2032")] == ["2032-02-03"]


def test_a_tender_returned_with_its_questionnaire_has_a_deadline_but_a_selection_stage_alone_does_not(tmp_path):
    with_it = _tender_of([("p", "Your bid documents must be uploaded, together with the Supplier Questionnaire, by "
                                "noon on 6 May 2031.")], tmp_path / "a")
    assert with_it["deadline"] and with_it["deadline"]["value"] == "2031-05-06"
    alone = _tender_of([("p", "The completed Selection Questionnaire must be returned by noon on 6 May 2031.")],
                       tmp_path / "b")
    assert alone["deadline"] is None


def test_points_available_under_each_question_heading_are_shares_of_a_stated_total(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Bids will be marked out of 2,000 points in all: price 1,000, quality 800, social value 200."),
        ("p", "Tenders are scored out of 2,000 points."),
        ("h", "Question Q1: Fleet and depots"),
        ("p", "Maximum points: 500"),
        ("p", "Describe the vehicles and depots you will use for the service."),
        ("p", "Maximum 1,200 words."),
        ("h", "Question Q2: Local benefit"),
        ("p", "Points available - 200"),
        ("p", "Describe the social value you will deliver for local residents, including jobs for care leavers."),
        ("p", "Maximum 600 words.")]]}]
    found = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["weighting_percent"], q["word_limit"]) for q in found] == [("Q1", 25, 1200), ("Q2", 10, 600)]


def test_a_date_after_an_issued_by_line_is_not_the_buyer(tmp_path):
    blocks = [("h", "Highway Drainage Cleansing"),
              ("p", "Issued by St Helens Borough Council on 07/05/2032"),
              ("p", "St Helens Borough Council (the Council) is seeking a contractor to clean gullies across the borough.")]
    tender = _tender_of(blocks, tmp_path, "itt.pdf")
    assert tender["buyer"] and tender["buyer"]["value"] == "St Helens Borough Council"


@pytest.mark.parametrize("sentence, weighting", [
    ("Award criteria Quality/Social Value/Price = 50/20/30.", 20),
    ("Tenders are weighted Cost / Quality / Social Value in the ratio 35 / 55 / 10.", 10),
    ("Quality/Social Value/Price: 50/20/20.", None),  # does not add up to the whole
])
def test_a_slashed_ratio_of_named_parts_gives_the_social_value_weighting(tmp_path, sentence, weighting):
    found = _tender_of([("h", "Evaluation"), ("p", sentence)], tmp_path)["social_value_weighting_percent"]
    assert (found and found["value"]) == weighting


def test_a_buyer_that_may_extend_up_to_a_total_ceiling_gives_the_extension(tmp_path):
    blocks = [("h", "Leisure Centre Management"),
              ("p", "The initial contract period is six years."),
              ("p", "The Trust may decide to extend the agreement from time to time, so long as the overall term does "
                    "not exceed ten years.")]
    tender = _tender_of(blocks, tmp_path)
    assert (tender["months"]["value"], tender["extension_months"] and tender["extension_months"]["value"]) == (72, 48)


def test_a_question_box_headed_by_its_id_and_a_short_title_keeps_the_id(tmp_path):
    blocks = [("h", "Response form"),
              ("t", [["QT4", "Fleet emissions"],
                     ["Method statement", "Explain how you will reduce the emissions of the vehicles used on this contract."],
                     ["Word limit", "500"],
                     ["Weighting", "5%"]]),
              ("t", [["QT5", "Apprenticeships"],
                     ["Method statement", "Describe the apprenticeships you will offer to local residents."],
                     ["Word limit", "400"],
                     ["Weighting", "10%"]])]
    found = intake(write_pack([{"name": "form.docx", "pages": [blocks]}], tmp_path))["questions"]
    assert [(q["id"], q["word_limit"], q["weighting_percent"]) for q in found] == [("QT4", 500, 5), ("QT5", 400, 10)]


def test_a_social_value_score_halved_between_the_written_answer_and_the_commitments(tmp_path):
    blocks = [("h", "Evaluation"), ("p", "Price 60%, quality 28%, social value 12%."),
              ("p", "Social value marks are divided equally between your narrative response and the TOMs commitments "
                    "you record in the calculator.")]
    tender = _tender_of(blocks, tmp_path)
    assert (tender["qualitative_percent"] and tender["qualitative_percent"]["value"],
            tender["quantitative_percent"] and tender["quantitative_percent"]["value"]) == (50, 50)


@pytest.mark.parametrize("sentence, scale", [
    ("Every method statement is marked out of 10, with 0 denoting no answer and 10 an outstanding one.", "0-10"),
    ("Answers are rated out of four, where 1 is weak and 4 is strong.", "1-4"),
])
def test_a_mark_out_of_a_top_with_its_bottom_said_in_words(tmp_path, sentence, scale):
    found = _tender_of([("h", "Scoring"), ("p", sentence)], tmp_path)["scoring_scale"]
    assert found and found["value"] == scale


def test_a_pdf_matrix_with_sub_rows_under_one_criterion_weights_each_question(tmp_path):
    files = [{"name": "itt.pdf", "pages": [
        [("h", "Evaluation"),
         ("p", "Weightings are percentages of the total score."),
         ("t", [["Criterion", "Weighting", "Element", "Sub-weighting"],
                ["Technical", "60%", "T1 Fleet, depots and vehicle access", "35%"],  # wraps: the sub-row folds in
                ["", "", "T2 Staffing levels", "25%"],
                ["Price", "40%", "Schedule of rates", "40%"]])],
        [("h", "Questions"),
         ("p", "T1 Fleet, depots and vehicle access"),
         ("p", "Describe the vehicles and depots you will use to deliver the service."),
         ("p", "Maximum 1,000 words."),
         ("p", "T2 Staffing levels"),
         ("p", "Explain how many drivers and loaders you will employ on each round."),
         ("p", "Maximum 800 words.")]]}]
    found = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["weighting_percent"]) for q in found] == [("T1", 35), ("T2", 25)]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_highest_score_column_is_the_scale_not_a_limit_and_a_length_in_sides_is_a_page_limit(tmp_path, suffix):
    files = [{"name": f"itt.{suffix}", "pages": [[
        ("t", [["Ref", "Question", "Maximum score", "Weighting", "Answer length"],
               ["TS1", "Explain how you will schedule the grounds maintenance crews across the parks.", "10", "30%",
                "6 x A4 sides"],
               ["TS2", "Explain how you will offer paid placements to young people from the district.", "10", "5%",
                "1 x A4 side"]])]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"], q["page_limit"], q["weighting_percent"]) for q in questions] == [
        ("TS1", None, 6, 30), ("TS2", None, 1, 5)]


def test_two_rows_of_one_matrix_naming_social_value_are_its_parts_and_add_up_to_its_weighting(tmp_path):
    matrix = [["Criterion", "Assessed through", "Weighting"],
              ["Cost", "Pricing workbook", "55%"],
              ["Technical", "Questions T1 to T3", "30%"],
              ["Social Value", "Measures committed in the TOMs calculator", "9%"],
              ["Social Value", "Question T4 narrative", "6%"]]
    files = [{"name": "itt.docx", "pages": [[("p", "Award criteria"), ("t", matrix)]]}]
    sv = intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]
    assert (sv["value"], sv["page"]) == (15, 1)
    one = [row for row in matrix if row[2] != "6%"]  # one social value row: its own weighting
    files = [{"name": "itt.docx", "pages": [[("p", "Award criteria"), ("t", one)]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["social_value_weighting_percent"]["value"] == 9


def test_a_weighting_within_its_criterion_is_multiplied_by_the_criterions_weighting_or_left_empty(tmp_path):
    matrix = [["Criterion", "Weighting", "Sub-criterion", "Share of criterion"],
              ["Technical", "40%", "B1 Route planning and vehicles", "75%"],
              ["", "", "B2 Driver vetting", "25%"],
              ["Cost", "60%", "Whole-life cost", "100%"]]
    questions = [("p", "B1 Explain how you will plan routes for the home-to-school transport service. (800 words)"),
                 ("p", "B2 Explain how you will vet and train drivers and passenger assistants. (600 words)")]
    files = [{"name": "itt.docx", "pages": [[("t", matrix)], questions]}]
    found = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["weighting_percent"]) for q in found] == [("B1", 30), ("B2", 10)]
    no_criterion = [[row[0], row[2], row[3]] for row in matrix]  # the criterion's own weighting not given: no share
    files = [{"name": "itt.docx", "pages": [[("t", no_criterion)], questions]}]
    found = intake(write_pack(files, tmp_path / "b"))["questions"]
    assert [(q["id"], q["weighting_percent"]) for q in found] == [("B1", None), ("B2", None)]


def test_a_maximum_overall_length_after_an_extension_is_the_whole_terms_ceiling_not_the_extension():
    assert _term("The agreement runs for 24 months and may be extended year by year up to a maximum overall length "
                 "of four years.")[:2] == (24, 24)
    assert _term("A term of two years, which may be extended annually to a total contract duration of 5 years.")[:2] == (
        24, 36)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_lettered_questions_with_their_own_limits_are_questions_and_lettered_points_under_one_are_not(tmp_path, suffix):
    files = [{"name": f"itt.{suffix}", "pages": [[
        ("h", "Part C - Written questions"),
        ("p", "(a) Explain how you will keep the leisure centre's pools open through staff shortages."),
        ("p", "Weighting: 25%. No more than 600 words."),
        ("p", "(b) What social value will you deliver for the borough, such as jobs for local residents?"),
        ("p", "Weighting: 10%. No more than 400 words.")]]}]
    found = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"], q["weighting_percent"]) for q in found] == [("(a)", 600, 25), ("(b)", 400, 10)]
    assert [q["social_value"] for q in found] == [False, True]
    files = [{"name": f"itt.{suffix}", "pages": [[
        ("h", "Part C - Written questions"),
        ("p", "C1 Explain how you will run the leisure centre. Cover:"),
        ("p", "(a) how you will keep the pools open through staff shortages;"),
        ("p", "(b) how you will recruit lifeguards from the borough."),
        ("p", "Weighting: 25%. No more than 600 words.")]]}]
    found = intake(write_pack(files, tmp_path / "b"))["questions"]
    assert [(q["id"], q["word_limit"]) for q in found] == [("C1", 600)]


def test_a_whole_value_said_by_its_terms_length_and_an_annual_one_said_before_its_amount():
    from assistant.tasks.intake import _money_in
    text = "The contract budget is £2,400,000 for the initial four-year term (£600,000 a year)."
    assert (_money_in(text, annual=False), _money_in(text, annual=True)) == (2_400_000, 600_000)
    text = "Its estimated value over the initial term is £900,000, reflecting yearly takings of about £300,000."
    assert (_money_in(text, annual=False), _money_in(text, annual=True)) == (900_000, 300_000)
    text = "We will pay £480,000 for the period April to March and £120,000 for mobilisation."
    assert _money_in(text, annual=False) is None  # neither said to be the whole: no value


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_social_value_row_of_marks_under_a_marks_header_is_its_share_of_the_tables_total(tmp_path, suffix):
    files = [{"name": f"itt.{suffix}", "pages": [[
        ("p", "Bids are assessed against the criteria below."),
        ("t", [["Component", "Points"],
               ["Cost (pricing workbook)", "60"],
               ["Technical (sections 2 to 4)", "90"],
               ["Social value (section 5)", "50"],
               ["Total", "200"]])]]}]
    sv = intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]
    assert (sv["value"], sv["page"]) == (25, 1)


def test_a_date_with_slashes_a_one_digit_month_and_a_two_digit_year():
    dates = [d for _, d in find_dates("Bids close at noon on 7/3/31 (questions by 24/2/31); see clause 4/2 and 3/4/5.")]
    assert dates == [date(2031, 3, 7), date(2031, 2, 24)]
    assert find_dates("Lot ref CW/1/31 and page 2/3/12a") == []


def test_a_maximum_after_further_periods_is_the_extensions_own_maximum_not_the_whole_terms():
    assert _term("The agreement lasts four (4) years, with an option to extend for additional periods up to a maximum "
                 "of eighteen (18) months.")[:2] == (48, 18)
    assert _term("The agreement lasts four years, extendable up to a maximum of six years.")[:2] == (48, 24)  # a ceiling


def test_weightings_written_only_in_words_and_social_value_carrying_the_remaining_share(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Scoring: cost is worth forty-five per cent of the marks, technical merit forty per cent, and social "
              "value takes the remaining fifteen percent.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]["value"] == 15
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Scoring: cost and quality carry eighty-eight per cent between them; social value carries the other "
              "twelve per cent.")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["social_value_weighting_percent"]["value"] == 12


def test_a_question_box_nested_in_an_outer_row_takes_that_rows_id_and_weighting(tmp_path):
    files = [{"name": "questions.docx", "pages": [[
        ("p", "Method statements"),
        ("nt", [["No.", "Details", "Weighting"],
                ["MS4", [["Question", "Explain how you will maintain the play areas to the inspection standard."],
                         ["Word limit", "800"]], "20%"],
                ["MS5", [["Question", "Describe how you will offer work placements to local school leavers."],
                         ["Word limit", "400"]], "7.5%"]])]]}]
    found = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"], q["weighting_percent"]) for q in found] == [("MS4", 800, 20), ("MS5", 400, 7.5)]


def test_a_split_said_as_a_ratio_of_the_written_part_to_the_commitments_whatever_its_sum(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Social value carries 10% and is assessed against the National TOMs. The method statement and the "
              "quantified commitments you offer are scored in the ratio 2:3.")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["qualitative_percent"]["value"], tender["quantitative_percent"]["value"]) == (40, 60)
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Social value carries 10%. The method statement is due by 3:15 pm; the quantified commitments are "
              "entered in the portal.")]]}]
    tender = intake(write_pack(files, tmp_path / "b"))["tender"]
    assert (tender["qualitative_percent"], tender["quantitative_percent"]) == (None, None)  # a time is no ratio


def test_a_matrix_splitting_social_value_into_a_commitments_row_and_a_written_row_gives_the_split(tmp_path):
    matrix = [["Criterion", "Part", "Weighting"],
              ["Cost", "Tender price", "60%"],
              ["Quality", "Q1 to Q3", "28%"],
              ["Social value", "TOMs commitments entered on the calculator", "9%"],
              ["Social value", "Q4 written answer", "3%"]]
    files = [{"name": "itt.docx", "pages": [[("t", matrix)]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["social_value_weighting_percent"]["value"], tender["qualitative_percent"]["value"],
            tender["quantitative_percent"]["value"]) == (12, 25, 75)
    within = [["Criterion", "Weighting", "Element", "Share within criterion"],
              ["Quality", "30%", "Q1 Delivery", "100%"],
              ["Social value", "20%", "Q5 Your social value plan", "30%"],
              ["", "", "Measures committed in the TOMs calculator", "70%"],
              ["Price", "50%", "Total price", "100%"]]
    files = [{"name": "itt.docx", "pages": [[("t", within)]]}]
    tender = intake(write_pack(files, tmp_path / "b"))["tender"]
    assert (tender["qualitative_percent"]["value"], tender["quantitative_percent"]["value"]) == (30, 70)
    unnamed = [row if row[0] != "Social value" else [row[0], "Part " + row[2][-2], row[2]] for row in matrix]
    files = [{"name": "itt.docx", "pages": [[("t", unnamed)]]}]  # parts not named for what they are: no split
    tender = intake(write_pack(files, tmp_path / "c"))["tender"]
    assert (tender["qualitative_percent"], tender["quantitative_percent"]) == (None, None)


def test_marks_listed_in_a_sentence_wrapped_over_lines_are_read_whole_and_we_mark_states_a_scale(tmp_path):
    # the list of marks breaks over two lines: the second line alone ("6 Sound, 3 Weak, 0 Unacceptable") is no scale
    files = [{"name": "itt.txt", "pages": [[
        ("p", "Written answers will each be marked out of 12 by the panel using the following descriptors: 12"),
        ("p", "Excellent, 9 Good, 6 Satisfactory, 3 Poor, 0 Unacceptable or not answered.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["scoring_scale"]["value"] == "0-12"
    # "we will mark": the mark verb states the range, whatever the bottom mark's meaning is called
    files = [{"name": "itt.txt", "pages": [[
        ("p", "The panel will mark every response 0 to 4 (0 = left blank, 1 = poor, 2 = fair, 3 = good, 4 = "
              "excellent) and then apply the weightings.")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["scoring_scale"]["value"] == "0-4"


def test_a_question_s_own_title_row_is_not_the_tender_s_title_or_service(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("h", "Parks Grounds Maintenance Contract"),
         ("p", "Invitation to Tender")],
        [("t", [["Question number", "B2"],
                ["Title", "Machinery and fleet"],
                ["Question", "Describe the mowers and vehicles you will use on the parks."],
                ["Weighting", "15%"]])]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["title"]["value"] == "Parks Grounds Maintenance Contract"
    assert tender["service"] is None or "Machinery" not in tender["service"]["value"]


def test_an_email_subject_line_is_not_the_service(tmp_path):
    files = [{"name": "quote request.txt", "pages": [[
        ("p", "From: Office Manager <office@example.org>"),
        ("p", "Date: Tuesday 4 May 2032"),
        ("p", "Subject: Quote needed - window cleaning, three sites (our ref W-11)"),
        ("p", "Hello,"),
        ("p", "Please send us a quote by 5pm on Friday 21 May 2032.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["service"] is None
    # a 'Subject:' row in a key-facts table with no e-mail header about it still names the contract's subject
    files = [{"name": "itt.docx", "pages": [[("t", [["Subject", "Window cleaning at three sites"],
                                                     ["Deadline", "21 May 2032"]])]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["service"]["value"] == "Window cleaning at three sites"


def test_a_numbered_clause_about_another_question_s_id_is_no_question(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Section 6 - Evaluation of responses"),
        ("p", "6.2 Each method statement is weighted as shown in the table."),
        ("p", "6.3 MS3 will be judged against the Trust's Green Commitments, set out in Appendix 4: fewer car miles and "
              "zero waste to landfill."),
        ("h", "Section 7 - Method statements"),
        ("p", "MS3 (Environment). Explain how you will reduce the carbon footprint of the service. (max 500 words)")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [q["id"] for q in questions] == ["MS3"]


def test_a_question_line_ending_in_its_bracketed_limit_is_closed_by_it(tmp_path):
    files = [{"name": "quote.txt", "pages": [[
        ("p", "Question 7: How would you cut the energy used in our two libraries? (up to 400 words)"),
        ("p", "Question 8: What would you do for young people in the town while you hold this contract? Think of "
              "volunteering, careers talks or local hiring. [maximum 250 words]"),
        ("p", "Attach your pricing schedule to your reply. Your invoices will be settled monthly.")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    b = [q for q in questions if q["id"] in ("8", "Q8", "Question 8")][0]
    assert b["text"] == ("What would you do for young people in the town while you hold this contract? Think of "
                         "volunteering, careers talks or local hiring.")
    assert b["word_limit"] == 250 and b["social_value"] is True


def test_a_service_is_cut_before_a_clause_about_who_its_users_are(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Halton Borough Council requires a befriending service for older people who are isolated at home, "
              "whose families live away or who have recently been bereaved.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["service"]["value"] == "befriending service for older people"


def test_a_body_named_on_behalf_of_in_what_is_said_about_the_subject_is_not_the_buyer(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "1.1 Wirral Country Park, managed by Parkland Trust on behalf of the Dee Estuary Joint Authority, "
              "welcomes 500,000 visitors a year."),
        ("p", "1.2 Wirral Country Park requires a contractor to repair its footpaths and boardwalks.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["buyer"]["value"] == "Wirral Country Park"
    files = [{"name": "itt.docx", "pages": [[
        ("p", "1.1 Wirral Country Park, managed by Parkland Trust on behalf of the Dee Estuary Joint Authority, "
              "welcomes 500,000 visitors a year.")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["buyer"] is None
    # the tender itself issued on behalf of a body still names it
    files = [{"name": "itt.docx", "pages": [[
        ("p", "This tender is issued on behalf of the Dee Estuary Joint Authority by its procurement partner.")]]}]
    assert intake(write_pack(files, tmp_path / "c"))["tender"]["buyer"]["value"] == "Dee Estuary Joint Authority"


def test_an_area_opening_a_longer_body_name_or_a_distance_from_a_place_is_not_the_area(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "The depot is run for the Sefton Coastal Health Alliance by a local operator."),
        ("p", "Bidders' workshops must be within 25 miles of Wirral.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["area"] is None
    files = [{"name": "itt.docx", "pages": [[("p", "The service is for carers living in Wirral.")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["area"]["value"] == "Wirral"
    files = [{"name": "itt.docx", "pages": [[("p", "Repairs must be carried out within 10 miles of Knowsley.")]]}]
    assert intake(write_pack(files, tmp_path / "c"))["tender"]["area"] is None


def test_a_notice_that_moves_the_deadline_overrides_the_timetable(tmp_path):
    files = [
        {"name": "itt.docx", "pages": [[("t", [["Event", "Date"], ["Tender return deadline", "14 March 2033"]])]]},
        {"name": "addendum 2.txt", "pages": [[
            ("p", "Addendum 2. Because of the Easter closure, the closing date has now been put back to noon on "
                  "Monday 28 March 2033. Other dates stay as they were.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["deadline"]["value"] == "2033-03-28"
    # a deadline that only may be moved is not moved
    files[1] = {"name": "addendum 2.txt", "pages": [[
        ("p", "If the portal fails, the deadline may have been extended to 28 March 2033; check the portal.")]]}
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["deadline"]["value"] == "2033-03-14"


def test_a_question_box_with_a_question_reference_and_title_rows_and_a_framework_term_row(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("t", [["Item", "Detail"], ["Framework term", "2 years + 2 x 1 year optional extensions"]])],
        [("t", [["Question reference", "T4"],
                ["Title", "Winter readiness"],
                ["Question", "Describe how you will keep gritting crews available through the winter season."],
                ["Weighting", "6%"],
                ["Maximum length", "800 words"]])]]}]
    data = intake(write_pack(files, tmp_path))
    assert data["tender"]["months"]["value"] == 24
    q = data["questions"][0]
    assert (q["id"], q["word_limit"], q["weighting_percent"]) == ("T4", 800, 6)


def test_a_pdf_question_box_cut_where_its_long_question_cell_wraps_keeps_its_id_and_limit(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("h", "Section 4 - Questions"),
        ("t", [["Question reference", "B7"],
               ["Title", "Waste and recycling"],
               ["Question", "Describe how you will segregate, store and recycle the waste produced on each site, the "
                            "carriers and transfer stations you will use, and how you will report tonnages to us each "
                            "quarter so that we can track progress against the recycling target."],
               ["Weighting", "9%"],
               ["Maximum length", "1,200 words"]])]]}]
    q = intake(write_pack(files, tmp_path))["questions"][0]
    assert (q["id"], q["word_limit"], q["weighting_percent"]) == ("B7", 1200, 9)
    assert q["text"].startswith("Describe how you will segregate") and q["text"].endswith("recycling target.")


def test_work_across_a_body_s_own_places_is_in_the_area_the_body_is_named_for(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Wirral Integrated Care Board funds community dental outreach in each of its localities, from mobile "
              "clinics parked at schools.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["area"]["value"] == "Wirral"
    # two bodies named for different places on the page: which one's places is not said
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Sefton ICB and Knowsley Council fund dental outreach across its six localities.")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["area"] is None


def test_a_table_of_questions_shares_of_quality_times_a_quality_weight_said_as_70_percent_on_quality(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("p", "Bids are assessed 70% on quality and 30% on cost."),
         ("t", [["Ref", "Topic", "Percentage of the quality score"],
                ["M1", "Menus and nutrition", "50%"],
                ["M2", "Local food and jobs", "50%"]])],
        [("h", "Questions"),
         ("p", "M1 Describe your menu cycle and how you meet the school food standards. (max 600 words)"),
         ("p", "M2 Explain how you will buy food locally and employ people from the town. (max 400 words)")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["weighting_percent"]) for q in questions] == [("M1", 35), ("M2", 35)]
    # a criterion's share of quality, its questions named in another column, is not each question's
    files[0]["pages"][0][1] = ("t", [["Quality criterion", "Questions", "Share of quality"],
                                     ["Service", "M1", "50%"], ["Community", "M2", "50%"]])
    questions = intake(write_pack(files, tmp_path / "b"))["questions"]
    assert [(q["id"], q["weighting_percent"]) for q in questions] == [("M1", None), ("M2", None)]


def test_a_line_of_labelled_fields_after_a_question_gives_its_limit_and_weighting_however_long(tmp_path):
    files = [{"name": "response form.docx", "pages": [[
        ("h", "Question 5 - Partnership working"),
        ("p", "How will you work with the district nursing teams and the voluntary sector so that patients move "
              "smoothly between services?"),
        ("p", "Theme: Integration, collaboration, continuity of care and long-term service sustainability | "
              "Weighting: 20% | Word limit: 900 words")]]}]
    q = intake(write_pack(files, tmp_path))["questions"][0]
    assert (q["word_limit"], q["weighting_percent"]) == (900, 20)


def test_an_option_to_roll_the_contract_on_is_an_extension_and_bids_by_a_date_is_the_deadline(tmp_path):
    files = [{"name": "rfq.txt", "pages": [[
        ("p", "The agreement runs for two years from 1 April 2032 and the school may roll it over for up to one "
              "further year."),
        ("p", "Timetable:"),
        ("b", "Site visit on Monday 8 March 2032"),
        ("b", "Bids before 10am on Thursday 18 March 2032, to the bursar")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["months"]["value"], tender["extension_months"]["value"]) == (24, 12)
    assert tender["deadline"]["value"] == "2032-03-18"


def test_a_numbered_clause_that_opens_with_a_label_is_read_as_the_label(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("p", "3.4 Term: 4 years from 1 June 2033, with options to extend for two further periods of up to 1 year"),
        ("p", "each (4+1+1)."),
        ("p", "3.5 Bids are opened by 2 officers. Opening time: 10:00, the day after the closing date.")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["months"]["value"] == 48


def test_a_body_that_commissions_or_procures_is_the_buyer(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Knowsley Public Health Partnership (the Partnership) commissions stop smoking support for adults "
              "registered with a Knowsley GP.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["buyer"]["value"] == "Knowsley Public Health Partnership"


def test_a_matrix_column_of_each_question_s_maximum_weighted_score_out_of_100_gives_its_weighting(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("p", "Bids will be scored out of 100: 50 points for cost and 50 points for quality."),
         ("t", [["Question", "Multiplier", "Maximum weighted score"],
                ["Q1", "x5", "25"], ["Q2", "x3", "15"], ["Q3", "x2", "10"]])],
        [("h", "Questions"),
         ("p", "Q1 Describe how you will run the helpline out of hours. (max 800 words)"),
         ("p", "Q2 Explain how you will train and supervise call handlers. (max 600 words)"),
         ("p", "Q3 What social value will you deliver for local residents? (max 500 words)")]]}]
    data = intake(write_pack(files, tmp_path))
    assert [(q["id"], q["weighting_percent"]) for q in data["questions"]] == [("Q1", 25), ("Q2", 15), ("Q3", 10)]
    sv = data["tender"]["social_value_weighting_percent"]  # the whole is marked out of 100: cited at the matrix row
    assert (sv["value"], sv["page"]) == (10, 1)


@pytest.mark.parametrize("line", [
    "C2. Tenant engagement. What will you do to involve tenants in planning the works? (up to 400 words)",
    "C2 Tenant engagement: What will you do to involve tenants in planning the works? (up to 400 words)",
])
def test_a_short_title_after_the_id_is_the_topic_not_the_question_s_words(tmp_path, line):
    files = [{"name": "itt.md", "pages": [[("h", "Questions"), ("p", line)]]}]
    question = intake(write_pack(files, tmp_path))["questions"][0]
    assert (question["id"], question["text"], question["word_limit"]) == (
        "C2", "What will you do to involve tenants in planning the works?", 400)


def test_a_sentence_after_the_id_is_not_taken_for_a_title(tmp_path):
    files = [{"name": "itt.md", "pages": [[("h", "Questions"), ("p", "C3 Bidders will be scored on this. Describe your "
                                                                         "plan for the works. (up to 400 words)")]]}]
    assert intake(write_pack(files, tmp_path))["questions"][0]["text"].startswith("Bidders will be scored on this.")


def test_a_line_of_limit_and_weighting_sentences_after_a_question_is_read_with_weightings_in_words(tmp_path):
    files = [{"name": "itt.docx", "pages": [[("h", "Questions"),
        ("h", "3.2 Local employment"),
        ("p", "What local jobs and apprenticeships will you create during the contract?"),
        ("p", "The response to this question is worth twelve per cent of the overall score. Responses should be kept "
              "to no more than 900 words.")]]}]
    question = intake(write_pack(files, tmp_path))["questions"][0]
    assert (question["id"], question["word_limit"], question["weighting_percent"]) == ("3.2", 900, 12)
    assert question["text"] == "What local jobs and apprenticeships will you create during the contract?"


def test_a_bare_number_under_a_limit_column_of_the_weightings_table_is_the_question_s_limit(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("h", "Evaluation"), ("t", [["No.", "Subject", "Weight", "Maximum words"],
                                     ["M1", "Grounds maintenance programme", "30%", "1,200"],
                                     ["M2", "Community benefits", "10%", "600"]])],
        [("h", "Method statements"),
         ("p", "M1 Grounds maintenance programme: Describe how you will schedule mowing and planting across the sites."),
         ("p", "M2 Community benefits: What will you do for local residents and community groups over the contract?")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["word_limit"], q["weighting_percent"]) for q in questions] == [("M1", 1200, 30), ("M2", 600, 10)]


def test_an_extension_followed_by_a_further_one_adds_up():
    assert _term("The term is 2 years; the council may extend for 6 months and then for a further 6 months.")[:2] == (24, 12)
    assert _term("48 months, with an extension of 12 months and a further 12 months after that")[:2] == (48, 24)


def test_an_id_that_continues_a_section_s_paragraph_numbering_is_not_a_question(tmp_path):
    files = [{"name": "pack.pdf", "pages": [[("h", "Part C: Assessment"),
        ("p", "C1 Scores are moderated by a panel of three officers."),
        ("p", "C2 The panel's decision is final."),
        ("p", "C3 Tenderers should describe any subcontracting in the form at Appendix 4."),
        ("h", "Part D: Questions"),
        ("p", "D1 Describe how you will recruit apprentices from the local area. (500 words)")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [q["id"] for q in questions] == ["D1"]


def test_the_service_is_the_name_the_title_gives_it_inside_a_clause_of_what_the_provider_will_do(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Out-of-Hours Repairs Line Service"),
        ("p", "1.1 The Association requires a contractor to run an out-of-hours repairs line: answering tenants' calls "
              "at night and at weekends, raising emergency orders and sending operatives.")]]}]
    service = intake(write_pack(files, tmp_path))["tender"]["service"]
    assert service["value"] == "out-of-hours repairs line"  # not the clause 'run an … line: answering tenants' calls …'
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Food Bank Referral Service"),
        ("p", "Wirral Borough Council is looking for a charity, or a partnership of charities, to deliver a food bank "
              "referral service for families on low incomes (including those waiting for benefits).")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["service"]["value"] == "food bank referral service"


def test_a_service_delivered_in_several_listed_areas_has_them_all_as_its_area(tmp_path):
    def area(sentence, name):
        files = [{"name": "itt.docx", "pages": [[("p", sentence)]]}]
        found = intake(write_pack(files, tmp_path / name))["tender"]["area"]
        return found and found["value"]
    assert area("The contractor will maintain play areas in parks across Wirral, Sefton and St Helens.", "a") == \
        "Wirral, Sefton and St Helens"  # not 'Wirral' alone
    assert area("Outreach sessions will run in Warrington and Halton from next spring.", "b") == "Warrington and Halton"
    # one area followed by other words is that area alone
    assert area("Meals are delivered to homes in Knowsley, seven days a week.", "c") == "Knowsley"


def test_a_bulleted_key_facts_list_gives_labels_and_a_labelled_buyer_is_its_name_alone(tmp_path):
    files = [{"name": "pack.pdf", "pages": [[
        ("h", "Grounds Maintenance Framework"),
        ("b", "Awarding body: Riverside Vale Housing Limited (RVH), a community benefit society"),
        ("b", "Closing date for tenders: 14 March 2031 at noon")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert tender["buyer"]["value"] == "Riverside Vale Housing Limited"  # not its short form nor its kind
    assert tender["deadline"]["value"].startswith("2031-03-14")


def test_a_buyer_named_by_its_kind_of_a_place_is_found_in_prose(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Student Counselling Service"),
        ("p", "2.1 The University of Salford (the University) is inviting tenders for a student counselling service.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["buyer"]["value"] == "University of Salford"


def test_a_buyer_that_buys_under_the_short_form_it_defined_earlier_is_named_in_full(tmp_path):
    files = [{"name": "itt.pdf", "pages": [[
        ("h", "Patient Transport Service"),
        ("p", "1.1 Wirral University Teaching Hospital NHS Foundation Trust (the Trust) manages Arrowe Park Hospital."),
        ("p", "1.2 The Trust is seeking a provider of non-emergency patient transport.")]]}]
    buyer = intake(write_pack(files, tmp_path))["tender"]["buyer"]
    assert buyer["value"] == "Wirral University Teaching Hospital NHS Foundation Trust"  # not 'Trust', not missed
    # a short form nobody defined names no buyer
    files = [{"name": "itt.pdf", "pages": [[("p", "The Trust is seeking a provider of non-emergency patient transport.")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["buyer"] is None


def test_marks_listed_by_question_id_in_a_sentence_are_each_question_s_weighting(tmp_path):
    files = [{"name": "rfq.md", "pages": [
        [("h", "Evaluation"),
         ("p", "Proposals will be marked out of 100, with 40 points for price. The remaining points are shared as "
               "follows: C1 30 points, C2 20 points and C3 10 points. C3 is the social value question.")],
        [("h", "Questions"),
         ("p", "C1 How will you deliver the allotment outreach sessions? (up to 800 words)"),
         ("p", "C2 How will you recruit and support volunteers? (up to 600 words)"),
         ("p", "C3 What social value will you deliver for local people, such as jobs and training? (up to 400 words)")]]}]
    data = intake(write_pack(files, tmp_path))
    assert [(q["id"], q["weighting_percent"]) for q in data["questions"]] == [("C1", 30), ("C2", 20), ("C3", 10)]
    sv = data["tender"]["social_value_weighting_percent"]
    assert (sv["value"], sv["page"]) == (10, 1)  # cited where the list states it


def test_questions_folded_into_one_pdf_row_share_their_criterion_s_weighting_in_order(tmp_path):
    files = [{"name": "itt.pdf", "pages": [
        [("h", "Award criteria"),
         ("t", [["Criterion", "Criterion weighting", "Question", "Weighting within criterion"],
                ["Cost", "60%", "Prices tendered against the schedule of rates for all work types", "100%"],
                ["Technical", "30%", "T1 Fleet and its maintenance regime", "50%"],
                ["", "", "T2 Depot", "50%"],
                ["Community benefits", "10%", "CB1 Local jobs and training", "70%"],
                ["", "", "CB2 Carbon", "30%"]])],
        [("h", "Questions"),
         ("p", "T1 Fleet and its maintenance regime"), ("p", "Describe the vehicles you will use. Maximum 500 words."),
         ("p", "T2 Depot"), ("p", "Describe the depot you will operate from. Maximum 500 words."),
         ("p", "CB1 Local jobs and training"), ("p", "How will you create jobs for local people? Maximum 400 words."),
         ("p", "CB2 Carbon"), ("p", "How will you cut the carbon emissions of the fleet? Maximum 400 words.")]]}]
    weights = {q["id"]: q["weighting_percent"] for q in intake(write_pack(files, tmp_path))["questions"]}
    assert weights == {"T1": 15, "T2": 15, "CB1": 7, "CB2": 3}


def test_social_value_s_marks_of_the_whole_s_stated_total_are_its_weighting(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Evaluation"),
        ("p", "Price is worth 240 of the 600 marks and quality 300. Social value accounts for the remaining 60 of the "
              "600 marks.")]]}]
    sv = intake(write_pack(files, tmp_path))["tender"]["social_value_weighting_percent"]
    assert sv["value"] == 10


def test_the_service_is_what_those_invited_to_bid_are_to_provide(tmp_path):
    files = [{"name": "notice.txt", "pages": [[
        ("p", "Title: Community Meals"),
        ("p", "Summary: Cheshire East Council invites tenders from catering firms and charities to deliver hot "
              "lunchtime meals to housebound older residents.")]]}]
    service = intake(write_pack(files, tmp_path))["tender"]["service"]
    assert service["value"] == "hot lunchtime meals to housebound older residents"  # not the title's 'Community Meals'


def test_a_scoring_range_written_in_words_only_is_the_scale(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("h", "Scoring"),
        ("p", "Every method statement is scored zero to five by each panel member, and the panel agrees one score.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["scoring_scale"]["value"] == "0-5"


def test_a_pdf_table_cell_that_runs_into_the_next_column_s_figure_is_still_a_row(tmp_path):
    topics = ["Working with community groups now", "Mowing, weeding and maintenance", "Minimum wage and Living Wage",
              "Women and welfare programmes", "Monitoring and management"]
    rows = [[f"MS{i}", topic, "5%", "400"] for i, topic in enumerate(topics, 1)]
    files = [{"name": "itt.pdf", "pages": [
        [("h", "Method statements"), ("t", [["Ref", "Topic", "Weighting", "Word limit"], *rows])],
        [("h", "Questions"), *[("p", f"MS{i} {topic}: Describe your approach to {topic.lower()} for this contract.")
                               for i, topic in enumerate(topics, 1)]]]}]
    by_id = {q["id"]: q for q in intake(write_pack(files, tmp_path))["questions"]}
    # the PDF prints 'Monitoring and management5%': the row's word limit is still read from its column
    assert (by_id["MS5"]["weighting_percent"], by_id["MS5"]["word_limit"]) == (5, 400)


def test_markdown_underscore_italics_around_a_limit_are_read_and_snake_case_stays(tmp_path):
    files = [{"name": "brief.md", "pages": [[
        ("h", "Evaluation questions"),
        ("h", "SV2 Community benefits (8%)"),
        ("p", "Set out the community benefits you will offer tenants in Halton over the contract."),
        ("p", "_Up to 750 words_"),
        ("p", "Upload it as sv2_response_form.docx"),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    sv = [q for q in data["questions"] if q["id"] == "SV2"]
    assert sv and sv[0]["word_limit"] == 750 and sv[0]["social_value"]
    from assistant.tender_reader import _text_lines
    assert _text_lines("_Up to 750 words_\nsv2_response_form.docx", "a.md", True)[1].text == "sv2_response_form.docx"


def test_numbered_questions_after_a_lead_in_with_bracketed_weights_and_a_shared_limit(tmp_path):
    files = [{"name": "letter.txt", "pages": [[
        ("p", "Dear Provider,"),
        ("p", "We invite you to submit a proposal for grounds maintenance at our three depots."),
        ("p", "Your proposal should answer these questions, in no more than 600 words each:"),
        ("p", "1. Staffing (20%) - How will you make sure the crews are trained and supervised?"),
        ("p", "2. Community benefit (5%) - What will you offer people living near the depots, such as work "
              "placements for young people?"),
        ("p", "Yours faithfully,"),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    got = [(q["id"], q["text"], q["word_limit"], q["weighting_percent"]) for q in data["questions"]]
    assert got == [("1", "How will you make sure the crews are trained and supervised?", 600, 20),
                   ("2", "What will you offer people living near the depots, such as work placements for young "
                         "people?", 600, 5)]


def test_a_title_with_its_bracket_of_weighting_and_limit_then_the_question_starts_each_question(tmp_path):
    files = [{"name": "part2.txt", "pages": [[
        ("h", "Quality questions"),
        ("p", "Q1 - Route planning (weighting 12%; up to 600 words). How will you plan rounds so that every school is"),
        ("p", "reached on time?"),
        ("p", "Q2 - Community wealth (weighting 8%; up to 400 words). What will you spend with Knowsley businesses"),
        ("p", "and social enterprises over the term?"),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    got = [(q["id"], q["text"], q["word_limit"], q["weighting_percent"]) for q in data["questions"]]
    assert got == [("Q1", "How will you plan rounds so that every school is reached on time?", 600, 12),
                   ("Q2", "What will you spend with Knowsley businesses and social enterprises over the term?", 400, 8)]


def test_a_clarification_log_s_question_and_answer_is_not_a_tender_question(tmp_path):
    files = [{"name": "itt.txt", "pages": [[
        ("h", "Questions"),
        ("p", "Q1 How will you keep the libraries open during the refit? (500 words)"),
    ]]}, {"name": "clarifications.txt", "pages": [[
        ("p", "Clarification responses, round 2"),
        ("p", "CL4"),
        ("p", "Question: Will the Council accept answers in Welsh?"),
        ("p", "Response: No, all answers must be in English."),
    ]]}]
    data = intake(write_pack(files, tmp_path))
    assert [q["id"] for q in data["questions"]] == ["Q1"]


def test_a_question_table_keyed_by_id_with_a_percent_of_quality_column_gives_shares_of_quality(tmp_path):
    # '% of …' opens the header, and the title column is called 'Criterion': each row is still the question's own
    files = [{"name": "rfq.docx", "pages": [
        [("p", "Price carries 40% of the marks and quality 60%."),
         ("t", [["No.", "Criterion", "% of quality marks"],
                ["T1", "Route planning", "50%"],
                ["T2", "Community benefit", "50%"]])],
        [("h", "Method statements"),
         ("p", "T1 Describe how you will plan routes for the school runs. (max 500 words)"),
         ("p", "T2 Explain how you will recruit drivers who live in the district. (max 500 words)")]]}]
    questions = intake(write_pack(files, tmp_path))["questions"]
    assert [(q["id"], q["weighting_percent"], q.get("share_of_quality_percent")) for q in questions] == [
        ("T1", 30, 50), ("T2", 30, 50)]


@pytest.mark.parametrize("text, expected", [
    ("The Trust may extend the agreement for up to 24 months (1+1).", (None, 24, True)),  # the extension, in its steps
    ("Initial term of 4 years; the Council may extend it by a maximum of 36 months (2+1).", (48, 36, True)),
])
def test_a_breakdown_after_an_extension_cue_is_the_extension_s_steps_not_a_whole_term(text, expected):
    assert _term(text) == expected


def test_a_notice_that_says_the_deadline_is_moved_overrides_the_timetable(tmp_path):
    files = [{"name": "itt.docx", "pages": [
        [("h", "Timetable"), ("t", [["Event", "Date"], ["Deadline for tenders", "12:00, 4 March 2031"]])]]},
             {"name": "addendum 2.txt", "pages": [
        [("p", "Addendum 2"), ("p", "To allow for the Easter break, the closing date for tenders is now moved to "
                                    "noon on Friday 14 March 2031. Nothing else changes.")]]}]
    tender = intake(write_pack(files, tmp_path))["tender"]
    assert (tender["deadline"]["value"], tender["deadline"]["source"]) == ("2031-03-14", "addendum 2.txt")


def test_a_service_runs_on_to_a_second_service_joined_to_it_but_not_past_a_place(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Sefton Council is looking for a provider to run a day opportunities service to adults with learning "
              "disabilities, and a short breaks service on request, from two centres in Bootle.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["service"]["value"] == (
        "a day opportunities service to adults with learning disabilities, and a short breaks service")
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Sefton Council is looking for a provider to run a day opportunities service in Bootle and a short "
              "breaks service in Southport.")]]}]
    assert intake(write_pack(files, tmp_path / "b"))["tender"]["service"]["value"] == "a day opportunities service"


def test_a_dashed_aside_and_a_participle_that_only_places_the_thing_are_cut(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "The Trust invites tenders for the upkeep of its estate grounds - lawns, hedges and woodland - "
              "operating across three sites.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["service"]["value"] == "the upkeep of its estate grounds"


def test_a_service_given_at_home_keeps_where_it_is_given(tmp_path):
    files = [{"name": "itt.docx", "pages": [[
        ("p", "Warrington Borough Council is seeking a provider of night sitting support in people's own homes "
              "across Warrington.")]]}]
    assert intake(write_pack(files, tmp_path))["tender"]["service"]["value"] == "night sitting support in people's own homes"


def test_an_extension_chain_after_extend_by_a_further_is_added_up():
    assert _term("The agreement runs for 24 months, with the option to extend by a further 6 months + 6 months.") == (24, 12, True)


def test_a_framework_the_buyer_says_it_does_not_use_is_not_its_framework():
    from assistant.tasks.intake import find_framework
    from assistant.tender_reader import Line
    lines = [Line("Bids are scored against the Parish Council's own social value pledge. We do not use the Social Value "
                  "Portal or the National TOMs.", "itq.docx", 1)]
    assert [f.value for f in find_framework(lines)] == ["bespoke"]


def test_each_lot_having_its_own_social_value_question_names_no_framework():
    from assistant.tasks.intake import find_framework
    from assistant.tender_reader import Line
    lines = [Line("Both lots carry their own social value questions, each worth 8% of that lot's marks.", "itt.pdf", 3)]
    assert find_framework(lines) == []


def test_a_cover_title_over_a_volume_s_name_is_the_title_and_a_numbered_section_heading_never_is():
    from assistant.tasks.intake import find_title
    from assistant.tender_reader import Line
    lines = [Line("Street Lighting Maintenance 2034-2038", "itt.pdf", 1),
             Line("Request for Proposals - Part 2: Specification and Pricing", "itt.pdf", 1),
             Line("The Authority maintains about 30,000 lamp columns.", "itt.pdf", 1),
             Line("3. Term and value", "itt.pdf", 2, section="3. Term and value", heading=True)]
    assert [f.value for f in find_title(lines)] == ["Street Lighting Maintenance 2034-2038"]
    assert find_title(lines[2:]) == []
