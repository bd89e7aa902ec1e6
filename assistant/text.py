"""The one home of text rules: sentences, words, tokens, figures and measure codes.

Every module that splits sentences, counts words, finds a figure or a measure code calls these, so the answer
checker, the section writer, the reviewer and the quoting all agree on what a sentence, a figure and a code are.

Sentences are split by a regular expression rather than a sentence-boundary library: measured on the shipped
roadmap, pysbd 0.3.4 took 1.9 s against 1 ms for this rule, split "The No. of jobs" after "No.", and split
Markdown bold ("**…**") into sentences of its own; this rule keeps "e.g.", "i.e.", "No.", "p. 43", "Dr." and
"£1.2m" inside their sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

# --- sentences -----------------------------------------------------------------------------------------------
# Abbreviations after which a full stop does not end a sentence (Python's look-behinds must be fixed-width,
# so one per abbreviation).
_ABBREVIATIONS = ("e.g.", "i.e.", "eg.", "ie.", "cf.", "vs.", "No.", "no.", "Nos.", "p.", "pp.", "para.", "Dr.",
                  "Mr.", "Mrs.", "Ms.", "St.", "Cllr.", "approx.", "incl.")
_NOT_AFTER = "".join(rf"(?<!\b{re.escape(a)})" for a in _ABBREVIATIONS)
# A sentence ends at . ! or ? (a closing quote or bracket after it stays with it) before a space and a capital,
# digit, £ or opening quote.
SENTENCE_END = re.compile(rf"(?:(?<=[.!?]){_NOT_AFTER}|(?<=[.!?][\"'”’)]))\s+(?=[A-Z0-9“\"'(£])")
_LINE_BREAK = re.compile(r"\n+")


def split_sentences(text: str, *, lines: bool = False) -> list[str]:
    """Sentences of ``text``, stripped, empty ones dropped; with ``lines`` a line break also ends a sentence."""
    parts = _LINE_BREAK.split(text) if lines else [text]
    return [s.strip() for part in parts for s in SENTENCE_END.split(part) if s.strip()]


# --- words and tokens ----------------------------------------------------------------------------------------
_WORD = re.compile(r"[£\w][\w'’,.%-]*")  # words as a reader counts them: not "|", "---" or "##"
TOKEN_ENCODING = "cl100k_base"


def count_words(text: str) -> int:
    """Words as a reader counts them; the one count for word budgets in sections, drafts and reviews."""
    return len(_WORD.findall(text))


_CONTENT = re.compile(r"[a-z][a-z'’-]{2,}")
_STOPWORDS = frozenset(
    "the and for with our all any are was were will shall must can may has have had this that these those its their "
    "them they from into onto than then who whom which what when where why how not but per each every least most "
    "more less also such very you your his her she him provider supplier contractor bidder".split()
)


def content_words(text: str) -> set[str]:
    """The lower-cased words of ``text`` that carry its content (three letters or more, not a stopword, plurals as
    singulars): what two texts share when they say the same thing."""
    words = set()
    for word in _CONTENT.findall(text.lower()):
        if word in _STOPWORDS:
            continue
        if word.endswith(("sses", "shes", "ches", "xes")):
            word = word[:-2]
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        words.add(word)
    return words


@lru_cache(maxsize=1)
def _encoding():
    import tiktoken

    from assistant.offline import ensure_tiktoken_offline

    ensure_tiktoken_offline()
    return tiktoken.get_encoding(TOKEN_ENCODING)


def count_tokens(text: str) -> int:
    """Tokens of ``text`` in cl100k_base, the budget unit of chunks and prompts (offline)."""
    return len(_encoding().encode(text, disallowed_special=()))


# --- measure codes -------------------------------------------------------------------------------------------
# A TOMs measure code as written in text: NT1 to NT90 with an optional letter, or C19-18; a trailing "*" (the
# framework's footnote mark) is allowed but not part of the code.
# A person's name as a document sets it to sign a passage: "Dr Ellen Loudon", "Raj Jain"
PERSON_NAME = (r"(?:(?:Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Mr|Mrs|Ms|Mx)\.?\s+)?"
               r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}")
CODE = re.compile(r"\b(NT\d+[a-z]?|C19-18)\b\*?", re.IGNORECASE)
_CODE_ALONE = re.compile(r"^\s*(NT\d+[a-z]?|C19-18)\s*\*?\s*$", re.IGNORECASE)


def measure_codes(text: str) -> list[str]:
    """The measure codes written in ``text``, upper-cased, in order (repeats kept)."""
    return [code.upper() for code in CODE.findall(text)]


def without_codes(text: str, replacement: str = " ") -> str:
    """``text`` with its measure codes replaced (so "NT14" is not read as the figure 14)."""
    return CODE.sub(replacement, text)


def code_shape(text: str | None) -> str | None:
    """The code when ``text`` is a measure code and nothing else ("nt14*" -> "NT14"), else None."""
    match = _CODE_ALONE.match(text or "")
    return match.group(1).upper() if match else None


# --- figures -------------------------------------------------------------------------------------------------
# A figure: an amount of money (with its k/m/bn/million/billion), a percentage, or a bare number. Measure codes
# are not figures: call figures() or take them out with without_codes() first.
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
FIGURE = re.compile(rf"£\s?{_NUMBER}(?:\s?(?:k|m|bn|million|billion)\b)?|{_NUMBER}\s?%|\b{_NUMBER}\b", re.IGNORECASE)
_BARE = re.compile(rf"{_NUMBER}")
_MULTIPLIERS = {"million": "m", "billion": "bn", "thousand": "k"}


def figures(text: str) -> list[re.Match[str]]:
    """The figures in ``text`` (measure codes skipped), as matches against ``without_codes(text)``."""
    return list(FIGURE.finditer(without_codes(text)))


def is_bare_number(figure: str) -> bool:
    """Whether ``figure`` is a number with no £ or % ("1,200" yes, "£1,200" and "12%" no)."""
    return _BARE.fullmatch(figure.strip()) is not None


def figure_key(figure: str) -> str:
    """A figure in a form that compares equal however it is written: "£1,200 " -> "£1200", "£2 million" -> "£2m",
    "5 %" -> "5" (a percentage and its number are the same figure)."""
    key = figure.replace(",", "").replace(" ", "").lower().rstrip("%")
    for word, short in _MULTIPLIERS.items():
        key = key.replace(word, short)
    return key


def figure_keys(text: str) -> set[str]:
    """The keys (:func:`figure_key`) of every figure in ``text``."""
    return {figure_key(m.group(0)) for m in figures(text)}


_ASKED = re.compile(r"\?[\"'”’)]*\s*$")
# a name after a sentence's first word ("the ICP Social Value Charter"), a code or a quoted term
_NAMES_SOMETHING = re.compile(r"(?<!^)(?<!^\W)\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b|\s[A-Z][a-z]+\s+[A-Z][a-z]+|['‘\"“][^'’\"”]{3,60}['’\"”]")
_CHAT_QUESTION_END = re.compile(r"(?<=\?)\s+(?=[a-z])")  # chat leaves the next sentence's capital off
# what any question asks with, naming no subject ("what's the actual figure?", "any idea of the exact number?")
_ASKING_WORDS = re.compile(r"\b(what|which|who|where|when|why|how|is|are|was|were|do|does|did|can|could|would|should|"
                           r"will|the|a|an|any|some|of|for|on|in|to|it|me|us|you|i|we|there|here|s|actual|actually|exact|"
                           r"real|rough|roughly|ballpark|latest|current|official|precise|figures?|numbers?|stats?|"
                           r"statistics?|data|answer|idea|source|please|pls|thanks|know|tell|give|say|said|says|got|have|"
                           r"has|that|then|so|ok|okay|mean|means)\b", re.I)
_SUBJECT_WORD = re.compile(r"[A-Za-z£%]{3,}|\d")
_REFERS_BACK = re.compile(r"\b(it|its|this|that|these|those|they|them|their|such)\b", re.I)


def chat_sentences(message: str) -> list[str]:
    """The sentences of a chat message, a question typed without the next sentence's capital ending one too ("…the TOM
    System? need a one-liner")."""
    return [s.strip() for sentence in SENTENCE_END.split(" ".join(message.split()))
            for s in _CHAT_QUESTION_END.split(sentence) if s.strip()]


def asked_part(message: str) -> str:
    """The question in a message that also says why it is asked ("Got a figure for child poverty on the Wirral?
    Writing a bid for a family support service."): its sentences that end in "?", or the whole message when none
    does or all do. Context sentences lower a cross-encoder's score of the passage that answers (measured: 5.1 to
    0.4 logits on that example), so retrieval asks the question alone."""
    sentences = chat_sentences(message)
    asked = [s for s in sentences if _ASKED.search(s)]
    if not asked or len(asked) == len(sentences) or any(_REFERS_BACK.search(s) for s in asked) \
            or not any(_SUBJECT_WORD.search(_ASKING_WORDS.sub(" ", s)) for s in asked):
        # "…commitment. What does it ask of councils?", "… women in Kirkby have the worst life expectancy. What's the
        # actual figure?": the question needs its context
        return message.strip()
    first = sentences.index(asked[0])
    # a sentence before the question that names what it is about ("Trustee asked me what the ICP Charter is. What do
    # signatories commit to?") stays; one that only says why it is asked does not
    named = [s for s in sentences[:first] if _NAMES_SOMETHING.search(s)]
    return " ".join(named + asked)


# An apology or greeting before the question ("sorry if this is a daft one but what is …?", "Quick question: which
# …?", "hi all, how long …?"): it says nothing about what is asked, and hides the question's own first word
_LEAD_IN = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?:(?:hi|hello|hiya|hey|morning|afternoon|evening)(?:\s+(?:all|there|team|folks|everyone))?"
    r"\s*[,!.:–—-]+\s*)?"
    r"(?:(?:sorry|apologies|forgive me|excuse me)\b[^?.!]{0,80}?(?:,?\s+but|[,:;–—-])\s+"
    r"|(?:a\s+)?(?:quick|silly|daft|dumb|stupid|basic|simple|obvious|newbie|beginner['’]?s?)\s+(?:one|question|q)"
    r"(?:\s+(?:here|for you|probably))?\s*(?:[,:;!?–—-]+|\s+but)\s*(?:but\s+)?"
    r"|(?:hi|hello|hiya|hey)(?:\s+(?:all|there|team|folks|everyone))?\s*[,!.:–—-]+\s*)"
    r"(?=(?:what|which|who|where|when|why|how|is|are|does|do|did|can|could|would|should|will|has|have)\b)", re.I)


def without_lead_in(message: str) -> str:
    """``message`` without an apology or greeting that opens a question ("sorry if this is a daft one but what is a
    CVS?" -> "what is a CVS?")."""
    message = _THANKS.sub("", message, count=1).strip() or message  # "cheers. and what if …?" follows up
    return _LEAD_IN.sub("", message).strip() or message


# thanks for the answer before, ahead of the next question ("cheers. and what if instead it's …?")
_THANKS = re.compile(r"^\s*(?:(?:ok(?:ay)?|right|great|brilliant|perfect|lovely|super|nice one|cheers|thanks|thank you|ta|"
                     r"many thanks|that['’]?s (?:great|helpful|useful|brilliant))(?:\s+(?:very much|so much|for that|for this|"
                     r"mate|a lot|again))?[,!.:;–—-]+\s*)+(?=\S+\s+\S+\s+\S+)", re.I)


def asking_sentences(sentences: list[str]) -> list[str]:
    """The ``sentences`` that ask: those ending in "?" (or "?)")."""
    return [s for s in sentences if s.rstrip(" )").endswith("?")]


def last_question(message: str) -> str | None:
    """The question of a message of two or more sentences without the situation it opens with: its last sentence
    that asks (ends in "?", or its last sentence) when that is six words or more; but the message less its first
    sentence when there are three or more and the last is short or points back ("Hi, I run a lunch club. People keep
    saying 'joint programmes'. What does that mean? Any examples?"). None for a message of one sentence."""
    sentences = [clause for sentence in split_sentences(" ".join(message.split()))
                 for typed in _lower_case_sentences(sentence) for clause in _dash_clauses(typed)]
    if len(sentences) < 2:
        return None
    asked = asking_sentences(sentences)
    last = (asked or sentences)[-1]
    if len(sentences) >= 3 and (len(last.split()) < 6 or _POINTS_BACK.search(last)):
        return " ".join(sentences[1:])  # "… told to write a 'simple Social Value Policy'. What's it meant to say?"
    return last if len(last.split()) >= 6 else None


_POINTS_BACK = re.compile(r"\b(it|its|that|this|they|them|these|those)\b", re.I)
_SPACED_DASH = re.compile(r"\s[—–-]+\s")


def _lower_case_sentences(text: str) -> list[str]:
    """Sentences typed without capitals ("new in post at a council on the wirral. what tests should …?"): split after
    a full stop of a sentence of three words or more ("e.g. the" stays whole)."""
    parts = re.split(r"(?<=[a-z0-9][.!?])\s+(?=[a-z])", text)
    out: list[str] = []
    for part in parts:
        if out and len(out[-1].split()) < 3:
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def _dash_clauses(sentence: str) -> list[str]:
    """A sentence whose question follows a spaced dash after the asker's own situation ("I'm writing a bid for a youth
    project in Runcorn — have you got a figure for …?") as that situation and its question; any other sentence whole."""
    parts = _SPACED_DASH.split(sentence)
    if len(parts) < 2 or not asking_sentences([parts[-1]]):
        return [sentence]
    head, tail = " - ".join(parts[:-1]), parts[-1]
    if len(tail.split()) < 6 or len(head.split()) < 3 or not _ASKERS_OWN.search(head):
        return [sentence]  # "Marmot's All Together Fairer slides - what % …?": a topic before the dash, not a situation
    return [head, tail]


_ASKERS_OWN = re.compile(r"\b(i|i'm|i’m|i've|we|we're|we’re|we've|my|our|us)\b", re.I)


_QUOTED = re.compile(r"(?:(?<=[\s(])|^)['‘\"“]([^'‘’\"“”\n]{2,80}?)['’\"”](?![A-Za-z])")


def quoted_phrases(text: str) -> list[str]:
    """The phrases ``text`` puts in quotes ("what the roadmap means by 'inconsistent implementation'"), in order; an
    apostrophe inside a word ("what's") opens none."""
    return [m.group(1).strip() for m in _QUOTED.finditer(text) if m.group(1).strip()]
