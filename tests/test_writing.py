"""Sections reworded by a model are kept only when they add nothing and drop no marker or code."""

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.writing import SectionWriter, review_rewrite

TEMPLATE = "We will give 300 volunteering hours (NT17) to food banks in Wirral, where 12% of people are out of work [1]."


def test_faithful_rewrite_is_kept():
    good = "In Wirral, where 12% of people are out of work [1], our staff will give 300 volunteering hours (NT17) to food banks."
    section = SectionWriter(FakeListChatModel(responses=[good])).write(TEMPLATE)
    assert section.by_model and section.text == good


def test_added_figure_is_refused():
    bad = "We will give 3,000 volunteering hours (NT17) to food banks in Wirral, where 12% of people are out of work [1]."
    section = SectionWriter(FakeListChatModel(responses=[bad])).write(TEMPLATE)
    assert not section.by_model and section.text == TEMPLATE and "3000" in section.note


def test_added_code_dropped_code_and_marker_are_refused():
    assert "NT29" in review_rewrite(TEMPLATE, TEMPLATE.replace("(NT17)", "(NT17, NT29)"), 100)
    assert "dropped" in review_rewrite(TEMPLATE, TEMPLATE.replace(" (NT17)", ""), 100)
    assert "markers" in review_rewrite(TEMPLATE, TEMPLATE.replace(" [1]", ""), 100)
    assert "words" in review_rewrite(TEMPLATE, TEMPLATE + " More words here to go on.", 20)


def test_word_budget_counts_words_as_the_draft_does():
    """A budget of 21 fits the template's 21 words, however the model spaces its dashes and bars."""
    from assistant.writing import count_words

    spaced = TEMPLATE.replace("to food banks", "to food banks -").replace(" [1]", " | [1]")
    assert count_words(TEMPLATE) == count_words(spaced) == 21
    assert review_rewrite(TEMPLATE, spaced, 21) is None
    assert "22 words" in review_rewrite(TEMPLATE, TEMPLATE.replace("food banks", "the food banks"), 21)


def test_failing_model_keeps_the_template():
    class Broken(FakeListChatModel):
        def invoke(self, *args, **kwargs):
            raise TimeoutError("slow")

    section = SectionWriter(Broken(responses=["x"])).write(TEMPLATE)
    assert section.text == TEMPLATE and not section.by_model and "TimeoutError" in section.note


def test_no_model_returns_the_template():
    assert SectionWriter(None).write(TEMPLATE).text == TEMPLATE


def test_offline_drafts_do_not_load_the_local_model_to_reword(shipped_dir):
    # measured: the 0.5B model copies the template verbatim at ~10 s a section, so "auto" skips it
    from assistant.assistant import build
    from assistant.settings import Settings

    assistant = build(Settings(data_dir=shipped_dir, llm_provider="local"), index_shipped=False)
    assert assistant.section_writer().model is None and not assistant._model_loaded


def test_questions_are_reworded_through_the_writer(shipped):
    from assistant.tasks.questions import Contract, QuestionsTask

    prefix = "Please answer: "

    class Echo(FakeListChatModel):
        def invoke(self, prompt, **kwargs):
            draft = prompt.split("Draft:\n", 1)[1].strip()
            return type("Reply", (), {"content": prefix + draft})()

    task = QuestionsTask(shipped.catalogue, shipped.mapper, shipped.store, shipped.settings.knowledge_dir,
                         shipped.settings.measure_tiers, SectionWriter(Echo(responses=["x"])))
    data = task(Contract("community mental health support", 400_000, 24, "Wirral")).as_dict()
    assert all(q["text"].startswith(prefix) and q["worded_by_model"] for q in data["questions"])
