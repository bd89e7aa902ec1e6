"""Compose an answer from reranked passages: decide what the question asks for, then quote for that.

A figure question gets the sentence that states the figure; a list question gets the list (up to five points);
a definition, rule or who/when question gets its one best sentence. Every point is a verbatim sentence of a
retrieved passage, cited; nothing quoted is a heading, a contents line, a footnote, a caption, a question, a
table header or a fragment of under six words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

import numpy as np

from assistant.areas import BOROUGHS, CITY_REGION, CITY_REGION_BOROUGHS, EVERYWHERE, REGION, TOWN_OF
from assistant.citations import body_of, compose_cited, stem_words, stems
from assistant.rerank import Reranker
from assistant.retrieval import ACRONYM, Retrieval
from assistant.store import Hit
from assistant.text import PERSON_NAME, asking_sentences, figures, measure_codes, quoted_phrases, split_sentences

MIN_WORDS = 6
MAX_POINTS = 5
MAX_LIST_ITEMS = 8  # one list's own items, quoted whole up to this many

# "sum up X in a sentence", "explain X simply", "how does the roadmap define X": what X means is asked
_SUM_UP = r"(sum up|summari[sz]e|describe|explain|define|put)"
_BRIEFLY = r"(in (a|one) (single )?(sentence|line|nutshell|phrase)|in plain (english|words|terms)|simply|briefly)"
_HOW_DEFINED = r"\bhow (does|do|did|would) [^?]{1,40}\bdefine"
_KINDS = (
    ("list", re.compile(
        r"^(list|name|give|outline)\b|\b(what|which) (are|were|should|must|do|does|can)\b.*"
        r"\b(?!(?:us|its|this|is|was|has|does|yes|his|plus|thus)\b)(the )?\w+s\b\??$"  # not "… commit us to?"
        r"|\b(what|which) ([a-z]+ )?\w+s (are|do|should|must|can|does|did)\b|\bwhat (the|those|these|its|their) (\w+ )?\w+s (are|were)\b|\bwhat (kinds|types|sorts|examples|steps|actions|ways|"
        r"measures|themes|aims|principles|shifts|barriers|recommendations|outcomes|priorities|challenges)\b"
        r"|\b(three|four|five|six|seven|several|main|key|a few|a couple of|some) (aims|shifts|themes|steps|actions|"
        r"principles|barriers|recommendations|outcomes|priorities|challenges|ways|areas|activities|stages|phases|parts|"
        r"elements|routes|examples|options|things|factors|issues|problems|reasons|points|conditions|ingredients)\b", re.I)),
    ("figure", re.compile(
        r"\b(how (many|much|long|old|big|large|often)|what (percentage|proportion|share|number|rate|fraction)|"
        r"rate of|rate in|percent|figure|statistic|level of|count of|number of)\b|%", re.I)),  # "what % of adults …"
    ("definition", re.compile(r"\bmean[st]? by\b|\bmeant by\b|\bwhat (does|do) .{1,40}\b(mean|stand for)\b|^(can you )?(explain|define)\b"
                              r"|\bstands? for\b|\bshort for\b|\b(meant|supposed) to mean\b"
                              rf"|\bmeaning of\b|{_HOW_DEFINED}\b"  # "how does the roadmap define X?"
                              # "how would you sum up a 'social value economy' in a sentence?"
                              rf"|\b{_SUM_UP}\b[^?]{{1,60}}\b{_BRIEFLY}\b"
                              # "when the roadmap talks about CVSs what are they?": the pointing word is the acronym
                              r"|(?-i:\b[A-Z][A-Za-z]*[A-Z]+s?\b)[\s,;:–-]{1,4}what (is|are) (it|they|those|these)\b",
                              re.I)),
    ("who-when", re.compile(r"^(who|when|which year|what year|what date|by when|since when)\b"
                            r"|^which of the (\w+ ){0,2}(authors|signatories|writers|people|leaders|chairs)\b"
                            r"|^which (\w+ ){0,2}(author|signatory|writer|person|leader|chair)s?\b"
                            r"|\b(who (is|are|was|were|wrote|published|developed|supported|must|should)|when (is|was|did|does|do|will|must|should))\b", re.I)),
    ("definition", re.compile(r"^(what('s| is| are| does| do)(?! (we|you|they|i|us|our|your)\b)|define|explain|meaning of|"
                              r"what do we mean)\b", re.I)),  # not "what are we expected to baseline?"
    ("rule", re.compile(r"\b(should|must|need to|required|requirement|minimum|at least|allowed|can we|may)\b", re.I)),
)

_NOT_QUOTED_SECTIONS = re.compile(r"^(\d+\s+)?(references|footnotes|bibliography|endnotes|contents|table of contents)\b",
                                  re.I)
_CONTENTS = re.compile(r"^(\d+\s+)?(contents|table of contents)\b", re.I)
# A question about what the document cites ("which review does it reference", "who were the authors of …")
ABOUT_REFERENCES = re.compile(r"\b(referenc\w*|cites?|cited|citing|quotes?|quoted|authors?|written by|published by|"
                              r"footnotes?|which (national )?(review|report|study|survey|paper|act|plan|strategy)|"
                              r"signpost\w*|point(s|ed|ing)? (people |us |readers |you )?to|an? (good |real )?examples? "
                              r"(of|from)\b[^?]*\b(roadmap|document|report|it) (points?|refers?|gives?|mentions?))\b", re.I)
_CAPTION = re.compile(r"^(source|sources|adapted from|figure|fig\.|table|chart|see|note|ibid)\b[\s:.\d]", re.I)
_SEE = re.compile(r"^see\s+\S", re.I)  # a footnote that points the reader to an example
_BULLET = re.compile(r"^\s*(?:[-•➤*·]|\d+[.)])\s+")
_TAG = re.compile(r"<[^>]+>")
_ATTRIBUTION = re.compile(r"^(\[[A-Z][^\]\n]{1,60}\]|[–—]\s*[A-Z][^\n.]{1,60})$")  # "[World Health Organisation]", "— A Name"
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_WORD = re.compile(r"[A-Za-z0-9£%][\w£%'’.-]*")
_DIGIT = re.compile(r"\d")


_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]+(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][a-z]+)*)\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_COMMON_CAPITALS = frozenset("I A The What Which Who When Where How Why Is Are Can Could Should Does Do Our We My "
                             "Please And Or Yes No Ok".split())


# how the asker wants the answer said, which names nothing to look for
_HOW_TO_SAY = re.compile(r"\b(in )?plain[- ](English|Welsh)\b|\bin (the )?(Queen's|King's) English\b", re.I)


# "our CEO", "my line manager's FD", "the trustees at our Bootle Hub": what belongs to the asker, named in the situation
_OWNED = re.compile(r"\b(?i:our|my|your|their)\s+(own\s+|new\s+|old\s+)?([A-Z][\w&'’-]*)(\s+[A-Z][\w&'’-]*){0,3}")


SET_ASIDE = re.compile(r"\b(besides|apart from|other than|except(?: for)?|excluding|aside from|not counting|outside of)\b[^,;?]*",
                        re.I)


# the set-aside keywords, and figures in words ("the ten per cent minimum"), which are no content to look for
_SET_ASIDE_WORDS = ("besides apart other except excluding aside counting outside per cent percent one two three four five six "
                    "seven eight nine ten twenty thirty forty fifty sixty hundred")


def missing_names(question: str, passages: list[str], acronyms: frozenset[str] = frozenset()) -> list[str]:
    """Names (capitalised words after the first), years, measure codes and the sources' own acronyms the question
    asks about that no passage mentions.

    A question about "Devon County Council", "the weighting in 2030" or "charities in the UK" is not answered by
    passages that never say Devon, 2030 or UK, however close they are otherwise. ``acronyms`` are those the
    sources use somewhere (an acronym they never use may be the asker's own shorthand, so it is not judged).
    """
    text = " ".join(" ".join(passages).split()).lower()
    question = SET_ASIDE.sub(" ", question)  # "besides VSNW and VS6, which body …": those are not what is asked
    question = _OWNED.sub(" ", question)  # "our CEO keeps asking …": the asker's own people and things are not asked about
    question = _NAMED_FOR_TOWN.sub(" ", question)  # a place named for its town ("a contract at the Countess of Chester")
    question = _TOWN_NAMES.sub(" ", question)  # where the asker is ("over in Newton-le-Willows"): the area's figures answer
    question = _HOW_TO_SAY.sub(" ", question)  # "in plain English": how to answer, not what about
    wanted = [m.group(1) for m in _NAME.finditer(question) if m.group(1).split()[0] not in _COMMON_CAPITALS]
    wanted += [m.group(0) for m in _YEAR.finditer(question)]
    missing = []
    for name in dict.fromkeys(wanted):
        if all(part in TOWN_OF for part in name.lower().split(" and ")):
            # where the asker is ("a lunch club in Huyton", "in Huyton and Kirkby"): the area's figures answer
            continue
        words = [w for w in name.lower().split() if w not in ("and", "of", "the")]
        acronym = "".join(w[0] for w in words) if len(words) > 1 else ""
        if not all(re.search(rf"\b{re.escape(w)}", text) for w in words) and not (
                acronym and re.search(rf"\b{acronym}\b", text)):
            missing.append(name)
    for code in dict.fromkeys(measure_codes(question)):  # "NT17"
        if not re.search(rf"\b{code.lower()}\b", text):
            missing.append(code)
    for found in dict.fromkeys(ACRONYM.findall(question)):
        base = found.rstrip("s")
        if base in acronyms and not re.search(rf"\b{re.escape(base.lower())}s?\b", text):
            missing.append(found)
    return missing


_ABOUT_MEASURES = re.compile(r"\b(measures?|codes?|toms?|nt\d+\w?|metrics?|themes?|outcomes?|framework|kpis?|"
                             r"count(s|ed)?|record(ed)?|report(ed)?)\b", re.I)
_STATISTIC = re.compile(r"\b(rate|percentage|percent|proportion|how many|how much|number of|count of|level of|"
                        r"ranking|rank|ranked)\b|%", re.I)
# "for NT41, who decides the rate?", "whose rate is it?": a name is asked for, not a figure (not "people who …")
_WHOSE = re.compile(r"(^|[,;:?!.–-]\s*)\W*(who|whose|whom)\b|\baccording to (who|whom)\b", re.I)
_GENERIC = frozenset("what which how many much is are was were the a an of in on for to and or rate rates level levels "
                     "figure figures number numbers percentage percent share proportion latest current now today right "
                     "there does do did has have compare compared according roadmap sources say data stat stats "
                     "statistic statistics about tell me give avg average typical typically usual roughly approx "
                     "approximately round around here local locally total overall latest recent highest lowest worst "
                     "best most least borough boroughs area areas council councils residents people population "
                     "working age".split())  # "working-age residents in employment": employment is measured


_PLACES = tuple(sorted((*BOROUGHS, CITY_REGION, REGION), key=len, reverse=True))  # "Liverpool City Region" before "Liverpool"


_TOWN_NAMES = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(TOWN_OF, key=len, reverse=True)) + r")\b", re.I)
_NAMED_FOR_TOWN = re.compile(r"\b(?:[A-Z][a-z]+\s+)+of\s+(?:the\s+)?(?i:" + _TOWN_NAMES.pattern + ")")


def indicator_words(question: str, area: str | None) -> set[str]:
    """The words of a figure question that name what is measured ("unemployment"), without the area or framing."""
    text = question.lower()
    places = tuple(sorted((area, *_PLACES), key=len, reverse=True)) if area else _PLACES
    for place in places:  # a place named as where to look is not what is measured ("Liverpool City Region" whole)
        text = text.replace(place.lower(), " ")
    text = _TOWN_NAMES.sub(" ", text)  # nor is a town ("in Chester this weekend")
    words = {w for w in re.findall(r"[a-z]+", text) if w not in _GENERIC and len(w) > 2}
    for everyday, indicator in _EVERYDAY_INDICATORS:  # "folk … in work" asks for the employment rate
        if everyday.search(text):
            words |= set(indicator.split())
    return words


# what an indicator is called in everyday words ("folk on the Wirral in work": employment), so its row answers
_EVERYDAY_INDICATORS = [(re.compile(pattern, re.I), words) for pattern, words in (
    (r"\b(?<!not )(?<!out of )(in work|in a job|in jobs|in paid work|have (a )?jobs?|got (a )?jobs?|employed)\b", "employment"),
    (r"\b(out of work|jobless|unemployed|without (a )?(job|work)|looking for work)\b", "unemployment"),
    (r"(\bnot|n['’]t) (in work|working) (or|and|nor) (looking|seeking)|\b(inactive|neither working nor)\b", "inactivity"),
    (r"\b(poor|hard[- ]up|skint|low[- ]income|on the breadline|struggling financially)\b", "poverty income"),
    (r"\b(live to|lifespan|die younger|how long (people|residents|men|women|folk) live)\b", "life expectancy"),
    (r"\b(on benefits|universal credit|claiming)\b", "claimant"),
)]


_IRREGULAR = {"children": "child", "people": "person", "men": "man", "women": "woman", "kids": "child", "kid": "child"}


# "how many organisations have (actually) signed up …", "how many firms had made the pledge": a count of those who did
# something, which a sentence answers only if it says they did it
_COUNT_OF_DOERS = re.compile(r"\bhow many\b[^?]{0,60}?\b(have|has|had)\s+(?:(?:actually|already|now|so far|really|yet|"
                             r"officially|formally|all)\s+)*(?:been\s+)?(?P<verb>[a-z]{3,}(?:ed|en)|made|done|won|got|"
                             r"signed|joined|set|taken|given|gone)\b", re.I)


# verbs that say only that something is had ("how many have got the award?" is answered by "75 hold it")
_ANY_DOING = frozenset("got gotten had done made taken given gone been received won seen achieved gained earned".split())


def says_it_was_done(question: str, text: str) -> bool:
    """For "how many organisations have signed up?" (a count of those who did something), ``text`` says it was done:
    how many organisations there are is no answer. Judged on the question as asked, not on the one a follow-up
    resolves to."""
    done = _COUNT_OF_DOERS.search(question)
    return not done or done.group("verb").lower() in _ANY_DOING or _verb_said(done.group("verb"), text)


def _verb_said(verb: str, sentence: str) -> bool:
    """The sentence uses ``verb`` in some form ("signed" -> "sign", "signs", "signing", "signatories")."""
    root = re.sub(r"(ied|ed|en|e)$", "", verb.lower())[:5]
    return len(root) >= 3 and bool(re.search(rf"\b{re.escape(root)}", sentence, re.I))


def _stem(word: str) -> str:
    """A word's singular, for matching what is counted ("children" and "child poverty")."""
    return _IRREGULAR.get(word, word.rstrip("s"))


# an indicator that is a gap between two groups ("life expectancy gap between most and least deprived areas") answers
# only a question that compares; "male life expectancy in Halton?" asks for a level
_GAP = re.compile(r"\b(gap|difference|ratio)\b", re.I)
_ASKS_GAP = re.compile(r"\b(gap|difference)\b", re.I)  # a question about the gap between two groups


def answers_gap(question: str, fact: str) -> bool:
    """A question about the gap between two groups is answered only by a fact about a gap, not the level of one."""
    return not _ASKS_GAP.search(question) or bool(_GAP.search(fact))


_COMPARED = re.compile(r"\b(gap|differen\w*|differ|compar\w*|between|versus|vs|than|richest|poorest|wealthiest|most and "
                       r"least|deprived|inequalit\w*|split|ratio)\b", re.I)


def row_answers(indicator: str, wanted: set[str], question: str = "") -> bool:
    """A fact row answers the question when its indicator (or its value: "15% of households have an income under
    £15,000") shares a whole word with what was asked ('employment rate' does not answer 'unemployment rate'), a year, or an acronym the question spells out ('IMD 2025 rank' answers
    "Knowsley's position in the 2025 Index of Multiple Deprivation")."""
    have = {_stem(w) for w in re.findall(r"[a-z]+", indicator.lower())}
    if not wanted or have & {_stem(w) for w in wanted}:
        return True
    if question and set(_YEAR.findall(indicator)) & set(_YEAR.findall(question)):
        return True
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", question) if w.lower() not in ("of", "and", "the", "for"))
    return any(len(a) >= 2 and a.lower() in initials.lower() for a in re.findall(r"\b[A-Z]{2,}\b", indicator))


_HOW_MANY = re.compile(r"\bhow many\s+(?:more\s+|of\s+(?:the\s+)?)?((?:[a-z][\w&-]*\s*){1,3})", re.I)
_PHRASE_END = frozenset("are is was were do does did have has had will would can could in of on at for to from with by "
                        "there here live living get".split())
_HOW_MUCH_MONEY = re.compile(r"\bhow much\b(?=.*\b(money|spend|spent|spending|fund\w*|budget\w*|cost\w*|invest\w*|"
                             r"pa(y|id)|earmark\w*|grants?|worth|giv(e|es|en|ing)|gave|donat\w*|receiv\w*|award\w*)\b)",
                             re.I)
_MONEY = re.compile(r"£\s?\d|\d\s?(million|billion|bn|m)\b", re.I)
_ORDINAL = re.compile(r"\b\d+(st|nd|rd|th)\b", re.I)
_NUMBER_WORD = re.compile(r"\b(one(?! of\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                          r"fifty|hundred|thousand|million|billion|half|third|quarter|dozen)\b", re.I)
_NOT_A_SHARE = re.compile(r"\b(not|rather than|instead of|never mind|other than)\s+(just\s+)?(an?\s+|the\s+|as\s+a\s+)?"
                          r"(percentages?|per\s?cent|%|rates?|proportions?|shares?)", re.I)
_SHARE_FIGURE = re.compile(r"\d[\d.,]*\s*(%|per\s?cent\b)", re.I)
_AGES = re.compile(r"\b(under|over|aged?|age)\s+\d{1,3}(\s*(-|–|to|and)\s*\d{1,3})?(\s+and\s+(over|under))?\b", re.I)
_FIGURE_WANTED = re.compile(r"\bhow (many|much)\b|\bnumber of\b|\b(what|which)\s+(percentage|proportion|share|rate)\b", re.I)
_TIME_UNIT = re.compile(r"(weeks?|months?|years?|days?|hours?|minutes?|times?)\b", re.I)
_DURATION = re.compile(r"\b(\d+(\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)"
                       r"[\s-]+(weeks?|months?|years?|days?|hours?|minutes?)\b", re.I)
_ANY_COUNTED = frozenset("people persons residents individuals adults times ones there".split())


# "1 To set out why …", "b) Consistent application": an item's number or letter is no figure
_ENUMERATOR = re.compile(r"^\W*(\d{1,2}|[a-z])[.)]?\s+(?=[A-Z])")


def asks_statistic(question: str) -> bool:
    """The question asks for a figure ("how many …", "what rate …"), not which place has one or whose it is."""
    return bool(_STATISTIC.search(question) and not WHICH_PLACE.search(question) and not _WHOSE.search(question))


def answers_asked(question: str, text: str) -> bool:
    """``text`` gives what ``question`` asks for, as the composer's own filters judge a sentence: a time for "when", a
    name for "who", a month, a price or a time to come, and a count for "how many …" (not a figure in passing)."""
    if not (answers_who_when(question, text) and answers_asked_kind(question, text)):
        return False
    return not (_FIGURE_WANTED.search(question) and asks_statistic(question)) or answers_count(question, text)


def answers_count(question: str, sentence: str) -> bool:
    """A sentence gives what a statistic question asks for: a figure that is not a year ("by 2025" counts nothing) or
    an item's number; for "how much money …" a sum of money; for "how many CVSs …" a figure about CVSs (the counted
    word, or its singular, is in the sentence, unless it is as general as "people")."""
    sentence = _ENUMERATOR.sub("", sentence)
    sentence = _AGES.sub(" ", sentence)  # "children under 16", "aged 16-64": who is counted, not a count
    if _NOT_A_SHARE.search(question):  # "a headcount, not a percentage": a share (or a rank) answers no count
        sentence = _ORDINAL.sub(" ", _SHARE_FIGURE.sub(" ", sentence))
    counted = _HOW_MANY.search(question)
    if counted and not _TIME_UNIT.match(counted.group(1)):  # "how many firms have signed up?" is not answered by
        sentence = _DURATION.sub(" ", sentence)  # "a minimum six-week timescale": a length of time counts no firms
    found = [m.group(0) for m in figures(sentence) if not _YEAR.fullmatch(m.group(0).strip())]
    if not found and not _NUMBER_WORD.search(sentence) and not _ORDINAL.search(sentence):  # "five pieces", "68th"
        return False
    if _HOW_MUCH_MONEY.search(question) and not _MONEY.search(sentence):
        return False
    if counted:  # the counted noun phrase: "how many [local people] are …", "how many [CVSs] are there"
        phrase = []
        for word in counted.group(1).lower().split():
            if word in _PHRASE_END:
                break
            phrase.append(word)
        if phrase and not any(w in _ANY_COUNTED for w in phrase):
            said = {_stem(w) for w in re.findall(r"[a-z][\w&-]*", sentence.lower())}
            said |= {_stem(w) for w in re.findall(r"[a-z]+", sentence.lower())}  # "six-week" says "week"
            return any(_stem(w) in said or _stem(w.rstrip("s")) in said for w in phrase) \
                or _abbreviates(sentence, question[counted.start(1):])
    return True


def _abbreviates(sentence: str, counted: str) -> bool:
    """The sentence names what is counted ("voluntary, community and faith groups and social enterprises are there")
    by its acronym ("VCFSE organisations"): the acronym's letters are initials of the counted words, in order."""
    words = []
    for word in re.findall(r"[a-z][\w&-]*", counted.lower()):
        if word in _PHRASE_END:
            break
        if word not in ("and", "or", "the"):
            words.append(word)
    initials = "".join(w[0] for w in words)

    def within(acronym: str) -> bool:
        letters = iter(initials)
        return all(letter in letters for letter in acronym)

    return any(within(a.lower()) for a in re.findall(r"\b([A-Z]{3,})s?\b", sentence))


# "when did PPN 06/20 start applying?", "when's the next version coming out?": a time is asked for (not "when the
# roadmap says X, what does it mean?")
_WHEN_ASKED = re.compile(r"^\W*((so|and|but|ok)\W+)?(since when|by when|when|what year|which year|what date)"
                         r"(['’]s|['’]d|\s+(is|was|were|did|does|do|will|are|has|have))\b", re.I)
# a time: a year, a month, a date, a weekday, a time of day, a season or how often ("every Thursday afternoon")
_TIME = re.compile(r"\b(1[89]|20)\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
                   r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b\d{1,2}(:\d\d)?\s*(am|pm)\b"
                   r"|\b(morning|afternoon|evening|night|noon|midday|weekend|spring|summer|autumn|winter|daily|weekly|"
                   r"fortnightly|monthly|quarterly|annually|yearly|every|each (day|week|month|year)|term[- ]time)\w*\b",
                   re.I)
# "who wrote …", "who's the social value lead at …": a person or organisation is asked for
_WHO_ASKED = re.compile(r"^\W*((so|and|but|ok)\W+)?who\b(\s+(wrote|writes|published|publishes|chairs?|leads?|runs?|"
                        r"signed|signs|sponsored|sponsors|set up|founded|developed|launched|created|commissioned|funds?|"
                        r"funded)\b|(['’]s|\s+(is|are|was|were))\s+the\s+([\w-]+\s+){0,3}?(lead|leads|chair|head|"
                        r"contact|officer|manager|director|authors?|sponsors?|owner|person|people|team|champion|leaders|members|names|"
                        r"organisations|partners|interviewees|signatories)\b)",
                        re.I)
# a name: two or more capitalised words ("Ellen Loudon", "Local Government Association", "Institute of Health Equity")
_AREA_NAMES = frozenset(_PLACES)
_PROPER = re.compile(r"\b([A-Z][a-z]+(?:\s+(?:of\s+|and\s+|for\s+|the\s+)*[A-Z][a-z]+)+)\b")


# what else a question can name as the kind of thing it wants: a month, a price, a time still to come
_MONTH_ASKED = re.compile(r"\b(what|which) month\b", re.I)
_MONTH = re.compile(r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|"
                    r"nov(ember)?|dec(ember)?)\b", re.I)
_PRICE_ASKED = re.compile(r"\bhow much (does|do|is|will|would|are)\b[^?]{0,40}\b(cost|charge|fee|price|subscription|pay to|"
                          r"set (us|me) back)\w*|\b(fee|charge|cost|price)s?\b[^?]{0,80}\bhow much\b|\bis there (a|any) (fee|charge|cost)|\bhow much\b[^?]{0,15}"
                          r"\b(fee|charge|cost|price)s?\b|\bwhat (does|do|is) (it|the \w+( \w+)?) cost\b", re.I)
_PRICE = re.compile(r"£\s?\d|\b\d[\d,.]*\s?(pounds|p)\b|\bfree\b|\bno (fee|charge|cost)\b|\bfree of charge\b", re.I)
_FUTURE_ASKED = re.compile(r"\bwhen\b[^?]{0,60}\b(next|upcoming|going to|due to be|will (it |they |that |this )?be)\b|"
                           r"\bwhen will\b|\bnext (edition|refresh|review|update|round|version)\b[^?]{0,30}\bwhen\b"
                           # "is the framework going to add a measure next year?": a plan still to come
                           r"|^\W*(is|are|will)\b[^?]{0,80}\b(going to|planning to|plans to|due to)\b[^?]{0,80}"
                           r"\b(next (year|month|spring|summer|autumn|winter|edition|version)|in future|in the future)\b", re.I)
_HOW_OFTEN_ASKED = re.compile(r"\bhow (often|frequently)\b|\bhow many times (a|per|each|every)\b|\b(what|which) "
                              r"(frequency|interval)\b", re.I)
_FREQUENCY = re.compile(r"\b(daily|weekly|fortnightly|monthly|quarterly|annually|yearly|biannually|termly|every|each "
                        r"(day|week|month|quarter|year)|once|twice|per (day|week|month|quarter|year|annum)|a (day|week|month|"
                        r"quarter|year)|times a)\b|\b(annual|monthly|quarterly) (basis|review|report)", re.I)
_PAST_TIME = re.compile(rf"\b(was|were|had|\w+ed)\b[^.;]{{0,25}}{_YEAR.pattern}|\bsince {_YEAR.pattern}", re.I)


def answers_asked_kind(question: str, sentence: str) -> bool:
    """A sentence answers "what month …?" only with a month in it, "is there a fee, and how much?" only with a price,
    "how often …?" only with a frequency ("quarterly", "every year"), and "when is it next refreshed?" only with a
    time that is not one gone by ("was launched in 2017")."""
    if _MONTH_ASKED.search(question) and not _MONTH.search(sentence):
        return False
    if _PRICE_ASKED.search(question) and not _PRICE.search(sentence):
        return False
    if _HOW_OFTEN_ASKED.search(question) and not _FREQUENCY.search(sentence):  # "how often should suppliers report?"
        return False
    if _FUTURE_ASKED.search(question) and (not (_YEAR.search(sentence) or _MONTH.search(sentence))
                                           or _PAST_TIME.search(sentence)):
        return False
    if _DEADLINE_ASKED.search(question) and (not _DATE_SAID.search(sentence)
                                             or (_PAST_TIME.search(sentence) and not _BY_DATE.search(sentence))):
        return False  # "is there a deadline …? when does it close?" is answered by a date, not by a law of 2012
    if _THRESHOLD_ASKED.search(question) and not any(figures(_YEAR.sub(" ", sentence))):
        return False  # "is there a contract value below which …?" is answered by a value, not by a principle
    return True


_DEADLINE_ASKED = re.compile(r"\b(deadlines?|closing dates?|when (does|do|will|is)\b[^?]{0,40}\b(close|closing|due)|"
                             r"cut-?off dates?|due dates?|(apply|submit|register) by when)\b", re.I)
# a date: a year, a month by its name (not "decision" or "market"), or "14/3/33"
_DATE_SAID = re.compile(rf"{_YEAR.pattern}|{_MONTH.pattern}|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b", re.I)
# a time something is due by: "by 2025", "before 3 May", "by the 14th" (not "sparked by the 2012 Act", an agent)
_BY_DATE = re.compile(rf"\b(by|before|until|no later than|closes? on|close on)\s+(the\s+\d{{1,2}}(st|nd|rd|th)\b"
                      rf"|\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH.pattern}|{_MONTH.pattern}|{_YEAR.pattern})", re.I)
# a value a rule turns on: "is there a minimum contract value …", "a threshold above which …", "a cap on …"
_THRESHOLD_ASKED = re.compile(r"\b(below|under|above|over|beneath)\s+which\b|\b(is|are) there (a|an|any)\s+(minimum|maximum|"
                              r"min|max|threshold|cut-?off|cap|ceiling|floor|lower limit|upper limit|de minimis)\b", re.I)


# "which report is that from?", "who publishes it?": the source of a claim, which its passage's footnote or note gives
_SOURCE_WORDS = (r"(report|source|study|review|document|paper|survey|publication|research|data|dataset|organisation|body"
                 r"|website|site|newspaper)s?")
SOURCE_ASKED = re.compile("|".join([
    # "which report is that from?", "which paper ran it?", "which document said that?"
    rf"\b(which|what)( [\w'’]+){{0,2}} {_SOURCE_WORDS}\b[^?]{{0,40}}\b(from|based on|come from|cited?|referenc\w*|behind"
    r"|publish\w*|uses?|used|rel(y|ies|ied) on|draws? on"
    r"|produced|compiled|collected|(report(s|ed)|ran|printed|carried|said|says|stated|states|showed|shows|found|gave|gives)"
    r" (it|that|this|these|them))\b",
    r"\breferenced\b",
    r"\bwhose (data|figures?|numbers?|stats?|statistics|research|survey|report|paper|study|press release|release|article"
    r"|publication|bulletin|analysis)\b",
    r"\bwhere (was|were|is|are) (it|that|this|they|these|those) (published|reported|printed|released)\b",
    r"\bwho (actually |really |originally |first )?(publishes|published|produces|produced|compiles|compiled|collects"
    r"|collected|puts? out|released?|issued?|came up with|calculated|worked out)\b",
    # "where does the number about nearly 55,000 people in Sefton living in … come from?": the figure may be described
    r"\bwhere (does|did|do) (that|this|it|the \w+|these|they|those)\b[^?]{0,140}\bcome from\b",
    r"\bwhere (did|do|does) (you|they|it) (get|take|find) (that|this|it|these|those|the \w+)\b",
    # "where's the 62% of disabled residents in work figure from?"
    r"\bwhere(['’]s| is| are| was| were)\b[^?]{0,80}\b(figure|number|stat|statistic|data|claim|quote|rate)s?\b[^?]{0,60}"
    r"\bfrom\s*(\?|$)",  # (what comes after the question says why: "… from? Need to reference it properly")
    r"\b(source|citation|reference)s? (for|of|behind) (that|this|it|the)\b",
    r"\bwhat('s| is) (the|its|their) (source|citation|reference)\b",
    r"\bcite (it|that|this|the source)\b"]), re.I)


def answers_who_when(question: str, sentence: str) -> bool:
    """A sentence answers "when did …?" only with a time in it (a year, a month, a date), and "who wrote …?" only
    with a name in it that the question does not already give."""
    if _WHEN_ASKED.search(question):
        return bool(_TIME.search(sentence))
    if _WHO_ASKED.search(question) and not SOURCE_ASKED.search(question):
        asked = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
        return any(not {w.lower() for w in m.group(1).split()} <= asked | {"of", "and", "for", "the"}
                   and m.group(1) not in _AREA_NAMES  # a place is not a who
                   for m in _PROPER.finditer(sentence))
    return True


# "which borough has …": a place is asked for, the place named is where to look
WHICH_PLACE = re.compile(r"\bwhich (of (the|our|its|their) ([\w-]+ )?)?(borough|area|council|district|town|place|part|ward|"
                         r"authority|local authorit(y|ies)|bit|"
                         r"city|neighbourhood)s?\b", re.I)
# "which ward was worst?", "which bits of the borough …": a place within a borough is asked for
_WITHIN_ASKED = re.compile(r"\bwhich (of (the|our|its|their) ([\w-]+ )?)?(ward|part|bit|neighbourhood|estate|town|place)s?\b",
                           re.I)


def _names_a_place_within(sentence: str, question: str) -> bool:
    """The sentence names a place (a capitalised name) that is none of the region's areas and not in the question."""
    asked = question.lower()
    return any(m.group(1) not in _AREA_NAMES and m.group(1).lower() not in asked
               and not m.group(1).startswith(("In ", "The ", "England", "North West", "Great Britain"))
               for m in _PROPER.finditer(sentence))


def without_place(text: str, place: str) -> str:
    """``text`` without the place it names ("the unemployment rate in Knowsley" -> "the unemployment rate")."""
    return re.sub(rf"\b(in|for|of|at)?\s*{re.escape(place)}['’]?s?\b", " ", text, flags=re.I)


_APOSTROPHE_LEFT_OFF = re.compile(r"\b(what|who|where|how|that|there)s\b", re.I)  # chat's "whats", "thats"


def question_kind(question: str) -> str:
    """What the question asks for: ``list``, ``figure``, ``who-when``, ``definition``, ``rule`` or ``other``."""
    text = _APOSTROPHE_LEFT_OFF.sub(r"\1's", " ".join(question.split()))  # "whats a CVS?"
    if count_asked(text) is not None and not _KINDS[1][1].search(text):  # "in what two ways …": a list of two
        return "list"
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    asking = asking_sentences(split_sentences(text))
    if asking and asking[-1] != text:  # "I'm a bid writer … What is that number supposed to represent?": its question's
        return question_kind(asking[-1])
    return "other"


@dataclass
class Candidate:
    hit_index: int
    text: str
    bullet: bool
    position: int  # order within its passage
    items: tuple[str, ...] = ()  # for a sentence that introduces a list ("… three drivers:"), the list's items
    signature: bool = False  # "Dr A B (role) signs this foreword.": who signed the passage, for who-questions only
    heading: str = ""  # the sub-heading inside the passage that the sentence sits under ("Collaborative design …")

    def quoted(self) -> str:
        """The sentence as quoted: an introduction carries its list ("… drivers: A; B; and C.")."""
        if not self.items:
            return self.text
        items = [item.rstrip(" .;,") for item in self.items]
        last_and = len(items) > 1 and not re.match(r"(and|or)\b", items[-1], re.I)  # "…; and And for VCFSEs" once
        listed = "; ".join(items[:-1]) + ("; and " if last_and else "; " if len(items) > 1 else "") + items[-1]
        return f"{self.text.rstrip()} {listed}."


_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_EMPHASIS = re.compile(r"(?<![\w\\])[*_]{1,3}|[*_]{1,3}(?![\w])")


def plain_markdown(line: str) -> str:
    """A line of Markdown as plain text: emphasis marks gone, links as their address ("[url](url)" once, "[text](url)"
    as "text (url)"), escapes undone, and the underscores inside an address kept."""
    def link(match: re.Match[str]) -> str:
        text, url = match.group(1).replace("\\", ""), match.group(2).replace("\\", "")
        return url if text.strip() in ("", url) else f"{text} ({url})"

    line = _AUTOLINK.sub(r"\1", _LINK.sub(link, line))
    return _EMPHASIS.sub("", line).replace("\\_", "_").replace("\\*", "*").strip()


def _looks_like_heading(line: str) -> bool:
    return not line.rstrip().endswith((".", "!", "?", ":", ";", ")", "”", "\"")) and len(line.split()) <= 12


def words_in(text: str) -> int:
    return len(_WORD.findall(text))


_CONTINUATION = re.compile(r"^[a-z(,;–-]")
# Sentences that lean on the one before ("These measures are ...") say little on their own.
_DEPENDENT = re.compile(r"^(these|this|those|they|it|its|such|both|however|therefore|also|in addition)\b", re.I)


def quotable(text: str) -> bool:
    """A sentence that can stand as an answer: six words or more, starts as a sentence starts, and is not a
    question, caption or heading."""
    text = text.strip()
    return (words_in(text) >= MIN_WORDS and not text.endswith("?") and not _CAPTION.match(text)
            and not _CONTINUATION.match(text) and text.count("(") == text.count(")"))


_DEFINITION_FORMS = [re.compile(p, re.I) for p in (
    r"\bmean[st]? by (an? |the )?(?P<t>.+)$",  # "what do we mean by …", "what's meant by …"
    r"^(?P<t>.+?)\s*[-–:]\s*what (does|do|is) (it|that|this|the acronym)\b",
    r"what (does|do) (the )?(term |word |acronym |(letters|initials|abbreviation|acronym) (in|of) )?(?P<t>.+?) "
    r"(mean|stand for)\b",  # "what do the letters in TOMs stand for"
    r"^(can you )?(please )?(explain|define|describe) (what )?(an? |the )?(?P<t>.+)$",
    # "how would you sum up a social value economy in a sentence"
    rf"\b{_SUM_UP} (what )?(an? |the )?(?P<t>.+?) {_BRIEFLY}\b",
    r"what('s| is| are) (an? |the )?(?P<t>.+)$",
    r"meaning of (an? |the )?(?P<t>.+)$",
    rf"{_HOW_DEFINED} (an? |the )?(?P<t>.+)$",
    r"^(?P<t>[^-–:]+?)\s+(stands? for|is short for)\b",
)]
_TERM_TAIL = re.compile(r"\s+(in|under|within|for|according to|when|as|means?|is|are)\b.*$"
                        r"|\s+(exactly|actually|then|again|anyway|please|pls|precisely|really|though|simply|briefly)$", re.I)


_POINTING = re.compile(r"^(that|it|this|those|these|they|them)( one)?\b", re.I)
# "the F in VCFSE", "the letters C and M in 'C&M'": one or two capitals of an acronym (case-sensitive: "a bid in TOMs"
# is no letter)
_LETTER_OF = re.compile(r"(?:(?i:the|that|this)\s+)?(?:(?i:letters?|initials?|bit)\s+)?[A-Z](?:\s*(?:and|&|,)?\s*[A-Z])?\s+"
                        r"(?i:in|of)\s+(?:(?i:the)\s+)?(?P<acronym>[A-Z][A-Za-z&]*[A-Z]s?)\b")


def defined_term(question: str) -> str:
    """The term a definition question asks about ("what's a 'proxy value' in the TOM System?" -> "proxy value"; "loads
    of measures are in 'FTE'. what's that stand for?" -> "FTE", the term the pointing word stands for)."""
    text = re.sub(r"\b(what|that|it)['’]s\b", r"\1 is", _APOSTROPHE_LEFT_OFF.sub(r"\1's", question), flags=re.I)
    text = " ".join(re.sub(r"[?'‘’\"“”]", " ", text).split())
    for form in _DEFINITION_FORMS:
        found = form.search(text)
        if found:
            letter = _LETTER_OF.match(found.group("t"))  # "what does the F in VCFSE stand for": the acronym is asked about
            if letter:
                return letter.group("acronym")
            term = _TERM_TAIL.sub("", _TERM_TAIL.sub("", found.group("t"))).strip(" -–:,.")  # "… simply for my board"
            if _POINTING.match(term):
                named = quoted_phrases(question) or re.findall(r"\b[A-Z][A-Za-z]*[A-Z]+s?\b", question)
                return named[-1] if named else ""
            return term if 0 < len(term.split()) <= 5 else ""
    return ""


def definition_strength(sentence: str, term: str) -> int:
    """2: the sentence expands or names ``term`` ('... (VCFSE)', 'known as X', 'X means', 'we call this the X');
    1: it says what X is ('X is ...', 'X: ...'); 0: it does not define it."""
    t = re.escape(term).replace(r"\ ", r"\s+")
    if re.search(rf"\({t}s?\)|\b{t}s?\s*\(|\b{t}s?\b['’]?\s*(means|refers to|stands for)\b"
                 rf"|\b(call(ed)? (this|it|these)|known as) (the |a )?['‘]?{t}"
                 rf"|\b{t}s?['’”]?\s*[–—]\s*(the|a|an|i\.e\.|that is|namely)\b",  # "their ‘Sweet Spot’ – the ways in …"
                 sentence, re.I):
        return 2
    # the term is what the sentence is about ("The Social Value Economy is one in which …"), not a word inside it
    # ("The challenge of imagining a Social Value Economy is huge")
    if re.search(rf"^\W*(the |a |an |our |this )?{t}s?\b['’*_]*\s*(is|are|describes|[–:])", sentence, re.I | re.M):
        return 1
    return 0


def defines(sentence: str, term: str) -> bool:
    return definition_strength(sentence, term) > 0


_PERSON = re.compile(rf"^{PERSON_NAME}$")
_SIGNED_KINDS = {"forewords": "foreword", "foreword": "foreword", "preface": "preface", "introduction": "introduction",
                 "letter": "letter", "welcome": "welcome"}


def signature(lines: list[str], heading: str) -> str:
    """Who signs a passage that opens with a name and a role line ("Raj Jain" / "Chair of NHS Cheshire and
    Merseyside"), as a sentence: "Raj Jain (Chair of NHS Cheshire and Merseyside) signs this foreword."."""
    plain = [re.sub(r"[*_]{1,3}", "", line).strip() for line in lines[:2]]
    if len(plain) < 2 or not _PERSON.match(plain[0]):
        return ""
    role = plain[1]
    if role.endswith((".", "!", "?", ":")) or not 1 <= len(role.split()) <= 12:
        return ""
    noun = _SIGNED_KINDS.get(heading.lower().strip(), "passage")
    return f"{plain[0]} ({role}) signs this {noun}."


def _titled_bullet(line: str) -> bool:
    """A bullet that is only a title ("- Stakeholder interviews"), its description on the next line."""
    if not _BULLET.match(line):
        return False
    title = plain_markdown(_BULLET.sub("", line)).strip()
    return 1 <= len(title.split()) <= 4 and title[:1].isupper() and not title.endswith((".", "!", "?", ":", ";", ","))


BACK_REFERENCE = re.compile(r"^(\w+\s+){0,2}(this|these|it)\b", re.I)
# A sentence that goes on with the one before ("This sometimes belies a lack of understanding of …"): its reason or
# its consequence, which the sentence before does not give alone
_GOES_ON = re.compile(r"^(this|that|these)\s+((\w+ly|sometimes|often|also|still|then|always|never|in turn)\s+\w+|"
                      r"is|was|are|were|means|meant|can|may|might|has|have|leads?|led|results?|reflects?|belies|"
                      r"suggests?|shows?|creates?|makes?|gives?)\b|^(in other words|as a result|because of this|"
                      r"consequently|in turn)\b", re.I)


def candidates_of(hit: Hit, hit_index: int, references: bool = False) -> list[Candidate]:
    """The quotable sentences of one passage, in order, with list items marked.

    A contents page gives only its whole sentences (prose that shares the page: "The development of this roadmap
    has been supported by …"), never its entries; references and footnotes give nothing unless ``references`` (the
    question asks what the document cites)."""
    section = str(hit.metadata.get("section") or "")
    if _CONTENTS.match(section):
        return [c for c in candidates_of(replace(hit, metadata={**hit.metadata, "section": ""}), hit_index)
                if c.text.rstrip().endswith(".") and words_in(c.text) >= 8 and not c.text[:1].isdigit()]
    entries = bool(_NOT_QUOTED_SECTIONS.match(section))  # references, footnotes: each line an entry
    if entries and not references:
        return []
    lines: list[str] = []
    blank = False  # a blank line before: a new paragraph, not the line before's continuation
    for line in body_of(hit).splitlines():
        if not line.strip():
            blank = True
            continue
        if (lines and _CONTINUATION.match(line.strip()) and not _BULLET.match(line)
                and not lines[-1].rstrip().endswith((".", "!", "?", ":"))):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"  # a sentence broken over two lines
        elif lines and not blank and _ATTRIBUTION.match(line.strip()) and not _BULLET.match(line):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"  # a quotation's speaker on the line below it
        elif lines and not blank and _titled_bullet(lines[-1]) and not _BULLET.match(line) \
                and len(line.split()) >= 4 and not line.lstrip().startswith("#"):
            lines[-1] = f"{lines[-1].rstrip()}: {line.strip()}"  # "- **Workshops**" / "With interviewees to …"
        else:
            lines.append(line)
        blank = False
    if len(lines) > 2 and _PERSON.match(re.sub(r"[*_]{1,3}", "", lines[-2]).strip()) \
            and not lines[-1].rstrip().endswith((".", "!", "?")):
        lines = lines[:-2]  # the next passage's signatory ("Raj Jain" / "Chair of …"): not this passage's words
    pieces: list[tuple[str, bool, bool]] = []  # (sentence, in a bullet, first sentence of its line)
    headings: list[str] = []  # each piece's sub-heading within the passage
    section_parts = [part.strip() for part in section.split("›")]
    under = section_parts[-1] if len(section_parts) > 1 else ""  # "8.2 Public sector … › Collaborative design …"
    for number, raw in enumerate(lines):
        bullet = bool(_BULLET.match(raw))
        line = _TAG.sub(" ", _SCRIPT.sub(" ", raw))
        line = plain_markdown(_BULLET.sub("", line))
        if not line or (not bullet and _looks_like_heading(line) and number < len(lines) - 1
                        and not entries):  # (a reference is an entry, however short and capitalised)
            if line and line not in section:  # not the passage's own section, repeated
                under = line
            continue
        if hit.metadata.get("row") is not None:  # a CSV row: its sentences as the loader wrote them
            pieces.append((line, False, True))
            headings.append("")
            continue
        sentences = split_sentences(line)
        pieces.extend((sentence, bullet, n == 0) for n, sentence in enumerate(sentences))
        headings.extend([under] * len(sentences))
    if pieces and hit.metadata.get("cut_start"):
        pieces, headings = pieces[1:], headings[1:]  # began mid-sentence
    if pieces and hit.metadata.get("cut_end") and not pieces[-1][0].endswith((".", "!", "?")):
        pieces, headings = pieces[:-1], headings[:-1]  # ends mid-sentence
    out = []
    heading = str(hit.metadata.get("section") or "").split("›")[-1].strip()
    signed = signature(lines, heading)
    if signed:
        out.append(Candidate(hit_index, signed, False, -2, signature=True))
    if heading.endswith(":") and quotable(heading):  # the passage is the list its heading introduces
        lead_in = _items_after([(heading, False, True), *pieces], 0)
        if lead_in:
            out.append(Candidate(hit_index, heading, False, -1, lead_in))
    for position, (text, bullet, _) in enumerate(pieces):
        if quotable(text) or (references and _SEE.match(text) and words_in(text) >= MIN_WORDS):  # "See X's policy"
            out.append(Candidate(hit_index, text, bullet, position, _items_after(pieces, position),
                                 heading=headings[position]))
    return out


_NUMBER_WORDS = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), start=2)}
_UNITS = r"(weeks|months|years|days|hours|minutes|times|pounds|people|percent|per\s+cent)"
# "what three tests", "six key barriers": a count of things, not a quantity ("six weeks", "two years")
_COUNT_ASKED = re.compile(rf"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?!{_UNITS}\b)(?:\w+\s+){{0,2}}?\w+s\b",
                          re.I)


def count_asked(question: str) -> int | None:
    """How many things the question asks for ("what three tests …" -> 3), if it says."""
    found = _COUNT_ASKED.search(question)
    if not found:
        return None
    word = found.group(1).lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


MAX_ITEMS = 8
# A section heading that is one item of an enumerated list: "6.3 a) Lack of common purpose", "vi) Limited skills"
_ENUMERATED = re.compile(r"^(?:\d+(?:\.\d+)*\s+)?(?:\(?[a-z]\)|\(?[ivx]+\)|\d+\))\s+(?P<title>\S.*)$", re.I)


def _top_section(hit: Hit) -> str:
    return str(hit.metadata.get("section") or "").split("›")[0].strip()


def outline_items(hit: Hit, sentence: str, chunks: list[Hit], asked: int | None = None) -> list[tuple[str, Hit]]:
    """The items a sentence announces by count ("we have identified six key barriers") when the document sets them
    out one per section after it: the titles of the enumerated sections that follow ``hit``'s section in its
    source ("a) Lack of common purpose", "b) …"), each with the section's first chunk, or none when the count
    announced (or asked for) does not match the run of sections exactly."""
    count = count_asked(sentence) or asked
    if not count:
        return []
    source = hit.metadata.get("source")
    ordered = sorted((c for c in chunks if c.metadata.get("source") == source),
                     key=lambda c: (c.metadata.get("page") or 0, c.metadata.get("chunk") or 0))
    titles: list[str] = []
    for c in ordered:
        title = _top_section(c)
        if not titles or titles[-1] != title:
            titles.append(title)
    first = {}
    for c in ordered:
        first.setdefault(_top_section(c), c)
    here = _top_section(hit)
    if here not in titles:
        return []
    run: list[tuple[str, Hit]] = []
    for title in titles[titles.index(here) + 1:]:
        found = _ENUMERATED.match(title)
        if not found:
            break
        run.append((found.group("title").strip(), first[title]))
    return run if len(run) == count else []


def _items_after(pieces: list[tuple[str, bool, bool]], position: int) -> tuple[str, ...]:
    """The list a sentence ending in a colon introduces: the bullet points that follow it in its passage."""
    if not pieces[position][0].rstrip().endswith(":"):
        return ()
    items: list[str] = []
    for text, bullet, first in pieces[position + 1:]:
        if not bullet:
            break
        if items and not first:  # a bullet's second sentence belongs to its item
            items[-1] = f"{items[-1].rstrip(' .;,')}. {text}"
            continue
        if len(items) >= MAX_ITEMS:
            break
        items.append(text)
    return tuple(items) if len(items) >= 2 else ()


_FOCUS_STOP = frozenset("and but also what about how for the a an of to in on is are was be with or so then if it they "
                        "them that those this these their there do does can should would has have had been being one "
                        "ones any just still since now heard hear think thought someone told said ok okay yes".split())


def _focus_words(text: str) -> set[str]:
    """The content words of ``text`` by their stems ("replaced" is "replaces")."""
    return stems([w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _FOCUS_STOP and len(w) > 2])


def words_added(text: str, before: str) -> str:
    """The content words of ``text`` that ``before`` does not hold ("and fuel poverty there?" after "how many kids are
    in poverty …?" adds "fuel"), or ``text`` when it adds none."""
    had = _focus_words(before)
    added = [w for w in re.findall(r"[A-Za-z0-9]+", text) if (own := _focus_words(w)) and not own & had]
    return " ".join(added) or text


# what a list question asks for: "which [Marmot principles] does …", "what [key barriers] were …"
_ASKED_FOR = re.compile(r"\b(which|what)\s+(?P<what>(?:[\w'’-]+\s+){1,4}?)(are|were|do|does|did|should|must|can|has|have)\b",
                        re.I)


def _names_heading(asked_words: set[str], cand: Candidate) -> bool:
    """A list item under a sub-heading of two or more content words, every one of them in the question."""
    words = _focus_words(cand.heading) if cand.bullet and cand.heading else set()
    return len(words) >= 2 and words <= asked_words


def _same_words(a: str, b: str) -> float:
    """Share of the content words of ``a`` that ``b`` also has."""
    wa, wb = _focus_words(a), _focus_words(b)
    return len(wa & wb) / max(1, len(wa))


def _overlap(a: str, b: str) -> float:
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def _for_area(hit: Hit, area: str) -> bool:
    """The passage is about ``area``: its own rows, or for the region the region-wide documents too."""
    found = hit.metadata.get("area")
    return found == area or (area == REGION and found == EVERYWHERE)


_THIS_MEANS = re.compile(r"^(in (simple|other|practical) terms,?\s+)?this (means|is about|involves)\b", re.I)


def _explains_section(cand: Candidate, hit: Hit, term: str) -> bool:
    """"This means …" in a section titled with the term ("f) Supported capability building"): the section's own
    explanation of its title."""
    section = f"{hit.metadata.get('section') or ''} {cand.heading}".lower()
    return bool(_THIS_MEANS.match(cand.text)) and term.lower() in section


def _names_sector(section: str, sector: str) -> bool:
    """The section is that sector's own ("8.5 VCFSE organisations" for "VCFSE sector organisations")."""
    words = set(re.findall(r"[a-z]+", section.split("›")[0].lower()))
    return bool(words) and words <= set(sector.lower().split())


def signatory_before(hit: Hit, chunks: list[Hit]) -> tuple[str, Hit] | None:
    """Who signs the passage ``hit`` continues: the signature of the nearest earlier chunk of the same document and
    section (a foreword split into chunks names its writer in the first)."""
    source, section, number = hit.metadata.get("source"), hit.metadata.get("section"), hit.metadata.get("chunk")
    if section is None or not isinstance(number, int):
        return None
    before = sorted((c for c in chunks if c.metadata.get("source") == source and c.metadata.get("section") == section
                     and isinstance(c.metadata.get("chunk"), int) and c.metadata["chunk"] < number),
                    key=lambda c: -c.metadata["chunk"])
    for chunk in before:
        signed = [c for c in candidates_of(chunk, 0) if c.signature]
        if signed:
            return signed[0].text, chunk
    return None


_ASKS_CODES = re.compile(r"\b(measures?|codes?|toms?|nt\d+\w?)\b", re.I)


def addresses_sector(hit: Hit, sector: str) -> bool:
    """The passage is the sector's own section, or holds a line addressed to it ("For Private Sector organisations:")."""
    return _names_sector(str(hit.metadata.get("section") or ""), sector) or bool(_for_sector(sector).search(hit.text))


def _for_sector(sector: str) -> re.Pattern:
    """A sentence addressed to ``sector`` ("For Private Sector organisations: …")."""
    return re.compile(rf"^\W*for (the )?{re.escape(sector.split()[0])}( sector)? (organisations?|bodies)\b", re.I | re.M)


def _own_row(hit: Hit, area: str) -> bool:
    """A fact row (a CSV line) about ``area`` itself."""
    return hit.metadata.get("row") is not None and hit.metadata.get("area") == area


def _covering_row(hit: Hit, area: str) -> bool:
    """A fact row about a region ``area`` is part of (Cheshire and Merseyside; the Liverpool City Region for its six)."""
    found = hit.metadata.get("area")
    return hit.metadata.get("row") is not None and (
        found == REGION or (found == CITY_REGION and area in CITY_REGION_BOROUGHS))


def _asks_about_signatory(question: str, signed: str) -> bool:
    """The question names the person who signs ("what's Dr Ellen Loudon's role?"): their signature line answers."""
    name = signed.split(" (", 1)[0].split()
    return bool(name) and re.search(rf"\b{re.escape(name[-1])}\b", question, re.I) is not None


class Composer:
    """Builds the answer for the question's kind from the reranked passages, each point cited."""

    def __init__(self, reranker: Reranker, passages: int = 3, passage_weight: float = 0.5,
                 figure_bonus: float = 1.5, support_margin: float = 4.0, dependent_penalty: float = 3.0,
                 definition_bonus: float = 10.0, focus_bonus: float = 4.0, area_bonus: float = 2.0,
                 passage_margin: float = 8.0, count_bonus: float = 2.0, list_bonus: float = 0.5,
                 sector_bonus: float = 4.0) -> None:
        self.reranker = reranker
        self.passages = passages
        self.passage_weight = passage_weight
        self.figure_bonus = figure_bonus
        self.support_margin = support_margin
        self.dependent_penalty = dependent_penalty
        self.definition_bonus = definition_bonus
        self.focus_bonus = focus_bonus
        self.area_bonus = area_bonus
        self.passage_margin = passage_margin
        self.count_bonus = count_bonus
        self.list_bonus = list_bonus
        self.sector_bonus = sector_bonus

    @classmethod
    def from_settings(cls, reranker: Reranker, settings) -> "Composer":
        """A composer with the described weights of ``settings`` (``compose_*``)."""
        return cls(reranker, passages=settings.compose_passages, passage_weight=settings.compose_passage_weight,
                   figure_bonus=settings.compose_figure_bonus, definition_bonus=settings.compose_definition_bonus,
                   area_bonus=settings.compose_area_bonus, passage_margin=settings.compose_passage_margin,
                   count_bonus=settings.compose_count_bonus, list_bonus=settings.compose_list_bonus,
                   sector_bonus=settings.compose_sector_bonus)

    def rank(self, question: str, retrieval: Retrieval, kind: str, focus: str = "",
             area: str | None = None, passages: int | None = None, sector: str = "") -> list[tuple[Candidate, float]]:
        """Candidates of the best passages, scored by the cross-encoder with their passage's score as a prior;
        ``focus`` (a follow-up's own words) raises the sentences that say what the follow-up adds; ``sector`` (the
        asker's: "as a VCSE", "I'm a council commissioner") raises the passages of that sector's own section."""
        wanted = _focus_words(focus) if focus else set()
        prior_of = list(retrieval.scores) if retrieval.scores else [0.0] * len(retrieval.hits)
        if wanted:  # a follow-up: passages that say what it adds come first
            prior_of = [p + self.focus_bonus * len(wanted & _focus_words(h.text)) / len(wanted)
                        for p, h in zip(prior_of, retrieval.hits)]
        # once a passage: its sentences share it. A fact row is no sector's section, though its indicator may name one
        # ("VCFSE organisations"), and a who- or when-question is answered by a name or a date, not by what a sector
        # is asked to do
        in_sector = [bool(sector) and kind != "who-when" and h.metadata.get("row") is None
                     and _names_sector(str(h.metadata.get("section") or ""), sector) for h in retrieval.hits]
        if sector:
            prior_of = [p + self.sector_bonus * own for p, own in zip(prior_of, in_sector)]
        chosen = sorted(range(len(retrieval.hits)), key=lambda i: -prior_of[i])[
            : (passages or self.passages) + (2 if wanted else 0)]
        if retrieval.scores:  # a passage far below the best one is not a source for this answer
            top = max(prior_of)
            chosen = [i for i in chosen if prior_of[i] >= top - self.passage_margin]
        pool: list[Candidate] = []
        # (a reference answers a question about references, or about whose data or report a claim rests on)
        references = bool(ABOUT_REFERENCES.search(question) or SOURCE_ASKED.search(question))
        for index in chosen:
            pool.extend(c for c in candidates_of(retrieval.hits[index], index, references)
                        if not c.signature or kind == "who-when" or _asks_about_signatory(question, c.text))
        if not pool:
            return []
        contexts = []
        for cand in pool:
            section = retrieval.hits[cand.hit_index].metadata.get("section")
            # an introduction is scored on its own words, not its list (a long list would match anything), unless the
            # question asks for a list: then the list is what answers it
            said = cand.quoted() if kind == "list" else cand.text
            where = " › ".join(part for part in (str(section or ""), cand.heading)
                               if part and not (part == cand.heading and str(section).endswith(part)))
            contexts.append(f"{where}: {said}" if where and not said.startswith(where) else said)
        # "besides the 10% minimum, what does a response have to contain?": scored on what is asked, and a sentence
        # that only gives what is set aside is not the answer
        asked = " ".join(SET_ASIDE.sub(" ", question).split()) or question
        aside = {w for m in SET_ASIDE.finditer(question) for w in _focus_words(m.group(0))} - _focus_words(_SET_ASIDE_WORDS)
        if area:  # score what is asked, not the place: the place's own rows get a bonus instead
            asked = without_place(asked, area)
        scores = self.reranker.score(asked, contexts)
        if aside:
            scores -= self.dependent_penalty * np.array([len(aside & _focus_words(c.text)) >= len(aside) / 2
                                                         for c in pool], dtype=np.float32)
        prior = np.array([prior_of[c.hit_index] for c in pool], dtype=np.float32)
        total = scores + self.passage_weight * prior
        if area:
            total += self.area_bonus * np.array([_for_area(retrieval.hits[c.hit_index], area) for c in pool],
                                                dtype=np.float32)
        if sector:  # what the asker's sector is asked to do, before what everyone is
            total += self.sector_bonus / 2 * np.array([in_sector[c.hit_index] for c in pool], dtype=np.float32)
            if not _ASKS_CODES.search(question):  # "For private sector organisations: baseline …", a row of a table
                own = _for_sector(sector)  # by sector, says what it is asked to do (not which measure tracks it)
                total += self.sector_bonus / 2 * np.array([bool(own.match(c.quoted())) for c in pool], dtype=np.float32)
        if kind == "figure":
            total += self.figure_bonus * np.array([bool(_DIGIT.search(_ENUMERATOR.sub("", c.quoted()))) for c in pool],
                                                  dtype=np.float32)
        if wanted:  # what the follow-up adds, scored on its own too
            total += self.reranker.score(focus, contexts)
            # and the words it adds to the question before ("… the Charter? and the award - how many orgs have got
            # that one?": "award") raise the sentences that have them
            said = Counter(stem_words(re.findall(r"[a-z0-9]+", question.lower())))
            new = {w for w in wanted if said[w] == 1}  # in the question once: the follow-up's, not the question's before
            has = [_focus_words(c.text) for c in pool]
            new = {w for w in new if sum(w in h for h in has) <= len(pool) / 3}  # that tell sentences apart
            if new:
                total += self.focus_bonus * np.array([len(new & h) / len(new) for h in has], dtype=np.float32)
        if kind == "definition" and (term := defined_term(question)):
            total += self.definition_bonus / 2 * np.array(
                [max(definition_strength(c.text, term), 2 * _explains_section(c, retrieval.hits[c.hit_index], term))
                 for c in pool], dtype=np.float32)
        total -= self.dependent_penalty * np.array([bool(_DEPENDENT.match(c.text)) for c in pool], dtype=np.float32)
        if kind not in ("figure", "who-when"):  # a sentence with the list it introduces is a whole answer
            total += self.list_bonus * np.array([bool(c.items) for c in pool], dtype=np.float32)
        asked_for = _ASKED_FOR.search(question) if kind == "list" else None
        if asked_for:  # "which Marmot principles …?": the items under the heading the question asks for are the list
            asked_words = _focus_words(asked_for.group("what"))
            total += self.count_bonus * np.array([_names_heading(asked_words, c) for c in pool], dtype=np.float32)
        if (wanted_count := count_asked(question)) is not None:  # "what three tests": a list of three
            total += self.count_bonus * np.array([len(c.items) == wanted_count for c in pool], dtype=np.float32)
        order = np.argsort(-total)
        return [(pool[int(i)], float(total[int(i)])) for i in order]

    def compose(self, question: str, retrieval: Retrieval, kind: str, focus: str = "",
                area: str | None = None, chunks: list[Hit] | None = None,
                sector: str = "", quoted: list[str] | None = None) -> tuple[str, list, list[Candidate]]:
        """(answer text with markers, citations, the points used); empty text when nothing is quotable.

        ``chunks`` (every chunk of the store, when the caller has them) let a list question be answered by the
        headings of the sections a sentence announces ("six key barriers" set out one per section)."""
        ranked = self._usable(question, retrieval, kind, area,
                              self.rank(question, retrieval, kind, focus, area, sector=sector), focus)
        if not ranked and _STATISTIC.search(question) and len(retrieval.hits) > self.passages:
            # no sentence of the best passages gives a figure: the figure may be in a passage ranked a little lower
            ranked = self._usable(question, retrieval, kind, area, self.rank(
                question, retrieval, kind, focus, area, passages=len(retrieval.hits), sector=sector), focus)
        if not ranked:
            return "", [], []
        lead, lead_score = ranked[0]
        announced: list[tuple[str, Hit]] = []
        if kind == "list" and not lead.items and chunks:
            # a list asked for: of the sentences close to the best, the one that carries the list ("six key shifts",
            # set out one section each) leads, not one that only mentions them ("Enacting the six shifts …")
            asked_count = count_asked(question)
            for cand, score in ranked[:4]:
                if score < lead_score - self.support_margin and asked_count is None:
                    break  # (the count asked for, announced and set out section by section, is answer enough)
                announced = outline_items(retrieval.hits[cand.hit_index], cand.text, chunks, asked_count)
                if announced:
                    lead, lead_score = cand, score
                    break
        if kind not in ("figure", "who-when") and not lead.items and not announced:  # the best are items of one list:
            top = {c.text for c, _ in ranked[:3]}  # the list, with the sentence that introduces it, is the answer
            intro = next(((c, s) for c, s in ranked  # (a best that is an item of another list keeps its own place)
                          if c.items and (not lead.bullet or any(lead.text in item for item in c.items))
                          and sum(any(t in item for item in c.items) for t in top) >= 2), None)
            if intro is not None:
                lead, lead_score = intro
        if retrieval.hits[lead.hit_index].metadata.get("row") is not None:  # a fact row restating a document:
            same = [(_same_words(lead.text, cand.text), cand, score) for cand, score in ranked[1:]  # cite its page
                    if score >= lead_score - self.support_margin
                    and retrieval.hits[cand.hit_index].metadata.get("row") is None
                    and retrieval.hits[cand.hit_index].metadata.get("page") is not None]
            best = max(same, key=lambda item: item[0], default=None)
            if best is not None and best[0] >= 0.6:
                lead, lead_score = best[1], best[2]
        points = [lead]
        if retrieval.hits[lead.hit_index].metadata.get("row") is not None and lead.position > 0 \
                and not any(figures(lead.text.split("): ", 1)[-1])):
            # a fact row's note with no figure of its own ("2nd highest share in England") says nothing without the
            # row's figure, which leads (a note that gives one, "31.7% in Winsford Over and Verdin", stands)
            points = [c for c, _ in ranked if c.hit_index == lead.hit_index and c.position == 0][:1] + points
        if BACK_REFERENCE.match(lead.text):  # "We call this the 'proxy value'": say what "this" is
            before = [c for c, _ in ranked if c.hit_index == lead.hit_index and c.position == lead.position - 1]
            points = before + points
        quoted = [q.lower() for q in (quoted if quoted is not None else quoted_phrases(question))]
        if kind != "list" and retrieval.hits[lead.hit_index].metadata.get("row") is None \
                and any(q in lead.text.lower() for q in quoted):
            # the lead holds the words the asker quotes ("'needs to grow up' - what does he mean?"): they have read
            # that much, so the sentence after it, which says more, comes too
            said = lead.quoted()
            after = sorted((c for c, _ in ranked if c.hit_index == lead.hit_index and c.position > lead.position
                            and c.text not in said and not c.text.rstrip().endswith(":")), key=lambda c: c.position)
            points += after[:1]
        elif kind not in ("figure", "who-when"):
            going_on = [c for c, _ in ranked if c.hit_index == lead.hit_index and c.position == lead.position + 1
                        and _GOES_ON.match(c.text) and (c.items or not c.text.rstrip().endswith(":"))]
            points += going_on[:1]
        signed_by: tuple[str, Hit] | None = None
        if kind == "who-when" and not lead.signature:  # "which of the foreword writers said …?": what was said, then
            signed = [c for c, _ in ranked if c.signature and c.hit_index == lead.hit_index]  # who signs its passage
            points += signed[:1]
            if not signed and chunks:  # the passage goes on from one that opens with its signatory
                signed_by = signatory_before(retrieval.hits[lead.hit_index], chunks)
        if kind == "list" and not lead.items:  # an introduction already carries its whole list
            points.extend(self._list_points(lead, lead_score, ranked))
            if all(p.hit_index == lead.hit_index for p in points):
                points.sort(key=lambda p: p.position)  # one passage's list reads in its own order
        elif lead.bullet and lead.heading and kind not in ("figure", "who-when", "definition"):
            points.extend(self._under_heading(lead, lead_score, ranked))  # the bullets of its sub-heading answer too
            points.sort(key=lambda p: p.position)
        pieces = [(p.quoted(), [retrieval.hits[p.hit_index]]) for p in points]
        if announced:  # the items are the headings of the sections that follow: the lead and those headings
            titles = "; ".join(title for title, _ in announced)
            pieces = [pieces[points.index(lead)], (f"They are: {titles}", [hit for _, hit in announced])]
            points = [lead]
        if signed_by is not None:
            pieces.append((signed_by[0], [signed_by[1]]))
        text, citations = compose_cited(pieces)
        return text, citations, points

    @staticmethod
    def _usable(question: str, retrieval: Retrieval, kind: str, area: str | None,
                ranked: list[tuple[Candidate, float]], focus: str = "") -> list[tuple[Candidate, float]]:
        """The ranked candidates that can answer this question at all (``focus``: what a follow-up adds to it)."""
        added = _focus_words(focus) if focus else set()
        term = defined_term(question) if kind == "definition" else ""
        if not _ABOUT_MEASURES.search(question):  # a catalogue row answers questions about measures only, or
            ranked = [(c, s) for c, s in ranked  # spells out the term a definition question asks about ("(NEETs)")
                      if (retrieval.hits[c.hit_index].metadata.get("kind") != "measures" and not measure_codes(c.text))
                      or (term and definition_strength(c.text, term) == 2)]
        named = set(measure_codes(question))
        if named and any(named & set(measure_codes(c.text)) for c, _ in ranked):
            # "NT41 says 'relevant Real Living wage' - relevant according to whom?": the named code's row, not another's
            ranked = [(c, s) for c, s in ranked if not measure_codes(c.text) or named & set(measure_codes(c.text))]
        # a time for "when", a name for "who wrote" or "who were the leaders", a month, a price or a time to come,
        # whatever else the question asks
        ranked = [(c, s) for c, s in ranked
                  if answers_who_when(question, c.quoted()) and answers_asked_kind(question, c.quoted())]
        if asks_statistic(question):
            # a statistic is answered by a sentence that gives one; "which borough has the highest rate …" by the
            # place that has it, and "whose rate is it?" by who sets it
            ranked = [(c, s) for c, s in ranked if answers_count(question, c.quoted())
                      # "how many kids are in poverty …? and fuel poverty there?": what is counted is the follow-up's
                      or (added and added <= _focus_words(c.text) and answers_count(focus, c.quoted()))]
        if ranked:  # a fact row answers only for the indicator asked about
            wanted = indicator_words(question, area)
            ranked = [(c, s) for c, s in ranked
                      if "indicator" not in retrieval.hits[c.hit_index].metadata
                      or (row_answers(f'{retrieval.hits[c.hit_index].metadata["indicator"]} {c.text}', wanted, question)
                          and (not _GAP.search(str(retrieval.hits[c.hit_index].metadata["indicator"]))
                               or _COMPARED.search(question))
                          # and "the gap between …" is not answered by the level of one group
                          and answers_gap(question, f'{retrieval.hits[c.hit_index].metadata["indicator"]} {c.text}'))]
        if WHICH_PLACE.search(question) and any(retrieval.hits[c.hit_index].metadata.get("row") is not None
                                                for c, _ in ranked):
            # "which of the nine boroughs has the most …" (a question about figures): a place of the region answers,
            ranked = [(c, s) for c, s in ranked  # not the region's own total
                      if (retrieval.hits[c.hit_index].metadata.get("area") in BOROUGHS)
                      or (retrieval.hits[c.hit_index].metadata.get("row") is None
                          and any(b in c.text for b in BOROUGHS))]
            if _WITHIN_ASKED.search(question):  # "which ward was worst?": a sentence naming a place within the area first
                ranked = sorted(ranked, key=lambda cs: not _names_a_place_within(cs[0].text, question))
        if area and any(_own_row(retrieval.hits[c.hit_index], area) for c, _ in ranked):
            # the place asked about has a figure on this: no other place's row comes before it
            ranked = [(c, s) for c, s in ranked if retrieval.hits[c.hit_index].metadata.get("row") is None
                      or _own_row(retrieval.hits[c.hit_index], area)]
        elif area in BOROUGHS and any(_covering_row(retrieval.hits[c.hit_index], area) for c, _ in ranked):
            # none of its own: the figure for a region it is part of stands for it, not a neighbour's
            ranked = [(c, s) for c, s in ranked if retrieval.hits[c.hit_index].metadata.get("row") is None
                      or _covering_row(retrieval.hits[c.hit_index], area)]
        return ranked

    def _under_heading(self, lead: Candidate, lead_score: float,
                       ranked: list[tuple[Candidate, float]]) -> list[Candidate]:
        """The lead bullet's siblings under the same sub-heading of its passage that score near it, in order."""
        siblings = [c for c, score in ranked if c.hit_index == lead.hit_index and c.bullet and c is not lead
                    and c.heading == lead.heading and score >= lead_score - self.support_margin]
        return sorted(siblings, key=lambda c: c.position)[: MAX_LIST_ITEMS - 1]

    def _list_points(self, lead: Candidate, lead_score: float, ranked: list[tuple[Candidate, float]]) -> list[Candidate]:
        """The rest of the list: the lead's sibling list items in their order, else the next-best sentences."""
        siblings = [c for c, _ in ranked if c.hit_index == lead.hit_index and c.bullet and c is not lead]
        if lead.bullet and siblings:
            # the items of the lead's own list (under its heading) are one answer: all of them, up to MAX_LIST_ITEMS
            # (the six Marmot principles); others of the passage fill in up to MAX_POINTS
            own = [c for c in siblings if c.heading == lead.heading] if lead.heading else []
            if len(own) >= MAX_POINTS - 1:
                return sorted(own, key=lambda c: c.position)[: MAX_LIST_ITEMS - 1]
            chosen = sorted(siblings, key=lambda c: c.position)[: MAX_POINTS - 1]
            return chosen
        chosen: list[Candidate] = []
        for cand, score in ranked[1:]:
            if score < lead_score - self.support_margin or len(chosen) >= MAX_POINTS - 1:
                break
            if any(_overlap(cand.text, c.text) > 0.6 for c in [lead, *chosen]):
                continue
            chosen.append(cand)
        return chosen
