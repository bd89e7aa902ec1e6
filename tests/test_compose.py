"""Composed answers: what the question asks for decides the answer's shape; nothing quoted is a fragment."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.retrieval import Retrieval
from assistant.store import Hit
from assistant.tasks.compose import (Composer, answers_count, answers_who_when, candidates_of, count_asked, defined_term, defines,
                                     definition_strength, missing_names, outline_items, plain_markdown,
                                     question_kind, quotable)


class WordOverlapReranker:
    """A stand-in cross-encoder for shape tests: shared words with the question."""

    def score(self, question, passages):
        asked = set(question.lower().replace("?", "").split())
        return np.array([len(asked & set(p.lower().replace(".", " ").split())) for p in passages], dtype=np.float32)


def _hit(text, n=0, **meta):
    return Hit(id=f"c{n}", text=text, metadata={"source": "doc", "page": n + 1, **meta}, similarity=0.5)


def test_a_definition_is_a_sentence_about_the_term_and_a_section_explains_its_title():
    assert defined_term("what's meant by 'supported capability building'?") == "supported capability building"
    assert defined_term("What is meant by a Social Value Economy?") == "Social Value Economy"
    assert definition_strength("The Social Value Economy is one in which all agencies share a goal.",
                               "Social Value Economy") == 1
    assert definition_strength("The challenge of imagining a Social Value Economy is huge.", "Social Value Economy") == 0
    hit = _hit("Moving to it will require people with skills in social value. This means anchor organisations need to "
               "help to increase capability and capacity through training, tools and resources.",
               section="f) Supported capability building")
    retrieval = Retrieval("q", hits=[hit], grounded=True, scores=[5.0], reranked=True)
    text, _, _ = Composer(WordOverlapReranker()).compose("what's meant by 'supported capability building'?", retrieval,
                                                        "definition")
    assert "training, tools and resources" in text


@pytest.mark.parametrize("question, kind", [
    ("What are the three aims of the roadmap?", "list"),
    ("list the six shifts", "list"),
    ("How many VCFSE organisations are there?", "figure"),
    ("what percentage of children live in poverty", "figure"),
    ("Who published the roadmap?", "who-when"),
    ("When did PPN 06/20 apply from?", "who-when"),
    ("Which of the foreword authors chairs the Local Government Association?", "who-when"),
    ("What is social value?", "definition"),
    ("VCFSE - what does it stand for?", "definition"),
    ("Should tenders be open for six weeks?", "rule"),
])
def test_question_kind(question, kind):
    assert question_kind(question) == kind


def test_defined_term_and_definition_sentences():
    assert defined_term("what's a 'proxy value' in the TOM System?") == "proxy value"
    assert defined_term("TOMs - what does the acronym mean?") == "TOMs"
    assert defined_term("What does additionality mean when we talk about social value?") == "additionality"
    assert defines("Voluntary, Community, Faith and Social Enterprise (VCFSE) organisations", "VCFSE")
    assert defines("We call this the 'proxy value'.", "proxy value")
    assert not defines("The VCFSE sector is diverse", "proxy value")


@pytest.mark.parametrize("text", [
    "7 Our roadmap: what shifts do we need to make?",           # a contents line / question
    "What does a thriving Social Value Economy look like?",     # a heading that is a question
    "Office of National Statistics or Unit Cost Database).",    # a fragment cut from its sentence
    "or tackling any number of additional pressing local needs.",  # continues a sentence
    "Adapted from The National Social Value Taskforce.",         # a caption
    "HACKED.",                                                   # under six words
])
def test_fragments_headings_and_captions_are_never_quotable(text):
    assert not quotable(text)


def test_a_contents_line_is_never_an_answer():
    contents = _hit("Contents\n1 Executive summary 05\n7 Our roadmap: what shifts do we need to make? 33", section="Contents")
    prose = _hit("The roadmap sets out six shifts that organisations need to make to reach a Social Value Economy.", 1)
    retrieval = Retrieval("q", hits=[contents, prose], grounded=True, scores=[5.0, 1.0], reranked=True)
    text, citations, _ = Composer(WordOverlapReranker()).compose("what shifts do we need to make?", retrieval, "other")
    assert text.startswith("The roadmap sets out six shifts") and citations[0].page == 2


def test_cut_chunk_edges_and_headings_are_dropped():
    hit = _hit("Heading of the section\nmiddle of a sentence that was cut here. A whole sentence that can stand alone "
               "as an answer. And the last one was cut off before its", cut_start=True, cut_end=True)
    assert [c.text for c in candidates_of(hit, 0)] == ["A whole sentence that can stand alone as an answer."]


def test_a_list_question_gets_the_list_in_its_order():
    hit = _hit("The roadmap has three aims:\n- First aim: to set out why every organisation has a stake.\n"
               "- Second aim: to present an honest assessment of social value.\n"
               "- Third aim: to describe the shifts every organisation must take.")
    retrieval = Retrieval("q", hits=[hit], grounded=True, scores=[3.0], reranked=True)
    text, citations, points = Composer(WordOverlapReranker()).compose(
        "What are the three aims every organisation must take?", retrieval, "list")
    assert [p.text.split(":")[0] for p in points] == ["First aim", "Second aim", "Third aim"]
    assert len(citations) == 1 and text.count("[1]") == 3


def test_a_figure_question_prefers_the_sentence_with_the_figure():
    hit = _hit("VCFSE organisations are many and diverse in the region. There are 19,656 VCFSE organisations in the region.")
    retrieval = Retrieval("q", hits=[hit], grounded=True, scores=[3.0], reranked=True)
    text, _, _ = Composer(WordOverlapReranker()).compose("How many VCFSE organisations are in the region?", retrieval,
                                                        "figure")
    assert "19,656" in text


def test_a_fact_row_answers_only_for_its_own_indicator():
    rows = [_hit("In Warrington, employment rate was 76% in 2023.", 0, row=1, area="Warrington", indicator="employment rate"),
            _hit("In Liverpool, unemployment rate was 7.5% in 2023.", 1, row=2, area="Liverpool", indicator="unemployment rate")]
    retrieval = Retrieval("q", hits=rows, grounded=True, scores=[5.0, 2.0], reranked=True)
    text, _, _ = Composer(WordOverlapReranker()).compose("What is the unemployment rate in Warrington?", retrieval,
                                                        "figure", area="Warrington")
    assert "Liverpool" in text and "76%" not in text  # 'employment rate' does not answer 'unemployment rate'


def test_the_place_asked_about_has_its_own_figure_before_any_other_places():
    rows = [_hit("In Cheshire and Merseyside, children in poverty (count) was 100,300.", 0, row=1,
                 area="Cheshire and Merseyside", indicator="children in poverty (count)"),
            _hit("In Wirral, children in low-income families was 18.9% (England 17.0%) in 2016.", 1, row=2, area="Wirral",
                 indicator="children in low-income families")]
    retrieval = Retrieval("q", hits=rows, grounded=True, scores=[6.0, 1.0], reranked=True)
    text, _, _ = Composer(WordOverlapReranker()).compose("Got a figure for child poverty on the Wirral?", retrieval,
                                                        "figure", area="Wirral")
    assert text.startswith("In Wirral") and "18.9%" in text  # "children" is what "child poverty" counts


def test_a_fact_row_answers_from_its_value_as_well_as_its_indicator():
    row = _hit("In Cheshire West and Chester, people living in England's most deprived 10% of areas was almost 25,000; "
               "15% of households have an income under £15,000 a year.", 0, row=1, area="Cheshire West and Chester",
               indicator="people living in England's most deprived 10% of areas")
    retrieval = Retrieval("q", hits=[row], grounded=True, scores=[6.0], reranked=True)
    text, _, _ = Composer(WordOverlapReranker()).compose(
        "what share of households get by on less than £15,000 a year?", retrieval, "figure",
        area="Cheshire West and Chester")
    assert "15% of households" in text


def test_the_askers_sector_and_the_sub_heading_decide_which_bullets_answer():
    everyone = _hit("7.5 Collaborative design and delivery\nWe are asking every organisation to commit to collaborative "
                    "design and delivery with the VCFSE sector.", 0, section="7.5 Collaborative design and delivery")
    vcfse = _hit("8.5 VCFSE organisations\nOutcomes-focused decision-making\n- Commit to capturing data on initiatives\n"
                 "Collaborative design and delivery\n- Continue to develop CVS organisations as a front door to the sector\n"
                 "- Define a set of clear asks for support from private sector partners", 1,
                 section="8.5 VCFSE organisations")
    retrieval = Retrieval("q", hits=[everyone, vcfse], grounded=True, scores=[6.0, 3.0], reranked=True)
    question = "As a VCSE, what are we asked to do on collaborative design and delivery?"
    composer = Composer(WordOverlapReranker(), passages=1)
    text, _, _ = composer.compose(question, retrieval, "other")
    assert "every organisation" in text  # not said whose: the best passage
    text, _, _ = composer.compose(question, retrieval, "other", sector="VCFSE sector organisations")
    assert "front door" in text and "clear asks" in text and "capturing data" not in text
    assert [c.heading for c in candidates_of(vcfse, 0)] == ["Outcomes-focused decision-making",
                                                            "Collaborative design and delivery",
                                                            "Collaborative design and delivery"]


@pytest.mark.parametrize("question, sentence, gives", [
    ("How many CVSs are there across C&M?", "15% of children live in absolute poverty households.", False),
    ("How many kids here grow up in low-income families?", "In Knowsley, children in low-income families was 29.8%.", True),
    ("How many organisations have made the commitment?", "We ask all organisations to commit by 2025.", False),  # a year
    ("How much did the NHS spend with charities in 2023?", "There were 19,656 charities in 2023.", False),  # not money
    ("How much did the NHS spend with charities?", "The NHS spent £4.2m with charities.", True),
    ("How many pieces of research were reviewed?", "We reviewed five pieces of relevant research.", True),
    ("Where does St Helens rank in the deprivation index?", "In St Helens, IMD 2025 rank was 68th.", True),
    ("how many local people are out of work?", "The unemployment rate was 7%.", True),  # 'people' is any count
])
def test_a_statistic_is_answered_only_by_a_figure_of_what_was_asked(question, sentence, gives):
    assert answers_count(question, sentence) is gives


def test_a_page_that_says_what_a_fact_row_says_is_the_citation():
    row = _hit("Best practice of a minimum six-week procurement timescale for tenders relevant to VCFSE organisations.",
               0, row=3)
    row.metadata.pop("page")
    page = _hit("Commit to a minimum six-week procurement timescale for tenders relevant to VCFSE organisations.", 1)
    retrieval = Retrieval("q", hits=[row, page], grounded=True, scores=[5.0, 4.5], reranked=True)
    _, citations, _ = Composer(WordOverlapReranker()).compose(
        "What is the minimum procurement timescale for tenders relevant to VCFSE organisations?", retrieval, "rule")
    assert citations[0].page == 2


def test_list_items_are_not_joined_to_the_line_before():
    hit = _hit("Collaborative design and delivery\n- Conduct market analysis to find the most relevant outcomes\n"
               "- Commit to a minimum six-week procurement timescale for tenders\n"
               "and a line that continues the one before it.")
    texts = [c.text for c in candidates_of(hit, 0)]
    assert "Commit to a minimum six-week procurement timescale for tenders and a line that continues the one before it." \
        in texts and "Conduct market analysis to find the most relevant outcomes" in texts


def test_a_sentence_that_introduces_a_list_is_quoted_with_its_items():
    hit = _hit("In particular, system leaders have considered three drivers of outcomes across the cycle:\n"
               "- Inclusive commissioning\n- Capable bidding\n- Effective collaboration in delivery\n\n"
               "When combined, these drivers have the potential to maximise additional benefits to people.")
    retrieval = Retrieval("q", hits=[hit], grounded=True, scores=[3.0], reranked=True)
    text, citations, points = Composer(WordOverlapReranker()).compose(
        "Which drivers of outcomes did system leaders consider?", retrieval, "list")
    assert points[0].items == ("Inclusive commissioning", "Capable bidding", "Effective collaboration in delivery")
    assert text.startswith("In particular, system leaders have considered three drivers of outcomes across the cycle: "
                           "Inclusive commissioning; Capable bidding; and Effective collaboration in delivery. [1]")


def test_a_heading_that_introduces_the_passage_list_is_its_lead_in():
    hit = _hit("- We have developed a charter signed by 80 organisations\n- We have implemented an award for good practice",
               section="6.1 Steps › Several positive steps have already been taken across the region:")
    first = candidates_of(hit, 0)[0]
    assert first.text.startswith("Several positive steps") and len(first.items) == 2


@pytest.mark.parametrize("question, count", [
    ("What three tests should every requirement pass?", 3), ("name the 6 key shifts", 6),
    ("In what two ways can VCFSEs help?", 2), ("What is social value?", None), ("How many VCFSEs are there?", None)])
def test_count_asked(question, count):
    assert count_asked(question) == count


def test_a_list_of_the_number_asked_for_outranks_a_closer_sentence():
    near = _hit("Each tender requirement is scored by the buyer in the usual way.", 0)  # two words shared
    listed = _hit("- Relevant to the contract\n- Proportionate to its size\n- Additional to the core contract", 1, section="Consistent application › We ask every organisation "
                  "to ensure that Social Value requirements are:")
    retrieval = Retrieval("q", hits=[near, listed], grounded=True, scores=[3.0, 2.0], reranked=True)
    text, _, _ = Composer(WordOverlapReranker()).compose("What three tests should every tender requirement pass?",
                                                         retrieval, "rule")
    assert "Relevant to the contract; Proportionate to its size; and Additional to the core contract" in text


def test_a_name_year_or_known_acronym_nothing_retrieved_mentions_is_missing():
    passages = ["There are 19,656 VCFSE organisations in Cheshire and Merseyside, 26% registered charities."]
    known = frozenset({"UK", "VCFSE", "NHS"})
    assert missing_names("How many registered charities are there in the UK?", passages, known) == ["UK"]
    assert missing_names("How many VCFSEs are there?", passages, known) == []
    assert missing_names("How many charities are there in Devon in 2030?", passages, known) == ["Devon", "2030"]
    assert missing_names("What is the proxy value of an hour of NT17 volunteering?", passages, known) == ["NT17"]
    # an acronym the sources never use may be the asker's shorthand ("SV"): not judged
    assert missing_names("How many VCFSE organisations deliver SV?", passages, known) == []


def test_a_count_of_things_is_a_list_but_a_quantity_is_not():
    assert count_asked("In what two ways can VCFSEs deliver outcomes?") == 2
    assert question_kind("In what two ways can VCFSEs deliver outcomes?") == "list"
    assert count_asked("Should tenders be open for six weeks?") is None
    assert count_asked("for two years now") is None


def _section_hit(n, section, text, source="report"):
    return Hit(id=f"s{n}", text=f"{section}\n{text}", similarity=0.5,
               metadata={"source": source, "page": n, "chunk": 0, "section": section})


def test_items_set_out_one_per_section_are_found_by_the_count_announced():
    chunks = [_section_hit(1, "2.1 Three barriers", "We have identified three key barriers to progress."),
              _section_hit(2, "2.2 a) Lack of time", "Text."), _section_hit(3, "2.3 b) Lack of money", "Text."),
              _section_hit(4, "2.4 c) Lack of skills", "Text."), _section_hit(5, "3 Next steps", "Text."),
              _section_hit(2, "Other a) Unrelated", "Text.", source="other")]
    found = outline_items(chunks[0], "We have identified three key barriers to progress.", chunks)
    assert [title for title, _ in found] == ["Lack of time", "Lack of money", "Lack of skills"]
    assert [hit.id for _, hit in found] == ["s2", "s3", "s4"]
    # a count that does not match the sections that follow is not a list of them
    assert outline_items(chunks[0], "We have identified four key barriers.", chunks) == []
    assert outline_items(chunks[0], "We have identified key barriers.", chunks) == []


def test_a_bullets_second_sentence_stays_in_its_item():
    hit = _hit("These missed chances fall into two main categories:\n- Co-design: missed chances to co-design. In particular with the "
               "VCFSE sector.\n- Collaboration: missed chances to broker work between sectors.\nAfter the list, more.")
    intro = next(c for c in candidates_of(hit, 0) if c.items)
    assert intro.items == ("Co-design: missed chances to co-design. In particular with the VCFSE sector.",
                           "Collaboration: missed chances to broker work between sectors.")


def test_when_the_best_sentences_are_items_of_one_list_the_list_is_the_answer():
    hit = _hit("Several steps have already been taken by the partners:\n- We developed a social value charter signed "
               "by many.\n- We implemented a social value award for good practice.\n- We added social value to the "
               "anchor framework.\nOver twenty leaders reflected on social value already taken steps.")
    retrieval = Retrieval(query="q", hits=[hit], scores=[1.0], grounded=True)
    text, _, points = Composer(WordOverlapReranker()).compose(
        "what social value steps have already been taken, charter award framework?", retrieval, "other")
    assert text.startswith("Several steps have already been taken by the partners: We developed")
    assert "anchor framework" in text and "twenty leaders" not in text


def test_who_signed_a_passage_is_a_candidate_for_who_questions_only():
    hit = Hit(id="f", text="Forewords\nRaj Jain\nChair of NHS Cheshire and Merseyside\n\nOur communities face immense "
                           "challenges, from health inequalities to economic disparities.\nLouise Gittins\nChair of the "
                           "Local Government Association", similarity=0.5,
              metadata={"source": "doc", "page": 3, "section": "Forewords"})
    found = candidates_of(hit, 0)
    assert found[0].signature and found[0].text == "Raj Jain (Chair of NHS Cheshire and Merseyside) signs this foreword."
    assert all("Gittins" not in c.text and not c.text.startswith("Chair of") for c in found)  # the next one's name
    retrieval = Retrieval(query="q", hits=[hit], scores=[1.0], grounded=True)
    composer = Composer(WordOverlapReranker())
    assert composer.compose("Who wrote the NHS Cheshire and Merseyside foreword?", retrieval, "who-when")[0] \
        .startswith("Raj Jain (Chair of NHS")
    assert "signs" not in composer.compose("What challenges do our communities face?", retrieval, "other")[0]


def test_a_contents_page_gives_its_prose_but_never_its_entries_and_references_only_when_asked_about():
    contents = Hit(id="c", text="Contents\n7 \tOur roadmap: what shifts do we need to make?\n2 Introduction 10\n"
                                "The development of this roadmap has been supported by Social Value Portal, a B Corp.",
                   similarity=0.5, metadata={"source": "doc", "page": 4, "section": "Contents"})
    assert [c.text for c in candidates_of(contents, 0)] == [
        "The development of this roadmap has been supported by Social Value Portal, a B Corp."]
    refs = Hit(id="r", text="References\nRacheal Jones, Laura Tilston and Adrian Ashton, “State of the Sector Review "
                            "2023”, NHS Cheshire and Merseyside.", similarity=0.5,
               metadata={"source": "doc", "page": 64, "section": "References"})
    assert candidates_of(refs, 0) == []
    assert candidates_of(refs, 0, references=True)[0].text.startswith("Racheal Jones")


def test_markdown_links_read_as_their_address_with_its_underscores():
    line = r"See the Policy: [https://x.org/CHP\_Social-Value.pdf](https://x.org/CHP_Social-Value.pdf) and **bold**"
    assert plain_markdown(line) == "See the Policy: https://x.org/CHP_Social-Value.pdf and bold"
    assert plain_markdown("[the report](https://a.org/r) and <https://b.org/x_y>") == \
        "the report (https://a.org/r) and https://b.org/x_y"


def test_when_asks_for_a_time_and_who_wrote_asks_for_a_name():
    assert not answers_who_when("when's the next edition of the framework due out?",
                                "We are proud to introduce this framework and its recommendations for the region.")
    assert answers_who_when("When did the Act come into force?", "The Act came into force on 31 January 2013.")
    assert answers_who_when("When the roadmap says 'anchor', what does it mean?", "Anchors are large local bodies.")
    assert answers_who_when("when does the repair café open?", "The repair café opens every Saturday morning.")
    assert answers_who_when("when is the food pantry open?", "The food pantry opens on Tuesdays.")
    assert answers_who_when("when should we consult the market?", "Consult the market before the tender is written.")
    assert not answers_who_when("who's the procurement lead at the council and how do I reach them?",
                                "By embedding this into our processes, we make every pound count.")
    assert answers_who_when("Who chairs the taskforce?", "The taskforce is chaired by the Local Government Association.")


def test_title_only_bullets_carry_their_description_and_main_stages_ask_for_a_list():
    hit = _hit("A three-stage method was used.\n\n- Scoping\nA review of twelve earlier studies by the team\n"
               "- Interviews\nThirty people were interviewed across sectors\n- Synthesis\nA report drew the findings "
               "together for the board")
    texts = [c.text for c in candidates_of(hit, 0) if c.bullet]
    assert texts[:2] == ["Scoping: A review of twelve earlier studies by the team",
                         "Interviews: Thirty people were interviewed across sectors"]
    assert question_kind("what did the review involve - the main stages?") == "list"


def test_a_month_a_price_or_a_time_to_come_is_asked_for_by_name():
    from assistant.tasks.compose import answers_asked_kind
    assert not answers_asked_kind("What month does the survey close?", "The survey closes in 2025.")
    assert answers_asked_kind("What month does the survey close?", "The survey closes at the end of March 2025.")
    assert not answers_asked_kind("Is there a fee for joining, and how much is it?", "Joining takes ten minutes.")
    assert answers_asked_kind("Is there a fee for joining, and how much is it?", "Membership is free for charities.")
    assert not answers_asked_kind("when is the index next going to be published?",
                                  "The index was first published in 2019.")
    assert answers_asked_kind("when is the index next going to be published?", "The next index is due in 2027.")
    assert answers_asked_kind("How many VCFSEs are there?", "There are 19,656.")


def test_a_pointing_word_stands_for_the_term_quoted_or_abbreviated_before_it():
    assert defined_term("the form keeps asking for our 'SROI'. what does that stand for?") == "SROI"
    assert defined_term("Half the measures say NEET. what's it mean?") == "NEET"
    assert defined_term("what does VCFSE stand for?") == "VCFSE"


def test_a_sentence_that_goes_on_with_the_answer_comes_with_it():
    passage = ("Managers say suppliers often miss the point of the questions. This usually reflects how little time "
               "bidders are given to prepare. The next section turns to budgets.")
    retrieval = Retrieval(query="q", hits=[_hit(passage)], grounded=True, scores=[1.0])
    text, _, _ = Composer(WordOverlapReranker()).compose("why do suppliers miss the point of the questions?",
                                                         retrieval, "other")
    assert "how little time" in text and "budgets" not in text
    passage = ("Funders say charities often overstate their reach. This sometimes hides how thinly their staff are "
               "spread. This report sets out the evidence.")
    retrieval = Retrieval(query="q", hits=[_hit(passage)], grounded=True, scores=[1.0])
    text, _, _ = Composer(WordOverlapReranker()).compose("why do funders say charities overstate their reach?",
                                                         retrieval, "other")
    assert "thinly" in text and "evidence" not in text


def test_names_the_question_sets_aside_are_not_what_it_asks_about():
    passages = ["Halton Borough Council and the Knowsley CVS ran the sessions."]
    assert missing_names("Apart from Sefton CVS, which council ran the sessions?", passages) == []
    assert missing_names("Which council ran the sessions with Sefton CVS?", passages) == ["Sefton"]


def test_how_often_is_answered_only_by_a_frequency():
    from assistant.tasks.compose import answers_asked_kind
    assert not answers_asked_kind("how often do suppliers have to report progress?",
                                  "Suppliers rarely report on their progress during delivery.")
    assert answers_asked_kind("how often do suppliers have to report progress?",
                              "Suppliers report progress to the contract manager every quarter.")


def test_the_askers_own_people_and_towns_are_not_what_is_asked_about():
    passages = ["The charter asks signatories to pay the Real Living Wage."]
    assert missing_names("Our FD keeps asking what the charter asks of signatories?", passages,
                         frozenset({"FD"})) == []
    assert missing_names("What did the FD of the trust say about the charter?", passages, frozenset({"FD"})) == ["FD"]
    assert missing_names("my mum in Prescot and Halewood asked about the charter", passages) == []


def test_a_question_is_classed_by_its_asking_sentence_and_chat_spelling():
    assert question_kind("whats a CVS when it's at home?") == "definition"
    assert question_kind("I run a youth club in Runcorn. The funder keeps saying 'anchor institution'. "
                         "What is that phrase supposed to mean?") == "definition"
    assert question_kind("The report leans on five drivers. Remind me what those drivers are?") == "list"
    assert defined_term("what do the initials in ICP stand for?") == "ICP"
    assert definition_strength("Each member names its ‘Golden Thread’ – the ways in which it links services.",
                               "Golden Thread") == 2


def test_one_of_the_most_is_no_count():
    assert not answers_count("how many food banks are there in Halton?",
                             "Halton has one of the most active food bank networks in the region.")
    assert answers_count("how many food banks are there in Halton?", "Halton has nine food banks.")


def test_a_list_under_its_heading_is_quoted_whole():
    passage = ("### Seven habits\n\n- Listening carefully to residents every week\n- Paying every supplier within ten days"
               "\n- Sharing office space with local groups\n- Publishing spend with charities every quarter\n"
               "- Training every manager in co-production\n- Hiring care leavers into permanent roles\n"
               "- Reporting carbon from every site each year")
    retrieval = Retrieval(query="q", hits=[_hit(passage, section="Annex › Seven habits")], grounded=True, scores=[1.0])
    text, _, _ = Composer(WordOverlapReranker()).compose("what are the seven habits listed?", retrieval, "list")
    assert "Listening carefully" in text and "Reporting carbon" in text


def test_a_row_addressed_to_the_askers_sector_leads():
    passage = ("For Public Sector organisations: publish your pipeline of contracts.\n\n"
               "For Private Sector organisations: open your supply chain to local social enterprises.\n\n"
               "For VCFSE sector organisations: form consortia to bid together.")
    retrieval = Retrieval(query="q", hits=[_hit(passage)], grounded=True, scores=[1.0])
    text, _, _ = Composer(WordOverlapReranker()).compose("what are we asked to do?", retrieval, "other",
                                                         sector="private sector organisations")
    assert text.startswith("For Private Sector organisations")


def test_who_published_it_asks_for_the_source_and_residents_are_not_what_is_measured():
    from assistant.tasks.compose import SOURCE_ASKED, indicator_words
    assert SOURCE_ASKED.search("a colleague says 40% of Halton kids are poor - who actually published that?")
    assert indicator_words("what share of Wirral's working-age residents are in employment?", None) == {"employment"}


def test_of_sentences_near_the_best_the_one_that_announces_its_sections_leads_a_list():
    chunks = [_section_hit(1, "4.1 Four habits", "Partners agreed four working habits to change how they buy."),
              _section_hit(2, "4.2 a) Early talks", "Text."), _section_hit(3, "4.3 b) Shared goals", "Text."),
              _section_hit(4, "4.4 c) Plain forms", "Text."), _section_hit(5, "4.5 d) Honest reviews", "Text."),
              _section_hit(6, "9.1 Closing", "Living the four working habits will change how partners buy.")]
    retrieval = Retrieval("q", hits=[chunks[5], chunks[0]], grounded=True, scores=[3.0, 2.5], reranked=True)
    text, _, _ = Composer(WordOverlapReranker()).compose("what were the four working habits partners buy by?",
                                                         retrieval, "list", chunks=chunks)
    assert text.startswith("Partners agreed four working habits")
    assert "Early talks; Shared goals; Plain forms; Honest reviews" in text


def test_the_items_under_the_heading_a_question_names_are_the_list():
    intro = _hit("Our plan does set out: Bring residents together; Share what they learn; and Hold one another to "
                 "account.", 0)
    passage = ("### Rainbow layers\n\n- Giving every person a fair start in their early years\n- Helping people make "
               "healthy choices about how they live\n- Building strong social and community networks\n- Making general "
               "living and working conditions fair for all")
    listed = _hit(passage, 1, section="4.2 Our goals › Rainbow layers")
    retrieval = Retrieval("q", hits=[intro, listed], grounded=True, scores=[2.0, 2.0], reranked=True)
    question = "Which rainbow layers does our partners' plan set out?"
    assert question_kind(question) == "list"
    text, _, _ = Composer(WordOverlapReranker()).compose(question, retrieval, "list")
    assert text.startswith("Giving every person a fair start") and "Making general living and working" in text


def test_an_acronym_then_what_are_they_asks_what_it_stands_for():
    question = "Quick one - the report keeps saying LEPs, what are they exactly? not from round here"
    assert question_kind(question) == "definition"
    assert defined_term(question) == "LEPs"
    assert question_kind("the TOMs framework has outcomes, what are they all?") != "definition"


def test_how_the_answer_should_be_said_names_nothing_to_look_for():
    passages = ["The Social Value Economy is one in which all agencies share a goal."]
    assert missing_names("Can you put the Social Value Economy into plain English for our trustees?", passages) == []
    assert missing_names("In plain-English terms what does the Social Value Economy mean?", passages) == []
    assert missing_names("What does the Social Value Economy mean in Wales?", passages) == ["Wales"]


def test_outside_of_sets_aside_what_is_not_asked():
    from assistant.tasks.compose import SET_ASIDE
    assert SET_ASIDE.sub(" ", "Outside of grants, how else can councils fund local groups?").split() == \
        [",", "how", "else", "can", "councils", "fund", "local", "groups?"]


def test_an_items_number_is_no_figure_and_a_count_can_be_named_by_its_acronym():
    assert not answers_count("how many aims does the plan have?", "2 To build trust between partners across the city.")
    assert answers_count("how many aims does the plan have?", "The plan has 2 aims.")
    assert answers_count("About how many small and medium enterprises are there in Halton?",
                         "Halton is home to 3,400 SMEs, most of them micro businesses.")
    assert not answers_count("how many food banks are there?", "There are 40 FBN members in the area.")


def test_a_place_named_for_its_town_is_where_the_asker_is():
    passages = ["NHS England: From 1 Apr 2022 NHS procurement applies a minimum 10% net zero and social value weighting."]
    assert missing_names("We're bidding for a contract at the Royal Infirmary of Chester. What weighting do NHS tenders "
                         "give social value?", passages, frozenset({"NHS"})) == []
    assert missing_names("What weighting does the Royal Infirmary of Exeter give social value?", passages) == \
        ["Royal Infirmary of Exeter"]


@pytest.mark.parametrize("question, kind, term", [
    ("Could you sum up the Partner VCFSE commitment in one sentence for our newsletter?", "definition",
     "Partner VCFSE commitment"),
    ("how would you explain additionality in plain English to a volunteer?", "definition", "additionality"),
    ("Can you describe social value briefly for our trustees?", "definition", "social value"),
])
def test_a_request_to_sum_up_a_term_briefly_is_a_definition_question(question, kind, term):
    assert question_kind(question) == kind and defined_term(question) == term


@pytest.mark.parametrize("question", [
    "What are the main problems commissioners face with social value?",
    "The roadmap says success depends on a couple of factors - what are they?",
    "what are some reasons bids fail on social value",
])
def test_a_question_for_a_few_things_or_the_main_factors_is_a_list_question(question):
    assert question_kind(question) == "list"


def test_a_quotation_keeps_its_speaker_from_the_line_below():
    hit = _hit("Partnership work matters.\n\n“ Good health needs action from housing, transport and schools.\n"
               "[World Health Organisation]\n\nThat is why we act together.", section="7 Working together")
    texts = [c.text for c in candidates_of(hit, 0)]
    assert any("schools." in t and "[World Health Organisation]" in t for t in texts)
    # a bullet below a line is a bullet, however short: not a speaker
    bullets = _hit("Our shifts:\n- Shared outcomes matter to every partner\n- Better data on what works for people",
                   section="8 Shifts")
    assert [c.text for c in candidates_of(bullets, 0) if c.bullet] == ["Shared outcomes matter to every partner",
                                                                       "Better data on what works for people"]


def test_a_fact_row_naming_a_sector_gets_no_sector_bonus():
    # the asker mentions community groups; a row counting them is no section telling them what to do
    row = _hit("community groups\nIn the region, community groups was 4,100 in 2024.", 0, row=3,
               indicator="community groups", section="community groups")
    guide = _hit("Every group should record its volunteering hours every month in a simple log.", 1,
                 section="8.5 Community groups")
    composer = Composer(WordOverlapReranker(), sector_bonus=20.0, passages=2)

    def scores(hits, kind, sector):
        retrieval = Retrieval("q", hits=hits, grounded=True, scores=[2.0] * len(hits), reranked=True)
        return [s for _, s in composer.rank("how many community groups are in the region?", retrieval, kind,
                                            sector=sector)]

    assert scores([row], "other", "community groups") == scores([row], "other", "")  # the row: no bonus
    assert scores([guide], "other", "community groups") > scores([guide], "other", "")  # the sector's own section
    assert scores([guide], "who-when", "community groups") == scores([guide], "who-when", "")  # a who-question: none


def test_a_follow_up_that_adds_a_topic_is_answered_for_it_not_for_the_question_before():
    from assistant.tasks.compose import words_added

    assert words_added("and fuel poverty there?", "How many kids are in poverty in Halton?") == "fuel"
    assert words_added("and there?", "How many kids are in poverty in Halton?") == "and there?"
    kids = _hit("In Halton, children living in poverty was 30% (9,000 children).", 0, row=1,
                indicator="children living in poverty", area="Halton")
    fuel = _hit("In Halton, households in fuel poverty was 7,000 of 60,000.", 1, row=2,
                indicator="households in fuel poverty", area="Halton")
    retrieval = Retrieval("q", hits=[kids, fuel], grounded=True, scores=[8.0, 7.0], reranked=True)
    text, _, _ = Composer(WordOverlapReranker()).compose(
        "How many kids are in poverty in Halton? and fuel poverty there?", retrieval, "figure", focus="fuel")
    assert "7,000" in text


def test_a_letter_of_an_acronym_asks_what_the_acronym_stands_for():
    assert defined_term("what does the C in VCFSE stand for?") == "VCFSE"
    assert defined_term("whats the T in TOMs short for") == "TOMs"
    assert defined_term("what does the letter O in TOMs mean?") == "TOMs"
    assert defined_term("what is a bid in TOMs?") == "bid"  # a word, not a capital letter of the acronym


def test_a_count_is_not_given_by_a_length_of_time_an_age_or_a_share_said_not_to_do():
    from assistant.tasks.compose import answers_asked
    assert not answers_count("how many firms have joined the scheme?", "Firms keep bids open for a minimum eight-week window.")
    assert answers_count("how many weeks should the window be?", "Firms keep bids open for a minimum eight-week window.")
    assert not answers_count("how many pensioners in Halton, as a number not a percentage?",
                             "In Halton, pensioners aged over 65 living alone was 31%.")
    assert answers_count("how many pensioners in Halton, as a number not a percentage?",
                         "In Halton, 4,100 pensioners aged over 65 live alone.")
    assert not answers_asked("how many suppliers have signed the pledge so far?",
                             "Sign the pledge: baseline spend and set targets year-on-year.")
    assert not answers_asked("in which month do the pledges close?", "Sign the pledge: baseline spend and set targets.")


def test_a_threshold_asked_for_is_answered_only_by_a_value():
    from assistant.tasks.compose import answers_asked_kind
    principle = "Requirements should be proportionate to the size of the contract in question."
    assert not answers_asked_kind("is there a spend level above which suppliers must report quarterly?", principle)
    assert not answers_asked_kind("Is there a cut-off for small lots, or do they all need social value?", principle)
    assert answers_asked_kind("Is there a cut-off for small lots?", "Lots under £25,000 need no social value question.")
    assert answers_asked_kind("is there a threshold above which it applies?", "It applies to contracts over £5m.")


def test_a_source_asked_for_with_a_reason_after_it_or_put_out_by_someone():
    from assistant.tasks.compose import SOURCE_ASKED
    assert SOURCE_ASKED.search("Where's the Halton figure of 41% from? I have to footnote it for the funder")
    assert SOURCE_ASKED.search("who put out the life expectancy numbers for Wirral wards?")
    assert SOURCE_ASKED.search("who released those employment figures?")
    assert not SOURCE_ASKED.search("where are the biggest figures from the table?")


def test_a_count_of_those_who_did_something_needs_a_sentence_that_says_they_did_it():
    from assistant.tasks.compose import says_it_was_done
    there = "In Wirral, social enterprises was 310 in 2022."
    assert not says_it_was_done("how many social enterprises have joined the scheme so far?", there)
    assert says_it_was_done("how many social enterprises have joined the scheme so far?",
                            "By March, 27 social enterprises had joined the scheme.")
    assert says_it_was_done("how many social enterprises are there in Wirral?", there)


def test_a_count_of_those_who_merely_have_something_is_any_count_of_them():
    from assistant.tasks.compose import says_it_was_done
    assert says_it_was_done("how many firms have got the kitemark?", "The kitemark is held by 40 firms across the region.")


def test_a_deadline_asked_for_is_answered_only_by_a_date_to_come():
    from assistant.tasks.compose import answers_asked_kind
    assert not answers_asked_kind("when do entries for the awards close?",
                                  "The awards were set up after the 2012 Act was passed.")
    assert not answers_asked_kind("Is there a deadline for nominations?", "Nominations must show a year of impact.")
    assert answers_asked_kind("Is there a deadline for the pledge?", "Organisations are asked to pledge by 2025.")


def test_a_word_that_starts_like_a_month_is_no_date_for_a_deadline():
    from assistant.tasks.compose import answers_asked_kind
    assert not answers_asked_kind("is there a deadline for bids?", "The decision rests with the market.")
    assert answers_asked_kind("is there a deadline for bids?", "Bids close in March.")
    assert answers_asked_kind("when do entries close?", "Entries must arrive before 3 May.")
    # a year after "by the" names a thing ("the 2012 Act"), not when something is due
    assert not answers_asked_kind("when do entries close?", "It was sparked by the 2012 Act and has grown since.")
