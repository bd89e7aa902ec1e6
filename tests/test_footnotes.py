from assistant.footnotes import footnote, marks_of, strip_marks, superscript
from assistant.store import Hit


def test_footnote_marks_are_kept_as_superscripts_and_stripped_when_quoted():
    text = superscript("Costs rose sharply.<sup>12</sup> See both reviews.<sup>3, 4</sup> A <sup>note</sup> here.")
    assert text == "Costs rose sharply.¹² See both reviews.³·⁴ A  here."
    assert strip_marks(text) == "Costs rose sharply. See both reviews. A  here."


def test_a_sentence_finds_its_marks_and_the_footnote_they_point_to():
    body = superscript("Costs rose sharply.<sup>2</sup> Demand fell.\n\nSee both reviews.<sup>3</sup>")
    notes = Hit(id="n", text=superscript("References\n<sup>2</sup> Office for Budget Responsibility, 2024\n"
                                         "<sup>3</sup> Ibid"), metadata={"source": "Report"})
    other = Hit(id="o", text=superscript("<sup>2</sup> Another document's note"), metadata={"source": "Other"})
    assert marks_of(body, "Costs rose sharply.") == [2]
    assert marks_of(body, "Demand fell.") == []
    assert footnote([other, notes], "Report", 2)[0] == "Office for Budget Responsibility, 2024"
    assert footnote([notes], "Report", 3)[0] == "Office for Budget Responsibility, 2024"  # "Ibid": the one before
    assert footnote([notes], "Report", 9) is None
