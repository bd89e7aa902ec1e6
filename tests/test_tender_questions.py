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
