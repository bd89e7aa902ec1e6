"""A message that asks two things, split into its questions, and their answers joined into one.

"Which Marmot principles does the roadmap use? Also is there a Marmot network we can join?" or "who wrote the
foreword, and which four measures does he want us to focus on?": one passage rarely answers both, and a sentence
chosen for the pair answers neither. The first question is asked with the situation before it; the second as its
follow-up, so "he" and "it" reach back to the first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.text import chat_sentences

if TYPE_CHECKING:
    from assistant.tasks.ask import Answer

# ", and which four measures …", "; also, who …": a second question inside one sentence
_QUESTION_WORD = (r"(?:which|what|who|whom|when|where|how|is|are|does|do|did|can|could|should|will|was|were|has|"
                  r"have)\b")
_JOINED = re.compile(rf"(?:,|;|\s-)\s*(?:and|also|plus)\s+(?={_QUESTION_WORD})"
                     r"|\s+and\s+(?=(?:which|what|who|when|where|how)\b)", re.I)  # "what is X and what unit …"
# a sentence that asks: it ends in "?", or opens as a question added on ("and is it below the national rate")
_ASKING = re.compile(rf"\?[\"'”’)]*$|^(?:and|also|plus)\s+{_QUESTION_WORD}", re.I)
_CITE = re.compile(r"\[(\d+)\]")
_WORDS = re.compile(r"[a-z0-9£%]+")


def question_parts(message: str) -> list[str]:
    """The two questions of ``message`` (the first with what comes before it), or ``[message]`` when it asks one.

    A second question of fewer than three words ("any examples?") or a message without a first question is one
    question; so is a first question that is no more than the second's lead-in ("quick one?")."""
    text = " ".join(message.split())
    sentences = chat_sentences(text)
    asking = [i for i, s in enumerate(sentences) if _ASKING.search(s.strip())]
    if len(asking) >= 2:
        cut = asking[0] + 1
        first, second = " ".join(sentences[:cut]), " ".join(sentences[cut:])
    elif len(asking) == 1 and (joined := _JOINED.search(sentences[asking[0]])):
        sentence = sentences[asking[0]]
        first = " ".join([*sentences[:asking[0]], sentence[: joined.start()].rstrip(" ,;-") + "?"])
        second = " ".join([sentence[joined.end():], *sentences[asking[0] + 1:]])
        second = second[:1].upper() + second[1:]
    else:
        return [text]
    if len(_WORDS.findall(second.lower())) < 3 or len(_WORDS.findall(first.lower())) < 4:
        return [text]
    return [first.strip(), second.strip()]


def joined_answer(question: str, first: "Answer", second: "Answer", second_question: str) -> "Answer":
    """One answer from the answers to a message's two questions: the first's citations, then the second's not
    already cited, renumbered; a sentence the first already gives is not said twice; a second question the
    sources do not answer is said to be unanswered."""
    citations = list(first.citations)
    number: dict[int, int] = {}
    for citation in second.citations:
        same = next((c for c in citations if c.chunk_id == citation.chunk_id and c.snippet == citation.snippet), None)
        if same is None:
            same = replace(citation, n=len(citations) + 1)
            citations.append(same)
        number[citation.n] = same.n
    if not second.grounded:
        asked = re.sub(r"^(and|also|plus)\s+", "", second_question.rstrip(" ?"), flags=re.I)
        asked = asked[:1].upper() + asked[1:]
        text = f"{first.answer} As for “{asked}?”: the sources do not say."
        return replace(first, question=question, answer=text, citations=list(first.citations))
    said = {_key(_CITE.sub("", s)) for s in _points(first.answer)}
    kept = [s for s in _points(second.answer) if _key(_CITE.sub("", s)) not in said]
    if not kept:
        return replace(first, question=question)
    added = _CITE.sub(lambda m: f"[{number.get(int(m.group(1)), int(m.group(1)))}]", " ".join(kept))
    text = f"{first.answer} {added}"
    order = list(dict.fromkeys([*(c.n for c in first.citations), *(int(n) for n in _CITE.findall(added))]))
    dense = {old: new for new, old in enumerate(order, start=1)}  # a second citation left unused leaves no gap
    by_n = {c.n: c for c in citations}
    return replace(first, question=question, answer=_CITE.sub(lambda m: f"[{dense.get(int(m.group(1)), m.group(1))}]", text),
                   citations=[replace(by_n[old], n=new) for old, new in dense.items() if old in by_n],
                   notice=first.notice or second.notice)


def _points(answer: str) -> list[str]:
    """An answer's cited points: each sentence or list item with the citation marks after it."""
    return [p for p in re.split(r"(?<=\])\s+(?=[^\[\s])", answer.strip()) if p.strip()]


def _key(sentence: str) -> str:
    return " ".join(_WORDS.findall(sentence.lower()))
