"""Compliance check before export: does a response do what the tender asks, within its limits, with sound figures?

Four checks, each saying where or why:
- every sub-criterion of the question is addressed (the paragraph that does, or "missing");
- within the word limit and the character limit (characters counted with spaces, as tenders count them);
- each commitment is specific (a measure code or a named beneficiary), measurable (a quantity with a unit) and
  time-bound (a date, a period or a frequency);
- every £ and % in the text traces to the commitments, the bidder's evidence library or a cited source.
Deterministic: word overlap and patterns, no language model.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from assistant.text import CODE, count_words, split_sentences

_STOP = set("""a an the and or of to for in on at by with from as is are be will you your we our their its it this that
these those how what which who whom where when why please describe explain set out provide including include
response answer should must can may about any all each per into within through over under between also other""".split())
_WORD = re.compile(r"[a-z][a-z'-]+")
_MARKDOWN = re.compile(r"^#{1,6}\s+|\*\*|__|^\s*[-*]\s+|^\|?\s*-{3,}.*$", re.M)
_MONEY = re.compile(r"£\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<mult>k|m|bn|million|thousand)?\b", re.I)
_PERCENT = re.compile(r"(?<![\d.])(?P<n>\d{1,3}(?:\.\d+)?)\s?%")
_CITE = re.compile(r"\[(?:E)?\d+\]")
_CODE = CODE
_QUANTITY = re.compile(r"£\s?\d|\b\d[\d,.]*\s?(?:(?-i:[a-z-]+)\s+){0,2}?(?:%|hours?|days?|weeks?|months?|FTEs?|people|apprentices?|apprenticeships?|"
                       r"jobs?|tonnes?|volunteers?|placements?|residents|students|schools|sessions|visits|households|"
                       r"businesses|organisations|events|miles|trees)\b", re.I)
_TIME = re.compile(r"\b(?:by|before|within|during|over|in|from|until)\s+(?:the\s+)?(?:end\s+of\s+)?(?:month|year|week|quarter)"
                   r"\s*\d+|\bby\s+(?:20\d\d|(?:january|february|march|april|may|june|july|august|september|october|"
                   r"november|december)\b)|\b(?:a|per|each|every)\s+(?:year|month|quarter|week|annum)\b|\b(?:annually|"
                   r"quarterly|monthly|weekly|yearly)\b|\bin\s+20\d\d\b|\bover\s+(?:the\s+)?(?:\d+|life of the|"
                   r"[a-z]+-(?:year|month))\b|\bduring\s+(?:the|this)\s+contract\b|\bwithin\s+\d+\s+(?:months?|weeks?|"
                   r"years?)\b|\bby\s+month\s+\d+|\bin\s+year\s+\d+|\b\d+[- ](?:month|year)\s+contract\b", re.I)
_SPECIFIC = re.compile(r"\b(?:residents?|people|young|care leavers|veterans|unemployed|schools?|charit(?:y|ies)|VCFSEs?|"
                       r"VCSEs?|social enterprises?|food banks?|SMEs?|apprentices?|NEET|disabilit|local)\b", re.I)


def _stem(word: str) -> str:
    return word[:5]


def _content(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def plain_text(markdown: str) -> str:
    """The response as a reader sees it: no Markdown marks, table rows as text."""
    text = _MARKDOWN.sub("", markdown)
    text = re.sub(r"\s*\|\s*", " ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def _paragraphs(markdown: str) -> list[tuple[str, str]]:
    """(heading, paragraph) pairs in order."""
    heading, out = "", []
    for block in re.split(r"\n\s*\n", markdown):
        block = block.strip()
        if not block:
            continue
        match = re.match(r"^#{1,6}\s+(.*)$", block)
        if match and "\n" not in block:
            heading = match.group(1).strip()
            continue
        out.append((heading, plain_text(block)))
    return out


def sub_criteria_check(markdown: str, sub_criteria: Iterable[str]) -> list[dict[str, Any]]:
    """Each sub-criterion: the paragraph that addresses it best, or missing (fewer than half its words there)."""
    paragraphs = _paragraphs(markdown)
    results = []
    for criterion in sub_criteria:
        words = _content(criterion)
        best, best_share = None, 0.0
        for heading, paragraph in paragraphs:
            share = len(words & _content(paragraph)) / len(words) if words else 0.0
            if share > best_share:
                best, best_share = (heading, paragraph), share
        addressed = best is not None and best_share >= 0.5
        results.append({"sub_criterion": criterion, "addressed": addressed,
                        "where": ({"section": best[0] or None, "quote": best[1][:200]} if addressed and best else None),
                        "why": (f"{best_share:.0%} of its key words appear together" if addressed else
                                "not addressed: no paragraph uses most of its key words; answer it under its own heading")})
    return results


def limits_check(markdown: str, word_limit: int | None, char_limit: int | None) -> dict[str, Any]:
    text = plain_text(markdown)
    words, chars = count_words(text), len(text)
    result = {"words": words, "characters": chars, "word_limit": word_limit, "char_limit": char_limit,
              "ok": (word_limit is None or words <= word_limit) and (char_limit is None or chars <= char_limit)}
    problems = []
    if word_limit is not None and words > word_limit:
        problems.append(f"{words} words, over the {word_limit}-word limit by {words - word_limit}")
    if char_limit is not None and chars > char_limit:
        problems.append(f"{chars} characters including spaces, over the {char_limit}-character limit by {chars - char_limit}")
    result["why"] = "; ".join(problems) or "within the limits"
    return result


def commitment_check(sentences: Iterable[str]) -> list[dict[str, Any]]:
    """Specific, measurable and time-bound, for each commitment ('we will' with a quantity)."""
    results = []
    for sentence in sentences:
        if not re.search(r"\b(?:we will|we commit|we shall|we pledge)\b", sentence, re.I) or not _QUANTITY.search(sentence):
            continue
        specific = bool(_CODE.search(sentence) or _SPECIFIC.search(sentence))
        measurable = bool(_QUANTITY.search(sentence))
        timed = bool(_TIME.search(sentence))
        missing = [name for name, ok in (("specific", specific), ("measurable", measurable), ("time-bound", timed)) if not ok]
        results.append({"commitment": sentence, "specific": specific, "measurable": measurable, "time_bound": timed,
                        "ok": not missing, "why": "specific, measurable and time-bound" if not missing else
                        "not " + " or ".join(missing) + (": say by when or how often" if "time-bound" in missing else "")})
    return results


def _money_value(match: re.Match) -> float:
    value = float(match.group("n").replace(",", ""))
    return value * {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9}.get((match.group("mult") or "").lower(), 1)


def _numbers_in(text: str) -> set[float]:
    found = {_money_value(m) for m in _MONEY.finditer(text)}
    found |= {float(m.group(0).replace(",", "")) for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text) if m.group(0)[-1] != ","}
    return found


def figures_check(markdown: str, commitments: list[dict[str, Any]] | None = None, evidence: list[Any] | None = None,
                  citations: list[dict[str, Any]] | None = None, stated: Iterable[float] = ()) -> list[dict[str, Any]]:
    """Every £ and % in the text with where it comes from, or untraced."""
    held: dict[float, str] = {float(v): "the contract as given" for v in stated}
    for item in commitments or []:
        for value in (item.get("quantity"),):
            if isinstance(value, (int, float)):
                held.setdefault(float(value), f"commitment: {item.get('activity', '')[:60]}")
        for value in _numbers_in(item.get("activity", "")):
            held.setdefault(value, f"commitment: {item.get('activity', '')[:60]}")
    for record in evidence or []:
        quantity = getattr(record, "quantity", None)
        if quantity is not None:
            held.setdefault(float(quantity), f"evidence library: {record.label()}")
    cited = {}
    for citation in citations or []:
        for value in _numbers_in(citation.get("snippet", "")):
            cited.setdefault(value, f"source [{citation.get('n')}]: {citation.get('source', '')}")
    results = []
    text = plain_text(markdown)
    for pattern, kind in ((_MONEY, "£"), (_PERCENT, "%")):
        for match in pattern.finditer(text):
            value = _money_value(match) if kind == "£" else float(match.group("n"))
            sentence = _sentence_around(text, match.start())
            where = held.get(value) or (cited.get(value) if _CITE.search(sentence) else None)
            results.append({"figure": match.group(0).strip(), "traced": where is not None,
                            "where": where or "untraced: not in the commitments, the evidence library or a cited source",
                            "sentence": sentence[:200]})
    return results


def _sentence_around(text: str, position: int) -> str:
    start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
    end_candidates = [i for i in (text.find(". ", position), text.find("\n", position)) if i != -1]
    end = min(end_candidates) + 1 if end_candidates else len(text)
    return text[start:end].strip()


def _sentences(markdown: str) -> list[str]:
    text = plain_text(markdown)
    return split_sentences(text, lines=True)


def check_compliance(markdown: str, *, sub_criteria: Iterable[str] = (), word_limit: int | None = None,
                     char_limit: int | None = None, commitments: list[dict[str, Any]] | None = None,
                     evidence: list[Any] | None = None, citations: list[dict[str, Any]] | None = None,
                     stated: Iterable[float] = ()) -> dict[str, Any]:
    """All four checks on a response, and whether it is ready to export."""
    subs = sub_criteria_check(markdown, list(sub_criteria))
    limits = limits_check(markdown, word_limit, char_limit)
    promised = commitment_check(_sentences(markdown))
    figures = figures_check(markdown, commitments, evidence, citations, stated)
    problems = ([f"sub-criterion not addressed: {s['sub_criterion']}" for s in subs if not s["addressed"]]
                + ([limits["why"]] if not limits["ok"] else [])
                + [f"commitment {c['why']}: {c['commitment'][:80]}" for c in promised if not c["ok"]]
                + [f"untraced figure {f['figure']}: {f['sentence'][:80]}" for f in figures if not f["traced"]])
    return {"ready": not problems, "problems": problems, "sub_criteria": subs, "limits": limits,
            "commitments": promised, "figures": figures}
