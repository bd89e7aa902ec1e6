"""Answer a question from the knowledge store, extractively: the retrieved sentences that answer it, cited.

Every sentence of an extractive answer is copied from a retrieved chunk, so every
figure in it is one its source holds.
"""

from __future__ import annotations

import difflib
import json
import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from assistant.areas import (BOROUGHS, CITY_REGION, CITY_REGION_BOROUGHS, EVERYWHERE, REGION, SHORT_NAMES, TOWNS,
                            normalise_area)
from assistant.mapping import ActivityMapper
from assistant.measures import Catalogue
from assistant.policy import find_passage
from assistant.proxies import ProxyTable
from assistant.store import KnowledgeStore
from assistant.tasks.chat import (POLICY, PROXY_LICENCE, TASK_HELP, CatalogueCitations, activity_answer, codes_answer,
                                   describe_measure,
                                   group_answer, measure_groups, proxy_answer)
from assistant.tasks.compose import (ABOUT_REFERENCES, BACK_REFERENCE, SET_ASIDE, SOURCE_ASKED, WHICH_PLACE, Composer,
                                      addresses_sector, answers_asked, answers_gap, defined_term, says_it_was_done,
                                      definition_strength, indicator_words, missing_names, plain_markdown, question_kind,
                                      row_answers, without_place, words_added)
from assistant.tasks.parts import joined_answer, question_parts
from assistant.tasks.route import PAGE_ASKED, activity_text, route

from assistant.citations import (
    Citation,
    SentenceCheck,
    body_of,
    check_sentence,
    citation_for,
    compose_cited,
    split_cited,
    without_marks,
)
from assistant.footnotes import footnote, marks_of
from assistant.interfaces import ChatModel, Embedder, Retriever
from assistant.resources import prompt_file
from assistant.retrieval import Retrieval
from assistant.store import Hit
from assistant.text import (CODE, asked_part, asking_sentences, count_tokens, figure_key, figures, last_question,
                            measure_codes, quoted_phrases, split_sentences, without_lead_in)

log = logging.getLogger(__name__)

NOT_IN_SOURCES = "The sources do not say. Nothing in the indexed documents answers this question closely enough to cite."

_MIN_CHARS = 30
_WORD = re.compile(r"[a-z0-9£%]+")
_STOP = frozenset(
    "a an the and or of to in on for is are was were be by with what which who how does do can should "
    "it its this that as at from about our your their we you they there".split()
)


@dataclass
class Answer:
    question: str
    answer: str
    grounded: bool
    citations: list[Citation] = field(default_factory=list)
    mode: str = "extractive"
    notice: str | None = None
    checks: list[SentenceCheck] = field(default_factory=list)
    final: bool = True  # False for the quick extract shown while a model writes

    def as_dict(self) -> dict[str, Any]:
        data = {
            "answer": self.answer,
            "grounded": self.grounded,
            "citations": [c.as_dict() for c in self.citations],
            "mode": self.mode,
        }
        if self.notice:
            data["notice"] = self.notice
        if self.checks:
            data["removed"] = [{"sentence": c.text, "why": c.reason} for c in self.checks if not c.ok]
        return data


def candidate_sentences(hit: Hit) -> list[str]:
    """Sentences of a chunk worth quoting: table rows and CSV rows whole, prose split at sentence ends."""
    body = body_of(hit)
    if hit.metadata.get("row") is not None:  # one CSV row: keep its fields together
        return ["; ".join(line.strip() for line in body.splitlines() if line.strip())]
    sentences: list[str] = []
    for line in body.splitlines():
        line = re.sub(r"<[^>]+>", " ", line)  # tags left by PDF-to-Markdown conversion
        line = re.sub(r"[*_]{1,3}", "", line).strip().lstrip("-•➤ ").strip()
        if not line:
            continue
        sentences.extend(split_sentences(line))
    return [s for s in sentences if len(s) >= _MIN_CHARS]


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1}


class ExtractiveAnswerer:
    """Quotes the retrieved sentence closest to the question, and up to ``max_sentences - 1`` more from its passage."""

    def __init__(self, embedder: Embedder, max_sentences: int = 1) -> None:
        self.embedder = embedder
        self.max_sentences = max_sentences

    def rank_sentences(self, question: str, retrieval: Retrieval) -> list[tuple[int, str, float]]:
        """(hit index, sentence, score) for every quotable sentence of the retrieved chunks, best first."""
        pool: list[tuple[int, str]] = []
        for index, hit in enumerate(retrieval.hits):
            pool.extend((index, sentence) for sentence in candidate_sentences(hit))
        if not pool:
            return []
        vectors = self.embedder.embed([sentence for _, sentence in pool])
        query = self.embedder.embed([question])[0]
        similarity = vectors @ query
        wanted = _content_words(question)
        scored = []
        for (index, sentence), sim in zip(pool, similarity):
            overlap = len(wanted & _content_words(sentence)) / max(len(wanted), 1)
            rank_bonus = 0.05 * (len(retrieval.hits) - index) / len(retrieval.hits)
            scored.append((index, sentence, float(sim) + 0.3 * overlap + rank_bonus))
        return sorted(scored, key=lambda item: -item[2])

    def answer(self, question: str, retrieval: Retrieval) -> Answer:
        if not retrieval.grounded or not retrieval.hits:
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False)
        ranked = self.rank_sentences(question, retrieval)
        if not ranked:
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False)
        best = ranked[0][0]
        chosen: list[tuple[int, str]] = []
        for index, sentence, _ in ranked:
            # Further sentences only from the best one's passage: quoting a second passage cut citation
            # precision from 0.75 to 0.54 on the answers eval, with no gain in correctness.
            if index != best or any(sentence == s for _, s in chosen):
                continue
            chosen.append((index, sentence))
            if len(chosen) >= self.max_sentences:
                break
        text, citations = compose_cited([(sentence, [retrieval.hits[index]]) for index, sentence in chosen])
        return Answer(question=question, answer=text, grounded=True, citations=citations)


PROMPT_FILE = prompt_file("ask.md")
_ACKNOWLEDGED = r"((ok|okay|right|cool|thanks|great|got it)\W+)?"  # "ok and …": a follow-up all the same
_FOLLOW_UP = re.compile(
    r"^" + _ACKNOWLEDGED + r"(and|but|also|what about|how about|what if|so|then|or)\b"
    r"|\b(it|they|them|that|those|this|these|their)\b"
    r"|\bthe (same )?(borough|area|place|district|town|city|figure|rate|measure|code|one)\b"  # "the borough" said before
    r"|^\W*(the )?same (for|with|in|again|goes)\b",  # "same for the women?"
    re.IGNORECASE,
)


def answer_schema(sources: int) -> dict[str, Any]:
    """JSON schema for the local model: one to three sentences, each with the number of its source.

    No "answerable" flag: the 0.5B model set it to false for most answerable questions (measured),
    so declines come from the relevance floor and from sentences that say the sources are silent.
    """
    return {
        "type": "object",
        "properties": {
            "sentences": {
                "type": "array",
                "minItems": 1,
                "maxItems": 3,
                "items": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string", "maxLength": 300},
                        "source": {"type": "integer", "minimum": 1, "maximum": max(sources, 1)},
                    },
                    "required": ["text", "source"],
                },
            },
        },
        "required": ["sentences"],
    }


_SILENT = re.compile(
    r"(do(es)? not|don't|cannot|can't) (say|mention|answer|provide|specify|state|contain)|not (mentioned|provided|stated|specified)"
    r"|no information",
    re.IGNORECASE,
)


# the asker's own area, unnamed: "round here", "locally", "in our borough"
_HERE = re.compile(r"\b(here|locally|local area|(our|my|this) (area|borough|patch|district|town|city|region|community|"
                   r"neighbourhood)|the (area|borough|district))\b", re.I)


# "is that still what central gov uses?": a word that points at the answer before
_POINTS_BACK = re.compile(r"\b(is|was|are|were|has|have|had|does|did) (that|those|these|it|they)\b", re.I)
_FIRST_QUESTION = re.compile(r"(?<=[?!])\s+")  # what follows the question says why it is asked
_FOLLOW_UP_OPENING = re.compile(r"^\W*" + _ACKNOWLEDGED + r"(and|but|also|what about|how about|so|then|or)\b",
                                re.I)  # "and what's the …"


_PAGE_FRAMING = re.compile(r"\b(what|which) page (of|in) (the|this|your) \w+( (document|report))?\b", re.I)
# "what principles does the roadmap say …", "what problems did the roadmap people find": who says it, not what is asked
_SAYS_FRAMING = re.compile(r"\b(does|did|do|would|will|is|was)\s+(the|this|your)\s+(roadmap|report|document|sources?|"
                           r"framework|guidance)(\s+(people|authors|team|writers|itself))?\s+(say|says|said|recommend|"
                           r"suggest|propose|find|found|want|ask|expect|think|reckon|tell us|identify|list|set out)\b"
                           r"|\b(according to|in|from)\s+(the|this)\s+(regional\s+|c&m\s+|new\s+)?(roadmap|report|document)\b",
                           re.I)
# the asker wants the place's own figure and no wider one ("just in Cheshire East - not the whole region")
_ONLY_THERE = re.compile(r"\b(just|only) (in|for|within)\b|\bnot (for )?(the |a )?(whole|wider|entire|overall) (region|area|"
                         r"city region|county|sub-?region)\b|\b(borough|district|council)[- ](level|only|itself)\b"
                         r"|\bnot (the )?(regional|region-wide|c&m-wide)\b", re.I)
# "if nothing for the borough itself give me the city region one": the wider figure is welcome after all
_WIDER_WELCOME = re.compile(r"\b(give me|happy with|fine with|ok with|okay with|whatever|failing that|if not|if nothing|"
                            r"otherwise|or else|so)\b[^.?!]{0,50}\b(wider|region|regional|city region|c&m|cheshire (and|&) "
                            r"merseyside|county|sub-?region)\b", re.I)


def _only_there(question: str) -> bool:
    """The asker wants the place's own figure, not the region's ("just in Halton, not the whole region")."""
    return bool(_ONLY_THERE.search(question)) and not _WIDER_WELCOME.search(question)


_POINTS_BACK_TO = re.compile(r"\b(it|its|they|them|their|he|him|his|she|her|that|this|those|these)\b", re.I)
_SECTION_START = re.compile(r"\b(start|starts|begin|begins|section|chapter)\b", re.I)


def resolve_follow_up(question: str, history: list[tuple[str, str]] | None) -> str:
    """The text to search for: a short follow-up ("and for private companies?") borrows the last question."""
    if not history:
        return question
    previous = history[-1][0]
    words = len(_FIRST_QUESTION.split(question.strip(), 1)[0].split())  # "ok and is it the same for us? we're a charity"
    if (words <= 8 or (words <= 14 and _FOLLOW_UP_OPENING.match(question))
            or (words <= 18 and _POINTS_BACK.search(question))) and _FOLLOW_UP.search(question):
        return f"{previous} {question}"
    return question


class GroundedAnswerer:
    """A language model writes the answer from numbered sources; code checks every sentence against them."""

    def __init__(self, model: ChatModel, extractive: ExtractiveAnswerer, catalogue_codes: set[str],
                 context_tokens: int, structured: bool, describe: str) -> None:
        self.model = model
        self.extractive = extractive
        self.codes = catalogue_codes
        self.context_tokens = context_tokens
        self.structured = structured  # constrain output with a JSON schema (llama.cpp)
        self.describe = describe
        self.template = PROMPT_FILE.read_text(encoding="utf-8")

    def _context(self, question: str, retrieval: Retrieval) -> tuple[str, dict[int, Hit]]:
        """The best sentences, grouped under their numbered source, within the token budget.

        Prompt reading dominates the small model's time (about 170 tokens/s here), so it gets the
        sentences most like the question rather than whole chunks.
        """
        picked: dict[int, list[str]] = {}
        used = 0
        for index, sentence, _ in self.extractive.rank_sentences(question, retrieval):
            cost = count_tokens(sentence) + (12 if index not in picked else 0)
            if picked and used + cost > self.context_tokens:
                continue
            picked.setdefault(index, []).append(sentence)
            used += cost
        numbered: dict[int, Hit] = {}
        blocks = []
        for index in sorted(picked):
            hit = retrieval.hits[index]
            number = len(numbered) + 1
            numbered[number] = hit
            label = citation_for(hit, 0).location()
            order = candidate_sentences(hit)
            sentences = sorted(picked[index], key=lambda s: order.index(s) if s in order else 0)
            blocks.append(f"[{number}] ({hit.metadata.get('source', '')}{', ' + label if label else ''})\n" + " ".join(sentences))
        return "\n\n".join(blocks), numbered

    def prompt(self, question: str, retrieval: Retrieval, previous: str | None = None) -> tuple[str, dict[int, Hit]]:
        context, numbered = self._context(question, retrieval)
        followup = f"This follows the question: {previous}\n" if previous else ""
        return self.template.format(context=context, question=question, followup=followup), numbered

    def _generate(self, prompt: str, sources: int) -> tuple[list[tuple[str, list[int]]], bool]:
        if self.structured:
            message = self.model.invoke(
                prompt, response_format={"type": "json_object", "schema": answer_schema(sources)}
            )
            # strict=False: llama.cpp's JSON grammar lets a raw tab into a string (copied from a table row),
            # which strict JSON refuses; it was one answer in twelve on the answers eval.
            data = json.loads(str(message.content), strict=False)
            # each sentence is checked on its own: a "text" holding two sentences cannot carry an echoed
            # instruction in on the back of a supported one
            pairs = [(sentence, [int(s["source"])])
                     for s in data.get("sentences", []) if s.get("text")
                     for sentence, _ in split_cited(" ".join(str(s["text"]).split()))]
        else:
            pairs = split_cited(str(self.model.invoke(prompt).content).strip())
        answerable = not pairs or any(not _SILENT.search(text) for text, _ in pairs)
        return [(text, sources) for text, sources in pairs if not _SILENT.search(text)], answerable

    def answer(self, question: str, retrieval: Retrieval, previous: str | None = None,
               fallback: Callable[[], Answer] | None = None) -> Answer:
        """The model's checked answer; ``fallback`` makes the quoted answer used when the model fails."""
        if not retrieval.grounded or not retrieval.hits:
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False, mode="generated")
        quote = fallback or (lambda: self.extractive.answer(question, retrieval))
        prompt, numbered = self.prompt(question, retrieval, previous)
        try:
            pairs, answerable = self._generate(prompt, len(numbered))
        except Exception as exc:  # unreachable server, timeout, bad JSON: the sources still answer
            log.warning("language model failed (%s): %s", self.describe, type(exc).__name__)
            fallback = quote()
            fallback.notice = (
                f"The language model ({self.describe}) could not answer ({_reason(exc)}), so this answer quotes the sources."
            )
            return fallback
        if not answerable:
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False, mode="generated")
        passages = {n: hit.text for n, hit in numbered.items()}
        checks = [check_sentence(text, sources, passages, self.codes, question) for text, sources in pairs]
        kept = [c for c in checks if c.ok]
        if not kept:
            fallback = quote()
            reasons = "; ".join(c.reason for c in checks) or "it wrote nothing"
            fallback.notice = f"The model's answer did not match the sources ({reasons}), so this answer quotes them."
            fallback.checks = checks
            return fallback
        text, citations = compose_cited([(c.text, [numbered[n] for n in c.sources]) for c in kept])
        answer = Answer(question=question, answer=text, grounded=True, citations=citations, mode="generated")
        answer.checks = checks
        if len(kept) < len(checks):
            answer.notice = f"{len(checks) - len(kept)} sentence(s) removed: not supported by the sources."
        return answer


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    if "Timeout" in name:
        return "it timed out"
    if "Connection" in name or isinstance(exc, OSError):
        return "it cannot be reached"
    if isinstance(exc, (json.JSONDecodeError, KeyError, ValueError)):
        return "its reply was not usable"
    return name


class AskTask:
    """Route the message, retrieve, then answer with citations.

    Activities ("does our befriending service count?") go to the mapper, codes to the catalogue, requests for a
    draft or tender questions to those tasks; questions for the sources are composed from reranked passages
    (``composer``), or quoted by ``answerer`` when reranking is off, or written by ``generator`` and checked.
    """

    def __init__(self, retriever: Retriever, answerer: ExtractiveAnswerer,
                 generator: GroundedAnswerer | None = None, notice: str | None = None,
                 composer: Composer | None = None, chat: ChatRoutes | None = None) -> None:
        self.retriever = retriever
        self.answerer = answerer
        self.generator = generator
        self.notice = notice  # e.g. why the configured model is not in use
        self.composer = composer
        self.chat = chat

    def _retrieve(self, question: str, area: str | None, sources: list[str] | None,
                  history: list[tuple[str, str]] | None):
        question = question.strip()
        if not question:
            raise ValueError("the question is empty: ask something, e.g. 'What is the Partner VCFSE commitment?'")
        glossary = getattr(self.retriever, "glossary", None)  # the Retriever protocol asks only for ``search``
        asked = glossary.spell_out(asked_part(question)) if glossary is not None else asked_part(question)
        query = resolve_follow_up(asked, history)
        follow_up = query != asked
        if PAGE_ASKED.search(query):  # "which page of the roadmap talks about additionality?" is about additionality
            query = _PAGE_FRAMING.sub(" ", query).strip() or query
        searched = " ".join(SET_ASIDE.sub(" ", query).split())  # "besides the 10% minimum, what else …?": not the 10%
        query = searched if len(searched.split()) >= 4 else query
        place = named_area(question)
        before = named_area(history[-1][0]) if follow_up and place else None
        if before and before != place and re.search(rf"\b{re.escape(before)}\b", history[-1][0], re.I):
            # "and what about next door - Widnes and Runcorn?" after Knowsley's figure: the question before, for Halton
            query = re.sub(rf"\b{re.escape(before)}\b", place, history[-1][0], flags=re.I)
        if place and place.lower() not in query.lower():  # the place named in a sentence of context still narrows the search
            query = f"{query} ({place})"
        elif area and not place and not named_area(query) and _HERE.search(asked):  # "the employment rate here?"
            query = f"{query} ({normalise_area(area) or area})"
        k = max(self.retriever.settings.top_k, 8) if follow_up else None  # a follow-up: room to refocus
        # "women in Huyton and Kirkby …": the one place named is where to look, as if the asker had chosen it
        scope = area or (place if place in BOROUGHS and len(places_named(question)) == 1
                         and not WHICH_PLACE.search(asked) else None)
        retrieval = self.retriever.search(query, k=k, area=scope, sources=sources)
        searched_with = query  # the words the retrieval in hand was searched with
        # (a follow-up's question is the one before and its own words together: never its last sentence alone)
        framed = not follow_up and bool(_SAYS_FRAMING.search(query))
        last = None if follow_up else last_question(query)  # the question sentence alone, without its situation
        said = last if framed else None
        unframed = " ".join(_SAYS_FRAMING.sub(" ", said or query).split())
        situated = " ".join(_SAYS_FRAMING.sub(" ", question).split()) if framed else unframed
        # two questions in one message ("Which principles …? Also is there a network we can join?"): one passage
        # rarely answers both, and the cross-encoder scores their mixture low; each is searched alone as well
        several = asking_sentences(split_sentences(query)) if not follow_up else []
        several = [f"{s} ({place})" if place and place.lower() not in s.lower() else s for s in several]
        for other_query in dict.fromkeys((unframed, situated, *(several if len(several) > 1 else ()))):
            if other_query == query or len(_content_words(other_query)) < 3:
                continue
            # the question's matter without who says it ("I'm a commissioner … What principles does the roadmap say
            # requirements should meet?"): "the roadmap" finds the roadmap's pages about itself. Without the situation
            # too, and with it ("Drafting a social value question for a tender. What tests does the roadmap say our
            # requirements should pass?": the situation says whose requirements); the best-scored search stands
            other = self.retriever.search(other_query, k=k, area=scope, sources=sources)
            if other.scores and retrieval.scores and other.scores[0] > retrieval.scores[0]:
                retrieval, searched_with = other, other_query
        if scope and not retrieval.grounded:  # the place's own figure for what the question names, however it is asked
            retrieval = place_row(retrieval, scope, glossary.expand(question) if glossary is not None else question)
        if not retrieval.grounded and last:
            # a chatty message whose situation drowns its question ("We're a little community centre in Winsford
            # and … Does the roadmap say anything about …?"): the question sentence alone, once
            retried = self.retriever.search(f"{last} ({place})" if place and place.lower() not in last.lower() else last,
                                            k=k, area=scope, sources=sources)
            retrieval = retried if retried.grounded else retrieval
        if not retrieval.grounded and glossary is not None and last and (everyday := glossary.expand(last)) != last:
            # the question sentence alone in the sources' words ("… how long should we leave it open?": the
            # procurement timescale), when the situation before it drowns it
            retried = self.retriever.search(everyday, k=k, area=scope, sources=sources)
            retrieval = retried if retried.grounded else retrieval
        if not retrieval.grounded and glossary is not None and (everyday := glossary.expand(query)) != query:
            # "have councils and the NHS got better at working with charities?": the cross-encoder reads the sources'
            # own terms for the asker's everyday words ("public sector organisations", "VCFSE sector organisations")
            retried = self.retriever.search(everyday, k=k, area=scope, sources=sources)
            retrieval = retried if retried.grounded else retrieval
        if scope and not area and not retrieval.grounded:
            retrieval = self.retriever.search(query, k=k, sources=sources)
        index = self._keyword_index()
        named = [] if sources or index is None else named_sources(question, index.sources)
        if named:  # "according to the roadmap, …": that document's answer, when it has one
            narrowed = self.retriever.search(_SOURCE_FRAMING.sub(" ", searched_with), k=k, area=area, sources=named)
            if narrowed.grounded:
                retrieval = narrowed
        rule = glossary.principle(asked) if glossary is not None and not follow_up else None
        if rule:  # a situation that turns on one of the roadmap's rules: the rule answers it, in its own words
            ruled = self.retriever.search(rule, k=k, sources=sources)
            if ruled.grounded:
                retrieval = ruled
        if area and not sources and not retrieval.grounded:
            wider = self.retriever.search(query, k=k, sources=sources)  # the area has nothing: offer what the rest has
            if wider.grounded:
                retrieval = wider
        previous = history[-1][0] if history and follow_up else None
        return question, retrieval, previous

    def _extractive(self, question: str, retrieval: Retrieval, area: str | None = None,
                    query: str | None = None, follow_up: bool = False) -> Answer:
        if self.composer is not None:
            answer = self._composed(question, retrieval, area, query or question, follow_up)
        else:
            answer = self.answerer.answer(question, retrieval)
        if self.notice and answer.grounded and not answer.notice:
            answer.notice = self.notice
        return answer

    def _composed(self, question: str, retrieval: Retrieval, area: str | None, query: str,
                  follow_up: bool = False) -> Answer:
        kind = question_kind(question)
        index = self._keyword_index()  # one read of the store's generation a question, not one per use
        term = defined_term(question) if kind == "definition" else ""
        if term and index is not None:  # a passage that defines the term answers, however the question is worded
            retrieval = self._with_definitions(retrieval, term, index)
        quoted = quoted_phrases(question)
        if index is not None and quoted:  # the asker quotes the document
            retrieval = self._with_quoted(retrieval, quoted, index, kind == "definition" or bool(_DEFINING.search(question)))
        if ABOUT_REFERENCES.search(question) and index is not None:  # "does the roadmap point to an example of …"
            retrieval = self._with_pointers(retrieval, query, index)
        if not retrieval.grounded or not retrieval.hits:
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False)
        asked = asked_part(question)
        # "which borough in the Liverpool City Region has …": the place named is where to look, not what is asked
        named = None if WHICH_PLACE.search(asked) else named_area(question)
        wanted_area = area or named
        # the sources' own acronyms, less the glossary's ("VCSE"); names in the reasons given for asking do not count
        known = index.acronyms - self.retriever.glossary.aliases if index is not None else frozenset()
        ruled = self.retriever.glossary.principle(asked)  # a situation the rule answers: its names are the situation's
        missing = [] if ruled else [n for n in missing_names(asked, [h.text for h in retrieval.hits[:3]], known)
                                    if n != wanted_area]
        if missing:
            return Answer(question=question, grounded=False,
                          answer=f"The sources do not say: nothing found mentions {' or '.join(missing)}.")
        if (unheld := figures_not_held(asked, [h.text for h in retrieval.hits[:3]])):
            # "does the roadmap say contracts over £1m must weight social value at 20%?": a yes-or-no question about a
            # figure no passage gives is not answered by the passages' other figures
            return Answer(question=question, grounded=False,
                          answer=f"The sources do not say: nothing found gives {' or '.join(unheld)}.")
        # a follow-up's own words, when the question it resolved to says more than they do
        focus = self.retriever.glossary.expand(asked) if follow_up and not query.startswith(asked) else ""
        if focus:  # what the follow-up adds to the question before leads ("… children in poverty?" / "and fuel poverty?")
            focus = words_added(focus, query.rsplit(asked, 1)[0] if asked in query else "")
        chunks = index.chunks if index is not None else None
        said_who = _ASKER_IS.search(question)  # "we're a VCFSE ourselves - … like councils and firms do?": the asker's own
        sectors = ((self.retriever.glossary.sectors(said_who.group("who")) if said_who else [])
                   or self.retriever.glossary.sectors(asked) or self.retriever.glossary.sectors(question)
                   or self.retriever.glossary.sectors(query))  # "We're a logistics company. …": the situation says
        sector = sectors[0] if len(sectors) == 1 else ""  # the asker's own sector, when one alone is named
        if sector and not re.search(rf"\b{re.escape(sector.split()[0])}\b", query, re.I):
            # "we're a logistics company …": what the roadmap asks of private sector organisations may be a passage the
            # question's words alone do not find; it joins the passages to choose from
            asked_for = without_place(query, named) if named else query
            retrieval = _joined(retrieval, self.retriever.search(f"{asked_for} ({sector})", area=area),
                                lambda hit: addresses_sector(hit, sector))
        place = named or (normalise_area(area) if area else None)  # the asker's area counts as named
        text, citations, points = self.composer.compose(query, retrieval, kind, focus, place, chunks, sector, quoted)
        if not text and place:  # nothing on this for the place: look for it anywhere, and say whose it is
            unplaced = without_place(query, place)
            retrieval = self.retriever.search(unplaced)
            if retrieval.grounded:
                text, citations, points = self.composer.compose(query, retrieval, kind, focus, place, chunks, sector,
                                                                 quoted)
        if not text or (ruled and not answers_asked(asked, without_marks(text))) \
                or not says_it_was_done(asked, text):
            # (a rule found for a situation is searched for in the rule's words, not the question's: "how many firms
            # have made the commitment?" is not answered by what the commitment is, nor "which month …?" by no month)
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False)
        said_under = " ".join(str(retrieval.hits[p.hit_index].metadata.get("section") or "") for p in points)
        # (only for a question that says it asks what a term means: "what's the deadline …?" names no term)
        if term and (_DEFINING.search(question) or quoted) and not _says_term(f"{text} {said_under}", term):
            # "how does the roadmap define a 'below the radar' organisation?" is not answered by a definition of
            # something else: the answer must say the term, or a word of it
            return Answer(question=question, grounded=False, answer=f"The sources do not say: nothing found defines {term}.")
        elsewhere = foreign_place(question) if not place else None
        # the sentence the answer is for: the best, after the one before it that says what its "this" is
        claimed = points[1] if len(points) > 1 and BACK_REFERENCE.match(points[1].text) else points[0]
        lead_hit = retrieval.hits[points[0].hit_index]  # the passage the answer leads with
        if elsewhere and lead_hit.metadata.get("row") is not None and elsewhere.lower() not in lead_hit.text.lower():
            # "in Blacon Lodge" is somewhere a row of ours names (a ward of Cheshire West and Chester): not elsewhere
            return Answer(question=question, grounded=False,  # a figure for one of our areas is not one for theirs
                          answer=f"The sources do not say: their figures are for Cheshire and Merseyside and its "
                                 f"areas, and none is for {elsewhere}.")
        if SOURCE_ASKED.search(question) and (cited := source_of(retrieval.hits[claimed.hit_index], claimed.text,
                                                                   chunks or [])):
            # "which report is that from?": the source its document gives, then the claim it is given for
            claim = claimed.quoted().rstrip(". ")
            text, citations = compose_cited([cited, (f"It is given for: “{claim}”", [retrieval.hits[claimed.hit_index]])])
        elif ABOUT_REFERENCES.search(question) and lead_hit.metadata.get("row") is None \
                and (cited := source_of(lead_hit, points[0].text, chunks or [])):
            # "is there an example policy the roadmap points people to?": the sentence, then the footnote it is marked with
            text, citations = compose_cited([(p.quoted(), [retrieval.hits[p.hit_index]]) for p in points] + [cited])
        answer = Answer(question=question, answer=text, grounded=True, citations=citations, mode="extractive")
        if lead_hit.metadata.get("row") is not None and (asked_years := years_asked(asked)) \
                and (held := years_covered(str(lead_hit.metadata.get("period") or ""))) and not asked_years & held \
                and not asked_years & years_covered(text):  # "… 10.3% in 2014/15": a note of the row gives the year
            # "life expectancy in Liverpool for 2020-22?" when the sources' figure is for 2017-19: not answered, but
            # the nearest they hold is offered, said as such
            period = lead_hit.metadata.get("period")
            note = f"The sources hold no figure on this for the years asked; the nearest they give is for {period}:"
            return Answer(question=question, grounded=False, citations=answer.citations, mode="extractive",
                          answer=f"{note} {answer.answer}", notice=note)
        note, other_borough = area_note(wanted_area, lead_hit)
        regions = [CITY_REGION, REGION] if place in CITY_REGION_BOROUGHS else [REGION]
        for region in regions if other_borough and place in BOROUGHS else []:
            # a neighbour's figure: the figure of a region the place is part of, first
            wider = self.retriever.search(f"{without_place(query, place)} ({region})")
            if wider.grounded:
                found = self.composer.compose(query, wider, kind, focus, place, chunks, sector, quoted)
                covering = area_note(wanted_area, wider.hits[found[2][0].hit_index]) if found[0] else (None, True)
                if covering[0] and not covering[1]:
                    text, citations, points = found
                    note, other_borough = covering
                    retrieval = wider
                    answer = Answer(question=question, answer=text, grounded=True, citations=citations,
                                    mode="extractive")
                    break
        if _WHICH_BOROUGH.search(asked) and lead_hit.metadata.get("row") is None \
                and not places_named(points[0].text) & set(BOROUGHS):
            # "which borough has the most community groups?" is answered by a place, not by a sentence about them all
            return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False)
        if named in BOROUGHS and kind == "figure" and lead_hit.metadata.get("row") is None \
                and not places_named(f"{lead_hit.metadata.get('section') or ''} {points[0].text}") & {named}:
            # "what share of Warrington's residents …?": a sentence about the whole region gives no figure for the
            # borough; it is the nearest, said as such, as a region's fact row is (area_note)
            if not row_answers(points[0].text, indicator_words(asked, named), asked):
                # "what % of adults in Cheshire East are obese?" is not answered by the region's child poverty
                return Answer(question=question, answer=NOT_IN_SOURCES, grounded=False)
            if _PART_OF_GIVEN.search(question) and restates(question, points[0].text):
                # "of the 19,656 VCFSEs, how many are in Halton?": the region's total, given already
                return Answer(question=question, grounded=False,
                              answer=f"The sources do not say: they give this only for the wider area, not for {named}.")
            note = f"The sources hold no figure on this for {named}; the nearest is for the wider area:"
            return Answer(question=question, grounded=not _only_there(question), citations=answer.citations,
                          mode="extractive", answer=f"{note} {answer.answer}", notice=note)
        if _PART_OF_GIVEN.search(question) and restates(question, points[0].text):
            # "of the 75 award holders, how many are VCFSEs?": the total the question gives is no count of the part
            return Answer(question=question, grounded=False,
                          answer="The sources do not say: they give the total the question starts from, not the part asked about.")
        if note and not other_borough and restates(question, points[0].text):
            # "how many of the 19,656 VCFSEs are on the Wirral?": the region's figure, given in the question, is no answer
            return Answer(question=question, grounded=False,
                          answer=f"The sources do not say: they give this only for the wider area, not for {wanted_area}.")
        if note:
            answer.answer = f"{note} {answer.answer}"
            answer.notice = note
            # another borough's figure does not answer for this one; the region's does, unless the asker rules it
            # out ("just in Cheshire East, not the whole region")
            answer.grounded = not other_borough and not _only_there(question)
        return answer

    def _keyword_index(self):
        """The retriever's keyword index (every chunk, the sources' acronyms), when it keeps one: the Retriever
        protocol asks only for ``search``."""
        keyword_index = getattr(self.retriever, "keyword_index", None)
        return keyword_index() if keyword_index is not None else None

    def _with_definitions(self, retrieval: Retrieval, term: str, index: Any) -> Retrieval:
        """Put passages of ``index`` that define ``term`` ("... (VCFSE)", "X means ...", "known as X") before the
        rest."""
        known = {h.id for h in retrieval.hits}
        if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]s", term):  # "VCFSEs": the sources spell out "(VCFSE)"
            term = term[:-1]
        wanted = term.lower()
        found = [(definition_strength(h.text, term), h) for h in index.chunks
                 if (h.id not in known or not retrieval.grounded) and wanted in h.text.lower()]  # a scan, on
        defining = [h for strength, h in sorted(found, key=lambda f: -f[0]) if strength][:2]  # definition questions only
        if not defining:
            return retrieval
        if not retrieval.grounded:  # only the definition answers (found by the search or not): it stands alone, at the
            # floor's height
            floor = self.retriever.settings.rerank_floor
            return replace(retrieval, hits=defining, scores=[floor] * len(defining) if retrieval.scores else [],
                           grounded=True)
        top = retrieval.scores[0] if retrieval.scores else 0.0
        return replace(retrieval, hits=defining + retrieval.hits,
                       scores=[top] * len(defining) + list(retrieval.scores))

    def _with_quoted(self, retrieval: Retrieval, phrases: list[str], index: Any, definition: bool) -> Retrieval:
        """Put the passages that hold a phrase the question quotes ("what the roadmap means by 'inconsistent
        implementation'") before the rest: a phrase in few passages (three at most) says where the asker read it.
        For "what does it mean by 'X'?" only a passage that defines X or is the section titled X answers."""
        known = {h.id for h in retrieval.hits}
        found: list[Hit] = []
        for phrase in phrases:
            wanted = " ".join(phrase.lower().split())
            holding = [h for h in index.chunks if wanted in " ".join(h.text.lower().split())]
            if definition:
                holding = [h for h in holding if wanted in str(h.metadata.get("section", "")).lower()
                           or definition_strength(h.text, phrase)]
            if 0 < len(holding) <= 3:
                found.extend(h for h in holding if h not in found)
        if not retrieval.grounded and found:  # only they answer: they stand alone, at the floor's height
            found = found[:3]
            floor = self.retriever.settings.rerank_floor
            return replace(retrieval, hits=found, scores=[floor] * len(found) if retrieval.scores else [],
                           grounded=True)
        if not found or any(h.id in known for h in found):  # the search found where the words are already
            return retrieval
        found = found[:2]
        top = retrieval.scores[0] if retrieval.scores else 0.0
        return replace(retrieval, hits=found + retrieval.hits, scores=[top] * len(found) + list(retrieval.scores))

    def _with_pointers(self, retrieval: Retrieval, query: str, index: Any) -> Retrieval:
        """Add the passages that point the reader elsewhere ("See Cheshire East's Connected Communities Noticeboard:
        …", footnotes), scored by the reranker beside the rest: a question about what a document points to or cites is
        answered by them, and they are short, so a search for the question's words seldom finds them."""
        known = {h.id for h in retrieval.hits}
        pointers = [h for h in index.chunks if h.id not in known and _POINTER.search(h.text)]
        if not pointers or not retrieval.scores:
            return retrieval
        lines = [(n, _URL.sub(" ", plain_markdown(m.group(0)))) for n, h in enumerate(pointers)
                 for m in _POINTER.finditer(h.text)]  # each pointer on its own, without its address
        scores = self.composer.reranker.score(query, [line for _, line in lines])
        best: dict[int, float] = {}
        for (n, _), score in zip(lines, scores):
            best[n] = max(best.get(n, -1e9), float(score))
        merged = sorted([*zip(retrieval.hits, retrieval.scores), *((pointers[n], x) for n, x in best.items())],
                        key=lambda pair: -pair[1])[: len(retrieval.hits) + 2]
        floor = self.retriever.settings.rerank_floor
        return replace(retrieval, hits=[h for h, _ in merged], scores=[x for _, x in merged],
                       grounded=retrieval.grounded or merged[0][1] >= floor)

    def _routed(self, question: str, history: list[tuple[str, str]] | None) -> Answer | None:
        """An answer from the mapper, the catalogue or a task's help, or None for a question for the sources."""
        if self.chat is None:
            return self._section_page(question)
        return (self.chat.answer(question.strip(), *(history[-1] if history else (None, None)))
                or self._section_page(question))

    def _section_page(self, question: str) -> Answer | None:
        """"What page does the Methodology section start on?": the first page of the section the question names by
        its title, from the index's own sections."""
        index = self._keyword_index() if PAGE_ASKED.search(question) else None
        if index is None:
            return None
        asked = " ".join(re.findall(r"[a-z0-9]+", question.lower()))
        starts = bool(_SECTION_START.search(question))
        best: tuple[int, int, Hit] | None = None
        for hit in index.chunks:
            page = hit.metadata.get("page")
            title = str(hit.metadata.get("section") or "").split(" › ")[0]
            # "5 Methodology", "6.5 c) Focus on …": asked for without its number; "Our recommendations" also without
            # its "our" when the question asks where a section starts ("what page do the recommendations start on?")
            unnumbered = re.sub(r"^[\d.]+\s*([a-z]\)\s*)?", "", title.lower())
            names = [unnumbered] + ([re.sub(r"^(our|the)\s+", "", unnumbered)] if starts else [])
            words = next((w for name in names if len(w := " ".join(re.findall(r"[a-z0-9]+", name))) >= 4
                          and re.search(rf"\b{re.escape(w)}\b", asked)), None)
            if page is None or words is None:
                continue
            key = (-len(words), int(page))  # the longest title named, then its first page
            if best is None or key < best[:2]:
                best = (*key, hit)
        if best is None:
            return None
        hit = best[2]
        title = str(hit.metadata.get("section")).split(" › ")[0]
        text, citations = compose_cited([(f"“{title}” starts on page {best[1]} of {hit.metadata.get('source')}", [hit])])
        return Answer(question=question, answer=text, grounded=True, citations=citations, mode="extractive")

    def __call__(self, question: str, area: str | None = None, sources: list[str] | None = None,
                 history: list[tuple[str, str]] | None = None) -> Answer:
        question = without_lead_in(question)  # "sorry if this is a daft one but what is a CVS?"
        parts = question_parts(question)
        joined = self._parts_answered(question, parts, area, sources, history) if len(parts) == 2 else None
        return joined if joined is not None else self._one(question, area, sources, history)

    def _parts_answered(self, question: str, parts: list[str], area: str | None, sources: list[str] | None,
                        history: list[tuple[str, str]] | None) -> Answer | None:
        """"who wrote the foreword, and which measures does he want?": each part asked, then the answers joined; None
        when the sources do not answer the first (the message is then asked whole)."""
        first = self._one(parts[0], area, sources, history)
        if not first.grounded:
            return None
        # the second as the first's follow-up when it points back to it ("which measures does he want?")
        before = [*(history or []), (parts[0], first.answer)] if _POINTS_BACK_TO.search(parts[1]) else history
        return joined_answer(question, first, self._one(parts[1], area, sources, before), parts[1])

    def _one(self, question: str, area: str | None, sources: list[str] | None,
             history: list[tuple[str, str]] | None) -> Answer:
        routed = self._routed(question, history) if not sources else self._section_page(question)
        if routed is not None:
            return with_page(question, routed)
        question, retrieval, previous = self._retrieve(question, area, sources, history)
        follow_up = previous is not None
        if self.generator is None:
            return with_page(question, self._extractive(question, retrieval, area, retrieval.query, follow_up))
        return with_page(question, self.generator.answer(
            question, retrieval, previous, lambda: self._extractive(question, retrieval, area, retrieval.query, follow_up)))

    def stream(self, question: str, area: str | None = None, sources: list[str] | None = None,
               history: list[tuple[str, str]] | None = None) -> Iterator[Answer]:
        """Answers as they get better: the cited extract at once, then the model's checked answer.

        Tokens are not shown as the model writes them: a sentence is only shown once code has checked
        it against its sources, so nothing unsupported ever reaches the screen.
        """
        question = without_lead_in(question)
        parts = question_parts(question)
        if len(parts) == 2:  # two questions: answered one after the other, then joined
            joined = self._parts_answered(question, parts, area, sources, history)
            yield joined if joined is not None else self._one(question, area, sources, history)
            return
        routed = self._routed(question, history) if not sources else self._section_page(question)
        if routed is not None:
            yield with_page(question, routed)
            return
        question, retrieval, previous = self._retrieve(question, area, sources, history)
        follow_up = previous is not None
        first = with_page(question, self._extractive(question, retrieval, area, retrieval.query, follow_up))
        if self.generator is None or not first.grounded:
            yield first
            return
        first.notice = f"Quoting the sources while {self.generator.describe} writes a fuller answer…"
        first.final = False
        yield first
        yield with_page(question, self.generator.answer(
            question, retrieval, previous, lambda: self._extractive(question, retrieval, area, retrieval.query, follow_up)))


_POINTER = re.compile(r"^\W{0,3}see\s+\S.*$", re.I | re.M)
_URL = re.compile(r"https?://\S+|www\.\S+")
_SOURCE_FRAMING = re.compile(r"\b(according to|as set out in|as stated in|in) (the|this|our) \w+,?\s"
                             r"(?=(what|how|which|who|when|where|why|is|are|does|do)\b)"
                             r"|,?\s*\b(according to|in|as set out in) (the|this|our) \w+\s*(?=\?*$)", re.I)


def named_sources(question: str, sources: Iterable[tuple[str, str]]) -> list[str]:
    """Sources, of the (source, kind) pairs, that the question points to by their kind or name ("according to the
    roadmap", "what does the Halton JSNA say"), or none."""
    lowered = " ".join(question.lower().split())
    found = []
    for source, kind in sources:
        kind_words = re.escape(kind.replace("-", " ").lower())
        if (source.lower() in lowered and len(source) > 3) or (kind and re.search(
                rf"\b(according to|in|from|does|did) (the|this|our) {kind_words}\b|\bthe {kind_words} (says?|said|states?)\b",
                lowered)):
            found.append(source)
    return list(dict.fromkeys(found))


def named_area(question: str) -> str | None:
    """The borough or region a question names, if any."""
    lowered = re.sub(r"\s*&\s*", " and ", question.lower())  # "cheshire west & chester"
    for name in sorted((*BOROUGHS, CITY_REGION), key=len, reverse=True):
        if re.search(rf"\b{re.escape(name.lower())}\b", lowered):
            return name
    if _REGION_NAMED.search(question):
        return REGION
    if short := _SHORT_NAMED.search(lowered):  # "Cheshire West", "St. Helens"
        return SHORT_NAMES[short.group(1)]
    for borough, towns in _TOWNS_NAMED:  # "our lunch club in Huyton": the sources' figures are Knowsley's
        if towns.search(lowered):
            return borough
    return _misspelt_area(lowered)


_YES_NO = re.compile(r"^\W*(does|do|did|is|are|was|were|must|should|can|could|will|would|has|have)\b", re.I)


def figures_not_held(question: str, passages: list[str]) -> list[str]:
    """The sums and percentages ("£1m", "20%") a yes-or-no question asks about that no passage holds."""
    asking = [s for s in asking_sentences(split_sentences(" ".join(question.split()))) if _YES_NO.match(s)]
    if not asking:
        return []
    held = {figure_key(m.group(0)) for text in passages for m in figures(text)}
    asked = [m.group(0).strip() for s in asking for m in figures(s) if re.search(r"[£%]", m.group(0))]
    return [f for f in dict.fromkeys(asked) if figure_key(f) not in held]


_WHICH_BOROUGH = re.compile(r"\bwhich (of (the|our|its|their) ([\w-]+ )?)?(borough|council|district|local authorit(y|ie)|"
                            r"authorit(y|ie))s?\b", re.I)


def _joined(retrieval: Retrieval, more: Retrieval, wanted: Callable[[Hit], bool]) -> Retrieval:
    """``retrieval`` with the ``wanted`` hits of ``more`` it lacks after its own, each with its score."""
    if not more.grounded or len(more.scores) != len(more.hits) or len(retrieval.scores) != len(retrieval.hits):
        return retrieval
    known = {h.id for h in retrieval.hits}
    extra = [(h, s) for h, s in zip(more.hits, more.scores) if h.id not in known and wanted(h)]
    return replace(retrieval, hits=[*retrieval.hits, *(h for h, _ in extra)],
                   scores=[*retrieval.scores, *(s for _, s in extra)])


def place_row(retrieval: Retrieval, place: str, question: str) -> Retrieval:
    """``retrieval`` grounded on a fact row of ``place`` among its first hits whose indicator the question names (at
    least two of its words and half of them: "women … life expectancy" names "female life expectancy at birth"),
    moved first; the cross-encoder scores a long, chatty question low against a short row."""
    wanted = {w.rstrip("s") for w in _content_words(question)}
    for index, hit in enumerate(retrieval.hits[:4]):
        indicator = hit.metadata.get("indicator")
        if hit.metadata.get("row") is None or hit.metadata.get("area") != place or not indicator:
            continue
        if not answers_gap(question, indicator):
            continue  # "the gap between the most and least deprived areas" is not the level of either
        words = {w.rstrip("s") for w in _content_words(indicator)}
        named = words & wanted
        if len(named) >= 2 and 2 * len(named) >= len(words):
            hits = [hit, *retrieval.hits[:index], *retrieval.hits[index + 1:]]
            scores = [retrieval.scores[index], *retrieval.scores[:index], *retrieval.scores[index + 1:]] \
                if len(retrieval.scores) == len(retrieval.hits) else retrieval.scores
            return replace(retrieval, hits=hits, scores=scores, grounded=True)
    return retrieval


def places_named(question: str) -> set[str]:
    """Every borough or region a question names, by its name, a short name or one of its towns."""
    lowered = re.sub(r"\s*&\s*", " and ", question.lower())
    found = {name for name in (*BOROUGHS, CITY_REGION) if re.search(rf"\b{re.escape(name.lower())}\b", lowered)}
    found -= {name for name in found if any(name != other and name.lower() in other.lower() for other in found)}
    found |= {SHORT_NAMES[m.group(1)] for m in _SHORT_NAMED.finditer(lowered)}
    found |= {borough for borough, towns in _TOWNS_NAMED if towns.search(lowered)}
    if _REGION_NAMED.search(question):
        found.add(REGION)
    return found


# who the asker says they are: "we're a VCFSE ourselves", "as a small housing charity", "I work for a council"
_ASKER_IS = re.compile(r"(\b(we['’]?re|we are|i['’]?m|i am|i work (for|at|in)|we work (for|at|in))\s+(an?\s+|the\s+)?"
                       r"|\bas\s+an?\s+)(?P<who>(?:(?!\s[–—-]\s)[^,.;:?!–—]){1,60})", re.I)


def _misspelt_area(lowered: str) -> str | None:
    """A borough named with a slip of the keyboard ("liverpol", "Knowlsey"): one edit or so in a word of six
    letters or more (difflib's ratio of 0.85 or over)."""
    names = {name.lower(): name for name in BOROUGHS if " " not in name}
    for word in re.findall(r"[a-z]{6,}", lowered):
        close = difflib.get_close_matches(word, names, n=1, cutoff=0.85)
        if close:
            return names[close[0]]
    return None


_TOWNS_NAMED = [(borough, re.compile(r"\b(" + "|".join(re.escape(t.lower()) for t in towns) + r")\b"))
                for borough, towns in TOWNS.items()]  # compiled once, not per question
_SHORT_NAMED = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in SHORT_NAMES) + r")\b")
_REGION_NAMED = re.compile(r"\bcheshire\s*(and|&)\s*merseyside\b|\bC\s?&\s?M\b|\bCandM\b", re.I)


_PLACE_PHRASE = re.compile(r"\b(?:in|for|across|within|around)\s+((?:[A-Z][a-z]+)(?:\s+(?:[A-Z][a-z]+|upon|on|under)){0,3})")
_NATIONAL = frozenset({"england", "uk", "the uk", "britain", "great britain", "united kingdom", "north west",
                       "the north west", "northwest", "the north", "wales", "scotland", "national"})


def foreign_place(question: str) -> str | None:
    """A place the question asks about ("… in Greater Manchester?") that is none of the areas the facts cover
    (Cheshire and Merseyside's, or the nation's comparisons)."""
    for found in _PLACE_PHRASE.finditer(question):
        name = found.group(1)
        if name.lower() in _NATIONAL or named_area(name) or len(name) < 4:
            continue
        if name.split()[0] in ("The", "Social", "Partner", "Appendix", "Section", "Chapter", "Theme", "Jobs",
                               "Growth", "Environment", "Health", "Innovation", "Our", "Your", "My", "January",
                               "February", "March", "April", "May", "June", "July", "August", "September", "October",
                               "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"):
            continue  # a named thing, not a place
        return name
    return None


_PART_OF_GIVEN = re.compile(r"\bhow many of (the |those |these |its |our |all )?[\d,.]+\d|\bof (the |those |these |all )?[\d,.]*\d\b"
                            r"[^?]{0,80}\bhow many\b|\bwhat (share|proportion|percentage|%|fraction) of (the |those |these )?[\d,.]*\d",
                            re.I)


def source_of(hit: Hit, sentence: str, chunks: list[Hit]) -> tuple[str, list[Hit]] | None:
    """Where the quoted ``sentence`` of ``hit`` comes from, as its document says: a fact row's own source note and
    address, or the footnote a document's sentence is marked with."""
    if hit.metadata.get("row") is not None:
        note, url = hit.metadata.get("note"), hit.metadata.get("url")
        if not note and not url:
            return None
        return f"Its source: {', '.join(str(x) for x in (note, url) if x)}", [hit]
    marks = marks_of(hit.text, sentence)
    found = footnote(chunks, str(hit.metadata.get("source", "")), marks[0]) if marks else None
    if found is None:
        return None
    text, holder = found
    return f"The source it gives (footnote {marks[0]}): {plain_markdown(text).rstrip(' ,')}", [holder]


_DEFINING = re.compile(r"\b(defin(e|es|ed|ition)|mean[st]?|meant|stands? for|what counts as)\b", re.I)


# "which section number is the barrier about …?", "what chapter covers …?": the section is the answer
SECTION_ASKED = re.compile(r"\b(which|what) (section|chapter|part|bit)( (number|no\.?|heading|title))?\b"
                           r"|\b(section|chapter) (number|no\.?)\b"
                           # "where in the roadmap is …", "need to reference it": where it is, to cite
                           r"|\bwhere(abouts)? in (the|this|your) (roadmap|report|document|pdf)\b"
                           r"|\b(reference|cite|footnote) (it|that|this|them)\b", re.I)


def with_page(question: str, answer: Answer) -> Answer:
    """"Which page is NT11 on?": the page, in words, before the answer that cites it (the citation alone holds it);
    "which section is that in?": the section's number and title the same way."""
    if not answer.grounded or not answer.citations:
        return answer
    first = answer.citations[0]
    if SECTION_ASKED.search(question) and first.section and not PAGE_ASKED.search(question):
        title = first.section.split(" › ")[0]
        if title.lower() not in answer.answer.lower():
            number = re.match(r"(\d+(\.\d+)*)\s+(.+)$", title)  # "Section 2.2 “System leaders …”": citable as written
            said = f"Section {number.group(1)} “{number.group(3)}”" if number else f"Section “{title}”"
            return replace(answer, answer=f"{said} of {first.source}: {answer.answer}")
        return answer
    if not PAGE_ASKED.search(question) or first.page is None or f"page {first.page} " in answer.answer:
        return answer
    return replace(answer, answer=f"Page {first.page} of {first.source}: {answer.answer}")


def restates(question: str, sentence: str) -> bool:
    """The sentence's first figure (a year aside), its headline, is one the question already gives."""
    found = [re.sub(r"[,\s]", "", m.group(0)) for m in figures(sentence)
             if not re.fullmatch(r"(19|20)\d\d", m.group(0).strip())]
    return bool(found) and found[0] in {re.sub(r"[,\s]", "", m.group(0)) for m in figures(question)}


_GENERIC = frozenset("organisation organisations organization organizations sector sectors group groups body bodies "
                     "thing things people approach way ways term idea one ones kind type".split())


def _says_term(text: str, term: str) -> bool:
    """Whether ``text`` says ``term`` or one of its words (by its first five letters: "additionality" is said by
    "additional"); an acronym is not judged (a definition may spell it out in other letters)."""
    if re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z]s?", term.strip()):
        return True
    words = [w for w in re.findall(r"[a-z0-9]+", term.lower()) if len(w) > 2 and w not in _STOP
             and w not in _GENERIC]  # "a 'below the radar' organisation" is said by "below" or "radar"
    said = text.lower()
    return not words or any(re.search(rf"\b{re.escape(w[:5])}", said) for w in words)


_YEARS = re.compile(r"\b((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?\b")


def years_covered(text: str) -> set[int]:
    """The years ``text`` names, a range as every year in it ("2017-19" -> 2017, 2018, 2019; "2019 index" -> 2019)."""
    years: set[int] = set()
    for match in _YEARS.finditer(text):
        start = int(match.group(1))
        end = match.group(2)
        stop = int(end) if end and len(end) == 4 else (start // 100 * 100 + int(end) if end else start)
        years.update(range(start, stop + 1) if 0 <= stop - start <= 10 else [start])
    return years


# "for 2020-22", "in 2021": the time a figure is asked for ("our 2025 bid", "the 2019 index" name other things)
_ASKED_YEARS = re.compile(r"\b(?:(?:in|for|during|from|as of|between)\s+(?:the\s+)?|the\s+(?=(?:19|20)\d\d\s+(?:one|figures?|"
                          r"data|index|indices|edition|version|release|survey|census|numbers?|stats?|rank)\b))"
                          r"((?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)\b", re.I)


def years_asked(question: str) -> set[int]:
    """The years a question asks a figure for ("… life expectancy for 2020-22?" -> 2020, 2021, 2022)."""
    question = _YEAR_SET_ASIDE.sub(" ", question)  # "… the 2019 indices please - I've only got the 2025 one"
    return {year for match in _ASKED_YEARS.finditer(question) for year in years_covered(match.group(1))}


# a year the asker has already, or rules out: not one asked for
_YEAR_SET_ASIDE = re.compile(r"\b(?:(?:i|we)(?:['’]ve| have)? (?:only |already )?got|(?:i|we) (?:only |already )?have|"
                             r"not|rather than|instead of|other than|apart from|besides|except)\s+(?:the\s+|a\s+)?"
                             r"(?:\w+\s+){0,2}?(?:19|20)\d{2}(?:\s*[-/–]\s*\d{2,4})?\b", re.I)


def area_note(wanted: str | None, hit: Hit) -> tuple[str | None, bool]:
    """(a note, whether the fact is another borough's) when the quoted fact is for another area than the one asked."""
    if not wanted:
        return None, False
    try:
        wanted = normalise_area(wanted)
    except ValueError:
        return None, False
    found = str(hit.metadata.get("area") or EVERYWHERE)
    if not wanted or found in (wanted, EVERYWHERE) or hit.metadata.get("row") is None:
        return None, False
    wider = found in (REGION, CITY_REGION) and wanted != REGION
    label = " (region-wide)" if wider else ""
    return f"The sources hold no figure on this for {wanted}; the nearest is for {found}{label}:", not wider


# "which of those is the one for handing over kit?": a choice among the codes of the answer before
_AMONG = re.compile(r"\bwhich (one )?of (those|them|these|the above|the ones you (listed|named|gave))( codes| measures| ones|"
                    r" toms)?\b(?P<rest>.*)", re.I)
_ONE_FOR = re.compile(r"^\s*(is|would be|are|'s)?\s*(the (one|code|measure)s?|it|used|meant)?\s*(that )?(is )?"
                      r"(for|about|covers?|counts?|records?)?\s+", re.I)
# "what page is it on?", "what's that one counted in?": about the code the answer before named
_POINTS_AT_IT = re.compile(r"\b(it|that|this|that one|this one|that code|that measure)\b", re.I)
# after an answer that named measures: "is there also one for making our subcontractors pay it?", "and a code for
# bike loans?" ask for the measure of another activity
_ANOTHER_ONE = re.compile(r"\b(is there|are there|have you got|do you have|what about|how about|and|any|got)\b[^?]{0,25}?"
                          r"\b(one|ones|measures?|codes?|toms?)\s+(for|about|covering|that covers)\s+(?P<rest>[^?]{4,})",
                          re.I)
_PRONOUN = re.compile(r"\b(it|that|this|them|those|these|the same)\b", re.I)


class ChatRoutes:
    """Answers activities with the mapper, codes with the catalogue, and points task requests to their task."""

    def __init__(self, mapper_factory: Callable[[], ActivityMapper], catalogue: Catalogue, store: KnowledgeStore,
                 proxies: Callable[[], ProxyTable | None] = lambda: None) -> None:
        self.mapper_factory = mapper_factory
        self.proxies = proxies  # the user's own licensed proxy table, when one is loaded
        self.store = store
        self.catalogue = catalogue
        self.cites = CatalogueCitations(store)
        self.groups = measure_groups(catalogue)

    def answer(self, question: str, previous: str | None = None, previous_answer: str | None = None) -> Answer | None:
        """The routed answer, or None for a question for the sources. ``previous`` and ``previous_answer`` are the
        turn before: "which of those is the one for kit?" chooses among the codes it named, and "what page is it on?"
        asks about the code it named first."""
        before = list(dict.fromkeys(measure_codes(previous_answer or "")))
        if before and not measure_codes(question):
            among = _AMONG.search(question)
            if among and len(before) >= 2:
                return self._among(question, among.group("rest"), before)
            if _POINTS_AT_IT.search(question) and len(question.split()) <= 12:
                # the code the answer before is about: the first it describes ('NT16 “Equipment …”'), else its first
                said = previous_answer or ""
                it = next((m.group(1).upper() for m in CODE.finditer(said) if said.startswith(" “", m.end())), before[0])
                pointed = route(f"{question} ({it})", self.groups)
                if pointed.kind == "codes" and route(question, self.groups).kind == "ask":
                    question = f"{question} ({it})"  # its page, unit or wording: the catalogue's row says
            one_for = _ANOTHER_ONE.search(question)
            if one_for and route(question, self.groups, previous).kind == "ask":
                # another activity's measure; "pay it": what "it" was is the activity asked about before
                activity = one_for.group("rest").strip(" .!,")
                if previous and _PRONOUN.search(activity):
                    activity = f"{activity} ({activity_text(previous)})"
                mapping = self.mapper_factory().map(activity, top=2)
                text, citations, notice = activity_answer(mapping, self.cites, [], False, question)
                return Answer(question=question, answer=text, grounded=bool(citations), citations=citations,
                              mode="mapped", notice=notice)
        found = route(question, self.groups, previous)
        if found.kind == "measures":
            text, citations = group_answer(found.group, self.catalogue, self.cites, found.outcomes)
            return Answer(question=question, answer=text, grounded=True, citations=citations, mode="catalogue")
        if found.kind == "activity":
            mapping = self.mapper_factory().map(found.activity, top=3 if found.several else 2)
            best = mapping.measures[0]
            if found.exists and mapping.fits and not (best.evidence.get("words") or best.evidence.get("named_in_wording")):
                # "is there a code for hiring veterans?": no measure's wording or guidance speaks of it, so there is
                # none for it as such; the nearest is said as that
                row = self.cites.hit(best.measure.code)
                text, citations = compose_cited([(
                    f"No TOMs measure is for “{found.activity}” as such: none of their wording names it. The nearest "
                    f"is {describe_measure(best.measure)}, which counts it only if what you do meets that wording",
                    [row] if row is not None else [])])
                return Answer(question=question, answer=text, grounded=False, citations=citations, mode="mapped")
            text, citations, notice = activity_answer(mapping, self.cites, found.codes, found.several, question)
            return Answer(question=question, answer=text, grounded=bool(citations), citations=citations,
                          mode="mapped", notice=notice)
        if found.kind == "codes":
            text, citations, unknown = codes_answer(found.codes, self.catalogue, self.cites)
            if not text:
                return Answer(question=question, grounded=False, mode="catalogue",
                              answer=f"{', '.join(unknown)} is not a measure code of the Cheshire and Merseyside TOMs.")
            notice = f"Not in the catalogue: {', '.join(unknown)}." if unknown else None
            return Answer(question=question, answer=text, grounded=True, citations=citations, mode="catalogue",
                          notice=notice)
        if found.kind == "proxy":
            text, citations, found_value = proxy_answer(found.codes, self.proxies(), self.catalogue,
                                                        find_passage(self.store, POLICY, PROXY_LICENCE))
            return Answer(question=question, answer=text, grounded=found_value, citations=citations,
                          mode="proxy-table" if found_value else "catalogue",
                          notice="From the proxy table you loaded, not the shipped sources." if found_value else None)
        if found.kind in TASK_HELP:
            return Answer(question=question, answer=TASK_HELP[found.kind], grounded=True, mode=f"task:{found.kind}")
        return None

    def _among(self, question: str, wanted: str, codes: list[str]) -> Answer | None:
        """"Which of those is the one for handing over kit?": of the codes the answer before named, the one the
        mapper scores highest for what is described."""
        wanted = _ONE_FOR.sub("", wanted).strip(" ?.,")
        known = [self.catalogue.get(c).code for c in codes if c in self.catalogue]  # "NT29A" -> "NT29a", as scored
        if len(wanted.split()) < 2 or len(known) < 2:
            return None
        scored = {m.measure.code: m.score for m in self.mapper_factory().map(wanted, top=len(self.catalogue)).measures}
        best = max(known, key=lambda c: scored.get(c, -1.0))
        measure = self.catalogue.get(best)
        row = self.cites.hit(measure.code)
        text, citations = compose_cited([(f"Of {', '.join(known[:-1])} and {known[-1]}, the one for “{wanted}” is "
                                          f"{describe_measure(measure)}", [row] if row else [])])
        return Answer(question=question, answer=text, grounded=bool(citations), citations=citations, mode="mapped")
