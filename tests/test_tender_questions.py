"""Finding a tender's questions in its lines."""

from __future__ import annotations

from assistant.tender_questions import find_questions
from assistant.tender_reader import Line


def test_a_table_row_title_does_not_take_the_numbered_paragraph_after_the_table_as_its_text():
    head = ("Criterion", "Criterion weighting", "Question", "Weighting within criterion")
    lines = [Line("Social Value 10% M2 Local suppliers 50%", "rfq.pdf", 2, cells=("Social Value", "10%", "M2 Local suppliers", "50%"), header=head),
             Line("M3 School volunteering 50%", "rfq.pdf", 2, cells=("", "", "M3 School volunteering", "50%"), header=head),
             Line("E1 Each answer is marked out of 5.", "rfq.pdf", 2),
             Line("E2 Answers are moderated by a panel of three officers.", "rfq.pdf", 2),
             Line("E3 Bidders should describe their social value commitments using the National TOMs.", "rfq.pdf", 2)]
    questions, _ = find_questions(lines)
    assert not any("National TOMs" in q["text"] for q in questions)


def test_a_title_with_its_limit_in_brackets_then_a_colon_is_the_topic_not_the_question_s_words():
    lines = [Line("5. Method statements", "itt.pdf", 4, heading=True),
             Line("M1 Winter gritting routes (600 words): How will you plan gritting runs before forecast frost?",
                  "itt.pdf", 4, section="5. Method statements"),
             Line("M2 Depot security and access control (400 words): What checks will you make on staff entering", "itt.pdf",
                  4, section="5. Method statements"),
             Line("the salt barns at night?", "itt.pdf", 4, section="5. Method statements")]
    questions, _ = find_questions(lines)
    assert [(q["id"], q["text"], q["word_limit"]) for q in questions] == [
        ("M1", "How will you plan gritting runs before forecast frost?", 600),
        ("M2", "What checks will you make on staff entering the salt barns at night?", 400)]


def test_a_portal_row_of_labelled_fields_gives_the_id_limit_and_weighting_of_the_labelled_text_below():
    section = "Lot A - Community Benefits"
    lines = [Line("Lot A - Community Benefits", "export.txt", 1, section=section, heading=True),
             Line("Question CB-Q2 | Response: Free text | Maximum words: 450 | Weighting: 6.50%", "export.txt", 1, section=section),
             Line("Question wording: What volunteering days will your staff give to schools in the district?",
                  "export.txt", 1, section=section),
             Line("Question 3.1 | Format: Text | Max Characters: 1800 | Weighting: 9.00%", "export.txt", 1, section=section),
             Line("Question Text: How will you keep the depot open during a power cut?", "export.txt", 1, section=section)]
    questions, _ = find_questions(lines)
    by_id = {q["id"]: q for q in questions}
    assert by_id["Question 3.1"]["text"] == "How will you keep the depot open during a power cut?"
    assert (by_id["Question 3.1"]["char_limit"], by_id["Question 3.1"]["weighting_percent"]) == (1800, 9)
    assert by_id["CB-Q2"]["text"] == "What volunteering days will your staff give to schools in the district?"
    assert (by_id["CB-Q2"]["word_limit"], by_id["CB-Q2"]["weighting_percent"]) == (450, 6.5)


def test_a_lettered_list_after_a_limit_for_every_answer_is_the_questions_of_a_letter():
    section = "What we will look at"
    lines = [Line("What we will look at", "letter.docx", 2, section=section, heading=True),
             Line("Answers will be marked out of 5. Each of your answers may run to 250 words at most.", "letter.docx", 2, section=section),
             Line("(a) Staffing (15%): Who will run the stall on market days, and how are they trained?", "letter.docx", 2, section=section),
             Line("(b) Local benefit (10%): How will you use growers from the parish through this contract?", "letter.docx", 2, section=section),
             Line("Many thanks for your time. We look forward to hearing from you.", "letter.docx", 2, section=section)]
    questions, _ = find_questions(lines)
    assert [(q["id"], q["word_limit"], q["weighting_percent"]) for q in questions] == [("(a)", 250, 15), ("(b)", 250, 10)]
    assert questions[1]["text"] == "How will you use growers from the parish through this contract?"
