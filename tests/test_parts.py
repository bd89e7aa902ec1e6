from __future__ import annotations

import pytest

from assistant.citations import Citation
from assistant.tasks.ask import Answer
from assistant.tasks.parts import joined_answer, question_parts


@pytest.mark.parametrize("message, parts", [
    ("We run a youth club in Bootle. Which themes does the TOMs framework have? And can we use it for free?",
     ["We run a youth club in Bootle. Which themes does the TOMs framework have?", "And can we use it for free?"]),
    ("who chairs the partnership board, and when was she appointed?",
     ["who chairs the partnership board?", "When was she appointed?"]),
    ("what's the child poverty rate in Halton? and is it higher than Knowsley's",
     ["what's the child poverty rate in Halton?", "and is it higher than Knowsley's"]),
])
def test_a_message_asking_two_things_is_split_into_its_questions(message, parts):
    assert question_parts(message) == parts


@pytest.mark.parametrize("message", [
    "What is social value?",
    "Hi, I run a lunch club. What does 'joint programmes' mean? Any examples?",  # a second too short to stand
    "What is NT90 and what unit is it in?",  # a first of three words: one question
    "How do councils and charities work together on social value in Wirral?",
])
def test_a_message_asking_one_thing_is_not_split(message):
    assert question_parts(message) == [" ".join(message.split())]


def _cite(n, chunk, snippet):
    return Citation(n=n, source="doc", page=n, section=None, snippet=snippet, score=1.0, chunk_id=chunk)


def test_two_answers_are_joined_with_their_citations_renumbered_and_nothing_said_twice():
    first = Answer(question="a", answer="Jo Bloggs chairs it. [1]", grounded=True,
                   citations=[_cite(1, "c1", "Jo Bloggs chairs it.")])
    second = Answer(question="b", answer="Jo Bloggs chairs it. [1] She was appointed in 2021. [2]", grounded=True,
                    citations=[_cite(1, "c1", "Jo Bloggs chairs it."), _cite(2, "c9", "She was appointed in 2021.")])
    joined = joined_answer("both", first, second, "when was she appointed?")
    assert joined.answer == "Jo Bloggs chairs it. [1] She was appointed in 2021. [2]"
    assert [(c.n, c.chunk_id) for c in joined.citations] == [(1, "c1"), (2, "c9")]
    assert joined.question == "both" and joined.grounded


def test_a_second_question_the_sources_do_not_answer_is_said_to_be_unanswered():
    first = Answer(question="a", answer="There are three themes. [1]", grounded=True,
                   citations=[_cite(1, "c1", "There are three themes.")])
    second = Answer(question="b", answer="The sources do not say.", grounded=False)
    joined = joined_answer("both", first, second, "and can we use it for free?")
    assert joined.answer == "There are three themes. [1] As for “Can we use it for free?”: the sources do not say."
    assert joined.grounded and len(joined.citations) == 1
