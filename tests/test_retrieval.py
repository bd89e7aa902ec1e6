"""Hybrid retrieval over the shipped knowledge."""

from pathlib import Path

import pytest

from assistant.areas import UnknownAreaError, area_scope, normalise_area
from assistant.retrieval import Glossary, HybridRetriever


def test_finds_the_six_week_rule_on_its_page(shipped):
    found = shipped.retriever.search("How long should a tender relevant to VCFSEs stay open?")
    assert found.grounded
    pages = [(h.metadata.get("source"), h.metadata.get("page")) for h in found.hits]
    assert ("Towards a Social Value Economy", 43) in pages
    assert any("six-week" in h.text for h in found.hits)


def test_keyword_side_finds_an_exact_code(shipped):
    found = shipped.retriever.search("NT19", k=3)
    assert any(h.metadata.get("section") == "NT19" for h in found.hits)


def test_hybrid_fuses_both_rankings(shipped):
    question = "Which measures should private companies use for Partner VCFSE?"
    hybrid = {h.id for h in shipped.retriever.search(question, k=8).hits}
    vector = {h.id for h in shipped.retriever.search(question, k=8, mode="vector").hits}
    keyword = {h.id for h in shipped.retriever.search(question, k=8, mode="keyword").hits}
    assert hybrid & vector and hybrid & keyword


def test_area_filter_keeps_that_area_and_the_region_but_not_other_boroughs(shipped):
    found = shipped.retriever.search("life expectancy at birth", k=10, area="Knowsley")
    areas = {h.metadata.get("area") for h in found.hits}
    assert "Knowsley" in areas
    assert areas <= {"Knowsley", "Cheshire and Merseyside", "Liverpool City Region", "all"}


def test_source_filter(shipped):
    found = shipped.retriever.search("volunteering hours", k=5, sources=["Cheshire and Merseyside TOMs catalogue"])
    assert found.hits and {h.metadata["source"] for h in found.hits} == {"Cheshire and Merseyside TOMs catalogue"}


def test_relevance_floor_says_when_nothing_answers(shipped):
    assert not shipped.retriever.search("What is the capital of France?").grounded
    assert not shipped.retriever.search("How do I bake sourdough bread?").grounded


def test_every_hit_has_a_similarity_score(shipped):
    for hit in shipped.retriever.search("apprenticeships for young people", k=6).hits:
        assert hit.similarity is not None and -1.0 <= hit.similarity <= 1.0


def test_keyword_index_follows_store_changes(empty_assistant, tmp_path):
    note = tmp_path / "note.md"
    note.write_text("# Zebra crossing\nThe zebracrossing initiative reduces crime near schools.\n")
    assert empty_assistant.retriever.search("zebracrossing", mode="keyword").hits == []
    empty_assistant.ingest([note])
    assert empty_assistant.retriever.search("zebracrossing", mode="keyword").hits


def test_langchain_retriever_returns_documents_with_locations(shipped):
    docs = shipped.retriever.as_langchain().invoke("60:40 qualitative quantitative")
    assert docs and all("source" in d.metadata for d in docs)


def test_areas():
    assert normalise_area("st helens") == "St Helens"
    assert normalise_area("all") is None
    assert "Liverpool City Region" in area_scope("Wirral")
    with pytest.raises(UnknownAreaError):
        normalise_area("Narnia")


def test_a_fact_stated_once_is_found_among_near_duplicate_reports(tmp_path):
    """Two long reports of near-identical pages about volunteering, and one page with the fact: reranking the union
    of both searches (and collapsing copies) must bring that page back and quote it."""
    from assistant.assistant import build
    from assistant.settings import Settings

    assistant = build(Settings(data_dir=tmp_path / "data"), index_shipped=False)
    for name, borough in (("report-a.md", "Wirral"), ("report-b.md", "Sefton")):
        pages = []
        for n in range(1, 41):
            pages.append(f"<!-- page: {n} -->\n## Volunteering in {borough}, part {n}\n"
                         f"Volunteer hours donated to food pantries and community groups in {borough} are recorded "
                         f"against NT17 in the TOMs table. Volunteer hours were reported by pantry networks, food "
                         f"banks and community groups across the borough in section {n}.")
        if borough == "Sefton":
            pages[22] += ("\nThe Halton pantry network gave 3,412 volunteer hours in 2025, the first year it kept a "
                          "register of its volunteers.")
        (tmp_path / name).write_text("\n\n".join(pages), encoding="utf-8")
    report = assistant.ingest([tmp_path / "report-a.md", tmp_path / "report-b.md"])
    assert not report.errors
    answer = assistant.ask("How many volunteer hours did the Halton pantry network give in 2025?")
    assert answer.grounded and "3,412" in answer.answer, answer.answer
    assert answer.citations[0].page == 23 and answer.citations[0].source == "report-b.md"


def test_the_glossary_names_the_askers_sector():
    glossary = Glossary.load(Path(__file__).resolve().parents[1] / "knowledge")
    assert glossary.sectors("As a VCSE, what are we asked to do?") == ["VCFSE sector organisations"]
    assert glossary.sectors("I'm a council commissioner") == ["public sector organisations"]
    assert glossary.sectors("and for private companies?") == ["private sector organisations"]
    assert glossary.sectors("What is social value?") == []
    assert glossary.sectors("an example of a public-facing policy") == []  # "public" alone names no sector


def test_a_best_passage_just_under_the_floor_answers_only_when_the_vector_search_agrees(shipped):
    question = "In the landscape research stage, how many pieces of existing research were reviewed?"
    found = shipped.retriever.search(question)
    top = found.scores[0]
    vector_first = shipped.retriever.search(question, mode="vector").hits[0].id == found.hits[0].id
    ret = shipped.retriever

    def retriever(margin):
        settings = ret.settings.model_copy(update={"rerank_floor": top + 0.5, "rerank_agree_margin": margin})
        return HybridRetriever(ret.store, ret.embedder, settings, ret.reranker)

    assert vector_first  # the measured case: both judges pick the methodology passage
    assert not retriever(0.0).search(question).grounded
    assert retriever(1.0).search(question).grounded


def test_the_glossary_spells_out_the_askers_shorthand():
    glossary = Glossary.load(Path(__file__).resolve().parents[1] / "knowledge")
    assert glossary.spell_out("our SV offer for C&M") == "our Social Value offer for Cheshire and Merseyside"
    assert glossary.spell_out("SVN and ISV stay as written") == "SVN and ISV stay as written"


def test_everyday_trade_shorthand_is_spelled_out_in_any_case():
    glossary = Glossary.load(Path(__file__).resolve().parents[1] / "knowledge")
    assert glossary.spell_out("Subbies on the RLW") == "subcontractors on the Real Living Wage"
    assert glossary.spell_out("a subbie's van; subbiesque") == "a subcontractor's van; subbiesque"


@pytest.mark.parametrize("situation, rule", [
    ("the ITT went live on the 3rd and closes a fortnight later - ok for VCFSE bidders?", "six-week"),
    ("our panel wants a 50/50 split between the narrative and the metrics when scoring", "60:40"),
    ("the KPIs already require us to recruit locally - can we still claim that as social value?", "additionality"),
    ("Tiny £8k contract but the same social value questions as a £5m one. Normal?", "proportionate"),
    ("the SV asks make no sense for a courier service", "relevant"),
])
def test_a_situation_names_the_rule_it_turns_on(situation, rule):
    glossary = Glossary.load(Path(__file__).resolve().parents[1] / "knowledge")
    assert rule in (glossary.principle(situation) or "")


@pytest.mark.parametrize("question", [
    "is a 4-week placement long enough to count under NT13a?",
    "what is the employment rate in Halton?",
    "how many weeks does the survey stay open?",
])
def test_questions_that_are_not_situations_name_no_rule(question):
    assert Glossary.load(Path(__file__).resolve().parents[1] / "knowledge").principle(question) is None


def test_sectors_listed_by_their_first_words_are_each_named():
    from pathlib import Path

    from assistant.retrieval import Glossary
    glossary = Glossary.load(Path(__file__).resolve().parents[1] / "knowledge")
    assert len(glossary.sectors("where do public, private and VCFSE bodies differ on skills?")) == 3
    assert glossary.sectors("we're a VCFSE in Bootle") == ["VCFSE sector organisations"]
    assert glossary.sectors("is the public purse the issue?") == []
