"""The one home of text rules: sentences, words, figures and measure codes agree across the modules that use them."""

import pytest

from assistant import text


@pytest.mark.parametrize("passage, expected", [
    ("We will invest £1.2m in the area. It is based e.g. Liverpool way.",
     ["We will invest £1.2m in the area.", "It is based e.g. Liverpool way."]),
    ("The No. of jobs rose by 3.5% in 2023. Then it fell.", ["The No. of jobs rose by 3.5% in 2023.", "Then it fell."]),
    ("See p. 43 for the table. Dr. Jones agreed.", ["See p. 43 for the table.", "Dr. Jones agreed."]),
    ('He said "yes." Then left.', ['He said "yes."', "Then left."]),
    ("A sentence ends. and this is not a new one.", ["A sentence ends. and this is not a new one."]),
])
def test_sentences_keep_abbreviations_and_figures_inside(passage, expected):
    assert text.split_sentences(passage) == expected


def test_line_breaks_end_sentences_only_when_asked():
    assert text.split_sentences("First line\nsecond line") == ["First line\nsecond line"]
    assert text.split_sentences("First line\n\nsecond line", lines=True) == ["First line", "second line"]


def test_figures_skip_codes_and_keep_money_multipliers():
    found = [m.group(0) for m in text.figures("NT14: £2 million, 5% of 1,200 people, £3.4m and £5 more in 2025.")]
    assert found == ["£2 million", "5%", "1,200", "£3.4m", "£5", "2025"]


def test_one_figure_however_written():
    assert text.figure_key("£2 million") == text.figure_key("£2m")
    assert text.figure_key("£1,200") == text.figure_key("£ 1200")
    assert text.figure_keys("12 % of staff") == text.figure_keys("12% of staff")
    assert text.figure_keys("£2m") != text.figure_keys("£3m")


def test_codes_are_found_upper_cased_without_the_footnote_star():
    assert text.measure_codes("We report nt14 and NT17* (and C19-18), not NT.") == ["NT14", "NT17", "C19-18"]
    assert text.code_shape(" nt14* ") == "NT14"
    assert text.code_shape("NT14 volunteering") is None
    assert text.without_codes("NT14 has 3") == "  has 3"


def test_bare_numbers_are_told_from_money_and_percentages():
    assert text.is_bare_number("1,200") and not text.is_bare_number("£1,200") and not text.is_bare_number("12%")


def test_the_section_writer_and_the_answer_checker_share_one_figure_rule():
    from assistant.citations import check_sentence
    from assistant.writing import review_rewrite

    template = "We will deliver 300 volunteering hours a year with local food banks [1]."
    assert review_rewrite(template, template.replace("300", "£2 million"), 40) == "it added the figure £2m"
    passage = {1: "Partners delivered 300 volunteering hours a year with local food banks in Wirral."}
    written = "We will deliver £2 million of volunteering hours a year with local food banks."
    check = check_sentence(written, [1], passage, {"NT14"})
    assert not check.ok and "£2 million" in check.reason


def test_words_and_tokens_are_counted():
    assert text.count_words("## Heading | with --- 3 words, £1.2m") == 5
    assert text.count_tokens("social value") >= 2


def test_content_words_keep_what_a_sentence_says_not_its_glue():
    from assistant.text import content_words

    assert content_words("The provider shall pay all staff the Real Living Wage.") == {"pay", "staff", "real", "living", "wage"}
    assert content_words("Recruit 3 cleaners") == {"recruit", "cleaner"}
    assert "business" in content_words("small businesses") and "glass" in content_words("glass")


def test_the_question_is_asked_without_the_sentences_that_say_why():
    assert text.asked_part("Got a figure for child poverty on the Wirral? Writing a bid for a family support service.") \
        == "Got a figure for child poverty on the Wirral?"
    assert text.asked_part("What is NT14?") == "What is NT14?"
    assert text.asked_part("We need figures for a bid.") == "We need figures for a bid."  # no question: all of it
    # a question that points back to its context keeps it
    message = "The Partner VCFSE commitment. What does it ask of councils?"
    assert text.asked_part(message) == message


def test_a_chat_question_followed_by_lower_case_context_is_asked_alone():
    assert text.asked_part("what is a proxy value? need it for a board paper") == "what is a proxy value?"


def test_a_sentence_before_the_question_that_names_its_subject_stays():
    assert text.asked_part("My board asked about the Social Value Charter. What do signatories agree to?") == \
        "My board asked about the Social Value Charter. What do signatories agree to?"
    assert text.asked_part("I am writing a bid for a council. Got a figure for fuel poverty in Sefton?") == \
        "Got a figure for fuel poverty in Sefton?"


def test_quoted_phrases_are_read_but_apostrophes_open_none():
    from assistant.text import quoted_phrases
    assert quoted_phrases("what's meant by 'anchor institution' and \"Partner VCFSE\"?") == [
        "anchor institution", "Partner VCFSE"]
    assert quoted_phrases("what's the council's view? it's unclear") == []


def test_the_last_question_of_a_chatty_message_is_its_last_asking_sentence():
    from assistant.text import last_question
    assert last_question("We run a lunch club in Huyton. It's busy. Is there a figure for loneliness here? Thanks") \
        == "Is there a figure for loneliness here?"
    assert last_question("We run a lunch club. Tell me the loneliness figure for Knowsley") \
        == "Tell me the loneliness figure for Knowsley"
    assert last_question("what is the loneliness figure?") is None
    # a short question, or one that points back, keeps what it points back to
    assert last_question("Hi, I chair a tenants' group. Folk keep saying 'anchor institutions'. What are they? Any "
                         "examples?") == "Folk keep saying 'anchor institutions'. What are they? Any examples?"
    assert last_question("Scout leader here. We were asked for a 'social value statement'. What should it cover in "
                         "the roadmap's view?") == ("We were asked for a 'social value statement'. What should it cover in "
                                                   "the roadmap's view?")


def test_a_question_that_names_no_subject_keeps_its_context():
    message = "My nan says blokes in Kirkby die younger than anywhere. What's the real number?"
    assert text.asked_part(message) == message
    assert text.asked_part("Got a figure for fuel poverty in Halton? Writing a warm homes bid.") == \
        "Got a figure for fuel poverty in Halton?"


def test_a_question_after_a_spaced_dash_is_the_question_of_its_sentence():
    from assistant.text import last_question
    assert last_question("We're putting in a lottery bid for a breakfast club in Crewe – is there a number for how many "
                         "children there live in poverty?") == "is there a number for how many children there live in poverty?"
    assert last_question("Quick one - what share of Sefton adults are out of work?") is None  # the lead-in is too short
    assert last_question("What is NT14 - the VCSE spend one?") is None  # what follows the dash is too short


def test_sentences_typed_without_capitals_are_still_sentences():
    from assistant.text import last_question
    assert last_question("just started as a buyer at a school trust in bootle. what does the roadmap say about giving "
                         "charities enough time to bid?") == "what does the roadmap say about giving charities enough time to bid?"


def test_thanks_before_a_follow_up_is_dropped():
    from assistant.text import without_lead_in
    assert without_lead_in("ta very much! and if it's a paid 8-week placement instead?") == \
        "and if it's a paid 8-week placement instead?"
    assert without_lead_in("Brilliant, thanks. Which one covers bike loans?") == "Which one covers bike loans?"
    assert without_lead_in("thanks") == "thanks"  # nothing after it: the message is the thanks
